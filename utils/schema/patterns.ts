// Patterns with no schema code around them, so the content script's always-loaded part can check ids
// without zod (issue 5). The zod schemas in common.ts are built from these: one definition.

/** Classroom's raw numeric id, as the DOM holds it in data-course-id / data-stream-item-id. */
export const NUMERIC_ID_PATTERN = /^\d{1,30}$/;

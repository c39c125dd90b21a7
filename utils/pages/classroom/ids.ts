// Classroom ids. The DOM holds the raw numeric API id (data-course-id, data-stream-item-id); URLs hold
// base64 of its decimal digits (tests/fixtures/README.md A.1 "ID format" [C]: `NjM4NTk1MjQ3MTQ3` =
// btoa("638595247147")). Seen variants, all accepted: `=` padding on API alternateLinks [S], a trailing "Z" after
// 11-digit ids (`NTQ5NzUyNTc2NjJa` → "54975257662Z", a real URL [S]), and the URL-safe `-_` alphabet, which one scraper
// decodes defensively [S]. We store the numeric id: it stays stable if Google changes the URL encoding.

import { decodeLooseBase64, withoutPadding } from '../base64';

/** Same bound as NumericId in utils/schema/common.ts, so a decoded id always fits the stored schema. */
const DIGITS = /^\d{1,30}$/;

/** URL id token → raw numeric id, or null when the token is not base64 of digits. Never throws. */
export function decodeClassroomId(token: string): string | null {
  const decoded = decodeLooseBase64(token);
  if (decoded === null) return null;
  const digits = decoded.endsWith('Z') ? decoded.slice(0, -1) : decoded;
  return DIGITS.test(digits) ? digits : null;
}

/**
 * Raw numeric id → the token Classroom puts in its URLs. Padding is dropped: a 12-digit id encodes to 16
 * characters with none anyway, and Classroom's own links carry none (tests/fixtures/README.md A.1).
 */
export function encodeClassroomId(numeric: string): string {
  return withoutPadding(btoa(numeric));
}

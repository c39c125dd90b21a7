// The Team page's path (issue 15; entrypoints/team/ reads it with components/team/team-query.ts), for
// browser.runtime.getURL or browser.tabs.create. Free of schema code: callers pass a checked class id.

export function teamPagePath(courseId?: string): string {
  return courseId ? `/team.html?class=${encodeURIComponent(courseId)}` : '/team.html';
}

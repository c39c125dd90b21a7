// The few things the planning panel asks of the browser, kept apart so the session stays testable.

/** The user's IANA time zone; Calendar shows the grid in it unless set otherwise in Calendar's settings. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Opens Calendar's editor in a new tab. Must be called from the user's click; false when it was blocked. */
export function openTab(url: string): boolean {
  const opened = window.open(url, '_blank');
  if (!opened) return false;
  // The new tab must not be able to script this one.
  opened.opener = null;
  return true;
}

/** Saves text as a file in the user's Downloads, without any permission: a link with `download`. */
export function download(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A globally unique iCalendar UID for a new block (RFC 5545: unique, ideally with a domain part). */
export function newUid(): string {
  return `${crypto.randomUUID()}@tandem.invalid`;
}

// Base64 as Google writes it into its pages: Classroom's URL ids and Calendar's `data-eventid`. Padding is
// often stripped and either alphabet (`+/` or the URL-safe `-_`) may appear, so both are accepted.
// The text comes from the page, so nothing here may backtrack: the padding is trimmed by a loop, because
// `/=+$/` retries from every `=` of a long run that is not at the end (4–14 s on a 100 kB attribute, issue 11).

/** The decoded text, or null when `value` is not base64 (wrong characters, impossible length). Never throws. */
export function decodeLooseBase64(value: string): string | null {
  const standard = withoutPadding(value.replace(/-/g, '+').replace(/_/g, '/'));
  // A base64 body of length 4k+1 is never valid; atob would throw on it.
  if (!/^[A-Za-z0-9+/]+$/.test(standard) || standard.length % 4 === 1) return null;
  try {
    return atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  } catch {
    return null;
  }
}

/** `value` without the `=` at its end. */
export function withoutPadding(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === EQUALS) end--;
  return value.slice(0, end);
}

const EQUALS = 0x3d;

// Sizes of text as a file holds it (UTF-8), and as people read them.

/** Bytes `text` takes in UTF-8, without allocating an encoded copy (the text may be tens of MB). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD, 3 bytes)
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const MEGABYTE = 1024 * 1024;

/** "50.0 MB"; whole limits read "40 MB". Uses the binary megabyte, as file managers on most systems do. */
export function formatMegabytes(bytes: number, options: { whole?: boolean } = {}): string {
  const megabytes = bytes / MEGABYTE;
  return `${options.whole ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

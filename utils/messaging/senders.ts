// Which contexts may talk to the background. Our own extension pages, and our own content scripts
// running in the two Google origins we declare host access for — nothing else (.github/CONTRIBUTING.md rule 4).

export const GOOGLE_ORIGINS = ['https://classroom.google.com', 'https://calendar.google.com'] as const;

/** The parts of runtime.MessageSender this check reads (both Chrome and the polyfill provide them). */
export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export function isTrustedSender(sender: SenderFacts, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const origin = originOf(sender);
  if (origin === null) return false;
  if (origin === extensionOrigin) return true;
  // A content script always speaks from a tab; a Google origin without a tab is not our content script.
  return sender.tab !== undefined && (GOOGLE_ORIGINS as readonly string[]).includes(origin);
}

function originOf(sender: SenderFacts): string | null {
  if (sender.origin && sender.origin !== 'null') return stripSlash(sender.origin);
  if (!sender.url) return null;
  return urlOrigin(sender.url);
}

/**
 * `scheme://host` of a URL. Built by hand because URL.origin is the string "null" for non-web schemes
 * such as chrome-extension: in some engines (Node, Firefox's moz-extension:).
 */
export function urlOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

function stripSlash(origin: string): string {
  return origin.endsWith('/') ? origin.slice(0, -1) : origin;
}

/** "Nov 23, 2026, 7:30 PM" in the user's language and time zone, for backups and snapshots. */
export function formatWhen(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "4,000" / "4 000": record counts as the user's language writes numbers. */
export function formatCount(count: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

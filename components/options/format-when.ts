/**
 * "Nov 23, 2026, 7:30 PM" in the user's language and time zone: when a backup, a snapshot or a note was
 * made. A timestamp that is not a date (it never should be) is shown as it is rather than throwing.
 */
export function formatWhen(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "4,000" / "4 000": record counts as the user's language writes numbers. */
export function formatCount(count: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

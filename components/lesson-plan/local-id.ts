/** Ids for rows inside a plan (stations, materials): unique, short, and stable once created. */
export function newLocalId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A new globally unique record id (.github/CONTRIBUTING.md rule 5). `prefix` makes exported files readable. */
export function newId(prefix: string): string {
  return `${prefix}:${crypto.randomUUID()}`;
}

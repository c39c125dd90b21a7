/** Initials for a name, as Tandem suggests writing students: "Jayden Smith" → "J.S.", "Ana Ruiz-Soto" → "A.R.". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0]?.toLocaleUpperCase() ?? '')
    .filter(Boolean)
    .map((letter) => `${letter}.`)
    .join('');
}

import type { Card } from '../../utils/cards/card';

/**
 * The .ics file's name: `tandem-marcus-lee-2026-09-14.ics` (the person, then the first day), so a week's
 * downloads sort by date in the Downloads folder and say whose they are. Accents are dropped ("José" → "jose")
 * so the name is safe in every mail program and file system.
 */
export function icsFileName(card: Card): string {
  const slug = card.personName
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tandem-${slug || 'card'}-${card.from}.ics`;
}

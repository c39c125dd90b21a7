import { CARD_LANGUAGES } from '../../utils/vocabulary';

/**
 * The languages a person's cards can be written in, each named in itself ("English", "Español"), as language
 * pickers do: the adult who reads the card may not read the teacher's language. Names come from the
 * browser's Intl data, not a hand list, so adding a language to CARD_LANGUAGES needs no new string.
 */
export function cardLanguageOptions(
  offered: readonly string[] = CARD_LANGUAGES,
  current?: string,
): { value: string; label: string }[] {
  // Those the school offers (utils/school-policy/apply.ts), and the person's own even if it is not among them: a
  // choice made before the school's rule is shown as it is, not silently changed.
  const codes = CARD_LANGUAGES.filter((code) => offered.includes(code) || code === current);
  return codes.map((code) => {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return { value: code, label: name.charAt(0).toLocaleUpperCase(code) + name.slice(1) };
  });
}

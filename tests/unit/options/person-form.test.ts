import { describe, expect, it } from 'vitest';
import { cellKey } from '../../../components/options/free-period-cells';
import { checkDraft, type PersonDraft } from '../../../components/options/person-form';
import { PersonUpdate } from '../../../utils/schema/person';

const draft = (patch: Partial<PersonDraft> = {}): PersonDraft => ({
  name: 'Marcus Lee',
  kind: 'paraprofessional',
  email: '',
  strengths: '',
  cardLanguage: 'en',
  cells: new Set(),
  others: [],
  ...patch,
});

describe('checkDraft', () => {
  it('gives a valid update, trimmed, with the grid merged into free periods', () => {
    const kept = { weekday: 2, start: 785, end: 830 };
    const checked = checkDraft(
      'person:1',
      draft({
        name: '  Marcus Lee ',
        email: ' marcus@lincoln-ms.example ',
        strengths: ' reading groups \n',
        cells: new Set([cellKey(2, 780), cellKey(2, 810)]),
        others: [kept],
      }),
    );
    expect(checked).toEqual({
      ok: true,
      update: {
        id: 'person:1',
        name: 'Marcus Lee',
        kind: 'paraprofessional',
        email: 'marcus@lincoln-ms.example',
        strengths: 'reading groups',
        cardLanguage: 'en',
        freePeriods: [{ weekday: 2, start: 780, end: 840 }, kept],
      },
    });
    if (checked.ok) expect(PersonUpdate.safeParse(checked.update).success).toBe(true);
  });

  it('names each problem: empty name, bad e-mail, too many separate periods', () => {
    // Every other half hour of a 7-day, 24-hour week: far more than 50 separate periods.
    const scattered = new Set(
      [0, 1, 2, 3, 4, 5, 6].flatMap((day) => Array.from({ length: 24 }, (_, hour) => cellKey(day, hour * 60))),
    );
    const checked = checkDraft('person:1', draft({ name: '   ', email: 'marcus@school', cells: scattered }));
    expect(checked).toEqual({
      ok: false,
      problems: { name: 'peopleNameMissing', email: 'peopleEmailInvalid', freePeriods: 'peopleTooManyPeriods' },
    });
  });

  it('lets an empty e-mail through (it removes the address)', () => {
    const checked = checkDraft('person:1', draft({ email: '  ' }));
    expect(checked.ok && checked.update.email).toBe('');
  });

  it('sends only what was changed since the editor opened, so edits made elsewhere meanwhile stay', () => {
    // The editor opened on Marcus with an e-mail and a free period; meanwhile the Calendar panel saved new ones.
    const opened = draft({ email: 'marcus@old.example', cells: new Set([cellKey(2, 780)]) });
    const checked = checkDraft('person:1', { ...opened, strengths: 'Reading groups' }, opened);
    expect(checked).toEqual({ ok: true, update: { id: 'person:1', strengths: 'Reading groups' } });

    const spanish = checkDraft('person:1', { ...opened, cardLanguage: 'es' }, opened);
    expect(spanish).toEqual({ ok: true, update: { id: 'person:1', cardLanguage: 'es' } });

    const regridded = checkDraft('person:1', { ...opened, cells: new Set([cellKey(2, 780), cellKey(2, 810)]) }, opened);
    expect(regridded).toEqual({
      ok: true,
      update: { id: 'person:1', freePeriods: [{ weekday: 2, start: 780, end: 840 }] },
    });
    // Clearing a field is a change too: the empty e-mail removes the address.
    expect(checkDraft('person:1', { ...opened, email: ' ' }, opened)).toEqual({
      ok: true,
      update: { id: 'person:1', email: '' },
    });
  });
});

describe('cardLanguageOptions', () => {
  it('names each card language in itself, from Intl, English first', async () => {
    const { cardLanguageOptions } = await import('../../../components/options/card-language-options');
    expect(cardLanguageOptions()).toEqual([
      { value: 'en', label: 'English' },
      { value: 'es', label: 'Español' },
    ]);
  });

  it('offers only the languages the school chose, and keeps a person’s earlier choice shown', async () => {
    const { cardLanguageOptions } = await import('../../../components/options/card-language-options');
    expect(cardLanguageOptions(['es'])).toEqual([{ value: 'es', label: 'Español' }]);
    expect(cardLanguageOptions(['es'], 'en').map((option) => option.value)).toEqual(['en', 'es']);
  });
});

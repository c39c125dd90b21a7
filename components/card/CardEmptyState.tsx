import type { Card } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import type { Choice } from './choose-person';

// What the card page says, in plain words, when there is no card to show or nothing on it.

export function NoCardState(props: { choice: Choice; peopleUrl: string }) {
  const { choice } = props;
  const peopleLink = (
    <a href={props.peopleUrl} target="_blank" rel="noopener">
      {t('cardPageOpenPeople')}
    </a>
  );
  switch (choice.kind) {
    case 'card':
      return null;
    case 'no-people':
      return (
        <p class="notice card-empty">
          {t('cardPageNoPeople')} {peopleLink}
        </p>
      );
    case 'unknown-person':
      return choice.candidates.length > 0 ? (
        <p class="notice card-empty">{t('cardPageUnknownPerson')}</p>
      ) : (
        <p class="notice card-empty">
          {t('cardPageUnknownPersonNoPeople')} {peopleLink}
        </p>
      );
    case 'unknown-lesson':
      return <p class="notice card-empty">{t('cardPageUnknownLesson')}</p>;
    case 'lesson-without-adults':
      return <p class="notice card-empty">{t('cardPageLessonWithoutAdults', choice.lessonTitle)}</p>;
  }
}

/**
 * A card with no stop at all: the card itself says so day by day in the adult's language; this says why, for
 * the teacher, so an empty week is not mistaken for a fault.
 */
export function NothingInRange(props: { card: Card }) {
  const { card } = props;
  if (card.days.some((day) => day.stops.length > 0)) return null;
  const key = card.range === 'week' ? 'cardPageNothingThisWeek' : 'cardPageNothingThisDay';
  return <p class="notice card-empty">{t(key, card.personName)}</p>;
}

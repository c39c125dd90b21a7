import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildCard } from '../../utils/cards/build-card';
import type { Card } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import { useLiveQuery } from '../options/use-live-query';
import { CardControls } from './CardControls';
import { NoCardState, NothingInRange } from './CardEmptyState';
import { CardPrivacyNotice } from './CardPrivacyNotice';
import { CardView } from './CardView';
import type { CardPageActions, CardSources } from './card-page-actions';
import { type CardQuery, cardQueryString } from './card-query';
import { choosePerson } from './choose-person';
import { HandOverActions } from './HandOverActions';
import { PartnerFileAction } from './PartnerFileAction';

/**
 * The card page: one adult's day or week card (issue 13), the controls to pick whose and when, and the ways
 * to hand it over. The card follows the data live: a plan edited in Classroom meanwhile shows at once.
 */
export function CardPage(props: { initial: CardQuery; actions: CardPageActions }) {
  const { actions } = props;
  const [query, setQuery] = useState(props.initial);
  const sources = useLiveQuery(
    () => actions.loadSources(query.range, query.date, query.lessonId),
    [query.range, query.date, query.lessonId],
  );
  // The URL follows the controls, so a reload or a bookmark shows the same card.
  useEffect(() => history.replaceState(null, '', cardQueryString(query)), [query]);

  if (sources.state === 'failed') {
    return (
      <main class="card-page">
        <p class="notice warning" role="alert">
          {t('cardPageLoadFailed')}
        </p>
      </main>
    );
  }
  if (sources.state === 'loading') {
    return (
      <main class="card-page">
        <p class="loading">{t('loading')}</p>
      </main>
    );
  }
  return <CardPageReady query={query} onQuery={setQuery} sources={sources.value} actions={actions} />;
}

function CardPageReady(props: {
  query: CardQuery;
  onQuery: (query: CardQuery) => void;
  sources: CardSources;
  actions: CardPageActions;
}) {
  const { query, sources, actions } = props;
  const choice = choosePerson(query, sources);
  const person = choice.kind === 'card' ? choice.person : null;
  const card = useMemo(() => (person ? cardOf(person, query, sources) : null), [person, query, sources]);
  const title = card ? card.title : t('cardPageTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  const candidates = choice.kind === 'card' || choice.kind === 'unknown-person' ? choice.candidates : [];
  return (
    <main class="card-page">
      <h1 class="card-title" lang={card?.language ?? 'en'}>
        {title}
      </h1>
      {candidates.length > 0 && (
        <CardControls
          people={candidates}
          personId={person?.id ?? ''}
          range={query.range}
          date={query.date}
          onQuery={(change) => props.onQuery({ ...query, ...change })}
        />
      )}
      <NoCardState choice={choice} peopleUrl={actions.peopleUrl} />
      {card && (
        <>
          <NothingInRange card={card} />
          <CardPrivacyNotice concerns={card.privacyConcerns} />
          {/* The partner file (components/card/PartnerFileAction.tsx) joins the hand-over actions as a child here. */}
          {/* Keyed by whose card and when: "Copied" or an .ics message must not outlive the card it was about. */}
          <HandOverActions
            key={`${card.personId}:${card.range}:${card.from}`}
            card={card}
            actions={actions}
            peopleUrl={actions.peopleUrl}
          >
            <PartnerFileAction
              personId={card.personId}
              personName={card.personName}
              makePartnerFile={actions.makePartnerFile}
            />
          </HandOverActions>
          <CardView card={card} />
        </>
      )}
    </main>
  );
}

function cardOf(person: Person, query: CardQuery, sources: CardSources): Card {
  return buildCard({
    personId: person.id,
    range: query.range,
    date: query.date,
    language: person.cardLanguage ?? 'en',
    plans: sources.plans,
    people: sources.people,
    classMeetings: sources.classMeetings,
    weekdays: sources.weekdays,
    teacherName: sources.teacherName,
  });
}

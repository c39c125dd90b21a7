import type { Card } from '../../utils/cards/card';
import { CardStopView } from './CardStopView';

/**
 * The card itself, as it prints: each day's heading, then its stops in time order, or the card's "nothing this
 * day" text. Everything here is in the adult's language (`lang` tells screen readers and hyphenation so);
 * all of it is text, never HTML (.github/CONTRIBUTING.md rule 3).
 */
export function CardView(props: { card: Card }) {
  const { card } = props;
  return (
    <article class={`card card-${card.range}`} lang={card.language} aria-label={card.title}>
      {card.days.map((day) => (
        <section key={day.date} class="card-day" aria-label={day.heading}>
          <h2>{day.heading}</h2>
          {day.stops.length > 0 ? (
            <ol class="card-stops">
              {day.stops.map((stop) => (
                <CardStopView key={stop.id} stop={stop} />
              ))}
            </ol>
          ) : (
            <p class="card-empty-day">{card.emptyDayText}</p>
          )}
        </section>
      ))}
    </article>
  );
}

import type { CardStop } from '../../utils/cards/card';

/**
 * One stop, readable at a glance: the headline first, in bold ("9:00–9:50 · Room 204 · Grade 7 Science —
 * Leads station 2, …"), then only the lines this adult needs, each "Label: text".
 */
export function CardStopView(props: { stop: CardStop }) {
  const { stop } = props;
  return (
    <li class="card-stop">
      <p class="card-headline">
        <strong>{stop.headline}</strong>
      </p>
      {stop.lines.length > 0 && (
        <dl class="card-lines">
          {stop.lines.map((line, index) => (
            // Lines have no id of their own; their order is fixed by the card (utils/cards/card.ts).
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div key={index} class="card-line">
              <dt>{line.label}:</dt> <dd>{line.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

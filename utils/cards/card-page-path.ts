// The card page's address (issue 13 item 2), as the options page and the lesson panel link to it:
//   /card.html?person=<personId>&date=YYYY-MM-DD&range=day|week   a person's day or week card
//   /card.html?lesson=<planId>&date=YYYY-MM-DD                   the cards of a lesson's adults on that day
// The card page (entrypoints/card/) reads the same parameters. Free of schema code: callers pass checked values.

export type CardPageTarget = { person: string; date: string; range: 'day' | 'week' } | { lesson: string; date: string };

/** The extension path of a card, for browser.runtime.getURL or browser.tabs.create. */
export function cardPagePath(target: CardPageTarget): string {
  const params = new URLSearchParams();
  if ('lesson' in target) {
    params.set('lesson', target.lesson);
    params.set('date', target.date);
  } else {
    params.set('person', target.person);
    params.set('date', target.date);
    params.set('range', target.range);
  }
  return `/card.html?${params.toString()}`;
}

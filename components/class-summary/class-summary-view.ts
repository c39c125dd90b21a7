import { t } from '../../utils/i18n';
import type { ClassSummary } from '../../utils/lesson-plan/summary';
import { vocabKey } from '../../utils/vocabulary';
import { trusted } from '../ui/trusted';

// The class summary on Stream and Classwork: a few lines of read-only text, rebuilt when the page's rows
// change. Plain DOM (textContent only, never HTML) rather than Preact: on a list page this is all the UI
// Tandem shows, and compiling Preact for it cost more than the summary itself (issue 5).

/**
 * Replaces `container`'s content with the summary, or with the notice that plans could not be loaded. With
 * `openTeam`, it ends with "How the team works", which opens the Team page for this class (issue 15; the chunk
 * passes a `team.open` request: a Google page cannot open an extension page itself).
 */
export function paintClassSummary(container: HTMLElement, summary: ClassSummary | null, openTeam?: () => void): void {
  const section = element('section', 'panel summary');
  section.setAttribute('aria-label', t('summaryName'));
  section.append(element('h2', 'panel-title', t('summaryName')));
  if (summary === null) {
    section.append(element('p', 'notice warning', t('summaryUnavailable')));
    container.replaceChildren(section);
    return;
  }
  const { upcoming, onPage, modelMix } = summary;
  section.append(
    element(
      'p',
      '',
      upcoming.planned + upcoming.unplanned > 0
        ? t('summaryNextTwoWeeks', [String(upcoming.planned), String(upcoming.unplanned)])
        : t('summaryNoDates'),
    ),
    element('p', '', t('summaryAll', [String(onPage.planned), String(onPage.total)])),
  );
  const mix = element('div', 'mix');
  mix.append(element('span', 'mix-label', `${t('summaryMix')}:`), ' ');
  if (modelMix.length === 0) {
    mix.append(element('span', '', t('summaryMixEmpty')));
  } else {
    const list = element('ul', 'chips');
    for (const entry of modelMix)
      list.append(element('li', '', `${t(vocabKey('model', entry.model))} × ${entry.count}`));
    mix.append(list);
  }
  section.append(mix);
  // A gentle nudge, never blocking: the same words and threshold as the Team page (utils/team/nudge-thresholds.ts).
  if (summary.leadAndRoam) {
    const { count, of } = summary.leadAndRoam;
    section.append(element('p', 'nudge summary-nudge', t('teamNudgeLeadAndRoam', [String(count), String(of)])));
  }
  if (openTeam) {
    const team = element('button', 'button quiet summary-team', t('teamLink'));
    team.type = 'button';
    team.addEventListener('click', trusted(openTeam));
    section.append(team);
  }
  container.replaceChildren(section);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

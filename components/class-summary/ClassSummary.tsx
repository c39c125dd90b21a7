import { t } from '../../utils/i18n';
import type { ClassSummary as Summary } from '../../utils/plans/summary';
import { vocabKey } from '../../utils/vocabulary';

/** A compact, read-only summary of a class's co-teaching plans for Stream and Classwork. */
export function ClassSummary(props: { summary: Summary | null }) {
  const { summary } = props;
  return (
    <section class="panel summary" aria-label={t('summaryName')}>
      <h2 class="panel-title">{t('summaryName')}</h2>
      {summary === null ? (
        <p class="notice warning">{t('summaryUnavailable')}</p>
      ) : (
        <>
          <p>
            {summary.upcoming.planned + summary.upcoming.unplanned > 0
              ? t('summaryNextTwoWeeks', [String(summary.upcoming.planned), String(summary.upcoming.unplanned)])
              : t('summaryNoDates')}
          </p>
          <p>{t('summaryAll', [String(summary.onPage.planned), String(summary.onPage.total)])}</p>
          <div class="mix">
            <span class="mix-label">{t('summaryMix')}:</span>{' '}
            {summary.modelMix.length === 0 ? (
              <span>{t('summaryMixEmpty')}</span>
            ) : (
              <ul class="chips">
                {summary.modelMix.map((entry) => (
                  <li key={entry.model}>
                    {t(vocabKey('model', entry.model))} × {entry.count}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { detailsUrl } from '../../utils/pages/classroom/urls';
import type { LessonPlan } from '../../utils/schema/plan';
import { Button } from '../ui/fields';
import { formatWhen } from './format-when';
import { OptionsSection } from './OptionsSection';
import { useLiveQuery } from './use-live-query';

/**
 * "Shared with you" (issue 13): the plans that came in partner files, each marked with who shared it and when,
 * with "Make my own copy" and a link to the lesson in Classroom. Live, so an import shows here at once; not
 * shown at all while nothing is shared.
 */
export function SharedSection(props: {
  listSharedPlans: () => Promise<LessonPlan[]>;
  makeOwnCopy: (plan: LessonPlan) => Promise<boolean>;
}) {
  const shared = useLiveQuery(props.listSharedPlans, []);
  const [status, setStatus] = useState('');
  // The status of the last "Make my own copy" stays readable after its plan has left the list.
  if (shared.state !== 'ready' || (shared.value.length === 0 && status === '')) return null;
  const makeOwn = async (plan: LessonPlan) => {
    const made = await props.makeOwnCopy(plan);
    setStatus(made ? t('sharedMadeOwn', lessonTitle(plan)) : t('sharedMakeOwnFailed'));
  };
  return (
    <OptionsSection id="shared" title={t('sharedTitle')} status={status}>
      <p class="hint">{t('sharedHint')}</p>
      {shared.value.length > 0 && (
        <ul class="shared-plans" aria-label={t('sharedTitle')}>
          {shared.value.map((plan) => (
            <SharedPlanRow key={plan.id} plan={plan} onMakeOwn={() => void makeOwn(plan)} />
          ))}
        </ul>
      )}
    </OptionsSection>
  );
}

function SharedPlanRow(props: { plan: LessonPlan; onMakeOwn: () => void }) {
  const { plan } = props;
  const title = lessonTitle(plan);
  return (
    <li class="shared-plan">
      <span class="shared-plan-title">{title}</span>
      {plan.lesson.courseName && <span class="shared-plan-class"> · {plan.lesson.courseName}</span>}
      <span class="shared-plan-details">
        {[
          plan.taughtOn.length > 0 ? t('sharedTaughtOn', plan.taughtOn.map(formatDay).join(', ')) : undefined,
          plan.sharedBy ? t('sharedByOn', [plan.sharedBy.name, formatWhen(plan.sharedBy.at)]) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <span class="shared-plan-actions">
        <a href={detailsUrl(plan.lesson)} target="_blank" rel="noreferrer" aria-label={t('sharedOpenLessonOf', title)}>
          {t('sharedOpenLesson')}
        </a>
        <Button label={t('sharedMakeOwnCopyOf', title)} onPress={props.onMakeOwn}>
          {t('sharedMakeOwnCopy')}
        </Button>
      </span>
    </li>
  );
}

function lessonTitle(plan: LessonPlan): string {
  return plan.lesson.title || plan.lesson.courseName || t('lessonUntitled');
}

/** A YYYY-MM-DD day as the reader's language writes a short date ("Sep 14, 2026"). */
function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(year, month - 1, date));
}

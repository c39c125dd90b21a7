import { t } from '../../utils/i18n';
import { applySchoolPolicy, offeredCardLanguages } from '../../utils/school-policy/apply';
import { teamPageUrl } from '../team/team-link';
import { SchoolMessage } from '../ui/SchoolMessage';
import { useSchoolPolicy } from '../ui/use-school-policy';
import { BackupSection } from './BackupSection';
import { ClassesSection } from './ClassesSection';
import type { OptionsActions } from './options-actions';
import { PeopleSection } from './PeopleSection';
import { SharedSection } from './SharedSection';
import { TemplatesSection } from './TemplatesSection';
import { ThankYouSection } from './ThankYouSection';
import { useLiveQuery } from './use-live-query';
import { YouSection } from './YouSection';

const SECTIONS = [
  { id: 'people', title: 'peopleTitle' },
  { id: 'classes', title: 'classesTitle' },
  { id: 'you', title: 'optionsYouTitle' },
  { id: 'thanks', title: 'thanksTitle' },
  { id: 'data', title: 'dataTitle' },
] as const;

/** The options page: people, the teacher's name and school day, thank-you messages, backup and data. */
export function OptionsPage(props: { actions: OptionsActions }) {
  const { actions } = props;
  const people = useLiveQuery(actions.listPeople, []);
  const settings = useLiveQuery(actions.getSettings, []);
  const hasData = useLiveQuery(actions.hasData, []);
  const snapshots = useLiveQuery(actions.listSnapshots, []);
  const classes = useLiveQuery(actions.listClasses, []);
  const policy = useSchoolPolicy(actions.schoolPolicy);
  const failed = people.state === 'failed' || settings.state === 'failed';
  // The settings in force: the school's where it set them (utils/school-policy/apply.ts).
  const inForce = settings.state === 'ready' && policy ? applySchoolPolicy(settings.value, policy) : null;
  return (
    <>
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNav')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{t(section.title)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {/* The Team page (issue 15): how the team works over time, in its own tab beside these settings. */}
        <p class="options-team">
          <a href={teamPageUrl()} target="_blank" rel="noopener">
            {t('teamLink')}
          </a>
        </p>
      </header>
      <main class="options-main">
        {failed && (
          <p class="notice warning" role="alert">
            {t('optionsLoadFailed')}
          </p>
        )}
        <SchoolMessage policy={policy} />
        {!failed && (people.state === 'loading' || settings.state === 'loading' || !policy) && (
          <p class="loading">{t('loading')}</p>
        )}
        {people.state === 'ready' && inForce && policy && (
          <>
            <PeopleSection
              people={people.value}
              schoolDay={inForce.schoolDay}
              cardLanguages={offeredCardLanguages(policy)}
              actions={actions}
            />
            <ClassesSection classes={classes} actions={actions} />
            <YouSection
              settings={inForce}
              onSave={actions.saveSettings}
              schoolDaySetBySchool={policy.schoolDay !== undefined}
            />
            <ThankYouSection people={people.value} myName={inForce.myName} thankYouNotes={actions.thankYouNotes} />
            <SharedSection listSharedPlans={actions.listSharedPlans} makeOwnCopy={actions.makeOwnCopy} />
            <TemplatesSection
              listTemplates={actions.listTemplates}
              deleteTemplate={actions.deleteTemplate}
              restoreTemplate={actions.restoreTemplate}
            />
            <BackupSection
              lastBackupAt={inForce.lastBackupAt}
              settings={inForce}
              policy={policy}
              hasData={hasData.state === 'ready' && hasData.value}
              snapshots={snapshots.state === 'ready' ? snapshots.value : []}
              actions={actions}
            />
          </>
        )}
      </main>
    </>
  );
}

import { t } from '../../utils/i18n';
import { teamPageUrl } from '../team/team-link';
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
  const failed = people.state === 'failed' || settings.state === 'failed';
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
        {!failed && (people.state === 'loading' || settings.state === 'loading') && (
          <p class="loading">{t('loading')}</p>
        )}
        {people.state === 'ready' && settings.state === 'ready' && (
          <>
            <PeopleSection people={people.value} schoolDay={settings.value.schoolDay} actions={actions} />
            <ClassesSection classes={classes} actions={actions} />
            <YouSection settings={settings.value} onSave={actions.saveSettings} />
            <ThankYouSection
              people={people.value}
              myName={settings.value.myName}
              thankYouNotes={actions.thankYouNotes}
            />
            <SharedSection listSharedPlans={actions.listSharedPlans} makeOwnCopy={actions.makeOwnCopy} />
            <TemplatesSection
              listTemplates={actions.listTemplates}
              deleteTemplate={actions.deleteTemplate}
              restoreTemplate={actions.restoreTemplate}
            />
            <BackupSection
              lastBackupAt={settings.value.lastBackupAt}
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

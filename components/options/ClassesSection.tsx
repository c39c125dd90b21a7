import { t } from '../../utils/i18n';
import type { ClassMeeting, ClassMeetingsInput } from '../../utils/schema/class-meetings';
import { ClassMeetingsEditor } from './ClassMeetingsEditor';
import type { KnownClass } from './class-list';
import { OptionsSection } from './OptionsSection';
import type { Live } from './use-live-query';

export interface ClassesActions {
  /** The stored week, or null when storage failed. */
  saveClassMeetings: (input: ClassMeetingsInput) => Promise<unknown>;
}

/** Every class Tandem knows, each with its weekly meetings to edit (issue 13 item 1). */
export function ClassesSection(props: { classes: Live<KnownClass[]>; actions: ClassesActions }) {
  const { classes } = props;
  return (
    <OptionsSection id="classes" title={t('classesTitle')}>
      <p class="hint">{t('classesIntro')}</p>
      {classes.state === 'loading' && <p class="loading">{t('loading')}</p>}
      {classes.state === 'failed' && (
        <p class="notice warning" role="alert">
          {t('optionsLoadFailed')}
        </p>
      )}
      {classes.state === 'ready' && classes.value.length === 0 && <p class="empty">{t('classesEmpty')}</p>}
      {classes.state === 'ready' && classes.value.length > 0 && (
        <ul class="class-list">
          {classes.value.map((known) => (
            <ClassItem key={known.courseId} known={known} actions={props.actions} />
          ))}
        </ul>
      )}
    </OptionsSection>
  );
}

function ClassItem(props: { known: KnownClass; actions: ClassesActions }) {
  const { known } = props;
  const name = known.courseName || t('linkUntitledClass');
  const headingId = `class-${known.courseId}`;
  const save = async (meetings: ClassMeeting[]) => {
    const saved = await props.actions.saveClassMeetings({
      courseId: known.courseId,
      courseName: known.courseName,
      meetings,
    });
    return saved !== null;
  };
  return (
    <li class="class-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {known.meetings.length === 0 && <p class="hint">{t('classesNoMeetings', name)}</p>}
      <ClassMeetingsEditor courseName={name} meetings={known.meetings} onSave={save} />
    </li>
  );
}

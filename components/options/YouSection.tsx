import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SchoolDay } from '../../utils/schema/calendar';
import type { Settings, SettingsInput } from '../../utils/schema/settings';
import { SchoolDayEditor } from '../planning-time/SchoolDayEditor';
import { TextField } from '../ui/fields';
import { OptionsSection } from './OptionsSection';

/** The teacher's own name (in planning block titles and thank-you messages) and school day, saved as changed. */
export function YouSection(props: {
  settings: Settings;
  onSave: (input: SettingsInput) => Promise<boolean>;
  /** The school set the school day (utils/school-policy/apply.ts): shown as the school's, not editable. */
  schoolDaySetBySchool: boolean;
}) {
  const [name, setName] = useState(props.settings.myName);
  const [status, setStatus] = useState('');
  // Shown at once while it is saved (a controlled checkbox would otherwise flick back until the
  // live query brings the stored value).
  const [schoolDay, setSchoolDay] = useState(props.settings.schoolDay);
  // Changed elsewhere (another tab, an import, Delete all): show what is stored.
  useEffect(() => setName(props.settings.myName), [props.settings.myName]);
  useEffect(() => setSchoolDay(props.settings.schoolDay), [props.settings.schoolDay]);
  const save = async (input: SettingsInput) => {
    setStatus(t('saving'));
    setStatus((await props.onSave(input)) ? t('saved') : t('optionsSaveFailed'));
  };
  return (
    <OptionsSection id="you" title={t('optionsYouTitle')} status={status}>
      <TextField
        label={t('optionsMyName')}
        hint={t('optionsMyNameHint')}
        value={name}
        maxLength={200}
        onValue={setName}
        // Saved when the teacher leaves the field, not per keystroke.
        onCommit={(value) => {
          if (value.trim() !== props.settings.myName) void save({ myName: value.trim() });
        }}
      />
      <SchoolDayEditor
        value={schoolDay}
        setBySchool={props.schoolDaySetBySchool}
        onValue={(next: SchoolDay) => {
          setSchoolDay(next);
          void save({ schoolDay: next });
        }}
      />
      <p class="hint">{t('optionsSchoolDayHint')}</p>
    </OptionsSection>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { thankYouMessage } from '../../utils/notes/thank-you';
import { localDate, monthOf } from '../../utils/planning-time/dates';
import { formatMonth } from '../../utils/planning-time/format';
import type { Note } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import { Button, SelectField, useFieldId } from '../ui/fields';
import { MonthField } from '../ui/MonthField';
import { OptionsSection } from './OptionsSection';
import { useLiveQuery } from './use-live-query';

/**
 * Gathers a person's Thank-you notes of a month into a message to copy into an e-mail or a card. Live:
 * a thank-you saved from the popup meanwhile appears at once.
 */
export function ThankYouSection(props: {
  people: Person[];
  myName: string;
  thankYouNotes: (personId: string, month: string) => Promise<Note[]>;
}) {
  const [personId, setPersonId] = useState('');
  // The teacher's month, in local time.
  const [month, setMonth] = useState(() => monthOf(localDate(new Date())));
  const [status, setStatus] = useState('');
  const messageId = useFieldId('thanks-message');
  // Active people first; archived ones can still be thanked for a month they worked in.
  const people = [...props.people].sort((a, b) => Number(a.archived) - Number(b.archived));
  const person = people.find((candidate) => candidate.id === personId) ?? people[0];
  const validMonth = /^\d{4}-\d{2}$/.test(month);
  const notes = useLiveQuery(
    () => (person && validMonth ? props.thankYouNotes(person.id, month) : Promise.resolve([])),
    [person?.id, month, validMonth],
  );
  const message =
    person && notes.state === 'ready'
      ? thankYouMessage({ personName: person.name, notes: notes.value, month, myName: props.myName, t })
      : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setStatus(t('thanksCopied'));
    } catch {
      // Clipboard access can be refused (no focus, a policy): the text is there to copy by hand.
      setStatus(t('thanksCopyFailed'));
      // Selected, as the status says, so Ctrl+C copies the whole message.
      const area = document.getElementById(messageId);
      if (area instanceof HTMLTextAreaElement) {
        area.focus();
        area.select();
      }
    }
  };

  return (
    <OptionsSection id="thanks" title={t('thanksTitle')} status={status}>
      <p class="hint">{t('thanksIntroHint')}</p>
      {!person ? (
        <p class="empty">{t('thanksNoPeople')}</p>
      ) : (
        <>
          <div class="inline-form">
            <SelectField
              label={t('thanksPerson')}
              value={person.id}
              options={people.map((p) => ({
                value: p.id,
                label: p.archived ? t('thanksArchivedPerson', p.name) : p.name,
              }))}
              onValue={(id) => {
                setPersonId(id);
                setStatus('');
              }}
            />
            <MonthField
              label={t('thanksMonth')}
              value={month}
              onValue={(value) => {
                setMonth(value);
                setStatus('');
              }}
            />
          </div>
          {notes.state === 'failed' && <p role="alert">{t('thanksLoadFailed')}</p>}
          {notes.state === 'ready' && !validMonth && <p class="empty">{t('thanksPickMonth')}</p>}
          {notes.state === 'ready' && validMonth && notes.value.length === 0 && (
            <p class="empty">{t('thanksNone', [person.name, formatMonth(month)])}</p>
          )}
          {message && (
            <div class="thanks-message">
              <label for={messageId}>{t('thanksMessageFor', person.name)}</label>
              <textarea id={messageId} readOnly rows={Math.min(16, message.split('\n').length + 1)} value={message} />
              <Button kind="primary" onPress={() => void copy()}>
                {t('thanksCopy')}
              </Button>
            </div>
          )}
        </>
      )}
    </OptionsSection>
  );
}

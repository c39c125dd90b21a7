import { describe, expect, it } from 'vitest';
import { thankYouMessage } from '../../../utils/notes/thank-you';
import { english } from '../planning-time/labels';

const note = (text: string, createdAt: string) => ({ text, createdAt });

describe('thankYouMessage', () => {
  it("gathers the month's notes, oldest first, into a signed message", () => {
    const message = thankYouMessage({
      personName: 'Marcus Lee',
      notes: [
        note('ran the re-teach group on ratios', '2026-11-20T15:00:00.000Z'),
        note('calmed J.M. down after recess', '2026-11-03T14:00:00.000Z'),
      ],
      month: '2026-11',
      myName: 'Dana Whitfield',
      t: english,
      locale: 'en-US',
    });
    expect(message).toBe(
      [
        'Dear Marcus Lee,',
        '',
        'Thank you for everything you did in November 2026:',
        '• calmed J.M. down after recess',
        '• ran the re-teach group on ratios',
        '',
        'With thanks,',
        'Dana Whitfield',
      ].join('\n'),
    );
  });

  it('keeps a note typed over several lines on one bullet, and text exactly as typed (emoji, accents)', () => {
    const message = thankYouMessage({
      personName: 'Zoë',
      notes: [note('  stations went great 🎉\n  thanks for <b>prepping</b>  ', '2026-02-01T10:00:00.000Z')],
      month: '2026-02',
      myName: '',
      t: english,
      locale: 'en-US',
    });
    expect(message.split('\n')).toContain('• stations went great 🎉 thanks for <b>prepping</b>');
    expect(message.startsWith('Dear Zoë,')).toBe(true);
    // No name set: the message ends with the closing line, not an empty signature.
    expect(message.endsWith('With thanks,')).toBe(true);
  });

  it('is empty when there is nothing to thank for', () => {
    expect(thankYouMessage({ personName: 'Marcus', notes: [], month: '2026-11', myName: 'Dana', t: english })).toBe('');
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chipLabel, decodeEventId } from '../../../../utils/pages/calendar/chip';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('decodeEventId', () => {
  it('takes the text before the first space of the base64 payload', () => {
    expect(decodeEventId('NTBkcThsY2liOXE3bmkxczBzdTYwYXA5aGIgZGFuYS5yaXZlcmFAbGluY29sbi1tcy5leGFtcGxl')).toBe(
      '50dq8lcib9q7ni1s0su60ap9hb',
    );
  });

  it('accepts padded and unpadded base64, in the +/ and the -_ alphabet', () => {
    // payloads whose base64 holds "+" and "/" and needs padding, and a plain one
    for (const text of ['i>>?i? me@m', 'ab?>> x', 'abc d@g']) {
      const padded = b64(text);
      const id = text.split(' ')[0];
      expect(decodeEventId(padded)).toBe(id);
      expect(decodeEventId(padded.replace(/=+$/, ''))).toBe(id);
      expect(decodeEventId(padded.replace(/\+/g, '-').replace(/\//g, '_'))).toBe(id);
    }
    expect(b64('i>>?i? me@m')).toContain('+');
    expect(b64('ab?>> x')).toMatch(/\/.*=$/);
  });

  it('keeps a recurring-instance suffix; a payload without a space is all id', () => {
    expect(decodeEventId(b64('6k96_20250915T120000Z x@m'))).toBe('6k96_20250915T120000Z');
    expect(decodeEventId(b64('lonely'))).toBe('lonely');
  });

  it('answers a repeated id from its cache exactly as the first time, null included', () => {
    const key = b64('6k96_20250915T120000Z x@m');
    expect(decodeEventId(key)).toBe('6k96_20250915T120000Z');
    expect(decodeEventId(key)).toBe('6k96_20250915T120000Z');
    expect(decodeEventId('%%%')).toBeNull();
    expect(decodeEventId('%%%')).toBeNull();
    expect(decodeEventId(` ${key} `)).toBe('6k96_20250915T120000Z');
  });

  it.each([
    ['not base64', '%%%'],
    ['empty', ''],
    ['impossible length', 'abcde'],
    ['binary junk', b64('\u0001\u0002\u0003 x')],
    ['a task id', 'tasks_abc123xyz'],
  ])('null for %s', (_, value) => expect(decodeEventId(value)).toBeNull());
});

describe('chipLabel', () => {
  const chip = (html: string) => {
    const document = new JSDOM(`<div id="chip">${html}</div>`).window.document;
    return document.getElementById('chip') as Element;
  };

  it('prefers the chip aria-label', () => {
    const element = chip('<div>text</div>');
    element.setAttribute('aria-label', '  9am to  10am, Standup ');
    expect(chipLabel(element)).toBe('9am to 10am, Standup');
  });

  it('else the first child that is not aria-hidden, whitespace collapsed', () => {
    expect(
      chipLabel(chip('<div aria-hidden="true">deco</div><div>  9am to 10am,\n Standup </div><div>more</div>')),
    ).toBe('9am to 10am, Standup');
  });

  it('skips aria-hidden parts inside that child (all-day and month chips)', () => {
    expect(
      chipLabel(chip('<div role="button"><span aria-hidden="true">Fair</span><span>All day, Fair</span></div>')),
    ).toBe('All day, Fair');
  });

  it('reads nested text the same whether or not something in it is hidden (comments never count)', () => {
    // Nothing hidden: the whole text of the child, however deep.
    expect(chipLabel(chip('<div><b>9am</b> to <i>10am,<!-- note --> <span>Standup</span></i></div>'))).toBe(
      '9am to 10am, Standup',
    );
    // Hidden parts deep inside are skipped; aria-hidden must be exactly "true".
    expect(
      chipLabel(
        chip(
          '<div><b>9am</b> to <i>10am, <span aria-hidden="true">icon</span><span aria-hidden="false">Standup</span></i></div>',
        ),
      ),
    ).toBe('9am to 10am, Standup');
    expect(chipLabel(chip('<div><span aria-hidden="TRUE">Shown</span> text</div>'))).toBe('Shown text');
  });

  it("uses that child's own aria-label, and gives '' when nothing is readable", () => {
    expect(chipLabel(chip('<div role="button" aria-label="All day, Fair"><span>x</span></div>'))).toBe('All day, Fair');
    expect(chipLabel(chip('<div aria-hidden="true">deco</div>'))).toBe('');
  });
});

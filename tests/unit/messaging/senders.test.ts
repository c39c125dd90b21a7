import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../utils/messaging/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const tab = { id: 3 };

describe('isTrustedSender', () => {
  it.each([
    ['our popup page', { id: ID, url: `${ORIGIN}/popup.html` }, true],
    ['our content script on Classroom', { id: ID, url: 'https://classroom.google.com/u/0/h', tab }, true],
    ['our content script on Calendar', { id: ID, origin: 'https://calendar.google.com', tab }, true],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzz/x.html' }, false],
    ['our id from an unknown site', { id: ID, url: 'https://evil.example/', tab }, false],
    ['a look-alike Google host', { id: ID, url: 'https://classroom.google.com.evil.example/', tab }, false],
    ['a Google origin with no tab', { id: ID, url: 'https://classroom.google.com/' }, false],
    ['no id at all', { url: `${ORIGIN}/popup.html` }, false],
    ['an unparsable url', { id: ID, url: 'not a url', tab }, false],
  ])('%s → %s', (_label, sender, expected) => {
    expect(isTrustedSender(sender, ID, ORIGIN)).toBe(expected);
  });
});

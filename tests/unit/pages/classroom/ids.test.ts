import { describe, expect, it } from 'vitest';
import { decodeClassroomId, encodeClassroomId } from '../../../../utils/pages/classroom/ids';

describe('decodeClassroomId', () => {
  it.each([
    ['NjM4NTk1MjQ3MTQ3', '638595247147'], // course in every fixture
    ['NjM4NjAwMTIzNDU2', '638600123456'], // Lab Report
    ['NjM4NTk5MDAwMTAx', '638599000101'], // topic Unit 3
    ['NjcyOTEyOTk2Nzgx', '672912996781'], // tests/fixtures/README.md A.1 test URL
    ['NTQ5NzUyNTc2NjJa', '54975257662'], // 11 digits + "Z" (real URL)
    ['MTYzNzQ0Mzk4NjRa', '16374439864'], // student id, same form
    ['NTQ5NzUyNTc2NjI=', '54975257662'], // `=` padding (API alternateLink)
    ['NTQ5NzUyNTc2NjI', '54975257662'], // same without padding
    ['NjM4NTk1MjQ3MTQ3Wg', '638595247147'], // a 12-digit id with the "Z" form
  ])('%s → %s', (token, numeric) => expect(decodeClassroomId(token)).toBe(numeric));

  it.each([
    ['638595247147', 'a raw numeric id is not a URL token'],
    ['aGVsbG8', 'base64 of "hello"'],
    ['', 'empty'],
    ['N', 'length 4k+1 (atob throws on it)'],
    ['NjM4!TK1', 'not base64'],
    ['Nj-_NTk1', 'URL-safe alphabet that decodes to non-digits'],
    ['Wg', 'base64 of "Z" alone: no digits'],
    ['MTIzWlo', 'base64 of "123ZZ": only one trailing Z is Classroom\'s'],
  ])('%s → null (%s)', (token) => expect(decodeClassroomId(token)).toBeNull());
});

describe('encodeClassroomId', () => {
  it('is btoa of the digits, as Classroom writes it', () => {
    expect(encodeClassroomId('638595247147')).toBe('NjM4NTk1MjQ3MTQ3');
    expect(encodeClassroomId('638600123457')).toBe('NjM4NjAwMTIzNDU3');
  });

  it('drops padding', () => expect(encodeClassroomId('54975257662')).toBe('NTQ5NzUyNTc2NjI'));

  it.each(['638595247147', '638600123463', '1', '54975257662'])('round-trips %s', (id) =>
    expect(decodeClassroomId(encodeClassroomId(id))).toBe(id),
  );
});

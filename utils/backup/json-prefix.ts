// Tells a file that was cut off (a download interrupted, a copy to a full USB stick) from one that is simply
// not JSON, so the message can say "export it again" instead of "this is not a backup". JSON.parse cannot
// say which: its messages differ between engines, and V8 reports a cut inside an array as
// "Expected ',' or ']' after array element", not as an early end. So, only after JSON.parse has failed,
// this scanner checks whether the text is a valid beginning of some JSON document that simply stops.
// It keeps its own stack (no recursion), so deeply nested input cannot overflow the call stack.

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';
/** What scanning one token found: it was fine, the text stopped inside it, or it was wrong. */
type Step = 'ok' | 'eof' | 'bad';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER_CHARS = /[-+0-9.eE]+/y;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;

/** True when `text` is not complete JSON but every character so far is valid: it ends too early. */
export function endsEarly(text: string): boolean {
  const stack: Array<'{' | '['> = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) return expect !== 'end';
    const c = text[i] as string;
    let step: Step = 'ok';
    switch (expect) {
      case 'end':
        return false;
      case 'colon':
        if (c !== ':') return false;
        i++;
        expect = 'value';
        break;
      case 'comma-or-close':
        if (c === ',') {
          i++;
          expect = stack[stack.length - 1] === '{' ? 'key' : 'value';
        } else if ((c === '}' && stack[stack.length - 1] === '{') || (c === ']' && stack[stack.length - 1] === '[')) {
          stack.pop();
          i++;
          expect = afterValue();
        } else return false;
        break;
      case 'key':
      case 'key-or-close':
        if (c === '}' && expect === 'key-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (c !== '"') return false;
        [step, i] = scanString(text, i);
        expect = 'colon';
        break;
      default:
        if (c === ']' && expect === 'value-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
        } else {
          [step, i] = scanScalar(text, i);
          expect = afterValue();
        }
    }
    if (step !== 'ok') return step === 'eof';
  }
}

/** A string starting at the quote at `start`; returns the step and the index after the closing quote. */
function scanString(text: string, start: number): [Step, number] {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') return ['ok', i + 1];
    if (c.charCodeAt(0) < 0x20) return ['bad', i];
    if (c === '\\') {
      const escaped = text[i + 1];
      if (escaped === undefined) return ['eof', i];
      if (escaped === 'u') {
        for (let k = 2; k < 6; k++) {
          const digit = text[i + k];
          if (digit === undefined) return ['eof', i];
          if (!HEX.test(digit)) return ['bad', i];
        }
        i += 6;
        continue;
      }
      if (!ESCAPES.has(escaped)) return ['bad', i];
      i += 2;
      continue;
    }
    i++;
  }
  return ['eof', i];
}

/** A string, number, true, false or null at `start`. */
function scanScalar(text: string, start: number): [Step, number] {
  const c = text[start] as string;
  if (c === '"') return scanString(text, start);
  for (const literal of ['true', 'false', 'null']) {
    if (c !== literal[0]) continue;
    const found = text.slice(start, start + literal.length);
    if (found === literal) return ['ok', start + literal.length];
    return [literal.startsWith(found) && start + found.length === text.length ? 'eof' : 'bad', start];
  }
  NUMBER_CHARS.lastIndex = start;
  const match = NUMBER_CHARS.exec(text);
  if (!match) return ['bad', start];
  const end = start + match[0].length;
  if (NUMBER.test(match[0])) return ['ok', end];
  // A number cut off ("-" or "1." or "1e") can only be an early end when nothing follows it.
  return [end === text.length && /^-?(\d+(\.\d*)?([eE][+-]?\d*)?)?$/.test(match[0]) ? 'eof' : 'bad', end];
}

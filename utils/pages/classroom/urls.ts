import { decodeClassroomId, encodeClassroomId } from './ids';
import { ITEM_KINDS, type ItemKind } from './item-kinds';

// Which Classroom page a URL is. The URL is the first and most reliable signal (tests/fixtures/README.md C.3.1 [C]):
// page kind and ids come from the path, never from the DOM, so a stale hidden view cannot mislead us.
// Every route also works without the `/u/<N>/` account prefix (tests/fixtures/README.md A.1 [C]). Real example URLs for
// every kind are in ./example-urls.ts; tests/unit/pages/classroom/urls.test.ts runs all of them against
// every predicate below.

export { exampleUrls } from './example-urls';

interface Account {
  /** N of `/u/N/`, or undefined when the URL has no account prefix. */
  account: string | undefined;
}
interface Course extends Account {
  /** Raw numeric id, as `data-course-id` holds it. */
  courseId: string;
  /** The id exactly as written in the URL. */
  courseToken: string;
}
interface Item extends Course {
  itemKind: ItemKind;
  itemId: string;
  itemToken: string;
}

export type ClassroomRoute =
  | ({ kind: 'home' } & Account)
  | ({ kind: 'stream' } & Course)
  | ({ kind: 'post'; postId: string; postToken: string } & Course)
  | ({ kind: 'details' } & Item)
  | ({ kind: 'studentWork' } & Item)
  | ({ kind: 'gradebook' } & Course)
  | ({ kind: 'classwork' } & Course)
  | ({ kind: 'topic'; topicId: string; topicToken: string } & Course)
  | ({ kind: 'people' } & Course);

type Kind = ClassroomRoute['kind'];

const HOST = 'classroom.google.com';
// The route regexes of tests/fixtures/README.md A.1 [C], with named groups. URL ids are opaque base64 tokens (`=`
// padding allowed); ids that are not base64 of digits make the URL "not this route" (raw numeric ids in a
// Classroom URL hang on a loading screen, tests/fixtures/README.md A.1).
const ACCOUNT = String.raw`^(?:/u/(?<account>\d+))?`;
const COURSE = '/(?<course>[A-Za-z0-9_-]+=*)';
const ITEM = '/(?<item>[A-Za-z0-9_-]+=*)';
const END = '/?$';

// Order matters only for readability here (every pattern is anchored), but it follows the advice in
// tests/fixtures/README.md A.1: the specific course routes first, the bare stream last.
const patterns: ReadonlyArray<readonly [Kind, RegExp]> = [
  // `/h`, plus filters like `/h/st` ("Enrolled", tests/fixtures/README.md A.1 [S]): still the course-card page.
  ['home', new RegExp(`${ACCOUNT}/h(?:/[a-z]+)?${END}`)],
  ['details', new RegExp(`${ACCOUNT}/c${COURSE}/(?<kind>${ITEM_KINDS.join('|')})${ITEM}/details${END}`)],
  ['studentWork', new RegExp(`${ACCOUNT}/c${COURSE}/(?<kind>a|sa|mc)${ITEM}/submissions(?:/.*)?$`)],
  ['post', new RegExp(`${ACCOUNT}/c${COURSE}/p${ITEM}(?:/details)?${END}`)],
  ['gradebook', new RegExp(`${ACCOUNT}/c${COURSE}/gb(?:/.*)?$`)],
  ['classwork', new RegExp(`${ACCOUNT}/w${COURSE}/t/all${END}`)],
  ['topic', new RegExp(`${ACCOUNT}/w${COURSE}/tc${ITEM}${END}`)],
  ['people', new RegExp(`${ACCOUNT}/r${COURSE}(?:/.*)?$`)],
  ['stream', new RegExp(`${ACCOUNT}/c${COURSE}${END}`)],
];

function toUrl(url: URL | string): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The last URL parsed and its route: a page start asks about the same URL once per feature and again in each. */
let last: { href: string; route: Readonly<ClassroomRoute> | null } | undefined;

/** The Classroom page a URL shows, with its decoded ids; null for other pages and other hosts. */
export function parseClassroomUrl(url: URL | string): ClassroomRoute | null {
  const href = typeof url === 'string' ? url : url.href;
  if (last?.href === href) return last.route && { ...last.route };
  const route = parse(url);
  last = { href, route };
  return route && { ...route };
}

function parse(url: URL | string): ClassroomRoute | null {
  const parsed = toUrl(url);
  if (parsed?.protocol !== 'https:' || parsed.hostname !== HOST) return null;
  for (const [kind, pattern] of patterns) {
    const groups = pattern.exec(parsed.pathname)?.groups;
    if (groups) return build(kind, groups);
  }
  return null;
}

function build(kind: Kind, groups: Record<string, string | undefined>): ClassroomRoute | null {
  const account = groups.account;
  if (kind === 'home') return { kind, account };
  const courseToken = groups.course ?? '';
  const courseId = decodeClassroomId(courseToken);
  if (courseId === null) return null;
  const course = { account, courseId, courseToken };
  if (kind === 'stream' || kind === 'gradebook' || kind === 'classwork' || kind === 'people')
    return { kind, ...course };
  const token = groups.item ?? '';
  const id = decodeClassroomId(token);
  if (id === null) return null;
  if (kind === 'post') return { kind, ...course, postId: id, postToken: token };
  if (kind === 'topic') return { kind, ...course, topicId: id, topicToken: token };
  const itemKind = groups.kind as ItemKind; // the pattern only admits ITEM_KINDS
  return { kind, ...course, itemKind, itemId: id, itemToken: token };
}

/** The route an `href` in a Classroom page points to (root-relative or absolute); null when it is none. */
export function parseClassroomLink(href: string | null): ClassroomRoute | null {
  if (href === null) return null;
  try {
    return parseClassroomUrl(new URL(href, `https://${HOST}/`));
  } catch {
    return null; // not a URL at all
  }
}

const is =
  (kind: Kind) =>
  (url: URL | string = location.href): boolean =>
    parseClassroomUrl(url)?.kind === kind;

// One example each; the full list per kind is exampleUrls[kind].
/** https://classroom.google.com/u/0/h */
export const isHome = is('home');
/** https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3 */
export const isStream = is('stream');
/** https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/p/NjM4NjAxMDAwMDAx */
export const isPost = is('post');
/** https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details (also /m/, /sa/, /mc/) */
export const isItemDetails = is('details');
/** https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/submissions/by-status/and-sort-last-name/all */
export const isStudentWork = is('studentWork');
/** https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/gb/sort-last-name */
export const isGradebook = is('gradebook');
/** https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all */
export const isClasswork = is('classwork');
/** https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/tc/NjM4NTk5MDAwMTAx */
export const isTopic = is('topic');
/** https://classroom.google.com/u/0/r/NjM4NTk1MjQ3MTQ3/sort-last-name */
export const isPeople = is('people');

/** Pages that list lessons and so get badges: Stream, Classwork, one topic of Classwork. */
export function isListPage(url: URL | string = location.href): boolean {
  const kind = parseClassroomUrl(url)?.kind;
  return kind === 'stream' || kind === 'classwork' || kind === 'topic';
}

/**
 * The lesson's own page. Classroom redirects an `/a/` link for a question to `/sa/` or `/mc/` (tests/fixtures/README.md
 * A.1 [S]).
 */
export function detailsUrl(ref: { account?: string; courseId: string; itemId: string; itemKind: ItemKind }): string {
  const prefix = ref.account === undefined ? '' : `/u/${ref.account}`;
  return `https://${HOST}${prefix}/c/${encodeClassroomId(ref.courseId)}/${ref.itemKind}/${encodeClassroomId(ref.itemId)}/details`;
}

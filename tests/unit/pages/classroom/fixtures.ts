import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { type ClassroomRoute, parseClassroomUrl } from '../../../../utils/pages/classroom/urls';

// Loads a Classroom fixture from tests/fixtures into jsdom at the URL the fixture is served at
// (tests/fixtures/README.md), so hrefs resolve and stylesheets compute `display` as in a browser.

export const FIXTURE_URLS = {
  home: 'https://classroom.google.com/u/0/h',
  stream: 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3',
  classwork: 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all',
  topic: 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/tc/NjM4NTk5MDAwMTAx',
  assignment: 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details',
  material: 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDU3/details',
  'assignment-nohooks': 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU5/details',
} as const;

export type FixtureName = keyof typeof FIXTURE_URLS;
export const FIXTURES = Object.keys(FIXTURE_URLS) as FixtureName[];

export function loadFixture(name: FixtureName): Document {
  const html = readFileSync(new URL(`../../../fixtures/classroom-${name}.html`, import.meta.url), 'utf8');
  return new JSDOM(html, { url: FIXTURE_URLS[name] }).window.document;
}

/** The fixtures that have a Spanish copy in tests/fixtures/es (same ids and hooks, Spanish text, `<html lang="es">`). */
export const SPANISH_FIXTURES = ['classwork', 'stream', 'assignment'] as const satisfies readonly FixtureName[];
export type SpanishFixtureName = (typeof SPANISH_FIXTURES)[number];

/** The Spanish copy of a fixture, at the same URL as the English one. */
export function loadSpanishFixture(name: SpanishFixtureName): Document {
  const html = readFileSync(new URL(`../../../fixtures/es/classroom-${name}.html`, import.meta.url), 'utf8');
  return new JSDOM(html, { url: FIXTURE_URLS[name] }).window.document;
}

/** The parsed route of a fixture's URL, as the content script would see it on that page. */
export function fixtureRoute(name: FixtureName): ClassroomRoute {
  const parsed = parseClassroomUrl(FIXTURE_URLS[name]);
  if (!parsed) throw new Error(`not a Classroom URL: ${name}`);
  return parsed;
}

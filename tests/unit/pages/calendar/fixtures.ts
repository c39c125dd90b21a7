import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

// Loads a Calendar fixture from tests/fixtures into jsdom at the URL the fixture is served at
// (tests/fixtures/README.md), so the readers see the page URL and stylesheets compute `display` and the
// day columns' height as in a browser.

export const FIXTURE_URLS = {
  week: 'https://calendar.google.com/calendar/u/0/r/week/2025/9/15',
  month: 'https://calendar.google.com/calendar/u/0/r/month/2025/9/1',
} as const;

export type FixtureName = keyof typeof FIXTURE_URLS;
export const FIXTURES = Object.keys(FIXTURE_URLS) as FixtureName[];

export function fixtureHtml(name: FixtureName): string {
  return readFileSync(new URL(`../../../fixtures/calendar-${name}.html`, import.meta.url), 'utf8');
}

export function loadFixture(name: FixtureName): Document {
  return loadHtml(fixtureHtml(name), FIXTURE_URLS[name]);
}

/** Any Calendar page text (a generated or edited fixture) at a URL. */
export function loadHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCHOOL_DAY } from '../../../utils/schema/calendar';
import type { Settings } from '../../../utils/schema/settings';
import { adminPolicyFile, adminPolicyText } from '../../../utils/school-policy/admin-export';
import {
  applySchoolPolicy,
  backupReminderDays,
  offeredCardLanguages,
  teachersPart,
} from '../../../utils/school-policy/apply';
import { parseSchoolPolicy, SCHOOL_POLICY_KEYS } from '../../../utils/school-policy/policy';
import { createPolicyReader, LIVE_WAIT_MS } from '../../../utils/school-policy/read';

// The school's settings (issue 16 item 4): what managed storage may hold, how it wins over the teacher's, and the
// policy file the options page exports for the Google Admin console.

const SETTINGS: Settings = {
  id: 'settings',
  myName: 'Dana Rivera',
  schoolDay: DEFAULT_SCHOOL_DAY,
  createdAt: '2026-09-01T12:00:00.000Z',
  updatedAt: '2026-09-01T12:00:00.000Z',
};
const SCHOOL_DAY = { weekdays: [1, 2, 3, 4], start: '08:15', end: '15:05' };

afterEach(() => vi.restoreAllMocks());

describe('parseSchoolPolicy', () => {
  it('keeps every valid key', () => {
    const policy = parseSchoolPolicy({
      schoolDay: SCHOOL_DAY,
      cardLanguages: ['es'],
      backupReminderDays: 7,
      initialsOnly: true,
      schoolMessage: 'Back up before winter break.',
    });
    expect(policy).toEqual({
      schoolDay: SCHOOL_DAY,
      cardLanguages: ['es'],
      backupReminderDays: 7,
      initialsOnly: true,
      schoolMessage: 'Back up before winter break.',
    });
  });

  it.each([
    ['a day ending before it starts', { schoolDay: { weekdays: [1], start: '15:00', end: '08:00' } }],
    ['a weekday out of range', { schoolDay: { weekdays: [7], start: '08:00', end: '15:00' } }],
    ['a 12-hour time', { schoolDay: { weekdays: [1], start: '8:00 AM', end: '15:00' } }],
    ['no weekdays', { schoolDay: { weekdays: [], start: '08:00', end: '15:00' } }],
    ['a language Tandem has no cards in', { cardLanguages: ['fr'] }],
    ['no card language at all', { cardLanguages: [] }],
    ['a reminder of 0 days', { backupReminderDays: 0 }],
    ['a reminder as text', { backupReminderDays: '14' }],
    ['initials only as text', { initialsOnly: 'true' }],
    ['a message over 1000 characters', { schoolMessage: 'x'.repeat(1001) }],
    ['a blank message', { schoolMessage: '   ' }],
  ])('drops %s and keeps the other keys', (_case, bad) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const other = 'schoolMessage' in bad ? { initialsOnly: true } : { schoolMessage: 'Welcome back' };
    expect(parseSchoolPolicy({ ...bad, ...other })).toEqual(other);
  });

  it('accepts a school day that ends at midnight', () => {
    expect(parseSchoolPolicy({ schoolDay: { weekdays: [6], start: '22:00', end: '24:00' } }).schoolDay?.end).toBe(
      '24:00',
    );
  });

  it('ignores keys it does not know, and anything that is not an object', () => {
    expect(parseSchoolPolicy({ futureSetting: 1, backupReminderDays: 30 })).toEqual({ backupReminderDays: 30 });
    expect(parseSchoolPolicy(null)).toEqual({});
    expect(parseSchoolPolicy('initialsOnly')).toEqual({});
    expect(parseSchoolPolicy(Object.create({ initialsOnly: true }))).toEqual({});
  });
});

describe('reading the policy', () => {
  function memoryCache(initial?: unknown) {
    let stored = initial;
    return {
      load: async () => stored,
      save: vi.fn(async (raw: Record<string, unknown>) => {
        stored = raw;
      }),
      stored: () => stored,
    };
  }

  it('is empty when the browser has no policy for Tandem (Firefox rejects)', async () => {
    const area = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await createPolicyReader(area, memoryCache({ initialsOnly: true })).read()).toEqual({});
  });

  it('is empty when the browser has no managed storage at all (Firefox for Android: storage.managed is undefined)', async () => {
    const area = {
      get: (): Promise<Record<string, unknown>> => {
        throw new TypeError('can\'t access property "get", browser.storage.managed is undefined');
      },
    };
    expect(await createPolicyReader(area, memoryCache({ initialsOnly: true })).read()).toEqual({});
  });

  it('reads the policy when storage.local cannot keep it, even failing at once', async () => {
    const cache = {
      load: async () => undefined,
      save: (): Promise<void> => {
        throw new Error('storage.local unavailable');
      },
    };
    expect(await createPolicyReader({ get: async () => ({ initialsOnly: true }) }, cache).read()).toEqual({
      initialsOnly: true,
    });
  });

  it('reads what the area holds, and keeps it as the policy last seen', async () => {
    const cache = memoryCache();
    expect(await createPolicyReader({ get: async () => ({ initialsOnly: true }) }, cache).read()).toEqual({
      initialsOnly: true,
    });
    expect(cache.stored()).toEqual({ initialsOnly: true });
  });

  it('uses the policy last seen when managed storage never answers, and waits for it only once', async () => {
    vi.useFakeTimers();
    try {
      const reader = createPolicyReader(
        { get: () => new Promise(() => undefined) },
        memoryCache({ backupReminderDays: 3 }),
      );
      const first = reader.read();
      await vi.advanceTimersByTimeAsync(LIVE_WAIT_MS);
      expect(await first).toEqual({ backupReminderDays: 3 });
      // The next read does not wait again: it resolves with no timer run.
      let second: unknown = 'pending';
      void reader.read().then((policy) => {
        second = policy;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(second).toEqual({ backupReminderDays: 3 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads an invalid policy last seen as no policy', async () => {
    vi.useFakeTimers();
    try {
      const reader = createPolicyReader({ get: () => new Promise(() => undefined) }, memoryCache('initialsOnly'));
      const reading = reader.read();
      await vi.advanceTimersByTimeAsync(LIVE_WAIT_MS);
      expect(await reading).toEqual({});
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the school wins', () => {
  it('puts the school day in place of the teacher’s', () => {
    const inForce = applySchoolPolicy(SETTINGS, { schoolDay: SCHOOL_DAY });
    expect(inForce.schoolDay).toEqual({ weekdays: [1, 2, 3, 4], start: 8 * 60 + 15, end: 15 * 60 + 5 });
    expect(inForce.myName).toBe('Dana Rivera');
    expect(applySchoolPolicy(SETTINGS, {})).toBe(SETTINGS);
  });

  it('drops a change to the school day when the school set it, and keeps the rest', () => {
    const schoolDay = { weekdays: [1], start: 600, end: 700 };
    expect(teachersPart({ schoolDay, myName: 'Dana' }, { schoolDay: SCHOOL_DAY })).toEqual({ myName: 'Dana' });
    expect(teachersPart({ schoolDay }, { schoolDay: SCHOOL_DAY })).toBeNull();
    expect(teachersPart({ schoolDay }, { initialsOnly: true })).toEqual({ schoolDay });
  });

  it('offers the card languages the school chose, in Tandem’s order', () => {
    expect(offeredCardLanguages({})).toEqual(['en', 'es']);
    expect(offeredCardLanguages({ cardLanguages: ['es'] })).toEqual(['es']);
    expect(offeredCardLanguages({ cardLanguages: ['es', 'en'] })).toEqual(['en', 'es']);
  });

  it('reminds after the school’s number of days, else 14', () => {
    expect(backupReminderDays({})).toBe(14);
    expect(backupReminderDays({ backupReminderDays: 30 })).toBe(30);
  });
});

describe('the policy file for the Admin console', () => {
  it('wraps each value as {"Value": …} and reads back as the same settings', () => {
    const file = adminPolicyFile(SETTINGS, {});
    expect(file).toEqual({
      schoolDay: { Value: { weekdays: [1, 2, 3, 4, 5], start: '07:30', end: '16:00' } },
      cardLanguages: { Value: ['en', 'es'] },
      backupReminderDays: { Value: 14 },
      initialsOnly: { Value: false },
    });
    const unwrapped = Object.fromEntries(Object.entries(file).map(([key, wrapped]) => [key, wrapped.Value]));
    const policy = parseSchoolPolicy(unwrapped);
    expect(applySchoolPolicy({ ...SETTINGS, schoolDay: { weekdays: [0], start: 0, end: 60 } }, policy)).toEqual(
      SETTINGS,
    );
  });

  it('carries what the school already set, its message included', () => {
    const policy = { cardLanguages: ['es' as const], initialsOnly: true, schoolMessage: 'Hola', backupReminderDays: 3 };
    const text = adminPolicyText(SETTINGS, policy);
    expect(JSON.parse(text)).toMatchObject({
      cardLanguages: { Value: ['es'] },
      initialsOnly: { Value: true },
      backupReminderDays: { Value: 3 },
      schoolMessage: { Value: 'Hola' },
    });
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
    type: string;
    properties: Record<string, { type: string }>;
  };

  it('declares exactly the keys Tandem reads, each with a type (Chrome refuses an extension whose schema is invalid)', () => {
    expect(schema.type).toBe('object');
    expect('additionalProperties' in schema).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(SCHOOL_POLICY_KEYS).sort());
    for (const property of Object.values(schema.properties)) expect(typeof property.type).toBe('string');
  });

  it('accepts what the exported policy file holds', () => {
    const file = adminPolicyFile(SETTINGS, { schoolMessage: 'Hi' });
    for (const [key, wrapped] of Object.entries(file)) {
      const type = schema.properties[key]?.type;
      const value = wrapped.Value;
      const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
      expect([key, actual]).toEqual([key, type]);
    }
  });
});

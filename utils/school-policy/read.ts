import { browser } from 'wxt/browser';
import { parseSchoolPolicy, type SchoolPolicy } from './policy';

// Reads the school's settings from managed storage, in the background and Tandem's own pages (content scripts ask
// the background). Never fails: Firefox rejects when no enterprise policy names Tandem ("Managed storage manifest
// not found"), Chrome answers {} when nothing is set, and either way the teacher's settings simply stay theirs.

/** The area policies live in, as far as Tandem uses it (tests pass their own). */
export interface ManagedArea {
  get: () => Promise<Record<string, unknown>>;
}

export const managedStorage: ManagedArea = {
  get: () => browser.storage.managed.get(null) as Promise<Record<string, unknown>>,
};

export async function readSchoolPolicy(area: ManagedArea = managedStorage): Promise<SchoolPolicy> {
  try {
    return parseSchoolPolicy(await area.get());
  } catch {
    return {};
  }
}

/** Calls `onChange` when an administrator changes the policy while a page is open (Chrome re-reads it hourly or on push). */
export function onSchoolPolicyChanged(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

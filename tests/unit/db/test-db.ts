import 'fake-indexeddb/auto';
import { TandemDatabase } from '../../../utils/db/database';

/** A fresh, uniquely named database per test so tests never see each other's records. */
export function freshDatabase(): TandemDatabase {
  return new TandemDatabase(`tandem-test-${crypto.randomUUID()}`);
}

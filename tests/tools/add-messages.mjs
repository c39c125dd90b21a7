#!/usr/bin/env node
// Adds or replaces English messages: `node tests/tools/add-messages.mjs keys.json` where keys.json is
// { "key": { "message": "…", "description": "…" } }. Reads, merges and writes messages.json in one
// synchronous step (rename into place), so several people adding keys at once do not lose each other's.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales/en/messages.json');
const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [key, value] of Object.entries(additions)) {
  if (!/^[A-Za-z0-9_]+$/.test(key) || typeof value?.message !== 'string') throw new Error(`Bad message ${key}`);
}
const messages = JSON.parse(readFileSync(target, 'utf8'));
Object.assign(messages, additions);
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(messages, null, 2)}\n`);
renameSync(temporary, target);
console.log(`Added ${Object.keys(additions).length} messages`);

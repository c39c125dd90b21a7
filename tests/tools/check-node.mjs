// Says in plain words when this Node is older than package.json's "engines" (the floor Vite and jsdom set),
// before `npm install` prints pages of engine warnings and the build fails somewhere deep. Run by .ci/run;
// needs nothing installed. Exit code 1 when too old.
import { readFileSync } from 'node:fs';

const floor = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).engines.node.replace(
  /^>=\s*/,
  '',
);

/** Whether version `have` (e.g. "20.18.1") is older than `need` ("20.19.0"), part by part. */
function isOlder(have, need) {
  const [a, b] = [have, need].map((version) => version.split('.').map(Number));
  const differs = b.findIndex((part, index) => part !== a[index]);
  return differs >= 0 && (a[differs] ?? 0) < b[differs];
}

const have = process.env.TANDEM_CHECK_NODE_VERSION ?? process.versions.node;
if (isOlder(have, floor)) {
  console.error(`Tandem needs Node.js ${floor} or newer; this machine has ${have}.`);
  console.error(
    `Install Node.js ${floor} or a later 20.x, or Node.js 22 LTS (https://nodejs.org, or: nvm install 22), then run this again.`,
  );
  process.exit(1);
}

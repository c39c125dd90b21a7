// Makes sure the Chromium that Tandem's tests and demo drive is installed: Debian's `chromium` package at
// /usr/bin/chromium (or the browser named by CHROMIUM_PATH). Playwright never downloads a browser here.
// Quiet when it is there; installs it with apt-get when running as root; otherwise says what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEFAULT_PATH = '/usr/bin/chromium';

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** Returns the browser path, installing Debian's chromium first when needed; throws with advice otherwise. */
export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
  }
  if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;

  const advice =
    "Tandem's tests need Chromium at /usr/bin/chromium. Install it with: sudo apt-get install -y chromium " +
    '(Debian/Ubuntu), then run the command again.';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) throw new Error(advice);

  console.log("Installing Debian's chromium (one time, ~30 s)…");
  if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', 'chromium'])) {
    throw new Error(`apt-get could not install chromium.\n${advice}`);
  }
  if (!existsSync(DEFAULT_PATH)) throw new Error(`apt-get finished, but there is still no ${DEFAULT_PATH}.\n${advice}`);
  console.log(`Chromium is installed at ${DEFAULT_PATH}.`);
  return DEFAULT_PATH;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

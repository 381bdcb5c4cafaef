// Finds the Chromium the end-to-end tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// When neither exists and we run as root, installs Debian's `chromium` package; otherwise
// stops with the command to run. Playwright's own browser download does not work here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const command = 'apt-get update && apt-get install -y chromium';
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, but nothing is there.`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error(
    `Chromium not found at ${path}. Install it with:\n  sudo sh -c '${command}'\nor set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
console.log(`Chromium not found at ${path}; installing Debian's chromium package …`);
execFileSync('sh', ['-c', command], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (!existsSync(path)) {
  console.error(`apt-get finished, but ${path} is still missing.`);
  process.exit(1);
}

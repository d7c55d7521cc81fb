// Installs Debian's Chromium when it is missing, so `npm test` works on a
// fresh Debian machine. Test tools never download a browser of their own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.js';

const path = chromiumPath();
if (existsSync(path)) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(
    `Chromium is missing (${path}). Install it with: sudo apt-get install -y chromium\n` + 'or point CHROME_PATH at a Chromium or Chrome executable.',
  );
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium package (1–2 minutes)…");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq chromium', { stdio: 'inherit', env });
if (!existsSync(chromiumPath())) {
  console.error('Chromium could not be installed.');
  process.exit(1);
}

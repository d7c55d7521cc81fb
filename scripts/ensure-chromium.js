// Installs Debian's Chromium when it is missing, so `npm test` works on a
// fresh Debian machine, and poppler-utils (pdfinfo, pdftotext), with which the
// printed notice's test reads the PDF Chromium prints. Test tools never
// download a browser of their own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.js';

const path = chromiumPath();
const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
if (existsSync(path) && hasPoppler) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(
    `Chromium or poppler-utils is missing (${path}). Install them with: sudo apt-get install -y chromium poppler-utils\n` +
      'or point CHROME_PATH at a Chromium or Chrome executable.',
  );
  process.exit(1);
}
console.log("Chromium or poppler-utils is missing: installing Debian's chromium and poppler-utils packages (1–2 minutes)…");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq chromium poppler-utils', { stdio: 'inherit', env });
if (!existsSync(chromiumPath())) {
  console.error('Chromium could not be installed.');
  process.exit(1);
}

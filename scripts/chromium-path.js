// Where the test browser lives: $CHROME_PATH, else Debian's chromium.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string} the path of the Chromium executable to use (may not exist yet) */
export function chromiumPath() {
  return candidates.find((p) => p && existsSync(p)) ?? '/usr/bin/chromium';
}

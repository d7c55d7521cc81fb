// Where the test browser lives: $CHROME_PATH, else Debian's chromium.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string} the path of the Chromium executable to use (may not exist yet) */
export function chromiumPath() {
  return candidates.find((p) => p && existsSync(p)) ?? '/usr/bin/chromium';
}

/**
 * Flags for headless Chromium here: no sandbox as root, and none of its own
 * network traffic (the machine has no network but the package registries).
 */
export const CHROMIUM_FLAGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

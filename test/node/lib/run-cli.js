// Runs a Node script of the repository in a child process, as a shell would,
// for the tests of the command-line tools (through run.js's `run`).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `script` (a path from the repository root) with `args`; resolves with the exit code and both outputs. */
export function runScript(script, args, { env = process.env } = {}) {
  return run(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env });
}

/** Runs `quartier-feed`; German locale and no colour unless `env` says otherwise. */
export function quartierFeed(args, env = {}) {
  const base = { ...process.env, LANG: 'de_DE.UTF-8' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete base[name];
  return runScript('bin/quartier-feed.js', args, { env: { ...base, ...env } });
}

// Runs a Node script of the repository in a child process, as a shell would,
// for the tests of the command-line tools.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `script` (a path from the repository root) with `args`; resolves with the exit code and both outputs. */
export function runScript(script, args, { env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `quartier-feed`; German locale and no colour unless `env` says otherwise. */
export function quartierFeed(args, env = {}) {
  const base = { ...process.env, LANG: 'de_DE.UTF-8' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete base[name];
  return runScript('bin/quartier-feed.js', args, { env: { ...base, ...env } });
}

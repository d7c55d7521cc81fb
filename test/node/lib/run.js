// Child processes for the Node tests: a command run to its end with its
// output kept (the feed checker, the translations tool, npm and the kit's
// tools outside the checkout), and a failure that names the step it belongs to.
import { spawn } from 'node:child_process';

/**
 * npm's own settings that may be passed on to a child npm (where the registry
 * and the cache are, how to reach them). Every other `npm_*` variable that
 * `npm test` sets (the kit's package, its prefix, the running script) would
 * make a child npm in another folder act on the kit instead.
 */
const NPM_SETTINGS_KEPT = /^npm_config_(registry|cache|userconfig|globalconfig|proxy|https_proxy|noproxy|cafile|strict_ssl)$/i;

/** The environment for a child process: this one without the `npm_*` variables of a running npm script, plus `extra`. */
export function childEnv(extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(name) || NPM_SETTINGS_KEPT.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs a command to its end.
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd: string, env?: NodeJS.ProcessEnv}} options `env`: the whole environment (default `childEnv()`)
 * @returns {Promise<{code: number | null, stdout: string, stderr: string}>}
 */
export function run(command, args, { cwd, env = childEnv() }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The last `lines` lines of a text, for an error message. */
function tail(text, lines = 30) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Runs a command that must succeed; otherwise throws an error that names the
 * step, the command, its exit code and the end of its output.
 */
export async function mustRun(step, command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${step} failed: \`${[command, ...args].join(' ')}\` in ${options.cwd} exited with ${result.code}\n` +
        `--- stderr ---\n${tail(result.stderr)}\n--- stdout ---\n${tail(result.stdout)}`,
    );
  }
  return result;
}

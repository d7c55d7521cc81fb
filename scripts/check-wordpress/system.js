// The machine side of `npm run check:wordpress`: root on Debian, Debian's
// packages (installed with apt-get when missing, without starting their
// services), commands, free loopback ports and processes of a run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';

/** Stops with a message unless this is Debian and we are root. */
export function requireRootOnDebian() {
  const problems = [];
  if (!existsSync('/etc/debian_version')) problems.push('it installs Debian packages: run it on Debian (bookworm or later)');
  if (process.getuid?.() !== 0) problems.push('it installs packages and runs Apache and MariaDB: run it as root');
  if (problems.length) {
    console.error(`check:wordpress cannot run here:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
}

/** Runs a command, its output to ours; throws when it fails. */
export function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: 'inherit', ...options });
}

/** Runs a command and returns its standard output; throws when it fails. */
export function output(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

const installed = (pkg) => {
  try {
    return output('dpkg-query', ['-W', '-f=${Status}', pkg]).includes('install ok installed');
  } catch {
    return false;
  }
};

const POLICY = '/usr/sbin/policy-rc.d';

/**
 * Installs the Debian packages that are missing. Their services (Apache on
 * port 80, the system's MariaDB) are not started: a policy-rc.d that refuses
 * every start is in place during the installation (removed afterwards, unless
 * the machine had one already).
 * @returns {string[]} the packages it installed
 */
export function ensurePackages(packages) {
  const missing = packages.filter((p) => !installed(p));
  if (missing.length === 0) return [];
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const ownPolicy = !existsSync(POLICY);
  if (ownPolicy) writeFileSync(POLICY, '#!/bin/sh\n# check:wordpress: no service starts while it installs packages\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  } finally {
    if (ownPolicy) rmSync(POLICY, { force: true });
  }
  const still = missing.filter((p) => !installed(p));
  if (still.length) throw new Error(`could not install: ${still.join(' ')}`);
  return missing;
}

/** A system user's numeric user and group id. */
export function userIds(name) {
  return { uid: Number(output('id', ['-u', name]).trim()), gid: Number(output('id', ['-g', name]).trim()) };
}

/** A TCP port on 127.0.0.1 that is free now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a long-running command (a server in the foreground) and returns a
 * handle whose stop() ends it with SIGTERM and waits for its exit.
 */
export function startProcess(name, command, args) {
  // A process group of its own: Apache signals its whole group when it stops.
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    pid: child.pid,
    exited,
    stderr: () => stderr,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Ends a process left by an earlier, interrupted run, and waits for its end:
 * only if its command line mentions `marker` (the run's own folder), so that
 * nothing else is hit.
 */
export async function endLeftover(pidFile, marker) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 1) return;
  const cmdline = () => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      return ''; // not running
    }
  };
  const line = cmdline();
  if (!line.includes(marker)) return;
  console.log(`Ending process ${pid} left by an earlier run (${line.trim().split(' ')[0]})`);
  process.kill(pid, 'SIGTERM');
  await waitFor(`process ${pid} to end`, () => !cmdline().includes(marker));
}

/** Waits until `ready()` is true (polling), or throws after `timeout` ms. */
export async function waitFor(what, ready, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

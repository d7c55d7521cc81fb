// `npm run release`: the download for webmasters who do not use Node:
// release/quartier-widgets-<version>.zip and .tar.gz, made from dist/
// (`npm run release` builds it first). Both hold one folder,
// quartier-widgets/<version>/, so that versions can live side by side on one
// server or CDN: every file of dist/ (the script-tag bundle, its chunks, every
// page with its assets, the source maps), LICENSE, LIESMICH.txt (German) and
// README.txt (English) from scripts/release/ with this version's script tag
// and pages filled in, and integrity.json with the SHA-384 Subresource
// Integrity hash of every other file.
//
// The archives are the same bytes for the same dist/: files in sorted order,
// every file dated the last commit (or $SOURCE_DATE_EPOCH), no owner names.
// Zip and gzip come from fflate, the tar format from nanotar.
//
//   node scripts/release.js [--out <dir>]   (default: release/)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { filesUnder } from './lib/files.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const TEXTS = path.join(ROOT, 'scripts/release');
const ENTRY = 'quartier-widgets.js';
/** The longest path a plain ustar header holds; nanotar would cut a longer one short. */
const TAR_NAME_MAX = 100;

/** `sha384-…`, as an `integrity` attribute takes it. */
function sriHash(data) {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}

/** The archives' date: $SOURCE_DATE_EPOCH, else the last commit's, else 1 January 2000 (not a git checkout). */
function releaseDate() {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
  try {
    const seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    if (seconds > 0) return new Date(seconds * 1000);
  } catch {
    // not a git checkout
  }
  return new Date(Date.UTC(2000, 0, 1));
}

/** A page's title without the kit's name ("Konfigurator – Quartier Widgets" → "Konfigurator"). */
function pageTitle(html) {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
  return title.replace(/\s+[–-]\s+Quartier Widgets$/, '');
}

/** Fills `{{name}}` in a text file of scripts/release/; every placeholder must have a value. */
function fill(file, values) {
  return readFileSync(path.join(TEXTS, file), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`release: ${file} has {{${name}}}, which has no value`);
    return values[name];
  });
}

/**
 * The release's files, in archive order: path inside the version folder → bytes.
 * @returns {{version: string, files: Map<string, Uint8Array>}}
 */
function releaseFiles() {
  if (!existsSync(path.join(DIST, ENTRY)) || !existsSync(path.join(DIST, 'chunks'))) {
    throw new Error('release: dist/ is not built. Run `npm run release` (it builds dist/ first) or `npm run build`.');
  }
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const files = new Map();
  for (const file of filesUnder(DIST)) files.set(file, readFileSync(path.join(DIST, file)));
  files.set('LICENSE', readFileSync(path.join(ROOT, 'LICENSE')));

  const pages = [...files.keys()].filter((f) => /^[^/]+\.html$/.test(f));
  const width = Math.max(...pages.map((p) => p.length));
  const values = {
    version,
    integrity: sriHash(files.get(ENTRY)),
    pages: pages.map((p) => `   ${p.padEnd(width)}  ${pageTitle(Buffer.from(files.get(p)).toString('utf8'))}`).join('\n'),
  };
  for (const text of ['LIESMICH.txt', 'README.txt']) files.set(text, Buffer.from(fill(text, values).replace(/\r?\n/g, '\r\n')));

  const integrity = Object.fromEntries([...files].map(([file, data]) => [file, sriHash(data)]));
  files.set('integrity.json', Buffer.from(`${JSON.stringify(integrity, null, 2)}\n`));
  return { version, files };
}

/**
 * Writes the zip and the tar.gz of the release into `outDir`.
 * @returns {{zip: string, tgz: string, version: string, count: number}}
 */
function writeRelease(outDir) {
  const { version, files } = releaseFiles();
  const folder = `quartier-widgets/${version}/`;
  const date = releaseDate();
  // fflate writes the zip's (DOS) time from the local clock fields: give it a date whose local fields are the UTC ones.
  const zipDate = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());

  const zipEntries = {};
  const tarEntries = [];
  for (const [file, data] of files) {
    const name = folder + file;
    if (Buffer.byteLength(name) > TAR_NAME_MAX) throw new Error(`release: ${name} is longer than ${TAR_NAME_MAX} bytes, too long for a tar header`);
    zipEntries[name] = [data, { mtime: zipDate, level: 9 }];
    tarEntries.push({ name, data });
  }
  mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, `quartier-widgets-${version}`);
  writeFileSync(`${base}.zip`, zipSync(zipEntries));
  const tar = createTar(tarEntries, { attrs: { mtime: date.getTime(), mode: '644', uid: 0, gid: 0, user: '', group: '' } });
  writeFileSync(`${base}.tar.gz`, gzipSync(tar, { level: 9, mtime: date }));
  return { zip: `${base}.zip`, tgz: `${base}.tar.gz`, version, count: files.size };
}

const at = process.argv.indexOf('--out');
const outDir = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : path.join(ROOT, 'release');
try {
  const { zip, tgz, count } = writeRelease(outDir);
  const kib = (file) => `${(readFileSync(file).length / 1024).toFixed(0)} KiB`;
  console.log(`${path.relative(process.cwd(), zip)} (${kib(zip)}) and ${path.basename(tgz)} (${kib(tgz)}): ${count} files`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

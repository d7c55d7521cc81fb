// The download for webmasters (`npm run release`, scripts/release.js): the zip
// and the tar.gz hold the same versioned folder (every file of dist/, every
// page, LICENSE, LIESMICH.txt, README.txt, integrity.json with a correct
// SHA-384 hash of each file), byte for byte the same when made again. Then as
// a webmaster would use it: the zip unpacked onto a plain static server on one
// origin, a page on another origin with README.txt's script tag (integrity
// and crossorigin as written there) and elements, in headless Chromium. With
// the CORS header README.txt asks for, all three elements show; without it,
// the script is blocked as README.txt says; with a wrong hash, too. Runs
// scripts/release.js on the built dist/ (`npm test` builds it first).
/* global document, customElements */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, unzipSync } from 'fflate';
import { parseTar } from 'nanotar';
import { startServer } from '../../scripts/bench/server.js';
import { filesUnder } from '../../scripts/lib/files.js';
import { ROOT, consoleErrors, missingPrerequisites, openPage, record, settle, shadowSnapshot, startHost } from './lib/host-page.js';
import { mustRun } from './lib/run.js';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const FOLDER = `quartier-widgets/${version}/`;
const FEED = JSON.parse(readFileSync(path.join(ROOT, 'data/seesen-lena.json'), 'utf8'));
/** A plain static server: no isolation headers. */
const PLAIN = { 'Cache-Control': 'no-cache' };
const CORS = { ...PLAIN, 'Access-Control-Allow-Origin': '*' };

const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/** Makes the release into `out`; returns the archives' paths. */
async function makeRelease(out) {
  await mustRun('node scripts/release.js', process.execPath, [path.join(ROOT, 'scripts/release.js'), '--out', out], { cwd: ROOT });
  return { zip: path.join(out, `quartier-widgets-${version}.zip`), tgz: path.join(out, `quartier-widgets-${version}.tar.gz`) };
}

/**
 * The host page: README.txt's script tag and elements as they stand, with the
 * script's address on `scriptOrigin` (where the unpacked folder is served at
 * the root instead of /assets/) and the feed at the address the snippet names.
 */
function hostPage(readme, scriptOrigin, { integrity } = {}) {
  const script = /<script type="module"[\s\S]*?<\/script>/.exec(readme)?.[0];
  assert.ok(script, 'README.txt has a module script tag');
  const elements = readme.match(/^ *<(quartier-card|partner-list|offer-map) [^\n]*><\/\1>$/gm);
  assert.equal(elements?.length, 3, 'README.txt has the three elements');
  let tag = script.replace('src="/assets/', `src="${scriptOrigin}/`);
  if (integrity) tag = tag.replace(/integrity="[^"]*"/, `integrity="${integrity}"`);
  const body = elements.map((line, i) => line.trim().replace(/^<([\w-]+) /, `<$1 id="w${i}" data-expect="loaded" `)).join('\n');
  return `<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Seite einer Stadt</title>\n${tag}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

describe('the release download', { timeout: 180_000 }, () => {
  let tmp;
  let zip;
  let tgz;
  let entries; // path in the zip → bytes

  before(async () => {
    const missing = missingPrerequisites();
    if (missing.length) throw new Error(`Cannot run the release test:\n  - ${missing.join('\n  - ')}`);
    tmp = mkdtempSync(path.join(tmpdir(), 'quartier-release-'));
    ({ zip, tgz } = await makeRelease(path.join(tmp, 'release')));
    entries = unzipSync(readFileSync(zip));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('holds one versioned folder: every file of dist/ (every page), LICENSE, LIESMICH.txt, README.txt, integrity.json', (t) => {
    const names = Object.keys(entries);
    t.diagnostic(
      `${path.basename(zip)}: ${(readFileSync(zip).length / 1024).toFixed(0)} KiB, ${names.length} files; ${path.basename(tgz)}: ${(readFileSync(tgz).length / 1024).toFixed(0)} KiB`,
    );
    assert.deepEqual(
      names.filter((n) => !n.startsWith(FOLDER)),
      [],
      `every path starts with ${FOLDER}`,
    );
    const inside = names.map((n) => n.slice(FOLDER.length)).sort();
    const dist = filesUnder(path.join(ROOT, 'dist'));
    assert.deepEqual(
      inside.filter((f) => !['LICENSE', 'LIESMICH.txt', 'README.txt', 'integrity.json'].includes(f)),
      dist,
      'the files of dist/',
    );
    for (const file of [
      'LICENSE',
      'LIESMICH.txt',
      'README.txt',
      'integrity.json',
      'quartier-widgets.js',
      'quartier-embed-host.js',
      'embed.html',
      'configurator.html',
      'check.html',
    ]) {
      assert.ok(inside.includes(file), file);
    }
    for (const file of dist) assert.deepEqual(Buffer.from(entries[FOLDER + file]), readFileSync(path.join(ROOT, 'dist', file)), `${file}: the bytes of dist/`);
    assert.deepEqual(Buffer.from(entries[`${FOLDER}LICENSE`]), readFileSync(path.join(ROOT, 'LICENSE')));
  });

  it("integrity.json has the SHA-384 hash of every other file, and the texts carry the entry's", () => {
    const integrity = JSON.parse(Buffer.from(entries[`${FOLDER}integrity.json`]).toString('utf8'));
    const others = Object.keys(entries)
      .filter((n) => n !== `${FOLDER}integrity.json`)
      .map((n) => n.slice(FOLDER.length))
      .sort();
    assert.deepEqual(Object.keys(integrity).sort(), others);
    for (const file of others) assert.equal(integrity[file], sri(entries[FOLDER + file]), file);
    for (const text of ['LIESMICH.txt', 'README.txt']) {
      const body = Buffer.from(entries[FOLDER + text]).toString('utf8');
      assert.ok(body.includes(`integrity="${integrity['quartier-widgets.js']}"`), `${text} has the entry's hash`);
      assert.ok(body.includes(`/assets/quartier-widgets/${version}/quartier-widgets.js`), `${text} names the versioned path`);
      assert.match(body, /Access-Control-Allow-Origin: \*/, `${text} names the CORS header`);
      assert.match(body, /trusted-types lit-html/, `${text} has the CSP`);
      for (const page of others.filter((f) => /^[^/]+\.html$/.test(f))) assert.ok(body.includes(page), `${text} lists ${page}`);
      assert.doesNotMatch(body, /\{\{\w+\}\}/, `${text}: no placeholder left`);
    }
    // The project README's "Put it on a site" shows the same tag, with "sha384-…" for the hash.
    const tag = (text) => /<script type="module" src="\/assets\/quartier-widgets\/[\s\S]*?<\/script>/.exec(text)?.[0].replace(/\s+/g, ' ');
    const readmeTxt = tag(Buffer.from(entries[`${FOLDER}README.txt`]).toString('utf8'));
    assert.ok(readmeTxt, 'README.txt has the tag');
    assert.equal(tag(readFileSync(path.join(ROOT, 'README.md'), 'utf8')), readmeTxt.replace(integrity['quartier-widgets.js'], 'sha384-…'), "README.md's tag");
  });

  it('the tar.gz holds the same files as the zip; both are the same bytes when made again', async () => {
    const tar = parseTar(gunzipSync(readFileSync(tgz)));
    assert.deepEqual(tar.map((f) => f.name).sort(), Object.keys(entries).sort());
    for (const file of tar) assert.deepEqual(Buffer.from(file.data), Buffer.from(entries[file.name]), file.name);
    const again = await makeRelease(path.join(tmp, 'again'));
    assert.ok(readFileSync(again.zip).equals(readFileSync(zip)), 'the zip is the same');
    assert.ok(readFileSync(again.tgz).equals(readFileSync(tgz)), 'the tar.gz is the same');
  });

  describe('unpacked onto a static server, used from a page on another origin', () => {
    let site; // the city's pages (and its feed), with the browser
    let scripts; // the unpacked folder, with the CORS header
    let bare; // the same folder, without it
    let readme;

    before(async () => {
      const unpacked = path.join(tmp, 'unpacked');
      for (const [name, data] of Object.entries(entries)) {
        mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
        writeFileSync(path.join(unpacked, name), data);
      }
      readme = readFileSync(path.join(unpacked, FOLDER, 'README.txt'), 'utf8');
      const siteRoot = path.join(tmp, 'site');
      mkdirSync(siteRoot);
      site = await startHost({ root: siteRoot, headers: PLAIN });
      site.virtual.set('/feeds/our-feed.json', readFileSync(path.join(ROOT, 'data/seesen-lena.json'), 'utf8'));
      scripts = await startServer(unpacked, { headers: CORS });
      bare = await startServer(unpacked, { headers: PLAIN });
    });

    after(async () => {
      await Promise.all([site?.close(), scripts?.close(), bare?.close()]);
    });

    it("with the CORS header: README.txt's snippet (integrity, crossorigin) shows all three elements", async () => {
      site.virtual.set('/cors.html', hostPage(readme, scripts.origin));
      const { page, log, close } = await openPage(site, '/cors.html');
      try {
        const states = await settle(page);
        assert.deepEqual(
          states.map((s) => `${s.id}: ${s.state}`),
          ['w0: loaded', 'w1: loaded', 'w2: loaded'],
        );
        assert.ok((await shadowSnapshot(page, 'w0')).text.includes(FEED.projects[0].name), 'the card names the project');
        assert.ok((await shadowSnapshot(page, 'w1')).text.includes(FEED.organizations[0].name), 'the list names a partner');
        assert.ok((await shadowSnapshot(page, 'w2')).text.includes(FEED.places[0].name), 'the map lists the place');
        const base = `${scripts.origin}/${FOLDER}`;
        assert.ok(
          log.requests.some((u) => u.startsWith(`${base}chunks/`)),
          'chunks came from the script origin',
        );
        assert.deepEqual(
          log.requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith(base)),
          [],
          'no request beyond the two origins',
        );
        assert.deepEqual((await record(page)).scriptErrors, []);
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(consoleErrors(log), []);
      } finally {
        await close();
      }
    });

    it('without the CORS header: the script is blocked, no element is defined, and the console says "blocked by CORS policy"', async () => {
      site.virtual.set('/no-cors.html', hostPage(readme, bare.origin));
      const { page, log, close } = await openPage(site, '/no-cors.html');
      try {
        // The page's load event waits for its module script, which has failed by then.
        const entry = `${bare.origin}/${FOLDER}quartier-widgets.js`;
        assert.deepEqual((await record(page)).scriptErrors, [entry]);
        assert.deepEqual(await page.evaluate(() => ['quartier-card', 'partner-list', 'offer-map'].map((tag) => customElements.get(tag) ?? null)), [
          null,
          null,
          null,
        ]);
        assert.equal(await page.evaluate(() => document.querySelector('quartier-card').shadowRoot), null, 'the card stays an empty, unknown element');
        const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
        assert.ok(
          errors.some((e) => e.includes(entry) && /blocked by CORS policy/.test(e) && /Access-Control-Allow-Origin/.test(e)),
          errors.join('\n'),
        );
      } finally {
        await close();
      }
    });

    it('a wrong integrity hash: the script is blocked', async () => {
      const wrong = sri(Buffer.from('another file'));
      site.virtual.set('/wrong-hash.html', hostPage(readme, scripts.origin, { integrity: wrong }));
      const { page, log, close } = await openPage(site, '/wrong-hash.html');
      try {
        assert.deepEqual((await record(page)).scriptErrors, [`${scripts.origin}/${FOLDER}quartier-widgets.js`]);
        assert.equal(await page.evaluate(() => customElements.get('quartier-card') ?? null), null);
        assert.ok(
          log.console.some((m) => m.type === 'error' && /integrity/.test(m.text)),
          'the console names the integrity check',
        );
      } finally {
        await close();
      }
    });
  });
});

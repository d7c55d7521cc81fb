// The npm package as a developer gets it. A clean copy of the checkout (the
// files git knows, without dist/, lib/ or the manifest) is packed with
// `npm pack --json`, whose prepack and prepare build everything; the tarball
// is installed into a throw-away Vite + TypeScript app outside the checkout
// (test/node/lib/consumer-app.js), which is type-checked strictly with
// skipLibCheck false and without @types/leaflet, built with Vite, and shown in
// headless Chromium; the feed checker runs from the installed package and
// through `npx -p <tarball>`. The app's dependencies come from the registry
// (npm's cache makes that quick). About 1–2 minutes, most of it the build.
/* global document, window */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { filesUnder } from '../../scripts/lib/files.js';
import { ROOT, openPage, settle, shadowSnapshot, startHost, consoleErrors } from './lib/host-page.js';
import { PROJECT, SAMPLE_FEED, writeConsumerApp } from './lib/consumer-app.js';
import { mustRun, run } from './lib/run.js';

const KIT = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const FEED = JSON.parse(readFileSync(path.join(ROOT, SAMPLE_FEED), 'utf8'));

/** Copies the files git knows in the checkout (tracked, or new and not ignored) to `dir`, with node_modules linked. */
function copyCheckout(dir) {
  let listed;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`copying the checkout failed: the pack test needs git and a git checkout (${error.message})`);
  }
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the work tree, not yet committed
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(from, path.join(dir, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
}

/**
 * Removes the folder npx made in npm's cache for `tarball`: each run packs to
 * a new temporary path, and each path would leave one behind (about 20 MB).
 */
async function removeNpxInstall(tarball, cwd) {
  const { stdout } = await run('npm', ['config', 'get', 'cache'], { cwd });
  const npx = path.join(stdout.trim(), '_npx');
  for (const name of existsSync(npx) ? readdirSync(npx) : []) {
    let packages = [];
    try {
      packages = JSON.parse(readFileSync(path.join(npx, name, 'package.json'), 'utf8'))._npx?.packages ?? [];
    } catch {
      continue;
    }
    if (packages.includes(tarball)) rmSync(path.join(npx, name), { recursive: true, force: true });
  }
}

describe('the npm package from a clean checkout', { timeout: 600_000 }, () => {
  let tmp;
  let packed; // npm pack --json's report
  let tarball;
  let app;
  let installed; // the package as installed into the app
  let files; // the tarball's file list

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'quartier-pack-'));
    const kit = path.join(tmp, 'kit');
    copyCheckout(kit);
    assert.equal(existsSync(path.join(kit, 'dist')), false, 'the copy has no dist/ of its own');
    const { stdout } = await mustRun(
      'npm pack (prepack builds dist/ and the manifest, prepare builds lib/)',
      'npm',
      ['pack', '--json', '--pack-destination', tmp],
      { cwd: kit },
    );
    try {
      packed = JSON.parse(stdout)[0];
    } catch (error) {
      throw new Error(`npm pack --json printed something that is not JSON (${error.message}):\n${stdout.slice(0, 2000)}`);
    }
    tarball = path.join(tmp, packed.filename);
    files = packed.files.map((f) => f.path);

    app = path.join(tmp, 'app');
    writeConsumerApp(app, tarball);
    await mustRun('npm install in the consumer app (the tarball, vite, typescript)', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: app,
    });
    installed = path.join(app, 'node_modules/quartier-widgets');
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('holds dist/ (bundle, chunks, pages), lib/ with types, the manifest, the schema, the command, LICENSE and README', (t) => {
    t.diagnostic(
      `${packed.filename}: ${(packed.size / 1024).toFixed(0)} KiB, ${packed.entryCount} files, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`,
    );
    for (const file of [
      'package.json',
      'LICENSE',
      'README.md',
      'custom-elements.json',
      'data/quartier-feed.schema.json',
      'bin/quartier-feed.js',
      'dist/quartier-widgets.js',
      'dist/quartier-embed-host.js',
      'dist/embed.html',
      'dist/configurator.html',
      'dist/check.html',
      'lib/index.js',
      'lib/index.d.ts',
      'lib/feed/index.d.ts',
      'lib/cli/main.js',
      'lib/map/leaflet.js',
    ]) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    assert.ok(
      files.some((f) => /^dist\/chunks\/create-map-[\w-]+\.js$/.test(f)),
      'the map chunk',
    );
    assert.ok(
      files.some((f) => /^dist\/pages-assets\/check-[\w-]+\.js$/.test(f)),
      "the checker page's script",
    );
    // Every page the build wrote is shipped (an editor page included, whenever there is one).
    const pages = files.filter((f) => /^dist\/[^/]+\.html$/.test(f));
    assert.deepEqual(
      pages,
      filesUnder(installed).filter((f) => /^dist\/[^/]+\.html$/.test(f)),
    );
    assert.deepEqual(
      files.filter((f) => f.startsWith('src/') || f.startsWith('test/')),
      [],
      'no sources or tests',
    );
  });

  it('lib/ has no source maps, and every map a file names is in the package with its sources inside', () => {
    assert.deepEqual(
      files.filter((f) => f.startsWith('lib/') && f.endsWith('.map')),
      [],
    );
    let maps = 0;
    for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
      const text = readFileSync(path.join(installed, file), 'utf8');
      const url = /\/[/*]# sourceMappingURL=(\S+?)(?:\s*\*\/)?\s*$/.exec(text)?.[1];
      if (!url) continue;
      const map = path.posix.join(path.posix.dirname(file), url);
      assert.ok(files.includes(map), `${file} names ${url}, which is not in the package`);
      const { sources, sourcesContent } = JSON.parse(readFileSync(path.join(installed, map), 'utf8'));
      assert.ok(
        sources.length > 0 && sourcesContent?.length === sources.length && sourcesContent.every((s) => typeof s === 'string'),
        `${map} carries the text of each of its ${sources.length} sources`,
      );
      maps++;
    }
    assert.ok(maps > 10, `dist/ files name their maps (${maps} found)`);
  });

  it("every path in package.json's exports and in custom-elements.json is a file in the package", () => {
    const targets = [];
    const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
    collect(KIT.exports);
    targets.push(KIT.main, KIT.types, ...Object.values(KIT.bin));
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} (package.json)`);

    const manifest = JSON.parse(readFileSync(path.join(installed, 'custom-elements.json'), 'utf8'));
    const paths = new Set();
    const find = (node) => {
      if (Array.isArray(node)) node.forEach(find);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
          else find(value);
        }
      }
    };
    find(manifest);
    assert.ok(paths.size >= 4, `the manifest names its modules (${[...paths].join(', ')})`);
    for (const p of paths) assert.ok(files.includes(p.replace(/^\//, '')), `${p} (custom-elements.json)`);
    const tags = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.tagName).map((d) => d.tagName)).sort();
    assert.deepEqual(tags, ['offer-map', 'partner-list', 'quartier-agenda', 'quartier-card', 'quartier-directory']);
  });

  it('a strict TypeScript app (skipLibCheck false) type-checks against the package without @types/leaflet', async () => {
    assert.equal(existsSync(path.join(app, 'node_modules/@types/leaflet')), false, '@types/leaflet is not installed in the app');
    const { stdout } = await mustRun('tsc --noEmit in the consumer app', path.join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.', '--listFiles'], {
      cwd: app,
    });
    const checked = stdout
      .split('\n')
      .map((f) => f.trim())
      .filter(Boolean);
    for (const file of ['lib/index.d.ts', 'lib/elements/offer-map/offer-map.d.ts', 'lib/feed/index.d.ts', 'lib/quartier-widgets.d.ts']) {
      assert.ok(
        checked.some((f) => f.endsWith(`/node_modules/quartier-widgets/${file}`)),
        `tsc checked ${file}`,
      );
    }
    assert.deepEqual(
      checked.filter((f) => /leaflet/.test(path.basename(f))),
      [],
      "no Leaflet types in the app's program",
    );
  });

  it('the app builds with Vite and shows all three elements in Chromium', async () => {
    await mustRun('vite build in the consumer app', path.join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
    const host = await startHost({ root: path.join(app, 'dist') });
    try {
      const { page, log, close } = await openPage(host, '/index.html');
      try {
        const states = await settle(page);
        assert.deepEqual(
          states.map((s) => `${s.id}: ${s.state}`),
          ['card: loaded', 'partners: loaded', 'map: loaded'],
        );
        await page.waitForFunction(() => window.seen?.validated, { timeout: 10_000 });
        const seen = await page.evaluate(() => window.seen);
        assert.deepEqual(seen, {
          version: KIT.version,
          oneCardClass: true,
          consent: 'ask',
          loads: { card: 1, partners: 1, map: 1 },
          errors: [],
          validated: { projects: FEED.projects.length, warnings: 0 },
        });
        const project = FEED.projects.find((p) => p.id === PROJECT);
        const card = await shadowSnapshot(page, 'card');
        assert.ok(card.text.includes(project.name), `the card names the project: ${card.text.slice(0, 300)}`);
        const partners = await shadowSnapshot(page, 'partners');
        assert.ok(partners.text.includes(FEED.organizations[0].name), `the list names the partner: ${partners.text.slice(0, 300)}`);
        const map = await shadowSnapshot(page, 'map');
        assert.match(map.text, /Karte laden/, 'the map waits for consent');
        assert.ok(map.text.includes(FEED.places[0].name), `the list names the place: ${map.text.slice(0, 300)}`);
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(consoleErrors(log), []);
        assert.deepEqual(await page.evaluate(() => document.querySelectorAll(':not(:defined)').length), 0, 'every element is defined');
      } finally {
        await close();
      }
    } finally {
      await host.close();
    }
  });

  it('the feed checker runs from the installed package, outside the checkout', async () => {
    const bin = path.join(app, 'node_modules/.bin/quartier-feed');
    const good = await run(bin, ['check', 'public/feed.json', '--lang', 'de'], { cwd: app });
    assert.equal(good.code, 0, good.stderr + good.stdout);
    assert.match(good.stdout, /^public\/feed\.json: keine Probleme\./m);
    copyFileSync(path.join(ROOT, 'test/fixtures/broken-feed.json'), path.join(app, 'broken.json'));
    const broken = await run(bin, ['check', 'broken.json', '--lang', 'en'], { cwd: app });
    assert.equal(broken.code, 1, broken.stderr + broken.stdout);
    assert.match(broken.stdout, /^broken\.json:\d+:\d+ {2}/m);
  });

  it('npx -p <tarball> quartier-feed check works as the README says', async () => {
    const dir = path.join(tmp, 'npx');
    mkdirSync(dir);
    copyFileSync(path.join(ROOT, SAMPLE_FEED), path.join(dir, 'meine-feed.json'));
    try {
      const result = await run('npx', ['--yes', '-p', tarball, 'quartier-feed', 'check', 'meine-feed.json', '--lang', 'de'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr + result.stdout);
      assert.match(result.stdout, /^meine-feed\.json: keine Probleme\./m);
    } finally {
      await removeNpxInstall(tarball, dir);
    }
  });
});

// npm run check:wordpress [-- --debian-only] [-- --screenshots]
//
// Runs the WordPress recipe for real: the must-use plugin in
// docs/cms/wordpress/ on Debian's WordPress 6.1 and, unless --debian-only, on
// WordPress 6.4 and 6.5 (see check-wordpress/wordpress-builds.js), each with
// its default block theme and with the classic Twenty Twenty-One. For each
// site: an Author saves a post with the data-quartier divs (and a pasted
// <quartier-card>, which kses must remove), an administrator one with the
// elements; headless Chromium then opens both posts and checks that the
// plugin printed one module script tag (through the Script Modules API from
// 6.5 on), that the card, the partner list and the map's list show the
// sample feed, with no console error, no PHP message from the plugin, and no
// request beyond 127.0.0.1.
//
// Opt-in, not part of `npm test`: it needs root on Debian, installs Debian's
// wordpress, mariadb-server, apache2, libapache2-mod-php and PHP when they are
// missing (without starting their services), and runs a MariaDB (Unix socket
// only) and an Apache (127.0.0.1 only) of its own from
// /var/tmp/quartier-check-wordpress/. When it ends it stops both and removes
// that folder and /etc/wordpress/config-quartier-check.php; the packages stay.
// Running it again starts from scratch. --screenshots saves a picture of each
// page in .screenshots/wordpress/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/node/lib/host-page.js';
import { checkPage, expectedContent } from './check-wordpress/check-page.js';
import { startApache, startMariaDB } from './check-wordpress/services.js';
import { DEBIAN, FEED, KIT_VERSION, PLUGIN, claimDebianConfig, createSite, removeDebianConfig, setupSite } from './check-wordpress/sites.js';
import { endLeftover, ensurePackages, freePort, output, requireRootOnDebian, run } from './check-wordpress/system.js';
import { wordpressBuilds } from './check-wordpress/wordpress-builds.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STATE = '/var/tmp/quartier-check-wordpress';
const CACHE = path.join(ROOT, 'node_modules/.cache/check-wordpress');
const CLASSIC_THEME = 'twentytwentyone';
const PROJECT = 'lena-seesen';
const debianOnly = process.argv.includes('--debian-only');
const SCREENSHOTS = process.argv.includes('--screenshots') ? path.join(ROOT, '.screenshots/wordpress') : null;

requireRootOnDebian();
const started = Date.now();

// What an interrupted earlier run may have left.
await Promise.all([path.join(STATE, 'apache/httpd.pid'), path.join(STATE, 'mariadb/run/mariadbd.pid')].map((f) => endLeftover(f, STATE)));
removeDebianConfig();
claimDebianConfig();
rmSync(STATE, { recursive: true, force: true });

const packages = ensurePackages([
  'wordpress',
  'wordpress-l10n',
  'wordpress-theme-twentytwentythree',
  'wordpress-theme-twentytwentyone',
  'mariadb-server',
  'mariadb-client',
  'apache2',
  'libapache2-mod-php',
  'php-cli',
  'php-mysql',
  ...(debianOnly ? [] : ['unzip']),
]);
run(process.execPath, [path.join(ROOT, 'scripts/ensure-chromium.js')]);
if (!existsSync(path.join(ROOT, 'dist/quartier-widgets.js'))) run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
const trees = debianOnly ? [] : wordpressBuilds(CACHE);

mkdirSync(STATE, { recursive: true, mode: 0o755 });
const specs = [
  { id: 'debian', label: "Debian's wordpress package", tree: null },
  ...trees.map((t) => ({ id: `wp-${t.version}`, label: '@wp-playground/wordpress-builds', tree: t.root })),
];
for (const spec of specs) {
  spec.port = await freePort();
  spec.dir = path.join(STATE, 'sites', spec.id);
}

const feed = JSON.parse(readFileSync(FEED.file, 'utf8'));
const content = expectedContent(feed, PROJECT);
const divs = [
  `<div data-quartier="card" data-src="${FEED.path}" data-project="${PROJECT}"></div>`,
  `<div data-quartier="partner-list" data-src="${FEED.path}" data-project="${PROJECT}" data-layout="grid"></div>`,
  `<div data-quartier="offer-map" data-src="${FEED.path}" data-project="${PROJECT}"></div>`,
].join('\n');
const elements = [
  `<quartier-card src="${FEED.path}" project="${PROJECT}"></quartier-card>`,
  `<partner-list src="${FEED.path}" project="${PROJECT}" layout="grid"></partner-list>`,
  `<offer-map src="${FEED.path}" project="${PROJECT}"></offer-map>`,
].join('\n');
const htmlBlock = (html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;
const task = {
  title: 'Quartier Widgets – Probe',
  language: 'de_DE',
  posts: [
    // The Author also pastes an element: kses must remove it, and keep the divs.
    { as: 'author', title: 'LeNa (Autorin, data-quartier)', content: `${htmlBlock(divs)}\n\n${htmlBlock(elements.split('\n')[0])}` },
    { as: 'admin', title: 'LeNa (Administrator, Elemente)', content: htmlBlock(elements) },
  ],
};

/** @type {{site: string, name: string, problems: string[]}[]} */
const results = [];
const report = (site, name, problems) => results.push({ site, name, problems });
const summaries = [];
const stoppers = [];
let failure = null;
let interrupted = null;

/** Stops what the run started and removes what it wrote (once). */
async function cleanUp() {
  for (const stop of stoppers.splice(0).reverse()) await stop().catch((e) => console.error(`while stopping: ${e.message}`));
  removeDebianConfig();
  rmSync(STATE, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = signal;
    console.error(`\n${signal}: stopping Apache and MariaDB…`);
    cleanUp().finally(() => process.exit(130));
  });
}

try {
  const mariadb = await startMariaDB(path.join(STATE, 'mariadb'));
  stoppers.push(mariadb.stop);
  const sites = specs.map((spec) => ({ spec, site: createSite(spec, mariadb, path.join(ROOT, 'dist')) }));
  const apache = await startApache(
    path.join(STATE, 'apache'),
    sites.map(({ site }) => site),
  );
  stoppers.push(apache.stop);
  // Chromium resolves no name but loopback's: a request meant for elsewhere fails, and is reported.
  // Signals are ours to handle (cleanUp), not puppeteer's, which would exit at once.
  const browser = await launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'], {
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  stoppers.push(() => browser.close());

  const taskFile = path.join(STATE, 'task.json');
  writeFileSync(taskFile, JSON.stringify(task));
  for (const { spec, site } of sites) {
    const origin = `http://127.0.0.1:${site.port}`;
    const installed = setupSite(site, 'install', taskFile);
    const name = `WordPress ${installed.version}`;
    console.log(`${name}: installed on ${origin}, checking its pages…`);
    const modules = installed.scriptModules;
    summaries.push(
      `${name} (${spec.label}), PHP ${installed.php}, on ${origin}: wp_enqueue_script_module ${modules ? 'exists → Script Modules API' : 'missing → wp_enqueue_script + type="module"'}`,
    );

    // What kses left of each post.
    const [byAuthor, byAdmin] = installed.posts;
    const authorProblems = [];
    if (byAuthor.user.unfiltered_html) authorProblems.push('the Author has unfiltered_html');
    if (!byAuthor.content.includes(htmlBlock(divs))) authorProblems.push(`the divs were changed: ${byAuthor.content}`);
    if (byAuthor.content.includes('<quartier-card')) authorProblems.push('kses kept <quartier-card> for the Author');
    report(name, 'Author post: kses removed <quartier-card>, kept the data-quartier divs byte for byte', authorProblems);
    const adminProblems = [];
    if (!byAdmin.user.unfiltered_html) adminProblems.push('the administrator lacks unfiltered_html');
    if (byAdmin.content !== task.posts[1].content) adminProblems.push(`the elements were changed: ${byAdmin.content}`);
    report(name, 'Administrator post: the elements kept as written', adminProblems);

    const host = { browser, origin };
    const expected = {
      scriptUrl: `${origin}/wp-content/quartier-widgets/${KIT_VERSION}/quartier-widgets.js`,
      scriptId: modules ? 'quartier-widgets-js-module' : 'quartier-widgets-js',
      content,
    };
    for (const theme of [installed.theme, CLASSIC_THEME]) {
      const active = theme === installed.theme ? installed : setupSite(site, 'theme', theme);
      if (active.theme !== theme) {
        report(name, `theme ${theme}`, [`the active theme is ${active.theme}`]);
        continue;
      }
      const kind = active.blockTheme ? 'block theme' : 'classic theme';
      for (const post of installed.posts) {
        const screenshot = SCREENSHOTS && path.join(SCREENSHOTS, `wordpress-${installed.version}-${theme}-${post.as}.png`);
        const seen = await checkPage(host, post.url, { ...expected, dataDivs: post.as === 'author' }, screenshot);
        const who = post.as === 'author' ? 'Author, divs' : 'Administrator, elements';
        report(
          name,
          `${theme} (${kind}), ${who}: <script type="module" id="${seen.scriptId}">, lang="${seen.lang}", card, ${seen.partnersShown} partners, map list`,
          seen.problems,
        );
      }
    }
    const log = readFileSync(site.debugLog, 'utf8').split('\n').filter(Boolean);
    const ours = log.filter((line) => line.includes(path.basename(PLUGIN)));
    report(name, `no PHP message from the plugin (debug.log: ${log.length - ours.length} other lines, from WordPress itself)`, ours);
  }
  summaries.push(
    `MariaDB ${output('/usr/sbin/mariadbd', ['--version']).trim().split(/\s+/)[2]} (socket only), ${output('/usr/sbin/apache2', ['-v']).split('\n')[0].replace('Server version: ', '')} (127.0.0.1 only)`,
  );
} catch (error) {
  failure = interrupted ? `interrupted (${interrupted})` : error;
} finally {
  await cleanUp();
}

console.log(`\ncheck:wordpress — ${path.relative(ROOT, PLUGIN)} with Quartier Widgets ${KIT_VERSION}`);
if (packages.length) console.log(`Installed Debian packages: ${packages.join(' ')}`);
for (const line of summaries) console.log(`  ${line}`);
let site = '';
for (const r of results) {
  if (r.site !== site) console.log(`\n${(site = r.site)}`);
  console.log(`  ${r.problems.length ? 'FAIL' : 'ok  '} ${r.name}`);
  for (const p of r.problems) console.log(`       - ${p}`);
}
if (failure) console.log(`\nStopped early: ${failure.stack ?? failure}`);
if (debianOnly) console.log('\n(--debian-only: WordPress 6.4 and 6.5 not checked)');
console.log(`\nStopped Apache and MariaDB; removed ${STATE} and ${DEBIAN.configFile} (${Math.round((Date.now() - started) / 1000)} s).`);
const passed = results.filter((r) => r.problems.length === 0).length;
const failed = results.length - passed + (failure ? 1 : 0);
console.log(`check:wordpress: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

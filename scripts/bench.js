// `npm run bench`: prints figures, asserts nothing (benchmarks, not timed tests).
//  - Node: validation of large feeds against plain JSON.parse of the same text.
//  - Chromium (scripts/bench/browser.js): a <quartier-card> inserted with its
//    feed already loaded, <partner-list> with 1,000 organisations, and feed
//    validation where it runs for real.
//    Then leaks (scripts/bench/leaks.js): each element inserted and removed
//    1,000 times, JS heap and DOM counters before and after.
//    Then the map (scripts/bench/map.js): <offer-map> against plain Leaflet
//    markers and leaflet.markercluster at 10,000 and 50,000 offers: first
//    frame, pan and zoom frame times, JS heap and DOM nodes.
//    Then the worst feed shapes (scripts/bench/worst.js, checker.js): the
//    longest main-thread task per element and on the checker page for feeds
//    built to cost the most, by CPU time (the target's measure) and wall time.
//    Then the directory (scripts/bench/directory.js): <quartier-directory>
//    over 10,000 projects: first frame, the summary, a search keystroke.
//    Then the portal (scripts/bench/portal.js): 100 compact and 100 full
//    cards of one feed, and a partner list of 400 organisations, each
//    against the floor (scripts/bench/floor/), as ratios with the targets.
//  - Chromium (scripts/bench/cold-start.js): a page with one card loaded cold
//    on a throttled line and CPU, against the floor card; Lighthouse's mobile
//    run of both when the `lighthouse` package is installed.
//  - Node (scripts/bench/harvest.js): the harvester over 2,000 generated
//    feeds on loopback: full harvest, all-304 re-harvest, index sizes.
// It builds first (`npm run build`: lib/ for the data layer, dist/ for the
// page). Options: --no-build, --node-only, --browser-only, --map-only (just
// the map section), --no-map (everything but the map section), --worst-only
// (just the worst shapes), --no-worst, --directory-only, --no-directory,
// --harvest-only, --no-harvest, --portal-only, --no-portal, --cold-only, --no-cold.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const mapOnly = args.has('--map-only');
const worstOnly = args.has('--worst-only');
const harvestOnly = args.has('--harvest-only');
const directoryOnly = args.has('--directory-only');
const coldOnly = args.has('--cold-only');
const portalOnly = args.has('--portal-only');
const runNode = !args.has('--browser-only') && !mapOnly && !worstOnly && !harvestOnly && !directoryOnly && !portalOnly && !coldOnly;
const runBrowser = !args.has('--node-only') && !harvestOnly && !coldOnly;
const runHarvest =
  harvestOnly || (!args.has('--no-harvest') && !args.has('--browser-only') && !mapOnly && !worstOnly && !directoryOnly && !portalOnly && !coldOnly);
const runCold = coldOnly || (!args.has('--no-cold') && !args.has('--node-only') && !mapOnly && !worstOnly && !harvestOnly && !directoryOnly && !portalOnly);

if (!args.has('--no-build')) {
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    console.error('`npm run build` failed: nothing measured.');
    process.exit(1);
  }
  console.log(`Built lib/ and dist/ (npm run build, ${((performance.now() - t0) / 1000).toFixed(1)} s).`);
}
console.log(`Machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}, Node ${process.version}.`);

if (runNode) {
  const { validateFeed } = await import('../lib/feed/validate.js').catch(() => {
    console.error('lib/ is missing: run `npm run build:lib` first.');
    process.exit(1);
  });

  const { benchValidation } = await import('./bench/validation.js');
  benchValidation({ validateFeed });
}

if (runBrowser) {
  const { runBrowserBench } = await import('./bench/browser.js');
  const ran = await runBrowserBench({
    elements: !mapOnly && !worstOnly && !directoryOnly && !portalOnly,
    map: !args.has('--no-map') && !worstOnly && !directoryOnly && !portalOnly,
    worst: !args.has('--no-worst') && !mapOnly && !directoryOnly && !portalOnly,
    directory: !args.has('--no-directory') && !mapOnly && !worstOnly && !portalOnly,
    portal: !args.has('--no-portal') && !mapOnly && !worstOnly && !directoryOnly,
  });
  if (!ran) process.exitCode = 1;
}

if (runCold) {
  const { runColdStartBench } = await import('./bench/cold-start.js');
  if (!(await runColdStartBench({ root }))) process.exitCode = 1;
}

if (runHarvest) {
  const { benchHarvest } = await import('./bench/harvest.js');
  await benchHarvest();
}

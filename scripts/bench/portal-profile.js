// Where the time of the portal benchmark (portal.js) goes: 100 cards of one
// feed inserted at once into a fresh tab, the kit against the floor, with
// the tab's main thread split into script, style, layout, paint, GC and the
// rest (self time of each trace event, so a forced layout inside a script
// counts as layout), its CPU time (`tdur`), and, with --profile, the kit's
// functions by self time from a CPU profile (positions mapped through the
// build's source maps). With --b <dir>, a second build of the kit (a copy of
// an older dist/, say) runs alternately with dist/: an A/B comparison in one
// run, each also as a ratio to the floor of the same round.
//
//   node scripts/bench/portal-profile.js [--variant full|compact] [--runs 5] [--warm] [--profile] [--b dist-old] [--css-a rules] [--css-b rules]
//
// It uses the built dist/ (run `npm run build` first). Prints tables; asserts nothing.
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-path.js';
import { floorBundle } from './floor/bundle.js';
import { portalFeed } from './portal-feed.js';
import { countNodesSource, FLOOR_EVENTS, FLOOR_HTML, FLOOR_PAGE, KIT_EVENTS, manyInPage, PORTAL_URL } from './portal.js';
import { cliOption } from './cli-option.js';
import { functionTimes } from './profile-functions.js';
import { startServer } from './server.js';
import { median, table } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const variant = cliOption('variant', 'full');
const runs = Number(cliOption('runs', '5'));
const warm = argv.includes('--warm');
const profile = argv.includes('--profile');
const distB = cliOption('b', undefined);
/** Experiments: CSS rules added to every kit card after its own, from its loading state on (`--css-a` for dist/, `--css-b` for the B build). */
const extraCss = { A: cliOption('css-a', ''), B: cliOption('css-b', '') };
const CARDS = 100;

/** What each trace event's self time counts as (DevTools' groups, GC apart). */
const BUCKETS = [
  ['gc', /GC|^BlinkGC|^ThreadState/],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|Document::(recalcStyle|updateStyle|rebuildLayoutTree)|StyleEngine|StyleResolver|StyleRecalc)/,
  ],
  ['layout', /^(Layout$|LocalFrameView::performLayout|InlineNode|UpdateLayout$|LayoutShift|ResizeObserver|IntersectionObserver)/],
  [
    'paint',
    /^(Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit|Decode|Rasterize|ScrollLayer|Blink\.|PaintArtifactCompositor|WebFrameWidgetImpl::UpdateLifecycle|AccessibilitySerialize)/,
  ],
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|CustomElementReactionQueue|HTMLConstructor|CompileScript|CompileCode|CacheModule|CacheScript)/,
  ],
];
const bucketOf = (name) => BUCKETS.find(([, re]) => re.test(name))?.[0] ?? 'other';

/** Self CPU time per bucket of the renderer's main thread, and its CPU time by RunTask `tdur`, in ms. */
function splitTrace(trace, url) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = started?.args?.data?.frames ?? [];
  const pid = (frames.find((f) => !f.parent && f.url === url) ?? frames.find((f) => !f.parent))?.processId;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid).map((e) => e.tid));
  const mine = events.filter((e) => e.ph === 'X' && e.pid === pid && main.has(e.tid) && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0, cpu: 0, wall: 0 };
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      out[done.bucket] += done.self / 1000;
      if (process.env.TRACE_NAMES) names.set(done.name, (names.get(done.name) ?? 0) + done.self / 1000);
    }
  };
  for (const e of mine) {
    close(e.ts);
    const parent = stack.at(-1);
    // CPU time (`tdur`) where the event has it, else its wall time.
    const spent = e.tdur ?? e.dur;
    if (parent) parent.self -= spent;
    const bucket = e.name === 'RunTask' ? 'other' : bucketOf(e.name);
    stack.push({ end: e.ts + e.dur, self: spent, bucket, name: e.name });
    if (e.name === 'RunTask' && !parent) {
      out.cpu += (e.tdur ?? e.dur) / 1000;
      out.wall += e.dur / 1000;
    }
  }
  close(Infinity);
  return out;
}

/** Self time per event name (TRACE_NAMES=1), to check the buckets. */
const names = new Map();
const server = await startServer(root);
const portal = portalFeed({ projects: CARDS });
server.virtual.set(PORTAL_URL, JSON.stringify(portal));
server.virtual.set('/__bench/floor.js', await floorBundle(root, 'floor-list.ts'));
server.virtual.set(FLOOR_PAGE, FLOOR_HTML);
const kitPage = (dist, css) => {
  const url = `/__bench/kit-${dist.replace(/\W/g, '_')}.html`;
  const script = `/__bench/kit-${dist.replace(/\W/g, '_')}.js`;
  server.virtual.set(
    script,
    `import '/${dist}/quartier-widgets.js';\n` +
      (css
        ? `const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(css)});\n` +
          `const C = customElements.get('quartier-card'); const add = C.prototype.addStyles;\n` +
          `C.prototype.addStyles = function (styles) { add.call(this, [styles, sheet]); };\n` +
          // From the start too, so that the rules reach the loading state (the view's styles come later).
          `const connected = C.prototype.connectedCallback;\n` +
          `C.prototype.connectedCallback = function () { connected.call(this); add.call(this, [sheet]); };\n`
        : ''),
  );
  server.virtual.set(url, FLOOR_HTML.replace('<title>Floor</title>', '<title>Kit</title>').replace('/__bench/floor.js', script));
  return url;
};
const projects = portal.projects.map((p) => p.id);
const subjects = [
  ['A dist', 'quartier-card', kitPage('dist', extraCss.A), KIT_EVENTS],
  ...(distB ? [[`B ${distB}`, 'quartier-card', kitPage(distB, extraCss.B), KIT_EVENTS]] : []),
  ['floor', 'floor-card', FLOOR_PAGE, FLOOR_EVENTS],
];

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
  defaultViewport: { width: 1280, height: 900 },
});
const results = new Map(subjects.map(([who]) => [who, []]));
const functions = new Map();
try {
  for (let run = 0; run < runs; run++) {
    // Alternating, and each round in another order, so that neither build always follows the floor.
    const order = run % 2 ? [...subjects].reverse() : subjects;
    for (const [who, tag, url, events] of order) {
      const page = await browser.newPage();
      page.on('pageerror', (e) => console.error(`${who}: pageerror ${e.message}`));
      await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
      await page.evaluate(() => globalThis.gc?.());
      const cdp = await page.createCDPSession();
      const args = { tag, src: PORTAL_URL, attrs: { variant }, projects, count: CARDS, events, countNodes: countNodesSource.toString(), warm };
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      } else await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink'] });
      const r = await page.evaluate(manyInPage, args);
      if (profile) {
        const { profile: p } = await cdp.send('Profiler.stop');
        const mine = functions.get(who) ?? { self: new Map(), total: new Map() };
        const times = functionTimes(root, p);
        for (const kind of ['self', 'total']) for (const [key, value] of times[kind]) mine[kind].set(key, (mine[kind].get(key) ?? 0) + value / runs);
        functions.set(who, mine);
        results.get(who).push({ ...r });
      } else {
        const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
        results.get(who).push({ ...r, trace: splitTrace(trace, page.url()) });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const KINDS = ['script', 'style', 'layout', 'paint', 'gc', 'other'];
const m = (who, pick) => median(results.get(who).map(pick));
const floor = results.get('floor');
console.log(
  `\n${CARDS} ${variant} cards, ${warm ? 'feed loaded' : 'cold'}, median of ${runs} tabs each (alternating); load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}.` +
    '\ntime: append → rendered + style & layout (wall); cpu: main-thread CPU meanwhile (RunTask tdur);' +
    '\nscript … other: self CPU time per kind of trace event (wall where it has none); ratios to the floor of the same run.',
);
const fmt = (v) => v.toFixed(0);
const ratioTo = (who, pick) => `${(m(who, pick) / median(floor.map(pick))).toFixed(2)}×`;
const rows = [...results.keys()].map((who) => [
  who,
  fmt(m(who, (r) => r.layout)),
  ratioTo(who, (r) => r.layout),
  ...(profile ? [] : [fmt(m(who, (r) => r.trace.cpu)), ratioTo(who, (r) => r.trace.cpu), ...KINDS.map((k) => fmt(m(who, (r) => r.trace[k])))]),
  m(who, (r) => r.nodes).toLocaleString('en'),
  ratioTo(who, (r) => r.nodes),
]);
console.log(table(['who', 'time ms', 'ratio', ...(profile ? [] : ['cpu ms', 'ratio', ...KINDS]), 'nodes', 'ratio'], rows));
if (process.env.TRACE_NAMES)
  console.log(
    [...names]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, v]) => `${k}: ${v.toFixed(0)}`)
      .join('\n'),
  );
if (profile) {
  for (const [who, { self, total }] of functions) {
    const all = [...self.values()].reduce((a, b) => a + b, 0);
    for (const [kind, times] of [
      ['self', self],
      ['total (with what it calls)', total],
    ]) {
      console.log(`\n${who}: ${kind} time by function (mean per tab, ms; all samples ${all.toFixed(0)})`);
      const top = [...times].sort((a, b) => b[1] - a[1]).slice(0, 45);
      console.log(
        table(
          ['function', 'ms', '%'],
          top.map(([k, v]) => [k, v.toFixed(1), `${((v / all) * 100).toFixed(1)}%`]),
        ),
      );
    }
  }
}

// Where the time from inserting <offer-map> to its `quartier-load` goes: one
// 10,000-offer map (scripts/bench/map-ours.html, the built dist/) per route
// (`.feed` handed over parsed, `src` fetched by the element) in a fresh tab,
// traced (devtools.timeline) and CPU-profiled at once. Prints, for the window
// between the page's `bench:insert` and `bench:loaded` marks (map-page.js):
// each main-thread task (start, wall, CPU, what woke it: timer, animation
// frame, network…, and its style/layout/paint), the idle gaps between tasks,
// and the kit's functions by self time (positions mapped through the build's
// source maps).
//
//   node scripts/bench/map-trace.js [--offers 10000] [--routes feed,src] [--runs 1] [--until loaded|frame] [--profile] [--b dir]
//
// Routes `cluster-feed` and `cluster-src` trace the markercluster page (map-cluster.html) the same way, from its
// start to its first frame (give `--until frame`). Each route also prints every thread's CPU in the window.
//
// Uses the built dist/ (run `npm run build` first). With --b <dir> (a directory under the repository holding another
// build, such as a copy of an older dist/), each <offer-map> route runs that build too, alternately, and the medians
// are printed side by side at the end. Asserts nothing.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-path.js';
import { generateFeed } from '../lib/generate-feed.js';
import { cliOption } from './cli-option.js';
import { startServer, TILE_TEMPLATE } from './server.js';
import { functionTimes } from './profile-functions.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const offers = Number(cliOption('offers', '10000'));
const routes = cliOption('routes', 'feed,src').split(',');
const runs = Number(cliOption('runs', '1'));
/** Where the window ends: `loaded` (quartier-load) or `frame` (two frames after the places are drawn; markercluster's pages have only this). */
const until = cliOption('until', 'loaded');
/** A second build of the kit (a directory under the repository, a copy of an older dist/), run alternately with dist/. */
const distB = cliOption('b', undefined);
/** Without --profile, no CPU profiler (its sampling adds to every task): the clean task and CPU times. */
const profiling = process.argv.includes('--profile');

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'loading', 'blink'];
/** What woke a task: the first of these found inside it. */
const WAKERS = [
  ['frame', /^(FireAnimationFrame|BeginMainThreadFrame|UpdateLifecycle|WebFrameWidgetImpl::UpdateLifecycle|PageAnimator::serviceScriptedAnimations)$/],
  ['timer', /^TimerFire$/],
  [
    'network',
    /^(ResourceReceivedData|ResourceFinish|ResourceReceiveResponse|ResourceLoadPriorityChange|ThrottlingURLLoader::OnReceiveResponse|ResourceDispatcher::OnReceivedData)$/,
  ],
  ['message', /^(HandlePostMessage|WorkerMessage)$/],
  ['script', /^(FunctionCall|EvaluateScript|v8\.callFunction|v8\.run|RunMicrotasks)$/],
];
const RENDER =
  /^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit|UpdateLayer|PaintImage|IntersectionObserverController::computeIntersections|ResizeObserver)/;

/** The main-thread tasks between the marks, with their wakers and render time, and the gaps. */
function splitWindow(trace) {
  const events = trace.traceEvents ?? trace;
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'))?.ts;
  const from = mark('bench:insert');
  const to = mark(`bench:${until}`);
  const pid = events.find((e) => e.name === 'bench:insert')?.pid;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid).map((e) => e.tid));
  const mine = events.filter((e) => e.ph === 'X' && e.pid === pid && main.has(e.tid) && e.ts + e.dur >= from && e.ts <= to);
  const tasks = mine.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const out = [];
  for (const task of tasks) {
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).sort((a, b) => a.ts - b.ts);
    const waker = WAKERS.find(([, re]) => inside.some((e) => re.test(e.name)))?.[0] ?? (inside[0]?.name || '?');
    // Render time: outermost render events only.
    let render = 0;
    let until = -1;
    for (const e of inside) {
      if (!RENDER.test(e.name) || e.ts < until) continue;
      render += (e.tdur ?? e.dur) / 1000;
      until = e.ts + e.dur;
    }
    const gc = inside.filter((e) => /^(MinorGC|MajorGC|V8\.GC_SCAVENGER|V8\.GCScavenger)$/.test(e.name)).reduce((s, e) => s + e.dur / 1000, 0);
    // For long tasks, the longest events inside (what the task spent its time on, where the profile says "(program)").
    const longest =
      (task.tdur ?? task.dur) >= 50_000
        ? inside
            .filter((e) => e.dur >= 5_000)
            .sort((a, b) => b.dur - a.dur)
            .slice(0, 8)
            .map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`)
        : [];
    out.push({
      longest,
      ts: task.ts,
      end: task.ts + task.dur,
      start: (task.ts - from) / 1000,
      wall: task.dur / 1000,
      cpu: (task.tdur ?? task.dur) / 1000,
      waker,
      render,
      gc,
      names: [...new Set(inside.map((e) => e.name))].slice(0, 6),
    });
  }
  // The feed's request: sent, answered, finished (ms from the insertion), when the element fetched it.
  const network = {};
  for (const e of events) {
    const data = e.args?.data;
    if (!['ResourceSendRequest', 'ResourceReceiveResponse', 'ResourceFinish'].includes(e.name) || e.ts < from || e.ts > to) continue;
    if (e.name === 'ResourceSendRequest' && !data?.url?.includes('/__bench/')) continue;
    network[e.name] ??= (e.ts - from) / 1000;
  }
  return { from, to, loaded: (to - from) / 1000, tasks: out, network, threads: threadTimes(events, from, to) };
}

/**
 * CPU (thread time of the outermost events) and wall time of every thread of every process in the window, busiest
 * first: what else the machine's cores did while the main thread waited (GC helpers, compilers, raster, the GPU
 * process). Clipped to the window in proportion to each event's overlap.
 */
function threadTimes(events, from, to) {
  const names = new Map();
  const processes = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
    if (e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '?');
  }
  const byThread = new Map();
  for (const e of [...events].filter((x) => x.ph === 'X' && x.dur > 0 && x.ts + x.dur > from && x.ts < to).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.tid}`;
    const t = byThread.get(key) ?? { until: -1, cpu: 0, wall: 0 };
    byThread.set(key, t);
    if (e.ts < t.until) continue;
    t.until = e.ts + e.dur;
    const share = (Math.min(e.ts + e.dur, to) - Math.max(e.ts, from)) / e.dur;
    t.wall += (e.dur * share) / 1000;
    t.cpu += ((e.tdur ?? e.dur) * share) / 1000;
  }
  return [...byThread]
    .map(([key, t]) => ({ thread: `${processes.get(Number(key.split(':')[0])) ?? '?'}/${names.get(key) ?? key}`, cpu: t.cpu, wall: t.wall }))
    .sort((a, b) => b.cpu - a.cpu);
}

const server = await startServer(root);
const raw = generateFeed({ offers });
const url = `/__bench/trace-${offers}.json`;
server.virtual.set(url, JSON.stringify(raw));
const oursPage = readFileSync(path.join(root, 'scripts/bench/map-ours.html'), 'utf8');
if (distB) server.virtual.set('/scripts/bench/map-ours-b.html', oursPage.replace('/dist/', `/${distB.replace(/^\/+|\/+$/g, '')}/`));
/** Per variant and route: the window's wall, main-thread CPU and all threads' CPU of each run. */
const summary = new Map();
const tiles = `${server.origin}${TILE_TEMPLATE}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'] });
try {
  for (let run = 0; run < runs; run++) {
    for (const [variant, route] of routes.flatMap((r) =>
      distB && !r.startsWith('cluster-')
        ? [
            ['A', r],
            ['B', r],
          ]
        : [['A', r]],
    )) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1600, height: 1000 });
      page.on('pageerror', (e) => console.error(`pageerror ${e.message}`));
      const cluster = route.startsWith('cluster-');
      const feedRoute = cluster ? route.slice('cluster-'.length) : route;
      const html = cluster ? 'map-cluster.html' : variant === 'B' ? 'map-ours-b.html' : 'map-ours.html';
      await page.goto(`${server.origin}/scripts/bench/${html}`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'mapBench' in globalThis);
      await page.bringToFront();
      if (feedRoute === 'feed') await page.evaluate((a) => globalThis.mapBench.prepare(a), { url });
      if (!cluster) await page.evaluate((a) => globalThis.mapBench.warmOurs(a), { tiles, width: 1000, height: 600 });
      await page.evaluate(() => globalThis.gc?.());
      const cdp = await page.createCDPSession();
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      }
      await page.tracing.start({ categories: CATEGORIES });
      if (profiling) await cdp.send('Profiler.start');
      const urls = feedRoute === 'src' ? [url] : undefined;
      const marks = cluster
        ? await page.evaluate((a) => globalThis.mapBench.leaflet(a), { kind: 'cluster', tiles, width: 1000, height: 600, timeout: 60_000, urls })
        : await page.evaluate((a) => globalThis.mapBench.ours(a), { tiles, timeout: 60_000, urls });
      const profile = profiling ? (await cdp.send('Profiler.stop')).profile : undefined;
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      const split = splitWindow(trace);
      const sum = (key, list = split.tasks) => list.reduce((s, t) => s + t[key], 0);
      // Task time inside the window only (the first and last task may stick out).
      const busy = split.tasks.reduce((s, t) => s + Math.max(0, Math.min(t.start + t.wall, split.loaded) - Math.max(t.start, 0)), 0);
      const key = `${variant === 'B' ? `B ${distB} ` : ''}${route}`;
      const row = summary.get(key) ?? [];
      summary.set(key, row);
      row.push({ wall: split.loaded, cpu: sum('cpu'), all: split.threads.reduce((s, t) => s + t.cpu, 0) });
      console.log(
        `\n== ${variant === 'B' ? `B (${distB}) ` : ''}route ${route}, ${offers} offers, run ${run + 1}: loaded ${marks.loaded?.toFixed(1) ?? '-'} ms (trace window to ${until} ${split.loaded.toFixed(1)}), frame ${marks.frame.toFixed(1)} ms, load ${loadavg()[0].toFixed(2)}`,
      );
      console.log(
        `tasks ${split.tasks.length}: wall ${sum('wall').toFixed(1)} ms (inside window ${busy.toFixed(1)}), CPU ${sum('cpu').toFixed(1)} ms, render ${sum('render').toFixed(1)} ms, GC ${sum('gc').toFixed(1)} ms; idle ${(split.loaded - busy).toFixed(1)} ms`,
      );
      console.log(
        `threads by CPU in the window (ms): ${split.threads
          .filter((t) => t.cpu >= 1)
          .map((t) => `${t.thread} ${t.cpu.toFixed(1)}`)
          .join('; ')}`,
      );
      if (Object.keys(split.network).length)
        console.log(
          `feed request (ms from insertion): ${Object.entries(split.network)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ')}`,
        );
      const byWaker = new Map();
      for (const t of split.tasks) {
        const w = byWaker.get(t.waker) ?? { n: 0, wall: 0, cpu: 0, render: 0 };
        w.n++;
        w.wall += t.wall;
        w.cpu += t.cpu;
        w.render += t.render;
        byWaker.set(t.waker, w);
      }
      for (const [w, v] of byWaker)
        console.log(`  woken by ${w}: ${v.n} tasks, wall ${v.wall.toFixed(1)}, CPU ${v.cpu.toFixed(1)}, render ${v.render.toFixed(1)} ms`);
      console.log('  start    wall     cpu  render  waker    events');
      let prevEnd = 0;
      for (const t of split.tasks) {
        if (t.wall < 0.5) {
          continue;
        }
        const gap = t.start - prevEnd;
        console.log(
          `${gap > 1 ? `  (gap ${gap.toFixed(1)})\n` : ''}  ${t.start.toFixed(1).padStart(6)} ${t.wall.toFixed(1).padStart(7)} ${t.cpu.toFixed(1).padStart(7)} ${t.render.toFixed(1).padStart(7)}  ${t.waker.padEnd(8)} ${t.names.join(', ')}`,
        );
        prevEnd = t.start + t.wall;
        if (t.longest.length) console.log(`           longest inside: ${t.longest.join('; ')}`);
      }
      if (profile) {
        const big = split.tasks.filter((t) => t.cpu >= 10);
        const times = functionTimes(root, profile, { from: split.from, to: split.to, tasks: big.map((t) => [t.ts, t.end]) });
        const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
        const f = { self: sorted(times.self), total: sorted(times.total), perTask: times.perTask.map(sorted) };
        console.log('  functions by self time in the window (ms):');
        for (const [name, value] of f.self.slice(0, 20)) console.log(`  ${value.toFixed(1).padStart(7)}  ${name}`);
        console.log("  the kit's functions by total time in the window (ms):");
        for (const [name, value] of f.total.filter(([k]) => k.startsWith('src/')).slice(0, 30)) console.log(`  ${value.toFixed(1).padStart(7)}  ${name}`);
        big.forEach((t, i) => {
          const top = f.perTask[i].slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`);
          console.log(`  task at ${t.start.toFixed(1)} (CPU ${t.cpu.toFixed(1)}): ${top.join('; ')}`);
        });
      }
      await cdp.detach();
      await page.close();
    }
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
  console.log(`\nmedians over ${runs} run(s), window insertion → ${until} (ms): wall / main-thread CPU / CPU of all threads`);
  for (const [key, list] of summary)
    console.log(
      `  ${key.padEnd(40)} ${['wall', 'cpu', 'all']
        .map((k) =>
          median(list.map((r) => r[k]))
            .toFixed(1)
            .padStart(8),
        )
        .join(' ')}`,
    );
} finally {
  await browser.close();
  await server.close();
}

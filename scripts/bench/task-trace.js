// The main-thread tasks of one tab, from a Chromium trace: for each task its
// wall time (`dur`, what a visitor waits, and what the PerformanceObserver's
// `longtask` entries give) and its CPU time (`tdur`, the time the page's main
// thread actually ran). On a machine other processes share, the wall time of
// a task grows with the load while its CPU time stays the page's own cost:
// the worst-shape sections judge the 200 ms target on the CPU time and show
// the wall time beside it. Used by worst.js and checker.js; asserts nothing.

/** The trace category whose `RunTask` events carry both times. */
const CATEGORIES = ['disabled-by-default-devtools.timeline'];

/** Starts tracing a tab (one trace per browser at a time: run tabs one after another). */
export async function startTaskTrace(page) {
  await page.tracing.start({ categories: CATEGORIES });
}

/**
 * Stops the trace and returns the tasks of the tab's renderer main thread that
 * ran meanwhile, longest (by wall time) first: `{ wall, cpu }` in ms.
 * @returns {Promise<Array<{wall: number, cpu: number}>>}
 */
export async function stopTaskTrace(page) {
  const buffer = await page.tracing.stop();
  const trace = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const pid = rendererOf(events, page.url());
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid).map((e) => e.tid));
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && mains.has(e.tid))
    .map((e) => ({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 }))
    .sort((a, b) => b.wall - a.wall);
}

/** The process of the tab's main frame, as the trace's start event names it. */
function rendererOf(events, url) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = started?.args?.data?.frames ?? [];
  const main = frames.find((f) => !f.parent && f.url === url) ?? frames.find((f) => !f.parent);
  if (main) return main.processId;
  // No start event: the process whose main thread ran the most.
  const busy = new Map();
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask') busy.set(e.pid, (busy.get(e.pid) ?? 0) + e.dur);
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The longest task by wall time and the longest by CPU time (they may be two tasks), in ms; 0 without tasks. */
export function longestTasks(tasks) {
  return {
    wall: tasks.reduce((max, t) => Math.max(max, t.wall), 0),
    cpu: tasks.reduce((max, t) => Math.max(max, t.cpu), 0),
  };
}

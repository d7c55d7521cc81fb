// The checker's part of the worst-shape section of `npm run bench`: the same
// worst feeds (worst-feeds.js), and 2,000 texts each in another language,
// given to the built checker page (dist/check.html, pasted as a partner
// would) and to the command line (`quartier-feed check`). Page: the longest
// main-thread task from the click until the result and its preview are drawn,
// by CPU time and by wall time (a trace of the tab, task-trace.js; the target
// is judged on the CPU time, which the load of other processes does not
// inflate), the time to the result and the nodes drawn, median and worst of
// `runs` fresh tabs; the paste and the browser's layout of the text field
// before the click are timed apart (the browser's cost of holding the text).
// Command line: the whole run (it is one task: nothing else waits on its
// thread), its output size and peak memory, median of `runs`. Prints tables;
// asserts nothing.
/* global document, requestAnimationFrame, PerformanceObserver */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { WORST_FEEDS } from './worst.js';
import { median, table } from './stats.js';
import { longestTasks, startTaskTrace, stopTaskTrace } from './task-trace.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = 200; // ms

/** The feeds the checker is given: the worst shapes, and one record with 2,000 languages. */
export const CHECKER_FEEDS = {
  '1,000,000 goals': '/__bench/worst/goals-1m.json',
  '20k orgs + places + offers': '/__bench/worst/records-20k.json',
  '100,000 invalid organisations': '/__bench/worst/invalid-100k.json',
  '2,000 texts in 2,000 languages': '/test/fixtures/hostile/translations-per-pair.json',
};

const textOf = (url) => (WORST_FEEDS[url] ? WORST_FEEDS[url]() : readFileSync(path.join(root, url), 'utf8'));

/**
 * Runs in the checker page: the paste, and the browser's layout of the text field (seconds for 5 MiB on one
 * line): the browser's cost of holding the text, whatever the page does with it; measured apart, not as the check's.
 */
async function pasteInPage({ url }) {
  const text = await (await fetch(url)).text();
  const p0 = performance.now();
  document.querySelector('#qc-text').value = text;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - p0;
}

/** Runs in the checker page: presses "Prüfen", waits for the result and its preview (each widget past `loading`, 60 s at most), returns the long tasks meanwhile. */
async function checkInPage() {
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  document.querySelector('.by-text button').click();
  while (!document.querySelector('.result .problems, .result .failure')) await new Promise((resolve) => requestAnimationFrame(resolve));
  const shown = performance.now() - t0;
  const previewed = () =>
    document.querySelector('.preview') && [...document.querySelectorAll('.preview .widget')].every((w) => w.state && w.state !== 'loading');
  const end = performance.now() + 60_000;
  while (!previewed() && performance.now() < end) await new Promise((resolve) => requestAnimationFrame(resolve));
  const preview = performance.now() - t0;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  return {
    tasks,
    shown,
    preview,
    nodes: document.querySelectorAll('*').length,
    summary: document.querySelector('.result .summary')?.textContent?.trim() ?? '',
  };
}

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;

/** The checker page (`page`, by default the built one): one fresh tab per run. */
export async function runCheckerPageBench({ browser, server, runs = 3, log = console.log, page: pagePath = '/dist/check.html' }) {
  for (const url of Object.values(CHECKER_FEEDS)) if (WORST_FEEDS[url] && !server.virtual.has(url)) server.virtual.set(url, WORST_FEEDS[url]());
  const rows = [];
  const loads = [loadavg()[0]];
  for (const [label, url] of Object.entries(CHECKER_FEEDS)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load' });
        await page.waitForSelector('#qc-text');
        const pasted = await page.evaluate(pasteInPage, { url });
        await startTaskTrace(page);
        const sample = await page.evaluate(checkInPage);
        samples.push({ ...sample, pasted, longest: longestTasks(await stopTaskTrace(page)) });
      } finally {
        await page.close();
      }
    }
    loads.push(loadavg()[0]);
    const cpu = samples.map((s) => s.longest.cpu);
    const wall = samples.map((s) => s.longest.wall);
    const mid = samples.toSorted((a, b) => a.longest.cpu - b.longest.cpu)[samples.length >> 1];
    rows.push([
      label,
      `${ms(median(cpu))} / ${ms(Math.max(...cpu))}`,
      `${ms(median(wall))} / ${ms(Math.max(...wall))}`,
      String(mid.tasks.length),
      ms(mid.pasted),
      ms(mid.shown),
      ms(mid.preview),
      mid.nodes.toLocaleString('en'),
      mid.summary.slice(0, 60),
      median(cpu) <= TARGET ? 'met' : 'MISSED',
    ]);
  }
  log(
    `\n7. The checker page (${pagePath.slice(1)}, the feed pasted and checked): the longest main-thread task from the click until the` +
      `\n   result and its preview are drawn (the paste and its layout before, apart), by CPU time and by wall time (a trace` +
      `\n   of the tab); median / worst of ${runs} fresh tabs, the other columns from the median run. The target is judged on` +
      `\n   the CPU time: the wall time grows with the load of other processes (load average ${loads.map((l) => l.toFixed(1)).join(' → ')}).`,
  );
  log(
    table(
      [
        'feed',
        'longest task: CPU',
        'longest task: wall',
        'tasks ≥ 50 ms (wall)',
        'paste and its layout',
        'to the result',
        'to the preview',
        'nodes',
        'summary',
        `target: no task over ${TARGET} ms CPU (median)`,
      ],
      rows,
    ),
  );
}

/** The command line: `quartier-feed check` on each feed, a process per run. */
export function runCliBench({ runs = 3, log = console.log } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'quartier-bench-'));
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const rows = [];
  try {
    for (const [label, url] of Object.entries(CHECKER_FEEDS)) {
      const file = path.join(dir, `${path.basename(url)}`);
      writeFileSync(file, textOf(url));
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const command = [process.execPath, path.join(root, 'bin/quartier-feed.js'), 'check', file];
        const t0 = performance.now();
        const run = time
          ? spawnSync(time, ['-f', '%M', ...command], { encoding: 'utf8', maxBuffer: 1 << 30 })
          : spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30 });
        const wall = performance.now() - t0;
        const rss = time ? Number(run.stderr.trim().split('\n').at(-1)) / 1024 : NaN;
        samples.push({ wall, rss, code: run.status, out: run.stdout.length });
      }
      const mid = samples.toSorted((a, b) => a.wall - b.wall)[samples.length >> 1];
      rows.push([label, ms(mid.wall), Number.isNaN(mid.rss) ? '–' : `${Math.round(mid.rss)} MiB`, String(mid.code), `${(mid.out / 1024).toFixed(0)} KiB`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`\n8. The command line (quartier-feed check, a Node process per run, start-up included): median of ${runs} runs`);
  log(table(['feed', 'whole run', 'peak memory', 'exit code', 'output'], rows));
}

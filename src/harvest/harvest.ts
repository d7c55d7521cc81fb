/// <reference types="node" />
/**
 * `quartier-feed harvest`: reads every feed of a catalogue into a folder a
 * static host can serve. Per feed: a conditional request (a 304 costs no
 * body and no validation), the checker's validation, the last good copy
 * kept (`feeds/<id>.json`, and the validated form with its problems in
 * `work/<id>.json`), a report for the partner; then the directory's index
 * over all of them, and the portal's report. A feed that breaks keeps its
 * last good copy, flagged; a run that is interrupted resumes (`resume`).
 *
 * Output folder:
 *   index/index.json, summary-<hash>.json, shards/   the directory's index (serve this folder)
 *   report.json, report.html                   for the portal
 *   reports/<id>.json, reports/<id>.html       for each partner
 *   feeds/<id>.json                            last good text as served
 *   work/<id>.json, state.json                 the harvester's memory
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeCheck, checkTranslator } from '../cli/check-feed.js';
import { checkFeed } from '../checker/check.js';
import { isFeedError } from '../feed/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../feed/fetch-feed.js';
import type { Feed } from '../feed/types.js';
import { describeFeedError } from '../i18n/feed-messages.js';
import type { Catalog, CatalogEntry } from './catalog.js';
import { fetchIfChanged, type ConditionalOptions } from './conditional-fetch.js';
import { appendJournal, loadJournal, loadState, saveState, writeAtomic, type FeedFailure, type FeedState } from './harvest-state.js';
import { partnerReport, portalReport, type PartnerReport, type PortalReport, type ReportProblem } from './partner-report.js';
import { partnerReportHtml, portalReportHtml } from './report-html.js';
import { runPool } from './pool.js';
import { writeIndex, type WrittenIndex } from './write-index.js';

export interface HarvestOptions extends Pick<ConditionalOptions, 'fetch' | 'retryDelay' | 'sleep'> {
  readonly out: string;
  /** Requests at once (default 16). */
  readonly concurrency?: number;
  /** Requests at once to one host (default 2). */
  readonly perHost?: number;
  /** Least time between two requests to one host (default 200 ms). */
  readonly hostIntervalMs?: number;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Retries after 5xx, 429 and network errors (default 3, as the widgets). */
  readonly retries?: number;
  /** Continue an interrupted run: feeds it finished are not asked again. */
  readonly resume?: boolean;
  /** The clock (tests pass their own). */
  readonly now?: () => Date;
  /** Called as each feed is finished (progress). */
  readonly onFeed?: (state: FeedState) => void;
}

/** What the harvester keeps of a usable feed: enough to index and report it without reading it again. */
interface Work {
  readonly feed: Feed;
  readonly problems: readonly ReportProblem[];
}

export interface HarvestResult {
  readonly states: Readonly<Record<string, FeedState>>;
  readonly report: PortalReport;
  readonly index: WrittenIndex;
}

/** Problems listed in one partner report (the count says how many there are in all). */
const MAX_LISTED_PROBLEMS = 200;

const de = checkTranslator('de');
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

async function readWork(out: string, id: string): Promise<Work | undefined> {
  try {
    const work = JSON.parse(await readFile(join(out, 'work', `${id}.json`), 'utf8')) as Work;
    return work && typeof work === 'object' && work.feed && Array.isArray(work.problems) ? work : undefined;
  } catch {
    return undefined;
  }
}

/** Checks one feed and keeps what it gives. */
async function harvestOne(entry: CatalogEntry, previous: FeedState | undefined, options: HarvestOptions): Promise<FeedState> {
  const { out } = options;
  const now = (options.now ?? (() => new Date()))().toISOString();
  const hasCopy = previous?.succeeded !== undefined && existsSync(join(out, 'work', `${entry.id}.json`));
  const base = { id: entry.id, url: entry.url, checked: now };
  const keep = {
    ...(previous?.validators && previous.url === entry.url ? { validators: previous.validators } : {}),
    ...(previous?.succeeded ? { succeeded: previous.succeeded } : {}),
    ...(previous?.changed ? { changed: previous.changed } : {}),
    ...(previous?.hash ? { hash: previous.hash } : {}),
    ...(previous?.problems !== undefined ? { problems: previous.problems } : {}),
  };
  const failed = (failure: FeedFailure): FeedState => ({ ...base, ...keep, outcome: 'failed', failure });
  let answer;
  try {
    answer = await fetchIfChanged(entry.url, hasCopy && previous?.url === entry.url ? (previous.validators ?? {}) : {}, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retryDelay ? { retryDelay: options.retryDelay } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
  } catch (error) {
    if (!isFeedError(error)) return failed({ code: 'internal', message: de('error.internal') });
    const { status } = error.details;
    return failed({ code: error.code, ...(status !== undefined ? { status } : {}), message: describeFeedError(error.withUrl(entry.url), de) });
  }
  if (answer.notModified) return { ...base, ...keep, outcome: 'not-modified', succeeded: now };

  const check = checkFeed(answer.text, entry.url);
  const report = describeCheck(check, de);
  if (!check.feed || report.error) {
    const code = report.error?.code ?? 'not-a-feed';
    const where = report.error?.line !== undefined ? ` (Zeile ${report.error.line}, Spalte ${report.error.column ?? 1})` : '';
    return failed({ code, message: `${report.error?.message ?? ''}${where}` });
  }
  const problems = report.warnings
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((w): ReportProblem => ({ message: w.message, ...(w.line !== undefined ? { line: w.line, column: w.column ?? 1 } : {}) }));
  const hash = sha(answer.text);
  const changed = hash !== previous?.hash;
  await writeAtomic(join(out, 'feeds', `${entry.id}.json`), answer.text);
  await writeAtomic(join(out, 'work', `${entry.id}.json`), JSON.stringify({ feed: check.feed, problems } satisfies Work));
  return {
    ...base,
    outcome: changed ? 'updated' : 'unchanged',
    ...(Object.keys(answer.validators).length ? { validators: answer.validators } : {}),
    succeeded: now,
    ...(changed ? { changed: now } : previous?.changed ? { changed: previous.changed } : {}),
    hash,
    problems: report.warnings.length,
  };
}

/** Harvests every feed of `catalog` into `options.out`. Never throws for a bad feed; only for a folder it cannot write. */
export async function harvest(catalog: Catalog, options: HarvestOptions): Promise<HarvestResult> {
  const { out } = options;
  for (const sub of ['feeds', 'work', 'reports', 'index']) await mkdir(join(out, sub), { recursive: true });
  const previous = await loadState(out);
  const done = options.resume ? await loadJournal(out) : (Object.create(null) as Record<string, FeedState>);
  const states: Record<string, FeedState> = Object.create(null);

  const todo = catalog.feeds.filter((entry) => {
    const finished = done[entry.id];
    if (finished && finished.url === entry.url) states[entry.id] = finished;
    return !states[entry.id];
  });
  await runPool(
    todo.map((entry) => ({
      host: new URL(entry.url).host,
      run: async () => {
        const state = await harvestOne(entry, previous[entry.id], options);
        states[entry.id] = state;
        await appendJournal(out, state);
        options.onFeed?.(state);
      },
    })),
    { concurrency: options.concurrency ?? 16, perHost: options.perHost ?? 2, hostIntervalMs: options.hostIntervalMs ?? 200 },
  );

  const generated = (options.now ?? (() => new Date()))().toISOString();
  const reports: PartnerReport[] = [];
  const indexed = [];
  for (const entry of catalog.feeds) {
    const state = states[entry.id]!;
    const work = state.succeeded ? await readWork(out, entry.id) : undefined;
    const offers = work ? work.feed.offers.length : 0;
    const report = partnerReport(entry, state, work ? { problems: work.problems, projects: work.feed.projects.length, offers } : undefined);
    reports.push(report);
    await writeAtomic(join(out, 'reports', `${entry.id}.json`), `${JSON.stringify({ ...report, problemCount: state.problems ?? 0 }, null, 1)}\n`);
    await writeAtomic(join(out, 'reports', `${entry.id}.html`), partnerReportHtml(report));
    indexed.push({
      id: entry.id,
      publisher: entry.publisher.name,
      ...(work ? { feed: work.feed } : {}),
      stale: report.stale,
    });
  }
  const index = await writeIndex(join(out, 'index'), catalog.title, indexed, generated);
  const report = portalReport(catalog.title, generated, reports);
  await writeAtomic(join(out, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
  await writeAtomic(join(out, 'report.html'), portalReportHtml(report));
  await saveState(out, states);
  return { states, report, index };
}

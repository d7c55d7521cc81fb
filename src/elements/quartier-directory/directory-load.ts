/**
 * What <quartier-directory> reads: the harvester's index (`index`: its
 * `index.json` now, the summary and a feed's shard when needed), or the feeds
 * of `src` made into rows. Everything fetched is untrusted: the readers in
 * src/directory/directory-index.ts leave out what is not as it should be, and
 * a row left out is counted in one console warning. Part of the view's chunk.
 */
import { isRecord, own } from '../../feed/checks.js';
import { FeedError } from '../../feed/errors.js';
import { fetchFeed } from '../../feed/fetch-feed.js';
import { withRetries } from '../../feed/retry.js';
import { parseFeedText } from '../../feed/validate.js';
import { readIndexManifest, readIndexSummary, type IndexFeed } from '../../directory/directory-index.js';
import { rowsOfFeed } from '../../directory/directory-row.js';
import { directoryRows, type DirectoryRows } from '../../directory/directory-search.js';
import type { Loaded } from '../base/quartier-element.js';
import { UsageError } from '../base/widget-error.js';
import type { QuartierDirectory } from './quartier-directory.js';

/** What the directory shows: its rows (the first page, or all of them) and where the rest is. */
export interface DirectoryModel {
  /** The catalogue's title ('' for feeds read from `src`). */
  readonly title: string;
  /** Projects in the whole directory. */
  readonly total: number;
  /** The feeds the rows' `feed` numbers point into. */
  readonly feeds: readonly IndexFeed[];
  readonly rows: DirectoryRows;
  /** Every project's row is here (feeds, or the index's summary); else only the first page. */
  readonly complete: boolean;
  /** The index's URL (summary and shards are relative to it); absent for feeds. */
  readonly indexUrl?: string;
  /** The summary's URL, to fetch after the first screen. */
  readonly summaryUrl?: string;
}

export interface DirectoryLoad extends Loaded {
  readonly directory: DirectoryModel;
}

/** Largest `index.json` and shard accepted (the harvester writes a few KiB, and shards of tens). */
const INDEX_BYTES = 5 * 1024 * 1024;
/** Largest summary: about 600 bytes a project, so room for some 50,000. */
const SUMMARY_BYTES = 32 * 1024 * 1024;

/** A JSON file of the index: fetched as feeds are (no cookies, time limit, size cap, retries), then parsed. */
export async function fetchIndexJson(url: string, maxBytes: number, signal?: AbortSignal): Promise<unknown> {
  const response = await withRetries(() => fetchFeed(url, { maxBytes, ...(signal ? { signal } : {}) }), signal ? { signal } : {});
  return parseFeedText(response.text, { source: url });
}

function warnDropped(what: string, url: string, given: unknown, kept: number): void {
  const count = Array.isArray(given) ? given.length - kept : 0;
  if (count > 0) console.warn(`[quartier-widgets] <quartier-directory>: ${count} ${what} of ${url} left out (not a valid row).`);
}

async function loadIndex(src: string, signal: AbortSignal): Promise<DirectoryLoad> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    throw new FeedError('invalid-url', { value: src });
  }
  if (!/^https?:$/.test(new URL(url).protocol)) throw new FeedError('invalid-url', { value: src });
  const json = await fetchIndexJson(url, INDEX_BYTES, signal);
  const manifest = readIndexManifest(json);
  if (!manifest) throw new UsageError('not-an-index', '', url);
  const first = isRecord(json) ? own(json, 'first') : undefined;
  warnDropped('rows', url, isRecord(first) ? own(first, 'rows') : undefined, manifest.first.rows.length);
  return {
    warnings: [],
    failed: [],
    directory: {
      title: manifest.title,
      total: manifest.projects,
      feeds: manifest.first.feeds,
      rows: directoryRows(manifest.first.rows),
      complete: manifest.projects <= manifest.first.rows.length,
      indexUrl: url,
      summaryUrl: new URL(manifest.summary, url).href,
    },
  };
}

/** The whole summary of an index: every project's row. */
export async function loadSummary(model: DirectoryModel, signal?: AbortSignal): Promise<DirectoryModel> {
  const url = model.summaryUrl!;
  const json = await fetchIndexJson(url, SUMMARY_BYTES, signal);
  const summary = readIndexSummary(json);
  if (!summary) throw new UsageError('not-an-index', '', url);
  warnDropped('rows', url, isRecord(json) ? own(json, 'rows') : undefined, summary.rows.length);
  return { ...model, feeds: summary.feeds, rows: directoryRows(summary.rows), total: summary.rows.length, complete: true };
}

/** The raw feed (format 1, to be validated by the card) that a shard holds for a catalogue id. */
export async function loadShardFeed(model: DirectoryModel, feed: IndexFeed): Promise<unknown> {
  if (!feed.shard || !model.indexUrl) throw new FeedError('no-records');
  const url = new URL(feed.shard, model.indexUrl).href;
  const json = await fetchIndexJson(url, INDEX_BYTES);
  const feeds = isRecord(json) ? own(json, 'feeds') : undefined;
  const raw = isRecord(feeds) ? own(feeds, feed.id) : undefined;
  if (raw === undefined) throw new FeedError('no-records', { url });
  return raw;
}

/** Reads `index`, or the feeds of `src` (or `.feed`) as the other elements do. */
export async function loadDirectory(host: QuartierDirectory, signal: AbortSignal): Promise<DirectoryLoad> {
  const given = host.feed !== undefined && host.feed !== null;
  if (!given && host.index.trim()) return loadIndex(host.index.trim(), signal);
  if (!given && !host.src.trim()) throw new UsageError('no-src');
  // As the other elements do: the pipeline stays a chunk that is only ever imported (no module namespace made in a chunk,
  // whose helper a host page's polluted Object.prototype would break).
  const { loadFeeds, parseSrc, readGivenFeed } = await import('../../feed/pipeline.js');
  const result = given ? await readGivenFeed(host.feed) : await loadFeeds(parseSrc(host.src, document.baseURI), { signal });
  const rows = rowsOfFeed(result.feed, 0);
  return {
    ...result,
    directory: { title: '', total: rows.length, feeds: [{ id: '', publisher: '', ok: true }], rows: directoryRows(rows), complete: true },
  };
}

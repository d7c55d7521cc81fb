/**
 * The static index the harvester writes for <quartier-directory> (`index`):
 *
 * - `index.json`, small and the only file without a content hash (cache it
 *   briefly): the catalogue's title, counts, the first page of results
 *   (sorted by name) so the first screen needs nothing else, and the name of
 * - `summary-<hash>.json`: every project as a compact `DirectoryRow` and
 *   every feed with its status — what search and filters run over, fetched
 *   after the first screen;
 * - `shards/<n>-<hash>.json`: the full validated feeds, grouped by a hash of
 *   the feed id; a project's card fetches its feed's shard when opened.
 *
 * Files with a hash never change: serve them with a long `max-age` and
 * `immutable`. The browser reads all of them as untrusted (`readIndex…`):
 * a row or feed entry that is not what it should be is left out.
 */
import { checkSlug, cleanString, isRecord, own } from '../feed/checks.js';
import { FIELDS_OF_ACTION, OFFER_CATEGORIES, ORGANIZATION_TYPES, type Text } from '../feed/types.js';
import type { DirectoryRow } from './directory-row.js';

export const INDEX_FORMAT = 'quartier-directory-index';
export const INDEX_VERSION = 1;
/** Rows in the first page that `index.json` carries. */
export const FIRST_PAGE = 20;

export interface IndexFeed {
  /** The catalogue's id for the feed. */
  readonly id: string;
  readonly publisher: string;
  /** Usable in this index (current, or its last good copy). */
  readonly ok: boolean;
  /** The last check failed and the last good copy is shown. */
  readonly stale?: boolean;
  /** The shard file (relative to index.json) that holds the feed. */
  readonly shard?: string;
}

export interface IndexSummary {
  readonly feeds: readonly IndexFeed[];
  readonly rows: readonly DirectoryRow[];
}

export interface IndexManifest {
  readonly format: typeof INDEX_FORMAT;
  readonly version: typeof INDEX_VERSION;
  readonly generated: string;
  readonly title: string;
  readonly projects: number;
  /** The summary file, relative to index.json. */
  readonly summary: string;
  /** The first page sorted by name: its rows' `feed` numbers point into `first.feeds` (not the summary's). */
  readonly first: IndexSummary;
}

export interface IndexShard {
  /** Validated feeds (format 1) by catalogue id. */
  readonly feeds: Readonly<Record<string, unknown>>;
}

const text = (value: unknown, max = 2000): string | undefined => cleanString(value, max);

function readText(value: unknown, max = 2000): Text | undefined {
  if (typeof value === 'string') return text(value, max) ? { de: text(value, max)! } : undefined;
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = Object.create(null);
  for (const key of Object.keys(value).slice(0, 50)) {
    const t = text(own(value, key), max);
    if (t && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(key)) out[key] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

function codes<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  return Array.isArray(value) ? value.filter((v): v is T => allowed.includes(v as T)).slice(0, allowed.length) : [];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function readRow(value: unknown, feeds: number): DirectoryRow | undefined {
  if (!isRecord(value)) return undefined;
  const project = checkSlug(own(value, 'project'));
  const feed = own(value, 'feed');
  const name = readText(own(value, 'name'), 500);
  if (!project || !name || typeof feed !== 'number' || !Number.isInteger(feed) || feed < 0 || feed >= feeds) return undefined;
  const opt = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]: V }));
  const date = (key: string): string | undefined => {
    const v = own(value, key);
    return typeof v === 'string' && DATE.test(v) ? v : undefined;
  };
  const c = own(value, 'center');
  const center =
    Array.isArray(c) && c.length === 2 && typeof c[0] === 'number' && typeof c[1] === 'number' && Math.abs(c[0]) <= 90 && Math.abs(c[1]) <= 180
      ? ([c[0], c[1]] as const)
      : undefined;
  const partners = own(value, 'partners');
  const offers = own(value, 'offers');
  return {
    project,
    feed,
    name,
    ...opt('shortName', readText(own(value, 'shortName'), 200)),
    ...opt('summary', readText(own(value, 'summary'), 400)),
    ...opt('quarter', readText(own(value, 'quarter'), 200)),
    ...opt('municipality', text(own(value, 'municipality'), 100)),
    ...opt('district', text(own(value, 'district'), 100)),
    ...opt('state', text(own(value, 'state'), 100)),
    fields: codes(own(value, 'fields'), FIELDS_OF_ACTION),
    ...opt('start', date('start')),
    ...opt('end', date('end')),
    ...opt('modified', date('modified')),
    partners: Array.isArray(partners)
      ? partners
          .slice(0, 50)
          .map((p) => text(p, 200))
          .filter((p): p is string => p !== undefined)
      : [],
    partnerTypes: codes(own(value, 'partnerTypes'), ORGANIZATION_TYPES),
    categories: codes(own(value, 'categories'), OFFER_CATEGORIES),
    offers: typeof offers === 'number' && Number.isInteger(offers) && offers >= 0 ? offers : 0,
    ...(center ? { center, ...(own(value, 'approximate') === true ? { approximate: true } : {}) } : {}),
  };
}

/** A shard's name: `shards/12-0123456789.json`, nothing that leaves the index's folder. */
const SHARD = /^shards\/\d{1,6}-[0-9a-f]{10}\.json$/;

function readFeedEntry(value: unknown): IndexFeed {
  if (!isRecord(value)) return { id: '', publisher: '', ok: false };
  const id = checkSlug(own(value, 'id')) ?? '';
  const shard = own(value, 'shard');
  return {
    id,
    publisher: text(own(value, 'publisher'), 200) ?? '',
    ok: own(value, 'ok') === true && id !== '',
    ...(own(value, 'stale') === true ? { stale: true } : {}),
    ...(typeof shard === 'string' && SHARD.test(shard) ? { shard } : {}),
  };
}

/** Reads a summary (or the manifest's first page); `undefined` when it is not one. */
export function readIndexSummary(json: unknown): IndexSummary | undefined {
  if (!isRecord(json)) return undefined;
  const feeds = own(json, 'feeds');
  const rows = own(json, 'rows');
  if (!Array.isArray(feeds) || !Array.isArray(rows)) return undefined;
  const feedList = feeds.map(readFeedEntry);
  return { feeds: feedList, rows: rows.map((r) => readRow(r, feedList.length)).filter((r): r is DirectoryRow => r !== undefined) };
}

/** A summary file name: `summary-0123456789.json`. */
const SUMMARY = /^summary-[0-9a-f]{10}\.json$/;

/** Reads `index.json`; `undefined` when it is not an index of this format. */
export function readIndexManifest(json: unknown): IndexManifest | undefined {
  if (!isRecord(json) || own(json, 'format') !== INDEX_FORMAT || own(json, 'version') !== INDEX_VERSION) return undefined;
  const summary = own(json, 'summary');
  const first = readIndexSummary(own(json, 'first'));
  const projects = own(json, 'projects');
  if (typeof summary !== 'string' || !SUMMARY.test(summary) || !first) return undefined;
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    generated: text(own(json, 'generated'), 40) ?? '',
    title: text(own(json, 'title'), 300) ?? '',
    projects: typeof projects === 'number' && Number.isInteger(projects) && projects >= 0 ? projects : first.rows.length,
    summary,
    first,
  };
}

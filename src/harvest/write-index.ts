/// <reference types="node" />
/**
 * Writes the directory's static index (see directory/directory-index.ts)
 * from the harvested feeds: shards of whole feeds (grouped by a hash of the
 * feed id, about `SHARD_PROJECTS` projects each), the summary of every
 * project, and `index.json` with the first page. Names carry a hash of the
 * content, so an unchanged harvest writes the same names and every cache
 * keeps its copy; files of older runs are removed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feed } from '../feed/types.js';
import {
  FIRST_PAGE,
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexFeed,
  type IndexManifest,
  type IndexShard,
  type IndexSummary,
} from '../directory/directory-index.js';
import { rowsOfFeed, type DirectoryRow } from '../directory/directory-row.js';
import { writeAtomic } from './harvest-state.js';

/** Projects per shard, roughly: a card's first open fetches one shard. */
export const SHARD_PROJECTS = 40;

export interface IndexedFeed {
  readonly id: string;
  readonly publisher: string;
  /** The feed to index: current, or the last good copy; `undefined` when there is none. */
  readonly feed?: Feed;
  readonly stale: boolean;
}

export interface WrittenIndex {
  readonly manifest: IndexManifest;
  /** File names (relative to the folder) and their sizes in bytes. */
  readonly files: ReadonlyArray<{ readonly name: string; readonly bytes: number }>;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** FNV-1a of a feed id: which shard it goes to (stable across runs and machines). */
function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const nameOf = (row: DirectoryRow): string => row.name['de'] ?? Object.values(row.name)[0] ?? '';

/** Writes the index into `dir` (made when missing) and removes what older runs left there. */
export async function writeIndex(dir: string, title: string, feeds: readonly IndexedFeed[], generated: string): Promise<WrittenIndex> {
  await mkdir(join(dir, 'shards'), { recursive: true });
  const projects = feeds.reduce((n, f) => n + (f.feed?.projects.length ?? 0), 0);
  const shardCount = Math.max(1, Math.ceil(projects / SHARD_PROJECTS));
  const groups: Array<Record<string, Feed>> = Array.from({ length: shardCount }, () => ({}));
  for (const f of feeds) if (f.feed) groups[shardOf(f.id, shardCount)]![f.id] = f.feed;

  const files: Array<{ name: string; bytes: number }> = [];
  const write = async (name: string, text: string): Promise<void> => {
    await writeAtomic(join(dir, name), text);
    files.push({ name, bytes: Buffer.byteLength(text) });
  };
  const shardNames: string[] = [];
  for (const [n, group] of groups.entries()) {
    if (!Object.keys(group).length) {
      shardNames.push('');
      continue;
    }
    const text = JSON.stringify({ feeds: group } satisfies IndexShard);
    const name = `shards/${n}-${contentHash(text)}.json`;
    shardNames.push(name);
    await write(name, text);
  }

  const indexFeeds: IndexFeed[] = feeds.map((f) => ({
    id: f.id,
    publisher: f.publisher,
    ok: f.feed !== undefined,
    ...(f.stale ? { stale: true } : {}),
    ...(f.feed ? { shard: shardNames[shardOf(f.id, shardCount)]! } : {}),
  }));
  const rows = feeds.flatMap((f, i) => (f.feed ? rowsOfFeed(f.feed, i) : []));
  const summary: IndexSummary = { feeds: indexFeeds, rows };
  const summaryText = JSON.stringify(summary);
  const summaryName = `summary-${contentHash(summaryText)}.json`;
  await write(summaryName, summaryText);

  // The first page: its rows renumbered into a feed list of their own.
  const firstRows = [...rows].sort((a, b) => collator.compare(nameOf(a), nameOf(b))).slice(0, FIRST_PAGE);
  const used = [...new Set(firstRows.map((r) => r.feed))];
  const first: IndexSummary = {
    feeds: used.map((i) => indexFeeds[i]!),
    rows: firstRows.map((r) => ({ ...r, feed: used.indexOf(r.feed) })),
  };
  const manifest: IndexManifest = { format: INDEX_FORMAT, version: INDEX_VERSION, generated, title, projects: rows.length, summary: summaryName, first };
  await write('index.json', `${JSON.stringify(manifest)}\n`);

  // Files of earlier runs that this one did not write.
  const keep = new Set(files.map((f) => f.name));
  for (const name of await readdir(dir)) if (/^summary-[0-9a-f]{10}\.json$/.test(name) && !keep.has(name)) await rm(join(dir, name), { force: true });
  for (const name of await readdir(join(dir, 'shards'))) if (!keep.has(`shards/${name}`)) await rm(join(dir, 'shards', name), { force: true });
  return { manifest, files };
}

/// <reference types="node" />
/**
 * What the harvester remembers between runs, in its output folder:
 * `state.json` (per feed: the validators of its last good answer, when it
 * was last checked, last read, last changed, and how the last check went),
 * and, while a run is going, `journal.ndjson`: one line per feed finished,
 * appended at once, so a run that is interrupted resumes where it stopped
 * (`--resume`) instead of asking every server again. The state is the
 * harvester's own file; it is still read defensively (a damaged state
 * means a full harvest, not a crash).
 */
import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRecord } from '../feed/checks.js';
import type { Validators } from './conditional-fetch.js';

/** How the last check of a feed went. */
export type FeedOutcome =
  /** Fetched and usable (new or changed). */
  | 'updated'
  /** Fetched, usable, the same content as before. */
  | 'unchanged'
  /** The server answered 304: nothing fetched, nothing parsed. */
  | 'not-modified'
  /** Could not be fetched or used: the last good copy (if any) is kept, flagged. */
  | 'failed';

export interface FeedFailure {
  /** A FeedError code (`http`, `timeout`, `too-large`, `not-json`, `no-records` …). */
  readonly code: string;
  readonly status?: number;
  /** In German, for the partner. */
  readonly message: string;
}

export interface FeedState {
  readonly id: string;
  readonly url: string;
  readonly outcome: FeedOutcome;
  readonly validators?: Validators;
  /** ISO date-times: zuletzt geprüft, last read successfully, last changed. */
  readonly checked: string;
  readonly succeeded?: string;
  readonly changed?: string;
  /** Hash of the last good text. */
  readonly hash?: string;
  readonly failure?: FeedFailure;
  /** Problems in the last good feed (the checker's warnings), counted. */
  readonly problems?: number;
}

export interface HarvestState {
  readonly feeds: Readonly<Record<string, FeedState>>;
}

const STATE = 'state.json';
const JOURNAL = 'journal.ndjson';

function readStates(value: unknown): Record<string, FeedState> {
  const out: Record<string, FeedState> = Object.create(null);
  if (!isRecord(value) || !isRecord(value['feeds'])) return out;
  for (const [id, state] of Object.entries(value['feeds'])) {
    if (isRecord(state) && state['id'] === id && typeof state['url'] === 'string' && typeof state['checked'] === 'string')
      out[id] = state as unknown as FeedState;
  }
  return out;
}

/** The state of the last run (empty when there is none, or it cannot be read). */
export async function loadState(dir: string): Promise<Record<string, FeedState>> {
  try {
    return readStates(JSON.parse(await readFile(join(dir, STATE), 'utf8')));
  } catch {
    return Object.create(null) as Record<string, FeedState>;
  }
}

/** Feeds finished by an interrupted run, from its journal (a torn last line is ignored). */
export async function loadJournal(dir: string): Promise<Record<string, FeedState>> {
  const out: Record<string, FeedState> = Object.create(null);
  let text: string;
  try {
    text = await readFile(join(dir, JOURNAL), 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    try {
      const state: unknown = JSON.parse(line);
      if (isRecord(state) && typeof state['id'] === 'string') Object.assign(out, readStates({ feeds: { [state['id']]: state } }));
    } catch {
      // A line cut off by the interruption.
    }
  }
  return out;
}

export async function appendJournal(dir: string, state: FeedState): Promise<void> {
  await appendFile(join(dir, JOURNAL), `${JSON.stringify(state)}\n`);
}

/** Writes a file whole or not at all (a reader never sees half of it). */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** The run is complete: the state replaces the journal. */
export async function saveState(dir: string, feeds: Readonly<Record<string, FeedState>>): Promise<void> {
  await writeAtomic(join(dir, STATE), `${JSON.stringify({ feeds }, null, 1)}\n`);
  await rm(join(dir, JOURNAL), { force: true });
}

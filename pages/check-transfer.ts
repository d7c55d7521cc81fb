/**
 * A feed check as it crosses between the checker page and its worker
 * (`check-worker.ts`). What the page draws travels as objects; what it does
 * not draw stays out of the page's heap: the validated feed (the page needs
 * only its projects' ids), the parsed JSON and the text (the page has the
 * text, and parses it for the preview in a task of its own), and each long
 * list beyond its first `LISTED` entries — the whole list travels as JSON in
 * `ArrayBuffer`s of `CHUNK` entries each, transferred (not copied), and is
 * read only when the reader downloads the list, a chunk per slice of the
 * page's work. So the message stays small however many
 * problems a feed has: 20,000 problems as objects took the page longer to
 * receive (a structured clone) than a frame. A `FeedError` travels as its
 * code and details and is made again on the page (a structured clone keeps
 * no class).
 */
import type { FeedCheck } from '../src/checker/check.js';
import { FeedError, type FeedErrorCode, type FeedErrorDetails } from '../src/feed/errors.js';

/** Entries drawn at most in one list of the page; the rest are counted, and the whole list is a download. */
export const LISTED = 200;

/** Entries per JSON chunk of a whole list: one chunk is read in a slice of the page's work. */
const CHUNK = 2_000;

/** The check's lists that may be long: the page draws the first `LISTED` of each. */
export const LONG_LISTS = ['warnings', 'readProblems', 'dropped', 'hints', 'missingTranslations'] as const;
export type LongList = (typeof LONG_LISTS)[number];

/** A check as the page holds it: the projects' ids in place of the validated feed, each long list cut at `LISTED`. */
export type PageCheck = Omit<FeedCheck, 'feed'> & {
  /** The ids of the feed's projects, when the feed can be used (the preview shows one card each). */
  readonly projects?: readonly string[];
  /** Each long list's length in full. */
  readonly totals: Readonly<Record<LongList, number>>;
  /** A long list in full (for a download), read in slices with `pause` between them. */
  readFull<K extends LongList>(list: K, pause: () => Promise<void>): Promise<Lists[K]>;
};

/** What the worker sends back: the long lists cut, and each cut one in full as JSON bytes (to be transferred). */
export type PackedCheck = Omit<PageCheck, 'json' | 'text' | 'failure' | 'readFull'> & {
  readonly failure?: Omit<NonNullable<FeedCheck['failure']>, 'error'> & {
    readonly error: { readonly code: FeedErrorCode; readonly details: FeedErrorDetails };
  };
  readonly fullLists: Partial<Readonly<Record<LongList, readonly ArrayBuffer[]>>>;
};

type Lists = { [K in LongList]: FeedCheck[K] };

/** The first `LISTED` entries of each long list, and each list's length. */
function cut(check: FeedCheck): { lists: Lists; totals: Record<LongList, number> } {
  const lists = {} as Record<LongList, unknown>;
  const totals = {} as Record<LongList, number>;
  for (const name of LONG_LISTS) {
    lists[name] = check[name].length > LISTED ? check[name].slice(0, LISTED) : check[name];
    totals[name] = check[name].length;
  }
  return { lists: lists as Lists, totals };
}

/** The check without its validated feed: the projects' ids instead. */
function withoutFeed({ feed, ...check }: FeedCheck): Omit<FeedCheck, 'feed'> & { projects?: readonly string[] } {
  return feed ? { ...check, projects: feed.projects.map((p) => p.id) } : check;
}

/** The page's form of a check made on the page itself (a spreadsheet's): the full lists stay where they are. */
export function pageCheck(check: FeedCheck): PageCheck {
  const { lists, totals } = cut(check);
  return { ...withoutFeed(check), ...lists, totals, readFull: async (list) => check[list] };
}

/** A check made in the worker, for sending, and the buffers to transfer with it. */
export function packCheck(check: FeedCheck): { readonly packed: PackedCheck; readonly transfer: ArrayBuffer[] } {
  const { json: _json, text: _text, failure, ...rest } = withoutFeed(check);
  const { lists, totals } = cut(check);
  const fullLists: Partial<Record<LongList, ArrayBuffer[]>> = {};
  const encoder = new TextEncoder();
  for (const name of LONG_LISTS) {
    if (totals[name] <= LISTED) continue;
    const chunks: ArrayBuffer[] = [];
    for (let i = 0; i < totals[name]; i += CHUNK) chunks.push(encoder.encode(JSON.stringify(check[name].slice(i, i + CHUNK))).buffer as ArrayBuffer);
    fullLists[name] = chunks;
  }
  const base = { ...rest, ...lists, totals, fullLists };
  const transfer = Object.values(fullLists).flat();
  if (!failure) return { packed: base, transfer };
  const { cause: _cause, ...details } = failure.error.details;
  return { packed: { ...base, failure: { ...failure, error: { code: failure.error.code, details } } }, transfer };
}

/** A check the worker sent, with the text it was made of (no parsed JSON yet). */
export function unpackCheck({ failure, fullLists, ...check }: PackedCheck, text: string): PageCheck {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const cutLists: Lists = check;
  const readFull = async <K extends LongList>(list: K, pause: () => Promise<void>): Promise<Lists[K]> => {
    const chunks = fullLists[list];
    if (!chunks) return cutLists[list];
    const decoder = new TextDecoder();
    const entries: unknown[] = [];
    for (const chunk of chunks) {
      await pause();
      entries.push(...(JSON.parse(decoder.decode(chunk)) as unknown[]));
    }
    return entries as unknown as Lists[K];
  };
  return failure
    ? { ...check, text: body, readFull, failure: { ...failure, error: new FeedError(failure.error.code, failure.error.details) } }
    : { ...check, text: body, readFull };
}

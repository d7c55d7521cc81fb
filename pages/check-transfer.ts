/**
 * A feed check as it crosses between the checker page and its worker
 * (`check-worker.ts`). What the page shows travels; what it does not need
 * stays behind: the validated feed (the page needs only its projects' ids),
 * the parsed JSON and the text (the page has the text, and parses it for the
 * preview in a task of its own). A `FeedError` travels as its code and
 * details and is made again on the page (a structured clone keeps no class).
 */
import type { FeedCheck } from '../src/checker/check.js';
import { FeedError, type FeedErrorCode, type FeedErrorDetails } from '../src/feed/errors.js';

/** A check as the page holds it: the projects' ids in place of the validated feed. */
export type PageCheck = Omit<FeedCheck, 'feed'> & {
  /** The ids of the feed's projects, when the feed can be used (the preview shows one card each). */
  readonly projects?: readonly string[];
};

/** What the worker sends back. */
export type PackedCheck = Omit<PageCheck, 'json' | 'text' | 'failure'> & {
  readonly failure?: Omit<NonNullable<FeedCheck['failure']>, 'error'> & {
    readonly error: { readonly code: FeedErrorCode; readonly details: FeedErrorDetails };
  };
};

/** The page's form of a check made on the page itself (a spreadsheet's). */
export function pageCheck({ feed, ...check }: FeedCheck): PageCheck {
  return feed ? { ...check, projects: feed.projects.map((p) => p.id) } : check;
}

/** A check made in the worker, for sending. */
export function packCheck(check: FeedCheck): PackedCheck {
  const { json: _json, text: _text, failure, ...rest } = pageCheck(check);
  if (!failure) return rest;
  const { cause: _cause, ...details } = failure.error.details;
  return { ...rest, failure: { ...failure, error: { code: failure.error.code, details } } };
}

/** A check the worker sent, with the text it was made of (no parsed JSON yet). */
export function unpackCheck({ failure, ...check }: PackedCheck, text: string): PageCheck {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return failure
    ? { ...check, text: body, failure: { ...failure, error: new FeedError(failure.error.code, failure.error.details) } }
    : { ...check, text: body };
}

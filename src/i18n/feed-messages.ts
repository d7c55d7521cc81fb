/**
 * Feed errors and warnings in words an editor understands, in a UI language.
 * Every value from the feed (or the page) in them is isolated (`fromFeed`).
 */
import type { FeedError } from '../feed/errors.js';
import type { FeedWarning } from '../feed/types.js';
import type { MessageKey } from './messages.js';
import type { Translate, UntypedTranslate } from './translate.js';

/** Bidi controls: the Arabic letter mark, LRM and RLM, embeddings and overrides, isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value from a feed, a page or a spreadsheet for an editor's message: a
 * first-strong isolate (U+2068…U+2069) with every bidi control inside written
 * out as `\u202E`, so that the value keeps its own direction and can neither
 * close the isolate early nor reverse the sentence around it. For a terminal
 * (`t.terminal`) the value as it is: the command line escapes every control
 * character itself, isolates included.
 */
export function fromFeed(value: string, t: Pick<Translate, 'terminal'>): string {
  if (t.terminal || !value) return value;
  return `\u2068${value.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}\u2069`;
}

/** The errors that can happen to a feed without an address (given by script): each has a sentence of its own. */
const WITHOUT_URL = ['not-json', 'not-json.html', 'not-a-feed', 'unknown-version', 'no-records', 'unknown-project', 'choose-project'] as const;
type WithoutUrl = (typeof WITHOUT_URL)[number];
const withoutUrl = (key: string): key is WithoutUrl => (WITHOUT_URL as readonly string[]).includes(key);

/**
 * The sentence of error `key` (`http`, `not-json.html`, …) for a feed at
 * `url`, or its own sentence for a feed without an address
 * (`error.<key>.no-url`); no word is ever put in place of the address. Only
 * fetching fails without an answer, and it always has an address: should one
 * be missing all the same, "?" stands for it, as for a missing status.
 */
export function describeError(key: string, url: string | undefined, params: { readonly value: string; readonly status?: string }, t: Translate): string {
  if (!url && withoutUrl(key)) return t(`error.${key}.no-url`, params);
  return (t as UntypedTranslate)(`error.${key}` as MessageKey, { ...params, url: url ? fromFeed(url, t) : '?' });
}

/** One sentence saying why a feed could not be used. */
export function describeFeedError(error: FeedError, t: Translate): string {
  const { url, status, value, html } = error.details;
  const params = {
    status: status === undefined ? '?' : String(status),
    value: value === undefined ? '' : fromFeed(String(value), t),
  };
  if (error.code === 'http' && status === 404) return describeError('http.404', url, params, t);
  if (error.code === 'not-json' && html) return describeError('not-json.html', url, params, t);
  return describeError(error.code, url, params, t);
}

/** The record a warning or hint is about: "Angebot „frauentreff“", "Ort Nr. 3", or the feed itself. */
export function describeRecord(at: Pick<FeedWarning, 'list' | 'record' | 'path'>, t: Translate): string {
  const list = t(`list.${at.list}`);
  const index = at.path[1];
  if (at.list === 'feed') return list;
  return at.record !== undefined
    ? t('warning.where.record', { list, record: fromFeed(at.record, t) })
    : t('warning.where.index', { list, index: typeof index === 'number' ? String(index + 1) : '?' });
}

/** One sentence saying what is wrong in a feed and what is not shown because of it. */
export function describeWarning(warning: FeedWarning, t: Translate): string {
  let where = describeRecord(warning, t);
  if (warning.field) where = t('warning.where.field', { where, field: fromFeed(warning.field, t) });
  const { value = '', expected, limit = '', allowed = '', count = 0 } = warning.detail ?? {};
  const params = {
    where,
    value: fromFeed(value, t),
    allowed,
    expected: expected ? t(`expected.${expected}`, { limit: fromFeed(limit, t) }) : '',
    // A limit of the kit (`too-many`) is a number, formatted for the language; one from the feed a text.
    limit: /^\d+$/.test(limit) ? Number(limit) : fromFeed(limit, t),
    count,
  };
  const sentence = t(`warning.${warning.code}`, params);
  const dropped = t(`warning.dropped.${warning.dropped}`);
  return dropped ? `${sentence} ${dropped}` : sentence;
}

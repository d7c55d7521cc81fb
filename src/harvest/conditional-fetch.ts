/// <reference types="node" />
/**
 * One harvest request for one feed: the widgets' own transport
 * (`fetchFeed`: time limit over the whole body, size cap, no credentials;
 * `withRetries`: 5xx, 429 and network errors retried as the widgets do), plus
 * what a harvester adds — a User-Agent naming the tool, and conditional
 * headers from the last good answer, so an unchanged feed answers 304 and
 * costs neither body nor validation.
 */
import { isFeedError } from '../feed/errors.js';
import { fetchFeed, type FetchFeedOptions } from '../feed/fetch-feed.js';
import { withRetries } from '../feed/retry.js';
import { VERSION } from '../version.js';

export const USER_AGENT = `quartier-feed-harvester/${VERSION} (+https://github.com/quartier-widgets/quartier-widgets)`;

/** What the last good answer said about its version. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type ConditionalResult =
  { readonly notModified: true } | { readonly notModified: false; readonly text: string; readonly validators: Validators; readonly charset?: string };

export interface ConditionalOptions extends Pick<FetchFeedOptions, 'timeoutMs' | 'maxBytes' | 'retries' | 'retryDelay' | 'sleep' | 'signal'> {
  /** The fetch to use (tests pass their own). */
  readonly fetch?: typeof fetch;
}

/** Header values are the server's: keep them only when they are short plain text. */
function headerValue(headers: Headers, name: string): string | undefined {
  const value = headers.get(name);
  return value && value.length <= 200 && /^[\x20-\x7e]+$/.test(value) ? value : undefined;
}

/**
 * Fetches `url`, asking only for a newer version than `validators` describes.
 * @throws FeedError as `fetchFeed` does (after the retries)
 */
export async function fetchIfChanged(url: string, validators: Validators, options: ConditionalOptions = {}): Promise<ConditionalResult> {
  const base = options.fetch ?? globalThis.fetch.bind(globalThis);
  let answered: Headers | undefined;
  const conditional: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('User-Agent', USER_AGENT);
    if (validators.etag) headers.set('If-None-Match', validators.etag);
    if (validators.lastModified) headers.set('If-Modified-Since', validators.lastModified);
    // Node's fetch has no CORS: the widgets' `mode: 'cors'` means nothing here.
    const response = await base(input, { ...init, headers });
    answered = response.headers;
    return response;
  };
  try {
    const response = await withRetries(() => fetchFeed(url, { ...options, fetch: conditional, probeRedirect: false, retries: 0 }), options);
    const etag = answered && headerValue(answered, 'etag');
    const lastModified = response.modified && /^[\x20-\x7e]{1,200}$/.test(response.modified) ? response.modified : undefined;
    return {
      notModified: false,
      text: response.text,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
      ...(response.charset ? { charset: response.charset } : {}),
    };
  } catch (error) {
    if (isFeedError(error) && error.code === 'http' && error.details.status === 304) return { notModified: true };
    throw error;
  }
}

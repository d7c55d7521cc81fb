/**
 * What an element can fail with: a feed that cannot be used (`FeedError`) or
 * an attribute that does not fit the feed (`UsageError`). Both are shown to
 * the editor in the element's `error` part.
 */
import { FeedError, isFeedError } from '../../feed/errors.js';

export type UsageErrorCode = 'no-src' | 'unknown-project' | 'choose-project' | 'internal';

const CONSOLE_MESSAGES: Record<UsageErrorCode, string> = {
  'no-src': 'No feed given (set the src attribute or the feed property)',
  'unknown-project': 'No project with this id in the feed',
  'choose-project': 'The feed has several projects; set the project attribute',
  internal: 'The widget could not render the feed',
};

/** An attribute that does not fit: no `src`, an unknown `project` id, several projects and none chosen. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code: UsageErrorCode;
  readonly value: string;
  readonly url: string;

  constructor(code: UsageErrorCode, value = '', url = '') {
    super(`${CONSOLE_MESSAGES[code]}${value ? `: ${value}` : ''}${url ? ` (${url})` : ''}`);
    this.code = code;
    this.value = value;
    this.url = url;
  }
}

export type WidgetError = FeedError | UsageError;

/** Turns anything thrown into a widget error; unknown errors become a network-style feed error. */
export function toWidgetError(error: unknown): WidgetError {
  if (error instanceof UsageError || isFeedError(error)) return error;
  return new FeedError('network', { cause: error });
}

/**
 * What an element can fail with: a feed that cannot be used (`FeedError`),
 * an attribute that does not fit the feed (`UsageError`), or a fault of the
 * widget itself (`UsageError` `internal`). Each is shown to the editor in the
 * element's `error` part.
 */
import { isFeedError, type FeedError } from '../../feed/errors.js';

export type UsageErrorCode = 'no-src' | 'unknown-project' | 'choose-project' | 'not-an-index' | 'internal';

const CONSOLE_MESSAGES: Record<UsageErrorCode, string> = {
  'no-src': 'No feed given (set the src attribute or the feed property)',
  'unknown-project': 'No project with this id in the feed',
  'choose-project': 'The feed has several projects; set the project attribute',
  'not-an-index': 'Not a directory index',
  internal: 'The widget failed',
};

/**
 * An attribute that does not fit: no `src`, an unknown `project` id, several
 * projects and none chosen; or `internal`: the widget failed (a throw it did
 * not expect, its `cause`), not the feed or the page.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code: UsageErrorCode;
  readonly value: string;
  readonly url: string;

  constructor(code: UsageErrorCode, value = '', url = '', options?: ErrorOptions) {
    super(`${CONSOLE_MESSAGES[code]}${value ? `: ${value}` : ''}${url ? ` (${url})` : ''}`, options);
    this.code = code;
    this.value = value;
    this.url = url;
  }
}

export type WidgetError = FeedError | UsageError;

/**
 * Turns anything thrown into a widget error. What is neither the feed's nor an attribute's fault is
 * the widget's own (`internal`): the throw is its cause, and its text the value the console shows.
 */
export function toWidgetError(error: unknown): WidgetError {
  if (error instanceof UsageError || isFeedError(error)) return error;
  return new UsageError('internal', String(error), '', { cause: error });
}

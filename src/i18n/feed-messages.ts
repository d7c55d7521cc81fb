/**
 * Feed errors and warnings in words an editor understands, in a UI language.
 */
import type { FeedError } from '../feed/errors.js';
import type { FeedWarning } from '../feed/types.js';
import { format } from './format.js';
import type { MessageKey, Messages } from './messages.js';

/** A translator bound to one table and language. */
export interface Translate {
  (key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  readonly lang: string;
}

export function translator(messages: Messages, lang: string): Translate {
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
    format(messages[key], params, lang);
  return Object.assign(t, { lang });
}

/** One sentence saying why a feed could not be used. */
export function describeFeedError(error: FeedError, t: Translate): string {
  const { url, status, value, html } = error.details;
  const params = {
    url: url ?? t('error.this-feed'),
    status: status === undefined ? '?' : String(status),
    value: value === undefined ? '' : String(value),
  };
  if (error.code === 'http' && status === 404) return t('error.http.404', params);
  if (error.code === 'not-json' && html) return t('error.not-json.html', params);
  return t(`error.${error.code}`, params);
}

/** One sentence saying what is wrong in a feed and what is not shown because of it. */
export function describeWarning(warning: FeedWarning, t: Translate): string {
  const list = t(`list.${warning.list}`);
  const index = warning.path[1];
  const where =
    warning.list === 'feed'
      ? list
      : warning.record !== undefined
        ? t('warning.where.record', { list, record: warning.record })
        : t('warning.where.index', { list, index: typeof index === 'number' ? String(index + 1) : '?' });
  const detail = warning.detail ?? {};
  const sentence = t(`warning.${warning.code}`, {
    where,
    field: warning.field ?? '',
    value: String(detail['value'] ?? ''),
    expected: String(detail['expected'] ?? ''),
  });
  const dropped = t(`warning.dropped.${warning.dropped}`);
  return dropped ? `${sentence} ${dropped}` : sentence;
}

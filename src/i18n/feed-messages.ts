/**
 * Feed errors and warnings in words an editor understands, in a UI language.
 */
import type { FeedError } from '../feed/errors.js';
import type { FeedWarning } from '../feed/types.js';
import type { Translate } from './translate.js';

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

/** The record a warning or hint is about: "Angebot „frauentreff“", "Ort Nr. 3", or the feed itself. */
export function describeRecord(at: Pick<FeedWarning, 'list' | 'record' | 'path'>, t: Translate): string {
  const list = t(`list.${at.list}`);
  const index = at.path[1];
  if (at.list === 'feed') return list;
  return at.record !== undefined
    ? t('warning.where.record', { list, record: at.record })
    : t('warning.where.index', { list, index: typeof index === 'number' ? String(index + 1) : '?' });
}

/** One sentence saying what is wrong in a feed and what is not shown because of it. */
export function describeWarning(warning: FeedWarning, t: Translate): string {
  let where = describeRecord(warning, t);
  if (warning.field) where = t('warning.where.field', { where, field: warning.field });
  const { value = '', expected, limit = '', allowed = '' } = warning.detail ?? {};
  const sentence = t(`warning.${warning.code}`, {
    where,
    value,
    allowed,
    expected: expected ? t(`expected.${expected}`, { limit }) : '',
  });
  const dropped = t(`warning.dropped.${warning.dropped}`);
  return dropped ? `${sentence} ${dropped}` : sentence;
}

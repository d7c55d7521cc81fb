/**
 * The editor's error message: what failed, for which URL, in the UI
 * language; and the residents' note that a feed is shown from the browser's
 * cache for want of a network. Loaded when an element first has an error or
 * such a note, with its German texts.
 */
import { html, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/intl-format.js';
import { deErrors } from '../../i18n/de/errors.js';
import { describeError, describeFeedError } from '../../i18n/feed-messages.js';
import type { Translate } from '../../i18n/translate.js';
import { UsageError, type WidgetError } from '../base/widget-error.js';

export const messages = deErrors;

/** The sentence an editor sees. */
export function describeWidgetError(error: WidgetError, t: Translate): string {
  if (error instanceof UsageError) {
    return describeError(error.code, error.url, { value: error.value }, t);
  }
  return describeFeedError(error, t);
}

export function renderError(error: WidgetError, t: Translate): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <strong>${t('state.error.for-editors')}:</strong> ${describeWidgetError(error, t)}
  </div>`;
}

/** "Gerade keine Verbindung. Sie sehen die Daten vom …": the oldest stored copy's date, when known. */
export function renderOffline(dates: readonly string[], t: Translate): TemplateResult {
  const times = dates.map((d) => Date.parse(d)).filter((n) => !Number.isNaN(n));
  const text = times.length ? t('state.offline', { date: formatDateTime(Math.min(...times), t) }) : t('state.offline.undated');
  return html`<p class="offline" part="offline" role="status">${text}</p>`;
}

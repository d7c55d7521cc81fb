/**
 * The editor's error message: what failed, for which URL, in the UI
 * language. Loaded when an element first has an error, with its German texts.
 */
import { html, type TemplateResult } from 'lit';
import { deErrors } from '../../i18n/de/errors.js';
import { describeFeedError } from '../../i18n/feed-messages.js';
import type { Translate } from '../../i18n/translate.js';
import { UsageError, type WidgetError } from './widget-error.js';

export const messages = deErrors;

/** The sentence an editor sees. */
export function describeWidgetError(error: WidgetError, t: Translate): string {
  if (error instanceof UsageError) {
    return t(`error.${error.code}`, { value: error.value, url: error.url || t('error.this-feed') });
  }
  return describeFeedError(error, t);
}

export function renderError(error: WidgetError, t: Translate): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <strong>${t('state.error.for-editors')}:</strong> ${describeWidgetError(error, t)}
  </div>`;
}

/**
 * The editor's list of what is wrong with the feed, shown with `debug`.
 * Loaded only when an element has `debug`, with the editor texts.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { deErrors } from '../../i18n/de/errors.js';
import { describeFeedError, describeWarning } from '../../i18n/feed-messages.js';
import type { Translate } from '../../i18n/translate.js';

export { loadEditorMessages } from '../../i18n/load-editor-messages.js';

/** German texts the list needs besides the editor table: the reasons a feed failed. */
export const messages = deErrors;

export const debugStyles = css`
  .debug {
    margin-block-start: var(--_space);
    padding: 0.5em var(--_space);
    border: 1px dashed var(--_muted);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .debug summary {
    cursor: pointer;
    font-weight: bold;
  }
`;

export function renderDebug(value: LoadResult, t: Translate, notes: TemplateResult | typeof nothing): TemplateResult {
  const count = value.warnings.length + value.failed.length;
  return html`<details class="debug" part="debug" open>
    <summary>${t('state.debug.summary')}: ${t('warning.count', { count })}</summary>
    ${notes}
    ${count === 0
      ? html`<p>${t('state.debug.none')}</p>`
      : html`<ul>
          ${value.failed.map((e) => html`<li>${t('warning.failed-feed', { message: describeFeedError(e, t) })}</li>`)}
          ${value.warnings.map(
            (w) => html`<li>${describeWarning(w, t)}${w.source ? html` <small>(<bdi>${w.source}</bdi>)</small>` : nothing}</li>`,
          )}
        </ul>`}
  </details>`;
}

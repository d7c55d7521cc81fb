/**
 * The editor's list of what is wrong with the feed, shown with `debug`: the
 * first `DEBUG_LIMIT` warnings and how many more there are. Loaded only when
 * an element has `debug`, with the editor texts.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { deAttribute } from '../../i18n/de/attribute.js';
import { deErrors } from '../../i18n/de/errors.js';
import { describeFeedError, describeWarning } from '../../i18n/feed-messages.js';
import type { Translate } from '../../i18n/translate.js';
import { baseSpec } from '../base/quartier-element.spec.js';
import { attributesOf, valuesNotAllowed, type WidgetSpec } from '../base/widget-spec.js';

export { loadEditorMessages } from '../../i18n/load-editor-messages.js';

/** German texts the list needs besides the editor table: the reasons a feed failed, the note on a value not allowed. */
export const messages = { ...deErrors, ...deAttribute };

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

/**
 * One note for each attribute value the element cannot use (outside its
 * spec's value set): of its own attributes (`spec`), then of those every
 * element has. Values are read from the properties, as the element uses them.
 */
export function valueNotes(host: HTMLElement, spec: Pick<WidgetSpec, 'attributes'> | undefined, t: Translate): TemplateResult[] {
  const notes: TemplateResult[] = [];
  for (const [property, attribute] of [...(spec ? attributesOf(spec) : []), ...attributesOf(baseSpec)]) {
    const value = (host as unknown as Record<string, unknown>)[property];
    // A number attribute that is no number at all is named as written.
    const text = typeof value === 'number' && Number.isNaN(value) ? (host.getAttribute(attribute.attribute) ?? '') : String(value ?? '');
    for (const bad of valuesNotAllowed(attribute, text)) {
      notes.push(
        html`<p class="filter-note" part="debug">${t('attribute.not-allowed', { name: attribute.attribute, value: bad, allowed: attribute.values!.join(', ') })}</p>`,
      );
    }
  }
  return notes;
}

/** Warnings listed at most; the rest are counted in one line ("… und 99.900 weitere Hinweise"). */
export const DEBUG_LIMIT = 100;

/**
 * The list for editors: "1 Hinweis, 0 Fehler" in its summary — `notes` (on
 * the element's attributes, each a paragraph, absent ones `undefined` or
 * `nothing`) counted apart from the feed's problems — then the notes and the
 * problems themselves.
 */
export function renderDebug(value: Pick<LoadResult, 'warnings' | 'failed'>, t: Translate, notes: readonly unknown[]): TemplateResult {
  const shown = notes.filter((note) => note !== undefined && note !== nothing);
  const count = value.warnings.length + value.failed.length;
  const counts = t('state.debug.counts', { notes: t('state.debug.notes', { count: shown.length }), errors: t('state.debug.errors', { count }) });
  const rest = value.warnings.length - DEBUG_LIMIT;
  return html`<details class="debug" part="debug" open>
    <summary>${t('state.debug.summary')}: ${counts}</summary>
    ${shown}
    ${
      count === 0
        ? html`<p>${t('state.debug.none')}</p>`
        : html`<ul>
          ${value.failed.map((e) => html`<li>${t('warning.failed-feed', { message: describeFeedError(e, t) })}</li>`)}
          ${value.warnings
            .slice(0, DEBUG_LIMIT)
            .map((w) => html`<li>${describeWarning(w, t)}${w.source ? html` <small>(<bdi>${w.source}</bdi>)</small>` : nothing}</li>`)}
          ${rest > 0 ? html`<li>${t('warning.more', { count: rest })}</li>` : nothing}
        </ul>`
    }
  </details>`;
}

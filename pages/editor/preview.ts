/**
 * The live preview: the real widgets (<quartier-card>, <partner-list>,
 * <offer-map>) given the parsed feed as their `.feed`, so they validate it
 * with the same validator, exactly as on a partner's site — switchable
 * between the three and between the widgets' 45 languages. The map loads
 * tiles only from the server in the settings, and only once the partner has
 * allowed it (here or in a map picker).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import '../../src/elements/quartier-card/define.js';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/offer-map/define.js';
import { OSM_TILES } from '../../src/elements/shared/tile-server.js';
import type { FeedCheck } from '../../src/checker/check.js';
import type { Settings } from './settings.js';
import type { PageKey, Texts } from './texts.js';

export type PreviewWidget = 'card' | 'partners' | 'map';
export const PREVIEW_WIDGETS: readonly PreviewWidget[] = ['card', 'partners', 'map'];

export interface PreviewState {
  readonly widget: PreviewWidget;
  /** The widgets' language. */
  readonly lang: string;
  /** The card's project (the first when not set or not there). */
  readonly project: string | undefined;
}

export interface PreviewInput {
  readonly state: PreviewState;
  readonly check: FeedCheck;
  readonly json: unknown;
  readonly settings: Settings;
  readonly mapAllowed: boolean;
  change(next: Partial<PreviewState>): void;
}

const WIDGET_LABELS: Readonly<Record<PreviewWidget, PageKey>> = { card: 'preview.card', partners: 'preview.partners', map: 'preview.map' };

function widget(input: PreviewInput): TemplateResult {
  const { state, json, check, settings } = input;
  const lang = state.lang;
  switch (state.widget) {
    case 'card': {
      const projects = check.feed?.projects ?? [];
      // One project needs no id (the card takes it); so the card does not see a half-typed new id before the new feed.
      const project = projects.length > 1 ? (projects.find((p) => p.id === state.project)?.id ?? projects[0]!.id) : undefined;
      return html`<quartier-card class="widget" .feed=${json} project=${project ?? nothing} lang=${lang} heading-level="3"></quartier-card>`;
    }
    case 'partners':
      return html`<partner-list class="widget" .feed=${json} lang=${lang} heading-level="3"></partner-list>`;
    case 'map':
      return html`<offer-map
        class="widget"
        .feed=${json}
        lang=${lang}
        heading-level="3"
        tiles=${settings.tiles || OSM_TILES}
        attribution=${settings.attribution}
        consent=${input.mapAllowed ? 'granted' : 'ask'}
      ></offer-map>`;
  }
}

export function previewPanel(input: PreviewInput, texts: Texts): TemplateResult {
  const { p } = texts;
  const { state, check } = input;
  const projects = check.feed?.projects ?? [];
  const usable = check.feed !== undefined;
  return html`<section class="preview panel" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${p('preview.heading')}</h2>
    <p class="help">${p('preview.intro')}</p>
    <div class="preview-controls">
      <fieldset class="segmented">
        <legend>${p('preview.widget')}</legend>
        ${PREVIEW_WIDGETS.map(
          (w) => html`<span>
            <input
              type="radio"
              name="preview-widget"
              id=${`preview-${w}`}
              value=${w}
              .checked=${live(state.widget === w)}
              @change=${() => input.change({ widget: w })}
            /><label for=${`preview-${w}`}>${p(WIDGET_LABELS[w])}</label>
          </span>`,
        )}
      </fieldset>
      <div class="field">
        <label for="preview-lang">${p('preview.lang')}</label>
        <select id="preview-lang" .value=${live(state.lang)} @change=${(e: Event) => input.change({ lang: (e.currentTarget as HTMLSelectElement).value })}>
          ${LANGUAGES.map((l) => html`<option value=${l.tag} lang=${l.tag} ?selected=${l.tag === state.lang}>${l.name} (${l.tag})</option>`)}
        </select>
      </div>
      ${
        state.widget === 'card' && projects.length > 1
          ? html`<div class="field">
            <label for="preview-project">${p('preview.project')}</label>
            <select id="preview-project" @change=${(e: Event) => input.change({ project: (e.currentTarget as HTMLSelectElement).value })}>
              ${projects.map((pr) => html`<option value=${pr.id} ?selected=${pr.id === state.project}>${pr.id}</option>`)}
            </select>
          </div>`
          : nothing
      }
    </div>
    ${usable ? html`<div class="preview-frame">${widget(input)}</div>` : html`<p class="note">${p('preview.none')}</p>`}
  </section>`;
}

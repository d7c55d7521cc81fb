/**
 * The language switch of an element with `languages`: a native <select> that
 * lists each language in itself ("العربية", "Українська"). A choice applies
 * to every element on the page (lang-observer.ts), is announced to screen
 * readers in the new language, keeps focus on the switch, and lives in
 * memory only. Loaded only by elements that have `languages`.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Feed, Text } from '../../feed/types.js';
import { deSwitch } from '../../i18n/de/switch.js';
import { LANGUAGES, type Language } from '../../i18n/languages.js';
import { resolveTable } from '../../i18n/resolve-table.js';
import type { Translate } from '../../i18n/translate.js';
import { fire } from '../base/events.js';
import { chooseLanguage } from '../base/lang-observer.js';

export const messages = deSwitch;

export const switchStyles = css`
  .language-switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em 0.5em;
    margin-block-end: var(--_space);
    font-size: 0.875em;
  }
  .language-switch label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .language-switch .globe {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  .language-switch select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
    min-block-size: 2.75em;
  }
  .language-switch select:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
`;

/** The language of LANGUAGES a tag means (`ar-SY` → Arabic, `fa-AF` → Dari), if any. */
export function languageOf(tag: string): Language | undefined {
  const table = resolveTable(tag, (t) => LANGUAGES.some((l) => l.tag === t));
  return LANGUAGES.find((l) => l.tag === table);
}

/** The tags of every text in a feed: the feed's `language` and each translation's. */
function feedLanguages(feed: Feed): string[] {
  const tags = new Set<string>([feed.language]);
  const texts = (record: { readonly name?: Text; readonly summary?: Text; readonly description?: Text }): void => {
    for (const text of [record.name, record.summary, record.description]) for (const tag of Object.keys(text ?? {})) tags.add(tag);
  };
  [...feed.projects, ...feed.organizations, ...(feed.places ?? []), ...(feed.offers ?? [])].forEach(texts);
  return [...tags];
}

/**
 * The languages a switch offers for `attribute` (`"de ar uk"`, or `auto`:
 * those the feed has texts in), always with the page's own language first;
 * tags without a table are left out (the debug list names them).
 */
export function switchLanguages(attribute: string, feed: Feed | undefined, pageLang: string): Language[] {
  const tags = attribute.trim() === 'auto' ? (feed ? feedLanguages(feed) : []) : attribute.split(/\s+/).filter(Boolean);
  const out: Language[] = [];
  for (const tag of [pageLang, ...tags]) {
    const language = languageOf(tag);
    if (language && !out.includes(language)) out.push(language);
  }
  return out;
}

/** For the debug list: the tags of `attribute` the switch cannot offer (no table). */
export function debugNote(attribute: string, t: Translate): TemplateResult | typeof nothing {
  const unknown = attribute.trim() === 'auto' ? [] : attribute.split(/\s+/).filter((tag) => tag && !languageOf(tag));
  return unknown.length ? html`<p part="debug">${t('warning.unknown-languages', { value: unknown.join(', ') })}</p>` : nothing;
}

/** A globe: the sign readers look for when they cannot read the label's language. */
const globe = svg`<svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="1.6"><circle cx="12" cy="12" r="9.2"/><path d="M2.8 12h18.4M12 2.8c2.6 2.7 3.9 5.8 3.9 9.2s-1.3 6.5-3.9 9.2M12 2.8C9.4 5.5 8.1 8.6 8.1 12s1.3 6.5 3.9 9.2"/></g></svg>`;

/** What the switch last announced, per element, so a re-render does not repeat it. */
const announced = new WeakMap<HTMLElement, string>();

export function renderSwitch(host: HTMLElement, languages: readonly Language[], t: Translate, current: string): TemplateResult | typeof nothing {
  if (languages.length < 2) return nothing;
  const selected = languageOf(current) ?? languages[0]!;
  const onChange = (event: Event): void => {
    const tag = (event.target as HTMLSelectElement).value;
    announced.set(host, tag);
    chooseLanguage(tag);
    fire(host, 'quartier-language', { lang: tag });
  };
  // Announced once the element speaks the chosen language (its table has arrived).
  const announce = announced.get(host) === t.lang ? t('switch.changed', { language: selected.name }) : '';
  return html`<div class="language-switch" part="language-switch">
    <label>
      ${globe}<span>${t('switch.label')}</span>
      <select @change=${onChange}>
        ${languages.map((l) => html`<option value=${l.tag} lang=${l.tag} ?selected=${l === selected}>${l.name}</option>`)}
      </select>
    </label>
    <span class="visually-hidden" role="status">${announce}</span>
  </div>`;
}

/**
 * Language fields: the feed's language (one tag) and lists of languages (an
 * offer's languages, the machine-translated ones), picked from the 45
 * languages the widgets speak — named in the page's language — or typed as a
 * tag for any other. The language picker is also what a text field uses to
 * add a translation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldSpec } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { checkLanguageTag } from '../../../src/feed/checks.js';
import { languageName } from '../../../src/i18n/intl-format.js';
import { LANGUAGES } from '../../../src/i18n/languages.js';
import { fieldId, type FormContext } from '../form-context.js';
import { valueAt } from '../feed-values.js';
import type { Texts } from '../texts.js';
import { fieldFrame, groupFrame, invalidAttr } from './field-frame.js';

/** A language's name for the page: "Türkisch (tr)". */
export function languageLabel(tag: string, texts: Texts): string {
  const name = languageName(tag, texts.t);
  return name && name !== tag ? `${name} (${tag})` : tag;
}

/** The widgets' languages in the widgets' order (German, Leichte Sprache, English, then the languages of arrival), named in the page's language, without `except`. */
function languageOptions(texts: Texts, except: readonly string[]): Array<{ tag: string; label: string }> {
  return LANGUAGES.filter((l) => !except.includes(l.tag)).map((l) => ({ tag: l.tag, label: languageLabel(l.tag, texts) }));
}

/**
 * A select of languages and a button that adds the one chosen (or a tag
 * typed in the field "other language"). `label` names what is added.
 */
export function languagePicker(texts: Texts, id: string, label: string, except: readonly string[], onAdd: (tag: string) => void): TemplateResult {
  const { p } = texts;
  const add = (event: Event): void => {
    const box = (event.currentTarget as HTMLElement).closest('.language-picker')!;
    const select = box.querySelector('select')!;
    const other = box.querySelector('input')!;
    const tag = other.value.trim() ? checkLanguageTag(other.value.trim()) : select.value;
    if (!tag) {
      other.setAttribute('aria-invalid', 'true');
      other.focus();
      return;
    }
    other.value = '';
    other.removeAttribute('aria-invalid');
    onAdd(tag);
  };
  return html`<div class="language-picker" role="group" aria-label=${label}>
    <label for=${`${id}-pick`}>${p('language.choose')}</label>
    <select id=${`${id}-pick`}>
      ${languageOptions(texts, except).map((o) => html`<option value=${o.tag}>${o.label}</option>`)}
    </select>
    <label for=${`${id}-other`}>${p('language.other')}</label>
    <input id=${`${id}-other`} type="text" class="tag" dir="ltr" spellcheck="false" autocomplete="off" aria-describedby=${`${id}-other-hint`} />
    <span class="hint" id=${`${id}-other-hint`}>${p('language.other.hint')}</span>
    <button type="button" @click=${add}>${label}</button>
  </div>`;
}

/**
 * The language picker folded away under `summary`; its list of 45 languages
 * is drawn only while the partner has it open (a form has many text fields).
 */
export function foldedLanguagePicker(
  ctx: FormContext,
  id: string,
  summary: string,
  label: string,
  except: readonly string[],
  onAdd: (tag: string) => void,
): TemplateResult {
  const open = ctx.openPickers.has(id);
  const toggle = (event: Event): void => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now === ctx.openPickers.has(id)) return;
    if (now) ctx.openPickers.add(id);
    else ctx.openPickers.delete(id);
    ctx.refresh();
  };
  const add = (tag: string): void => {
    ctx.openPickers.delete(id);
    onAdd(tag);
  };
  return html`<details class="add-language" ?open=${open} @toggle=${toggle}>
    <summary>${summary}</summary>
    ${open ? languagePicker(ctx.texts, id, label, except, add) : nothing}
  </details>`;
}

/** One language tag, from the widgets' languages or any other. */
export function languageField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const { p } = ctx.texts;
  const value = valueAt(ctx.json, path);
  const current = typeof value === 'string' ? value : '';
  const options = languageOptions(ctx.texts, []);
  const known = current === '' || options.some((o) => o.tag === current);
  return fieldFrame(
    ctx,
    field,
    path,
    (c) => html`<select
      id=${c.id}
      aria-describedby=${c.describedBy}
      aria-invalid=${invalidAttr(c)}
      .value=${live(current)}
      @change=${(event: Event) => {
        const chosen = (event.currentTarget as HTMLSelectElement).value;
        ctx.set(path, chosen || undefined);
        ctx.seal();
      }}
    >
      <option value="" ?selected=${current === ''}>${p('field.none')}</option>
      ${known ? nothing : html`<option value=${current} selected>${current}</option>`}
      ${options.map((o) => html`<option value=${o.tag} ?selected=${o.tag === current}>${o.label}</option>`)}
    </select>`,
  );
}

/** Several languages: each chosen one with a button to remove it, and the picker to add one. */
export function languagesField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const { p } = ctx.texts;
  const raw = valueAt(ctx.json, path);
  const chosen = (Array.isArray(raw) ? raw : []).filter((tag): tag is string => typeof tag === 'string');
  const write = (next: readonly string[]): void => {
    ctx.set(path, next.length ? next : undefined);
    ctx.seal();
  };
  const id = fieldId(path);
  return groupFrame(
    ctx,
    field,
    path,
    () => html`${
      chosen.length
        ? html`<ul class="chips">
            ${chosen.map(
              (tag) =>
                html`<li>
                  <span>${languageLabel(tag, ctx.texts)}</span>
                  <button
                    type="button"
                    class="small"
                    aria-label=${p('language.remove', { language: languageLabel(tag, ctx.texts), field: field.label[ctx.texts.lang] })}
                    @click=${() => write(chosen.filter((t) => t !== tag))}
                  >
                    ${p('remove')}
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="empty">${p('language.none')}</p>`
    }
      ${foldedLanguagePicker(ctx, id, p('text.add-language.button'), p('language.add-to', { field: field.label[ctx.texts.lang] }), chosen, (tag) =>
        write([...chosen, tag]),
      )}`,
    { leaf: true },
  );
}

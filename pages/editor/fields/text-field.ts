/**
 * A Text: one input (or text area, for sentences) per language, side by
 * side, the feed's language first. "Übersetzung hinzufügen" adds a language;
 * the Text then becomes an object of translations. Each further language has
 * a "maschinell übersetzt" checkbox, which writes the record's
 * `machineTranslated` (the format marks machine translation per record and
 * language). A record's name goes through `setRecordName`, so that a new
 * record's id follows its name.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { RECORD_SPECS, type FieldSpec, type RecordListName } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { textIn, textLanguages, withText } from '../../../src/authoring/text-value.js';
import { fieldId, type FormContext } from '../form-context.js';
import { valueAt } from '../feed-values.js';
import { setRecordName } from '../record-ops.js';
import { fieldFrame, invalidAttr, type Control } from './field-frame.js';
import { foldedLanguagePicker, languageLabel } from './language-fields.js';

/** The record a path is in (`['offers', 2, …]` → offers, 2), if any. */
export function recordOf(path: FeedPath): { list: RecordListName; index: number } | undefined {
  const [list, index] = path;
  return RECORD_SPECS.some((r) => r.list === list) && typeof index === 'number' ? { list: list as RecordListName, index } : undefined;
}

function machineField(ctx: FormContext, path: FeedPath, lang: string): TemplateResult | typeof nothing {
  const record = recordOf(path);
  if (!record) return nothing;
  const at = [record.list, record.index, 'machineTranslated'];
  const raw = valueAt(ctx.json, at);
  const langs = Array.isArray(raw) ? raw : [];
  const id = fieldId(path, `${lang}-machine`);
  const toggle = (event: Event): void => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    const next = on ? [...langs.filter((l) => l !== lang), lang] : langs.filter((l) => l !== lang);
    ctx.set(at, next.length ? next : undefined);
    ctx.seal();
  };
  return html`<span class="machine">
    <input id=${id} type="checkbox" aria-describedby=${`${id}-hint`} .checked=${live(langs.includes(lang))} @change=${toggle} />
    <label for=${id}>${ctx.texts.p('text.machine')}</label>
    <span class="hint" id=${`${id}-hint`}>${ctx.texts.p('text.machine.hint', { language: languageLabel(lang, ctx.texts) })}</span>
  </span>`;
}

export function textField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const { p, lang: pageLang } = ctx.texts;
  const { feedLang } = ctx;
  const value = valueAt(ctx.json, path);
  const id = fieldId(path);
  const pending = ctx.pendingLangs.get(id) ?? [];
  const present = textLanguages(value, feedLang);
  const langs = [...new Set([...(present.length ? present : [feedLang]), ...pending])];
  const record = recordOf(path);
  const isName = record !== undefined && path.length === 3 && path[2] === 'name';

  const write = (lang: string, text: string): void => {
    if (isName) setRecordName(ctx.doc, record.list, record.index, lang, text);
    else ctx.set(path, withText(valueAt(ctx.doc.json, path), lang, text, feedLang), { typing: true });
  };
  const removeLang = (lang: string): void => {
    ctx.pendingLangs.set(
      id,
      pending.filter((l) => l !== lang),
    );
    ctx.seal();
    if (textIn(value, lang, feedLang)) write(lang, '');
    else ctx.refresh();
    ctx.seal();
    ctx.focusAfterRender(id);
  };
  const addLang = (lang: string): void => {
    if (!langs.includes(lang)) ctx.pendingLangs.set(id, [...pending, lang]);
    ctx.focusAfterRender(fieldId(path, lang));
    ctx.refresh();
  };

  const input = (lang: string, inputId: string, c: Control): TemplateResult => {
    const text = textIn(value, lang, feedLang);
    const onInput = (event: Event): void => write(lang, (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
    return field.multiline
      ? html`<textarea
          id=${inputId}
          lang=${lang}
          dir="auto"
          rows="4"
          aria-describedby=${c.describedBy}
          aria-invalid=${invalidAttr(c)}
          .value=${live(text)}
          @input=${onInput}
          @change=${() => ctx.seal()}
        ></textarea>`
      : html`<input
          id=${inputId}
          type="text"
          lang=${lang}
          dir="auto"
          autocomplete="off"
          aria-describedby=${c.describedBy}
          aria-invalid=${invalidAttr(c)}
          .value=${live(text)}
          @input=${onInput}
          @change=${() => ctx.seal()}
        />`;
  };

  return fieldFrame(ctx, field, path, (c) => {
    const [first, ...others] = langs;
    return html`${langs.length > 1 ? html`<span class="lang-tag" aria-hidden="true">${first}</span>` : nothing} ${input(first!, c.id, c)}
      ${others.map((lang) => {
        const otherId = fieldId(path, lang);
        const name = languageLabel(lang, ctx.texts);
        return html`<div class="translation">
          <label for=${otherId}>${p('text.in-language', { field: field.label[pageLang], language: name })}</label>
          ${input(lang, otherId, { ...c, id: otherId })}
          <div class="translation-tools">
            ${machineField(ctx, path, lang)}
            <button type="button" class="small" @click=${() => removeLang(lang)}>${p('text.remove-language', { language: name })}</button>
          </div>
        </div>`;
      })}
      ${foldedLanguagePicker(ctx, fieldId(path, 'add'), p('text.add-language'), p('text.add-language.button'), langs, addLang)}`;
  });
}

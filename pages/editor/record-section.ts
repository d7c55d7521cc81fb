/**
 * One record list of the feed (projects, organisations, places, offers): the
 * records by name with their ids and how many problems each has, a button to
 * add one, and the form of the record chosen, with "nach oben", "nach unten",
 * "duplizieren" and "löschen" (undone with "Rückgängig"). The form's fields
 * come from the format's description.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { recordSpec, type RecordListName } from '../../src/authoring/feed-fields.js';
import { isRecord } from '../../src/feed/checks.js';
import type { FormContext } from './form-context.js';
import { idOf, nameOf, recordsOf, valueAt } from './feed-values.js';
import { renderFields } from './fields/render-field.js';
import { idField } from './id-field.js';

export interface RecordActions {
  select(list: RecordListName, index: number): void;
  add(list: RecordListName): void;
  duplicate(list: RecordListName, index: number): void;
  remove(list: RecordListName, index: number): void;
  move(list: RecordListName, index: number, by: -1 | 1): void;
}

/** The DOM id of a record's button in the list. */
export const recordButtonId = (list: RecordListName, index: number): string => `rec-${list}-${index}`;
/** The DOM id of the chosen record's heading. */
export const RECORD_HEADING = 'record-heading';

/** One record of a list, as a word inside a sentence ("Ort hinzufügen", "Add place"): English lower-cases the noun. */
export function oneInText(list: RecordListName, lang: 'de' | 'en'): string {
  const one = recordSpec(list).one[lang];
  return lang === 'en' ? one.toLowerCase() : one;
}

/** A record's name for lists and headings ("(ohne Namen)" when it has none). */
export function recordLabel(ctx: FormContext, record: unknown): string {
  return nameOf(record, ctx.feedLang) || ctx.texts.p('record.unnamed');
}

function recordForm(ctx: FormContext, list: RecordListName, index: number, count: number, on: RecordActions): TemplateResult {
  const { p, lang } = ctx.texts;
  const spec = recordSpec(list);
  const record = valueAt(ctx.json, [list, index]);
  const name = recordLabel(ctx, record);
  const problems = ctx.problemsAt([list, index], false);
  return html`<article class="record" aria-labelledby=${RECORD_HEADING}>
    <h3 id=${RECORD_HEADING} tabindex="-1">${spec.one[lang]}: <span dir="auto">${name}</span></h3>
    <div class="record-tools" role="group" aria-label=${p('record.tools', { name })}>
      <button type="button" id="record-up" ?disabled=${index === 0} @click=${() => on.move(list, index, -1)}>${p('move.up')}</button>
      <button type="button" id="record-down" ?disabled=${index === count - 1} @click=${() => on.move(list, index, 1)}>${p('move.down')}</button>
      <button type="button" ?disabled=${!isRecord(record)} @click=${() => on.duplicate(list, index)}>${p('record.duplicate')}</button>
      <button type="button" class="danger" @click=${() => on.remove(list, index)}>${p('record.delete')}</button>
    </div>
    ${problems.length ? html`<ul class="field-problems record-problems">${problems.map((x) => html`<li class=${x.kind}>${x.text}</li>`)}</ul>` : nothing}
    ${
      isRecord(record)
        ? html`${idField(ctx, list, index)} ${renderFields(ctx, spec.fields, [list, index])}`
        : html`<p class="note">${p('record.not-object')}</p>`
    }
  </article>`;
}

export function recordSection(ctx: FormContext, list: RecordListName, selected: number, on: RecordActions): TemplateResult {
  const { p, lang } = ctx.texts;
  const spec = recordSpec(list);
  const records = recordsOf(ctx.json, list);
  const current = selected < records.length ? selected : records.length - 1;
  return html`<section class="records" aria-labelledby="section-heading">
    <h2 id="section-heading" tabindex="-1">${spec.label[lang]} <span class="count">(${records.length})</span></h2>
    <p class="help">${spec.help[lang]}</p>
    <div class="record-layout">
      <div class="record-nav">
        ${
          records.length
            ? html`<ul class="record-list" aria-label=${spec.label[lang]}>
              ${records.map((record, index) => {
                const count = ctx.problemsAt([list, index], true).filter((x) => x.kind === 'problem').length;
                return html`<li>
                  <button
                    type="button"
                    id=${recordButtonId(list, index)}
                    aria-current=${index === current ? 'true' : nothing}
                    @click=${() => on.select(list, index)}
                  >
                    <span class="record-name" dir="auto">${recordLabel(ctx, record)}</span>
                    <span class="record-id" dir="ltr">${idOf(record) ?? ''}</span>
                    ${count ? html`<span class="badge">${p('record.problems', { count })}</span>` : nothing}
                  </button>
                </li>`;
              })}
            </ul>`
            : html`<p class="empty">${p(valueAt(ctx.json, [list]) === undefined ? 'record.none' : 'record.list-broken', { label: spec.label[lang] })}</p>`
        }
        <button type="button" class="add" id=${`add-${list}`} @click=${() => on.add(list)}>${p('record.add', { one: oneInText(list, lang) })}</button>
      </div>
      ${current >= 0 ? recordForm(ctx, list, current, records.length, on) : nothing}
    </div>
  </section>`;
}

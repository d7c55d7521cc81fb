/**
 * Fields with fields of their own: an object (an address, a schedule) as a
 * fieldset, and lists of objects (rules, partners, dates) or of Texts (a
 * project's goals), each item with "nach oben", "nach unten" and "entfernen"
 * and one button to add an item. Moving swaps the items' text, so every
 * other byte stays.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldSpec } from '../../../src/authoring/feed-fields.js';
import { swapListItems } from '../../../src/authoring/feed-text.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { fieldId, type FormContext } from '../form-context.js';
import { valueAt } from '../feed-values.js';
import { schedulePreview } from '../schedule-preview.js';
import { groupFrame } from './field-frame.js';
import { renderFields } from './render-field.js';
import { textField } from './text-field.js';

export function objectField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  return groupFrame(
    ctx,
    field,
    path,
    () => html`${field.preview === 'schedule' ? schedulePreview(ctx, path) : nothing} ${renderFields(ctx, field.fields ?? [], path)}`,
  );
}

/** The list's items, and what can be done to each. */
function listItems(ctx: FormContext, field: FieldSpec, path: FeedPath, item: (index: number, label: string) => unknown): TemplateResult {
  const { p, lang } = ctx.texts;
  const raw = valueAt(ctx.json, path);
  const items = Array.isArray(raw) ? raw : [];
  const label = field.label[lang];
  const move = (index: number, by: -1 | 1): void => {
    ctx.seal();
    ctx.doc.change(swapListItems(ctx.doc.text, path, index, index + by));
    ctx.seal();
    ctx.focusAfterRender(fieldId([...path, index + by], by < 0 ? 'up' : 'down'));
  };
  const remove = (index: number): void => {
    ctx.seal();
    ctx.set(items.length === 1 ? path : [...path, index], undefined);
    ctx.seal();
    ctx.announce(p('list.removed', { item: p('list.item', { label, number: index + 1 }) }));
    ctx.focusAfterRender(fieldId(path, 'add'));
  };
  const add = (): void => {
    const empty = field.kind === 'text-list' ? '' : {};
    ctx.seal();
    if (Array.isArray(raw)) ctx.set([...path, items.length], empty, { insert: true });
    else ctx.set(path, [empty]);
    ctx.seal();
    const first = field.fields?.[0];
    ctx.focusAfterRender(fieldId(first ? [...path, items.length, first.key] : [...path, items.length]));
  };
  return html`${
    items.length
      ? html`<ol class="items">
          ${items.map((_, index) => {
            const itemLabel = p('list.item', { label, number: index + 1 });
            return html`<li class="item">
              ${item(index, itemLabel)}
              <div class="item-tools" role="group" aria-label=${itemLabel}>
                <button type="button" class="small" id=${fieldId([...path, index], 'up')} ?disabled=${index === 0} @click=${() => move(index, -1)}>
                  ${p('move.up')}
                </button>
                <button type="button" class="small" id=${fieldId([...path, index], 'down')} ?disabled=${index === items.length - 1} @click=${() => move(index, 1)}>
                  ${p('move.down')}
                </button>
                <button type="button" class="small" @click=${() => remove(index)}>${p('remove')}</button>
              </div>
            </li>`;
          })}
        </ol>`
      : nothing
  }
    <button type="button" class="add" id=${fieldId(path, 'add')} @click=${add}>${p('list.add', { label })}</button>`;
}

/** A list of objects: each item a fieldset of its fields. */
export function listField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  return groupFrame(ctx, field, path, () =>
    listItems(ctx, field, path, (index, label) => {
      const at = [...path, index];
      const problems = ctx.problemsAt(at, false);
      return html`<fieldset class="item-fields" id=${fieldId(at)} tabindex="-1">
        <legend>${label}</legend>
        ${problems.length ? html`<ul class="field-problems">${problems.map((problem) => html`<li>${problem.text}</li>`)}</ul>` : nothing}
        ${renderFields(ctx, field.fields ?? [], at)}
      </fieldset>`;
    }),
  );
}

/** A list of Texts (goals): each one a text field of its own. */
export function textListField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  return groupFrame(ctx, field, path, () =>
    listItems(ctx, field, path, (index, label) =>
      textField(ctx, { ...field, kind: 'text', multiline: false, label: { de: label, en: label }, help: { de: '', en: '' }, required: false }, [
        ...path,
        index,
      ]),
    ),
  );
}

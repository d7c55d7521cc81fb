/**
 * Fields that take one of a few values: a code (a select with the widgets'
 * own names for the codes), several codes (checkboxes), the week of the
 * month, and a reference to another record, picked by its name from the
 * records the feed has. A value the list does not know stays selected and is
 * named as written, so that opening a feed never changes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CODE_LISTS, type FieldSpec } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { codeLabel } from '../../../src/authoring/code-labels.js';
import { fieldId, type FormContext } from '../form-context.js';
import { idOf, nameOf, recordsOf, valueAt } from '../feed-values.js';
import type { PageKey } from '../texts.js';
import { fieldFrame, groupFrame, invalidAttr } from './field-frame.js';

interface Option {
  readonly value: string;
  readonly label: string;
}

/** A select of `options` with "no value" first; an unknown current value is kept as an option of its own. */
function selectField(
  ctx: FormContext,
  field: FieldSpec,
  path: FeedPath,
  options: readonly Option[],
  parse: (value: string) => unknown = (v) => v,
): TemplateResult {
  const { p } = ctx.texts;
  const value = valueAt(ctx.json, path);
  const current = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const known = current === '' || options.some((o) => o.value === current);
  const onChange = (event: Event): void => {
    const chosen = (event.currentTarget as HTMLSelectElement).value;
    if (chosen === current) return;
    ctx.set(path, chosen === '' ? undefined : parse(chosen));
    ctx.seal();
  };
  return fieldFrame(
    ctx,
    field,
    path,
    (c) => html`<select id=${c.id} aria-describedby=${c.describedBy} aria-invalid=${invalidAttr(c)} .value=${live(current)} @change=${onChange}>
      <option value="" ?selected=${current === ''}>${p('field.none')}</option>
      ${known ? nothing : html`<option value=${current} selected>${p('field.unknown-value', { value: current })}</option>`}
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}
    </select>`,
  );
}

export function codeField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const list = field.codes!;
  const options = CODE_LISTS[list].values.map((value) => ({ value, label: codeLabel(list, value, ctx.texts.lang) }));
  return selectField(ctx, field, path, options);
}

/** The week of the month: first … fifth, last … fifth from last. */
export function setPosField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const { p } = ctx.texts;
  const positions = [1, 2, 3, 4, 5, -1, -2, -3, -4, -5];
  const options = positions.map((n) => ({ value: String(n), label: p(`setpos.${n}` as PageKey) }));
  return selectField(ctx, field, path, options, Number);
}

/** Several codes: one checkbox each, in the code list's order; codes the list does not know are kept. */
export function codesField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const list = field.codes!;
  const raw = valueAt(ctx.json, path);
  const chosen = Array.isArray(raw) ? raw : [];
  const toggle = (code: string, on: boolean): void => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    const ordered = [...CODE_LISTS[list].values.filter((v) => next.includes(v)), ...next.filter((v) => !CODE_LISTS[list].values.includes(v as string))];
    ctx.set(path, ordered.length ? ordered : undefined);
    ctx.seal();
  };
  return groupFrame(
    ctx,
    field,
    path,
    (c) => html`<div class="choices">
      ${CODE_LISTS[list].values.map((code) => {
        const id = fieldId(path, code);
        return html`<span class="choice">
          <input
            id=${id}
            type="checkbox"
            aria-invalid=${invalidAttr(c)}
            .checked=${live(chosen.includes(code))}
            @change=${(event: Event) => toggle(code, (event.currentTarget as HTMLInputElement).checked)}
          />
          <label for=${id}>${codeLabel(list, code, ctx.texts.lang)}</label>
        </span>`;
      })}
    </div>`,
    { leaf: true },
  );
}

/** A reference: the records of the target list by name (and id), picked from a select. */
export function referenceField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const options = recordsOf(ctx.json, field.target!).flatMap((record) => {
    const id = idOf(record);
    if (id === undefined) return [];
    const name = nameOf(record, ctx.feedLang);
    return [{ value: id, label: name ? `${name} (${id})` : id }];
  });
  return selectField(ctx, field, path, options);
}

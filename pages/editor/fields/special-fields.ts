/**
 * Fields of the format's mixed kinds: a fact's value (a number, or a text
 * when it is not one), an offer's cost ("kostenlos" or a text), and a
 * quarter's outline (a GeoJSON polygon, pasted from a mapping tool).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isRecord } from '../../../src/feed/checks.js';
import type { FieldSpec } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { fieldId, type FormContext } from '../form-context.js';
import { valueAt } from '../feed-values.js';
import { fieldFrame, invalidAttr } from './field-frame.js';
import { textField } from './text-field.js';
import { parsedField } from './plain-fields.js';
import { displayNumber, parseNumber } from './value-format.js';

/** A number, or a text when what was typed is not a number ("1/4"); translations make it a text field. */
export function numberOrTextField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  if (isRecord(value)) return textField(ctx, { ...field, kind: 'text' }, path);
  return parsedField(ctx, field, path, displayNumber(value, ctx.texts.lang), parseNumber, { inputmode: 'text', technical: false });
}

/** "kostenlos" (the code `free`), or a text such as "2 Euro pro Treffen". */
export function costField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const { p } = ctx.texts;
  const free = valueAt(ctx.json, path) === 'free';
  const id = fieldId(path, free ? '' : 'free');
  const toggle = (event: Event): void => {
    ctx.set(path, (event.currentTarget as HTMLInputElement).checked ? 'free' : undefined);
    ctx.seal();
    ctx.focusAfterRender(fieldId(path, (event.currentTarget as HTMLInputElement).checked ? '' : 'free'));
  };
  return html`<div class="cost">
    <div class="field check">
      <input id=${id} type="checkbox" .checked=${live(free)} @change=${toggle} />
      <label for=${id}>${p('cost.free')}</label>
    </div>
    ${free ? nothing : textField(ctx, { ...field, kind: 'text' }, path)}
  </div>`;
}

/** A GeoJSON polygon as JSON text; text that is not JSON is not written, and said so. */
export function polygonField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const { p } = ctx.texts;
  const value = valueAt(ctx.json, path);
  const onChange = (event: Event): void => {
    const area = event.currentTarget as HTMLTextAreaElement;
    const input = area.value.trim();
    if (input === '') {
      ctx.set(path, undefined);
      ctx.seal();
      return;
    }
    try {
      ctx.set(path, JSON.parse(input));
      ctx.seal();
      area.removeAttribute('aria-invalid');
    } catch {
      area.setAttribute('aria-invalid', 'true');
      ctx.announce(p('polygon.not-json'));
    }
  };
  return fieldFrame(
    ctx,
    field,
    path,
    (c) => html`<textarea
      id=${c.id}
      rows="4"
      dir="ltr"
      spellcheck="false"
      class="code"
      aria-describedby=${c.describedBy}
      aria-invalid=${invalidAttr(c)}
      .value=${live(value === undefined ? '' : JSON.stringify(value))}
      @change=${onChange}
    ></textarea>`,
  );
}

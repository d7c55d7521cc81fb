/**
 * The form for any part of a feed, made from the format's description: each
 * field by its kind, in the description's order, the rarely needed ones
 * (`advanced`) folded away. A field added to the description shows up here
 * without a change to the editor.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldSpec } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import type { FormContext } from '../form-context.js';
import { geoField } from '../geo-field.js';
import { codeField, codesField, referenceField, setPosField } from './choice-fields.js';
import { listField, objectField, textListField } from './group-fields.js';
import { languageField, languagesField } from './language-fields.js';
import { booleanField, dateField, dateTimeField, numberField, stringField, timeField } from './plain-fields.js';
import { costField, numberOrTextField, polygonField } from './special-fields.js';
import { textField } from './text-field.js';

export function renderField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult | typeof nothing {
  switch (field.kind) {
    case 'id':
      // A record's id is shown by the record's form (id-field.ts), not typed.
      return nothing;
    case 'text':
      return textField(ctx, field, path);
    case 'string':
    case 'url':
    case 'email':
    case 'phone':
    case 'currency':
    case 'version':
      return stringField(ctx, field, path);
    case 'integer':
    case 'number':
      return numberField(ctx, field, path);
    case 'date':
      return dateField(ctx, field, path);
    case 'date-time':
      return dateTimeField(ctx, field, path);
    case 'time':
      return timeField(ctx, field, path);
    case 'boolean':
      return booleanField(ctx, field, path);
    case 'code':
      return codeField(ctx, field, path);
    case 'codes':
      return codesField(ctx, field, path);
    case 'set-pos':
      return setPosField(ctx, field, path);
    case 'reference':
      return referenceField(ctx, field, path);
    case 'language':
      return languageField(ctx, field, path);
    case 'languages':
      return languagesField(ctx, field, path);
    case 'text-list':
      return textListField(ctx, field, path);
    case 'object':
      return objectField(ctx, field, path);
    case 'list':
      return listField(ctx, field, path);
    case 'geo':
      return geoField(ctx, field, path);
    case 'polygon':
      return polygonField(ctx, field, path);
    case 'number-or-text':
      return numberOrTextField(ctx, field, path);
    case 'cost':
      return costField(ctx, field, path);
  }
}

/** Whether a field has a problem (then the folded fields open by themselves). */
function needsAttention(ctx: FormContext, field: FieldSpec, path: FeedPath): boolean {
  return ctx.problemsAt([...path, field.key], true).length > 0;
}

export interface FieldsOptions {
  /** Only these fields (the guided start asks for a few). */
  readonly only?: readonly string[];
}

/** The fields of an object at `path`: the common ones, then the advanced ones folded away. */
export function renderFields(ctx: FormContext, fields: readonly FieldSpec[], path: FeedPath, options: FieldsOptions = {}): TemplateResult {
  const shown = options.only ? fields.filter((f) => options.only!.includes(f.key)) : fields;
  const basic = options.only ? shown : shown.filter((f) => !f.advanced);
  const advanced = options.only ? [] : shown.filter((f) => f.advanced);
  return html`${basic.map((f) => renderField(ctx, f, [...path, f.key]))}
  ${
    advanced.length
      ? html`<details class="advanced" ?open=${advanced.some((f) => needsAttention(ctx, f, path))}>
        <summary>${ctx.texts.p('fields.advanced', { fields: advanced.map((f) => f.label[ctx.texts.lang]).join(', ') })}</summary>
        ${advanced.map((f) => renderField(ctx, f, [...path, f.key]))}
      </details>`
      : nothing
  }`;
}

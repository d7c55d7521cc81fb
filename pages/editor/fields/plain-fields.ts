/**
 * Fields of one plain value: strings, addresses (web, e-mail, phone),
 * numbers, dates, times, yes/no. Text is written while it is typed (one undo
 * step per field); numbers, dates and times when the field is left, read the
 * way partners write them (value-format.ts). An empty field removes its key.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldSpec } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { fieldId, type FormContext } from '../form-context.js';
import { valueAt } from '../feed-values.js';
import { fieldFrame, invalidAttr } from './field-frame.js';
import { displayDate, displayNumber, parseDate, parseNumber, parseTime, splitDateTime } from './value-format.js';

const INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = { url: 'url', email: 'email', phone: 'tel' };
const AUTOCOMPLETE: Partial<Record<FieldSpec['kind'], string>> = { url: 'url', email: 'email', phone: 'tel' };
/** Kinds whose values are codes or addresses: written left to right, not spell-checked. */
const TECHNICAL = new Set<FieldSpec['kind']>(['url', 'email', 'phone', 'currency', 'version', 'string']);

const inputValue = (event: Event): string => (event.currentTarget as HTMLInputElement).value;

/** A string typed as is (names, addresses, codes). */
export function stringField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  const technical = TECHNICAL.has(field.kind) && field.kind !== 'string';
  return fieldFrame(
    ctx,
    field,
    path,
    (c) => html`<input
      id=${c.id}
      type=${INPUT_TYPES[field.kind] ?? 'text'}
      autocomplete=${AUTOCOMPLETE[field.kind] ?? 'off'}
      spellcheck=${technical ? 'false' : 'true'}
      dir=${technical ? 'ltr' : 'auto'}
      aria-describedby=${c.describedBy}
      aria-invalid=${invalidAttr(c)}
      .value=${live(typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value))}
      @input=${(event: Event) => ctx.set(path, inputValue(event) === '' ? undefined : inputValue(event), { typing: true })}
      @change=${() => ctx.seal()}
    />`,
  );
}

/** A value read from what was typed when the field is left: the parsed value, or the text as typed when it cannot be read. */
function parsedField(
  ctx: FormContext,
  field: FieldSpec,
  path: FeedPath,
  shown: string,
  parse: (input: string) => unknown,
  inputmode: string,
): TemplateResult {
  const onChange = (event: Event): void => {
    const input = inputValue(event).trim();
    ctx.set(path, input === '' ? undefined : (parse(input) ?? input));
    ctx.seal();
  };
  return fieldFrame(
    ctx,
    field,
    path,
    (c) => html`<input
      id=${c.id}
      type="text"
      inputmode=${inputmode}
      autocomplete="off"
      spellcheck="false"
      dir="ltr"
      class="short"
      aria-describedby=${c.describedBy}
      aria-invalid=${invalidAttr(c)}
      .value=${live(shown)}
      @change=${onChange}
    />`,
  );
}

export function numberField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  const parse = (input: string): number | undefined => {
    const n = parseNumber(input);
    return n !== undefined && (field.kind !== 'integer' || Number.isInteger(n)) ? n : undefined;
  };
  return parsedField(ctx, field, path, displayNumber(value, ctx.texts.lang), parse, field.kind === 'integer' ? 'numeric' : 'decimal');
}

export function dateField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  return parsedField(ctx, field, path, displayDate(valueAt(ctx.json, path), ctx.texts.lang), parseDate, 'numeric');
}

export function timeField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  return parsedField(ctx, field, path, typeof value === 'string' ? value : '', parseTime, 'numeric');
}

/** A day and, optionally, a time of day (`2026-06-20T15:00`); other forms (with seconds, a time zone) as written. */
export function dateTimeField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  const parts = splitDateTime(value);
  if (!parts) return stringField(ctx, field, path);
  const { p, lang } = ctx.texts;
  const timeId = fieldId(path, 'time');
  const write = (date: string, time: string): void => {
    const day = date.trim() === '' ? '' : (parseDate(date) ?? date.trim());
    const clock = time.trim() === '' ? '' : (parseTime(time) ?? time.trim());
    ctx.set(path, day === '' ? undefined : clock ? `${day}T${clock}` : day);
    ctx.seal();
  };
  return fieldFrame(
    ctx,
    field,
    path,
    (c) => html`<div class="date-time">
      <input
        id=${c.id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        dir="ltr"
        class="short"
        aria-describedby=${c.describedBy}
        aria-invalid=${invalidAttr(c)}
        .value=${live(displayDate(parts.date, lang))}
        @change=${(event: Event) => write(inputValue(event), parts.time)}
      />
      <label for=${timeId}>${p('field.time-of-day')}</label>
      <input
        id=${timeId}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        dir="ltr"
        class="short"
        aria-describedby=${c.describedBy}
        .value=${live(parts.time)}
        @change=${(event: Event) => write(parts.date, inputValue(event))}
      />
    </div>`,
  );
}

/** Yes or no: ticked writes `true`, unticked removes the key. */
export function booleanField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const id = fieldId(path);
  const problems = ctx.problemsAt(path, true);
  const describedBy = [`${id}-help`, ...(problems.length ? [`${id}-problems`] : [])].join(' ');
  return html`<div class="field check" data-kind="boolean">
    <input
      id=${id}
      type="checkbox"
      aria-describedby=${describedBy}
      aria-invalid=${problems.length ? 'true' : 'false'}
      .checked=${live(valueAt(ctx.json, path) === true)}
      @change=${(event: Event) => {
        ctx.set(path, (event.currentTarget as HTMLInputElement).checked ? true : undefined);
        ctx.seal();
      }}
    />
    <label for=${id}>${field.label[ctx.texts.lang]}</label>
    <p class="help" id=${`${id}-help`}>${field.help[ctx.texts.lang]}</p>
    ${problems.length ? html`<ul class="field-problems" id=${`${id}-problems`}>${problems.map((problem) => html`<li>${problem.text}</li>`)}</ul>` : ''}
  </div>`;
}

/**
 * Fields of one plain value: strings, addresses (web, e-mail, phone),
 * numbers, dates, times, yes/no. Text is written while it is typed (one undo
 * step per field); numbers, dates and times when the field is left, read the
 * way partners write them (value-format.ts). An empty field removes its key.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldSpec } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { fieldId, type FormContext } from '../form-context.js';
import { valueAt } from '../feed-values.js';
import { fieldFrame, invalidAttr, type Control } from './field-frame.js';
import { displayDate, displayNumber, parseDate, parseNumber, parseTime, splitDateTime } from './value-format.js';

const INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = { url: 'url', email: 'email', phone: 'tel' };
const AUTOCOMPLETE: Partial<Record<FieldSpec['kind'], string>> = { url: 'url', email: 'email', phone: 'tel' };
/** Kinds whose values are codes or addresses: written left to right, not spell-checked. */
const TECHNICAL = new Set<FieldSpec['kind']>(['url', 'email', 'phone', 'currency', 'version', 'string']);

const inputValue = (event: Event): string => (event.currentTarget as HTMLInputElement).value;

/** How an input looks and what it does; everything else comes from its frame. */
export interface InputOptions {
  readonly value: string;
  readonly type?: string;
  readonly inputmode?: string;
  readonly autocomplete?: string;
  /** Codes, addresses and numbers are written left to right and not spell-checked. */
  readonly technical: boolean;
  /** A short field (numbers, dates, times). */
  readonly short?: boolean;
  readonly onInput?: (event: Event) => void;
  readonly onChange: (event: Event) => void;
}

/** The one input of the plain fields. */
export function textInput(c: Control, o: InputOptions): TemplateResult {
  return html`<input
    id=${c.id}
    type=${o.type ?? 'text'}
    inputmode=${o.inputmode ?? nothing}
    autocomplete=${o.autocomplete ?? 'off'}
    spellcheck=${o.technical ? 'false' : 'true'}
    dir=${o.technical ? 'ltr' : 'auto'}
    class=${o.short ? 'short' : nothing}
    aria-describedby=${c.describedBy}
    aria-invalid=${invalidAttr(c)}
    .value=${live(o.value)}
    @input=${o.onInput ?? nothing}
    @change=${o.onChange}
  />`;
}

/** A string typed as is (names, addresses, codes). */
export function stringField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  return fieldFrame(ctx, field, path, (c) =>
    textInput(c, {
      value: typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value),
      type: INPUT_TYPES[field.kind] ?? 'text',
      autocomplete: AUTOCOMPLETE[field.kind] ?? 'off',
      technical: TECHNICAL.has(field.kind) && field.kind !== 'string',
      onInput: (event) => ctx.set(path, inputValue(event) === '' ? undefined : inputValue(event), { typing: true }),
      onChange: () => ctx.seal(),
    }),
  );
}

/**
 * A value read from what was typed when the field is left: the parsed value,
 * or the text as typed when it cannot be read (so the checker names it).
 */
export function parsedField(
  ctx: FormContext,
  field: FieldSpec,
  path: FeedPath,
  shown: string,
  parse: (input: string) => unknown,
  options: Partial<Pick<InputOptions, 'inputmode' | 'technical'>> = {},
): TemplateResult {
  const onChange = (event: Event): void => {
    const input = inputValue(event).trim();
    ctx.set(path, input === '' ? undefined : (parse(input) ?? input));
    ctx.seal();
  };
  return fieldFrame(ctx, field, path, (c) => textInput(c, { value: shown, inputmode: 'numeric', technical: true, short: true, ...options, onChange }));
}

export function numberField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  const parse = (input: string): number | undefined => {
    const n = parseNumber(input);
    return n !== undefined && (field.kind !== 'integer' || Number.isInteger(n)) ? n : undefined;
  };
  return parsedField(ctx, field, path, displayNumber(value, ctx.texts.lang), parse, { inputmode: field.kind === 'integer' ? 'numeric' : 'decimal' });
}

export function dateField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  return parsedField(ctx, field, path, displayDate(valueAt(ctx.json, path), ctx.texts.lang), parseDate);
}

export function timeField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const value = valueAt(ctx.json, path);
  return parsedField(ctx, field, path, typeof value === 'string' ? value : '', parseTime);
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
      ${textInput(c, { value: displayDate(parts.date, lang), inputmode: 'numeric', technical: true, short: true, onChange: (event) => write(inputValue(event), parts.time) })}
      <label for=${timeId}>${p('field.time-of-day')}</label>
      ${textInput(
        { ...c, id: timeId, invalid: false },
        { value: parts.time, inputmode: 'numeric', technical: true, short: true, onChange: (event) => write(parts.date, inputValue(event)) },
      )}
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

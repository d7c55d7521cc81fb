/**
 * The frame every field has: its label and help from the format's
 * description, "required" where the format requires it, the problems the
 * checker found there (tied to the control with `aria-describedby` and
 * `aria-invalid`), and for fields with fields of their own a fieldset.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldSpec } from '../../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../../src/authoring/field-path.js';
import { fieldId, type FormContext, type ProblemItem } from '../form-context.js';

/** What a control needs from its frame. */
export interface Control {
  readonly id: string;
  /** For `aria-describedby`: the help text and the problems. */
  readonly describedBy: string;
  readonly invalid: boolean;
}

function problemList(id: string, problems: readonly ProblemItem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="field-problems" id=${`${id}-problems`}>
    ${problems.map((problem) => html`<li class=${problem.kind}>${problem.text}</li>`)}
  </ul>`;
}

function labelText(ctx: FormContext, field: FieldSpec): TemplateResult {
  const { p, lang } = ctx.texts;
  return html`${field.label[lang]}${field.required ? html` <span class="required">${p('field.required')}</span>` : nothing}`;
}

/** The control for a field with a label of its own (an input, a select, a text area). */
export function fieldFrame(ctx: FormContext, field: FieldSpec, path: FeedPath, control: (c: Control) => unknown): TemplateResult {
  const id = fieldId(path);
  const problems = ctx.problemsAt(path, true);
  const help = field.help[ctx.texts.lang];
  const describedBy = [...(help ? [`${id}-help`] : []), ...(problems.length ? [`${id}-problems`] : [])].join(' ');
  return html`<div class="field" data-kind=${field.kind}>
    <label for=${id}>${labelText(ctx, field)}</label>
    ${help ? html`<p class="help" id=${`${id}-help`}>${help}</p>` : nothing}
    ${control({ id, describedBy, invalid: problems.some((p) => p.kind === 'problem') })} ${problemList(id, problems)}
  </div>`;
}

/** A group of controls (fields of an object, a list, checkboxes) in a fieldset named by the field's label. */
export function groupFrame(
  ctx: FormContext,
  field: FieldSpec,
  path: FeedPath,
  content: (c: Control) => unknown,
  options: { readonly leaf?: boolean; readonly className?: string } = {},
): TemplateResult {
  const id = fieldId(path);
  const problems = ctx.problemsAt(path, options.leaf === true);
  const describedBy = [`${id}-help`, ...(problems.length ? [`${id}-problems`] : [])].join(' ');
  return html`<fieldset class="group ${options.className ?? ''}" data-kind=${field.kind} id=${id} tabindex="-1" aria-describedby=${describedBy}>
    <legend>${labelText(ctx, field)}</legend>
    <p class="help" id=${`${id}-help`}>${field.help[ctx.texts.lang]}</p>
    ${problemList(id, problems)} ${content({ id, describedBy, invalid: problems.some((p) => p.kind === 'problem') })}
  </fieldset>`;
}

/** `aria-invalid` for a control. */
export const invalidAttr = (c: Control): 'true' | typeof nothing => (c.invalid ? 'true' : nothing);

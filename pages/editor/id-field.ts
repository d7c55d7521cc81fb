/**
 * A record's id, shown, not typed: the editor makes it from the name (see
 * record-ops.ts). "Kennung ändern" lets an expert give another one; every
 * reference in the feed follows. The help says what the id is for and why
 * a published one should stay.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { recordSpec, type RecordListName } from '../../src/authoring/feed-fields.js';
import { fieldId, type FormContext } from './form-context.js';
import { idOf, valueAt } from './feed-values.js';
import { idFollowsName, renameRecord } from './record-ops.js';

export function idField(ctx: FormContext, list: RecordListName, index: number): TemplateResult {
  const { p, lang } = ctx.texts;
  const path = [list, index, 'id'];
  const id = idOf(valueAt(ctx.json, [list, index]));
  const spec = recordSpec(list).fields.find((f) => f.key === 'id')!;
  const inputId = fieldId(path);
  const problems = ctx.problemsAt(path, true);
  const follows = idFollowsName(ctx.doc, list, index);
  const rename = (event: Event): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input')!;
    const next = input.value.trim();
    if (next === id) return;
    if (renameRecord(ctx.doc, list, index, next)) {
      input.removeAttribute('aria-invalid');
      ctx.announce(p('id.renamed', { id: next }));
    } else {
      input.setAttribute('aria-invalid', 'true');
      ctx.announce(p('id.rename.invalid', { id: next }));
    }
  };
  return html`<div class="id-field">
    <p class="id-line"><span class="label">${spec.label[lang]}:</span> <code dir="ltr" translate="no">${id ?? '—'}</code></p>
    <p class="help">${spec.help[lang]} ${p(follows ? 'id.follows' : 'id.fixed')}</p>
    ${problems.length ? html`<ul class="field-problems" id=${`${inputId}-problems`}>${problems.map((x) => html`<li>${x.text}</li>`)}</ul>` : nothing}
    <details class="rename" ?open=${problems.length > 0}>
      <summary>${p('id.rename')}</summary>
      <form @submit=${rename}>
        <label for=${inputId}>${p('id.rename.label')}</label>
        <input
          id=${inputId}
          type="text"
          dir="ltr"
          spellcheck="false"
          autocomplete="off"
          .value=${id ?? ''}
          aria-describedby=${`${inputId}-hint${problems.length ? ` ${inputId}-problems` : ''}`}
          aria-invalid=${problems.length ? 'true' : nothing}
        />
        <button type="submit">${p('id.rename.submit')}</button>
        <p class="help" id=${`${inputId}-hint`}>${p('id.rename.help')}</p>
      </form>
    </details>
  </div>`;
}

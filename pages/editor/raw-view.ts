/**
 * The feed as text, for what the forms cannot do: repairing a file that is
 * not valid JSON (the checker says where it breaks; a button puts the cursor
 * there), or editing by hand. A text that cannot be read is repaired here,
 * never replaced.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkFeed } from '../../src/checker/check.js';
import { describeFeedError } from '../../src/i18n/feed-messages.js';
import type { Texts } from './texts.js';

export interface RawInput {
  /** The text area's id. */
  readonly id: string;
  readonly text: string;
  /** The name the checker uses for it. */
  readonly name: string;
  onInput(text: string): void;
  onChange(): void;
}

/** The offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

export function rawEditor(x: Texts, input: RawInput): TemplateResult {
  const { p, t } = x;
  const failure = checkFeed(input.text, input.name).failure;
  const syntax = failure?.error.code === 'not-json' ? failure : undefined;
  const goTo = (): void => {
    const area = document.getElementById(input.id) as HTMLTextAreaElement | null;
    if (!area || syntax?.line === undefined) return;
    const at = offsetOf(area.value, syntax.line, syntax.column ?? 1);
    area.focus();
    area.setSelectionRange(at, Math.min(area.value.length, at + 1));
  };
  return html`<div class="raw">
    ${
      syntax
        ? html`<div class="failure" id=${`${input.id}-error`}>
          <p>${describeFeedError(syntax.error, t)}</p>
          ${
            syntax.line !== undefined
              ? html`<p>${p('raw.where', { line: syntax.line, column: syntax.column ?? 1 })} <button type="button" class="link" @click=${goTo}>${p('raw.go-to')}</button></p>`
              : nothing
          }
          <p>${p('raw.syntax-help')}</p>
        </div>`
        : nothing
    }
    <label for=${input.id}>${p('raw.label')}</label>
    <textarea
      id=${input.id}
      class="code"
      rows="24"
      dir="ltr"
      spellcheck="false"
      autocomplete="off"
      aria-invalid=${syntax ? 'true' : nothing}
      aria-describedby=${syntax ? `${input.id}-error` : nothing}
      .value=${live(input.text)}
      @input=${(event: Event) => input.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      @change=${() => input.onChange()}
    ></textarea>
  </div>`;
}

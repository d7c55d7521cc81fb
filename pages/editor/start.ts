/**
 * The start: a new feed with the guided start, or a feed to open — a file,
 * JSON or a spreadsheet (with the browser's file picker where it offers
 * one, so that the file can be saved back; else a file input; or dropped on
 * the page), an address, or pasted text — or the empty spreadsheet template
 * to fill in elsewhere. An opened text that is not JSON is offered for repair here
 * (the raw view), while the feed being edited stays as it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkbookFormat } from '../spreadsheet-files.js';
import { FILE_ACCEPT, type Opened } from './open.js';
import { rawEditor } from './raw-view.js';
import type { Texts } from './texts.js';

export interface StartActions {
  newFeed(): void;
  /** Opens with the browser's file picker (only offered where it exists). */
  pickFile(): void;
  openFile(file: File): void;
  openUrl(input: string): void;
  openText(text: string): void;
  /** Downloads the empty spreadsheet template (settles when the page has said how it went; never rejects). */
  template(format: WorkbookFormat): Promise<void>;
  /** Back to the feed being edited. */
  back(): void;
  /** The text to repair changed; take it over (when it can be read) or drop it. */
  repair(text: string): void;
  adoptRepaired(): void;
  dropRepaired(): void;
}

export interface StartState {
  /** Whether the browser's file picker is used. */
  readonly picker: boolean;
  /** Whether there is a feed to go back to. */
  readonly hasFeed: boolean;
  readonly busy: boolean;
  /** Why the last attempt to open failed. */
  readonly message: string | undefined;
  /** An opened text that cannot be read yet. */
  readonly unreadable: Extract<Opened, { kind: 'unreadable' }> | undefined;
  readonly unreadableOk: boolean;
}

function repairBox(x: Texts, state: StartState, on: StartActions): TemplateResult | typeof nothing {
  const { p } = x;
  const pending = state.unreadable;
  if (!pending) return nothing;
  return html`<section class="repair panel" aria-labelledby="repair-heading">
    <h2 id="repair-heading" tabindex="-1">${p('repair.heading', { name: pending.name })}</h2>
    <p>${p(state.hasFeed ? 'repair.intro.kept' : 'repair.intro')}</p>
    ${rawEditor(x, { id: 'repair-text', text: pending.text, name: pending.name, onInput: on.repair, onChange: () => undefined })}
    <div class="actions">
      <button type="button" class="primary" ?disabled=${!state.unreadableOk} @click=${on.adoptRepaired}>${p('repair.adopt')}</button>
      <button type="button" @click=${on.dropRepaired}>${p('repair.drop')}</button>
    </div>
  </section>`;
}

export function startScreen(x: Texts, state: StartState, on: StartActions): TemplateResult {
  const { p } = x;
  const submitUrl = (event: SubmitEvent): void => {
    event.preventDefault();
    on.openUrl(String(new FormData(event.currentTarget as HTMLFormElement).get('url') ?? ''));
  };
  const submitText = (event: SubmitEvent): void => {
    event.preventDefault();
    on.openText(String(new FormData(event.currentTarget as HTMLFormElement).get('text') ?? ''));
  };
  const chosen = (event: Event): void => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) on.openFile(file);
  };
  return html`${repairBox(x, state, on)}
    <section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading" tabindex="-1">${p('start.heading')}</h2>
      ${state.hasFeed ? html`<p><button type="button" @click=${on.back}>${p('start.back')}</button></p>` : nothing}
      ${state.message ? html`<p class="failure" role="alert">${state.message}</p>` : nothing}
      <div class="start-options">
        <div class="start-column">
          <div class="option">
            <h3>${p('start.new.heading')}</h3>
            <p>${p('start.new.intro')}</p>
            <button type="button" class="primary" id="start-new" @click=${on.newFeed}>${p('start.new.button')}</button>
          </div>
          <div class="option">
            <h3>${p('start.sheet.heading')}</h3>
            <p>${p('start.sheet.intro')}</p>
            <div class="actions">
              <button type="button" id="template-xlsx" @click=${() => void on.template('xlsx')}>${p('template.xlsx')}</button>
              <button type="button" id="template-ods" @click=${() => void on.template('ods')}>${p('template.ods')}</button>
            </div>
          </div>
        </div>
        <div class="option">
          <h3>${p('start.open.heading')}</h3>
          <p>${p('start.open.intro')}</p>
          ${
            state.picker
              ? html`<p><button type="button" id="open-pick" @click=${on.pickFile}>${p('start.open.pick')}</button></p>`
              : html`<div class="field">
                <label for="open-file">${p('start.open.file')}</label>
                <input id="open-file" type="file" accept=${FILE_ACCEPT} aria-describedby="open-file-hint" @change=${chosen} />
                <p class="help" id="open-file-hint">${p('start.open.file.hint')}</p>
              </div>`
          }
          <form class="field" novalidate @submit=${submitUrl}>
            <label for="open-url">${p('start.open.url')}</label>
            <div class="row">
              <input id="open-url" name="url" type="text" inputmode="url" autocomplete="url" spellcheck="false" dir="ltr" aria-describedby="open-url-hint" />
              <button type="submit" ?disabled=${state.busy}>${p('start.open.url.submit')}</button>
            </div>
            <p class="help" id="open-url-hint">${p('start.open.url.hint')}</p>
          </form>
          <form class="field" novalidate @submit=${submitText}>
            <label for="open-text">${p('start.open.text')}</label>
            <textarea id="open-text" name="text" rows="6" spellcheck="false" autocomplete="off" dir="ltr"></textarea>
            <button type="submit">${p('start.open.text.submit')}</button>
          </form>
        </div>
      </div>
    </section>`;
}

/**
 * The editor page as a template: the header (languages, what the page does,
 * where the draft is kept), the file bar (open, undo, save as JSON three
 * ways and as a spreadsheet), the findings of an opened spreadsheet, the
 * live region for messages, and the screen of the moment — the start, the
 * guided start, or the editor with its parts of the feed, the problems, the
 * preview and the settings beside it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RECORD_SPECS, ROOT_FIELDS } from '../../src/authoring/feed-fields.js';
import type { AppCore, Section } from './app-state.js';
import type { EditActions } from './edit-actions.js';
import type { FileActions } from './file-actions.js';
import type { FormContext, ProblemItem } from './form-context.js';
import { recordsOf } from './feed-values.js';
import { renderFields } from './fields/render-field.js';
import { guideScreen } from './guide.js';
import { openText } from './open.js';
import { previewPanel, type PreviewState } from './preview.js';
import { problemsPanel, sheetReport } from './problems.js';
import { rawEditor } from './raw-view.js';
import { recordSection } from './record-section.js';
import { canWriteFiles } from './save.js';
import type { Settings } from './settings.js';
import { settingsForm } from './settings-form.js';
import { startScreen } from './start.js';
import { PAGE_LANGS, type PageLang } from './texts.js';
import type { WorkbookFormat } from '../spreadsheet-files.js';

const LANG_NAMES: Readonly<Record<PageLang, string>> = { de: 'Deutsch', en: 'English' };

export interface Page {
  readonly core: AppCore;
  readonly files: FileActions;
  readonly edit: EditActions;
  readonly ctx: FormContext;
  readonly items: readonly ProblemItem[];
  setLang(event: Event, lang: PageLang): void;
  applySettings(settings: Settings): void;
  preview(next: Partial<PreviewState>): void;
}

function header(page: Page): TemplateResult {
  const { core, files } = page;
  const { p, lang } = core.texts;
  const hasFeed = core.doc.text !== '';
  return html`<a class="skip" href="#editor-main">${p('skip')}</a>
    <header class="page-header">
      <div class="wrap-wide">
        <nav class="langs" aria-label=${p('lang.label')}>
          <ul>
            ${PAGE_LANGS.map(
              (l) => html`<li>
                <a href=${`?lang=${l}`} lang=${l} hreflang=${l} aria-current=${l === lang ? 'true' : nothing} @click=${(e: Event) => page.setLang(e, l)}>${LANG_NAMES[l]}</a>
              </li>`,
            )}
          </ul>
        </nav>
        <h1>${p('page.heading')}</h1>
        ${core.ui.view === 'start' || !hasFeed ? html`<p class="lead">${p('page.intro')}</p>` : nothing}
        <p class="note">${p('page.privacy')}</p>
        ${
          hasFeed
            ? html`<p class="note draft-note">
              ${core.ui.restored ? p('draft.restored', { time: new Date(core.ui.restored).toLocaleString(lang) }) : p('draft.kept')}
              <button type="button" class="small" @click=${files.discardDraft}>${p('draft.discard')}</button>
            </p>`
            : nothing
        }
      </div>
    </header>`;
}

function fileBar(page: Page): TemplateResult | typeof nothing {
  const { core, files, edit } = page;
  const { p } = core.texts;
  const { doc, ui } = core;
  if (doc.text === '') return nothing;
  return html`<div class="file-bar" role="region" aria-label=${p('file.label')}>
    <div class="wrap-wide">
      <p class="file-name"><span dir="auto">${doc.name}</span> – ${p(doc.dirty ? 'file.unsaved' : 'file.saved')}</p>
      <div class="file-tools">
        <button type="button" ?disabled=${ui.view === 'start'} @click=${() => {
          ui.view = 'start';
          core.focus('start-heading');
          core.update();
        }}>${p('file.open')}</button>
        <button type="button" ?disabled=${!doc.canUndo} @click=${edit.undo}>${p('file.undo')}</button>
        <button type="button" ?disabled=${!doc.canRedo} @click=${edit.redo}>${p('file.redo')}</button>
        <button type="button" class="primary" id="save-download" @click=${files.download}>${p('file.download', { name: doc.name })}</button>
        ${canWriteFiles(core.win) ? html`<button type="button" @click=${() => void files.saveToFile()}>${p(ui.handle ? 'file.save-back' : 'file.save-as', { name: doc.name })}</button>` : nothing}
        <button type="button" id="save-copy" @click=${() => void files.copy()}>${p('file.copy')}</button>
        ${doc.editable ? workbookMenu(page) : nothing}
      </div>
    </div>
  </div>`;
}

/** "Als Tabelle speichern …": XLSX or ODS, folded so that the file bar keeps to one row on a laptop. */
function workbookMenu(page: Page): TemplateResult {
  const { p } = page.core.texts;
  const save = (event: Event, format: WorkbookFormat): void => {
    (event.currentTarget as HTMLElement).closest('details')!.open = false;
    void page.files.saveWorkbook(format);
  };
  return html`<details class="menu" id="save-sheet">
    <summary>${p('file.save-sheet')}</summary>
    <div class="menu-items">
      <button type="button" id="save-xlsx" @click=${(e: Event) => save(e, 'xlsx')}>${p('file.save-xlsx')}</button>
      <button type="button" id="save-ods" @click=${(e: Event) => save(e, 'ods')}>${p('file.save-ods')}</button>
    </div>
  </details>`;
}

function status(page: Page): TemplateResult {
  const said = page.core.ui.status;
  return html`<div class="status wrap-wide" role="status">
    ${said ? html`<p>${said.text} ${said.undo ? html`<button type="button" class="small" id="status-undo" @click=${said.undo}>${page.core.texts.p('status.undo')}</button>` : nothing}</p>` : nothing}
  </div>`;
}

const SECTIONS: readonly Section[] = ['feed', ...RECORD_SPECS.map((r) => r.list), 'raw'];

function sectionName(page: Page, section: Section): string {
  const { p, lang } = page.core.texts;
  if (section === 'feed') return p('section.feed');
  if (section === 'raw') return p('section.raw');
  return RECORD_SPECS.find((r) => r.list === section)!.label[lang];
}

function sectionNav(page: Page): TemplateResult {
  const { core, edit, items } = page;
  const { p } = core.texts;
  return html`<nav class="sections" aria-label=${p('sections.label')}>
    <ul>
      ${SECTIONS.map((section) => {
        const isList = section !== 'feed' && section !== 'raw';
        const count = isList ? recordsOf(core.doc.json, section).length : undefined;
        const problems = items.filter(
          (i) => i.kind === 'problem' && (isList ? i.path[0] === section : section === 'feed' && !RECORD_SPECS.some((r) => r.list === i.path[0])),
        ).length;
        return html`<li>
          <button type="button" aria-current=${core.ui.section === section ? 'true' : nothing} @click=${() => edit.section(section)}>
            ${sectionName(page, section)}${count !== undefined ? html` <span class="count">(${count})</span>` : nothing}
            ${problems ? html`<span class="badge">${p('record.problems', { count: problems })}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>
  </nav>`;
}

function sectionContent(page: Page): TemplateResult {
  const { core, ctx, edit } = page;
  const { p } = core.texts;
  const { doc, ui } = core;
  const section = ui.section;
  if (section === 'raw' || !doc.editable) {
    return html`<section class="raw-section" aria-labelledby="section-heading">
      <h2 id="section-heading" tabindex="-1">${sectionName(page, 'raw')}</h2>
      <p class="help">${p(doc.editable ? 'raw.intro' : 'raw.broken')}</p>
      ${rawEditor(core.texts, { id: 'raw-text', text: doc.text, name: doc.name, onInput: (text) => doc.change(text, 'raw'), onChange: () => doc.seal() })}
    </section>`;
  }
  if (section === 'feed') {
    return html`<section aria-labelledby="section-heading">
      <h2 id="section-heading" tabindex="-1">${sectionName(page, 'feed')}</h2>
      <p class="help">${p('section.feed.help')}</p>
      ${renderFields(ctx, ROOT_FIELDS, [])}
    </section>`;
  }
  return recordSection(ctx, section, ui.selected[section], edit);
}

function side(page: Page): TemplateResult {
  const { core, items } = page;
  const { doc, ui } = core;
  return html`<aside class="side" aria-label=${core.texts.p('side.label')}>
    ${problemsPanel({ check: doc.check, items, json: doc.json, feedLang: page.ctx.feedLang, go: page.edit.show }, core.texts)}
    ${previewPanel(
      { state: ui.preview, check: doc.check, json: doc.json, settings: ui.settings, mapAllowed: page.ctx.mapAllowed, change: page.preview },
      core.texts,
    )}
    ${settingsForm(core.texts, ui.settings, page.applySettings, ui.settingsInvalid)}
  </aside>`;
}

function main(page: Page): TemplateResult {
  const { core, files, edit, ctx } = page;
  const { doc, ui } = core;
  if (ui.view === 'start' || doc.text === '') {
    return startScreen(
      core.texts,
      {
        picker: core.picker,
        hasFeed: doc.text !== '',
        busy: ui.busy,
        message: ui.message,
        unreadable: ui.unreadable,
        unreadableOk: ui.unreadable !== undefined && openText(ui.unreadable.text, ui.unreadable.name).kind === 'feed',
      },
      files,
    );
  }
  const hideSheet = (): void => {
    ui.sheet = undefined;
    core.focus('section-heading');
    core.update();
  };
  const work =
    ui.view === 'guide'
      ? guideScreen(ctx, ui.step, edit)
      : html`${ui.sheet ? sheetReport(ui.sheet, core.texts, hideSheet) : nothing} ${sectionNav(page)} ${sectionContent(page)}`;
  return html`<div class="workspace"><div class="work">${work}</div>${side(page)}</div>`;
}

export function pageTemplate(page: Page): TemplateResult {
  return html`${header(page)} ${fileBar(page)} ${status(page)}
    <main id="editor-main" class="wrap-wide" tabindex="-1">${main(page)}</main>`;
}

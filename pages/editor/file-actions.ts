/**
 * What the page does with whole feeds: start a new one, open one (a file —
 * JSON or a spreadsheet —, an address, pasted text — an unreadable text
 * waits for repair and replaces nothing), save it (download, back into its
 * file, clipboard, as XLSX or ODS), offer the empty spreadsheet template,
 * and discard the draft. A feed with unsaved changes that another one replaces can be
 * brought back with "Rückgängig" until the page is left.
 */
import { feedToText } from '../../src/authoring/feed-text.js';
import { describeFeedError } from '../../src/i18n/feed-messages.js';
import type { AppCore } from './app-state.js';
import { clearDraft } from './draft-store.js';
import type { DocumentState } from './feed-document.js';
import { enterStep } from './guide.js';
import { openFile, openText, openUrl, pickFile, type Opened } from './open.js';
import { hasSheetFindings } from './problems.js';
import { idFromName } from '../../src/authoring/slug.js';
import { canWriteFiles, copyText, downloadText, pickSaveFile, stampUpdated, writeFile } from './save.js';
import { downloadBlob } from '../download.js';
import { loadSpreadsheets, WORKBOOK_TYPES, type WorkbookFormat } from '../spreadsheet-files.js';
import type { StartActions } from './start.js';
import type { PageKey } from './texts.js';

const FAILURE_HINTS = { cors: 'open.hint.cors', unreachable: 'open.hint.unreachable', mixed: 'open.hint.mixed', http: 'open.hint.http' } as const;

/** A new feed's text: version, language, one organisation and one project to fill in. */
export function newFeedText(): string {
  return feedToText({
    version: '1',
    language: 'de',
    projects: [{ id: idFromName('projects', '', new Set()) }],
    organizations: [{ id: idFromName('organizations', '', new Set()) }],
  });
}

export interface FileActions extends StartActions {
  download(): void;
  /** Downloads the feed as a spreadsheet (the spreadsheet code is fetched first). */
  saveWorkbook(format: WorkbookFormat): Promise<void>;
  saveToFile(): Promise<void>;
  copy(): Promise<void>;
  discardDraft(): void;
  /** Opens what was dropped on the page. */
  dropped(files: FileList | undefined): void;
  /** Resolves when the opening under way is done. */
  settled(): Promise<void>;
}

export function fileActions(core: AppCore): FileActions {
  const { doc, ui } = core;
  let pending: Promise<void> = Promise.resolve();

  /** Replaces the feed; unsaved changes can be brought back from the message. */
  const replace = (state: DocumentState, message: string): void => {
    const before = doc.state;
    const handle = ui.handle;
    doc.reset(state);
    ui.restored = undefined;
    ui.sheet = undefined;
    const lost = before.text !== '' && before.text !== before.baseline;
    core.say({
      text: lost ? `${message} ${core.texts.p('replaced.unsaved', { name: before.name })}` : message,
      ...(lost
        ? {
            undo: () => {
              doc.reset(before);
              ui.handle = handle;
              ui.view = 'edit';
              core.say({ text: core.texts.p('replaced.back', { name: before.name }) });
            },
          }
        : {}),
    });
  };

  const opened = (result: Opened): void => {
    const { p, t } = core.texts;
    ui.busy = false;
    ui.message = undefined;
    if (result.kind === 'feed') {
      ui.unreadable = undefined;
      const opened = result.sheet ? p('opened.sheet', { name: result.sheet.source, json: result.name }) : p('opened', { name: result.name });
      replace({ text: result.text, baseline: result.text, name: result.name || 'feed.json' }, opened);
      ui.sheet = result.sheet;
      ui.handle = result.handle;
      ui.view = 'edit';
      ui.section = 'projects';
      core.focus(result.sheet && hasSheetFindings(result.sheet) ? 'sheet-heading' : 'section-heading');
    } else if (result.kind === 'unreadable') {
      ui.unreadable = result;
      ui.view = 'start';
      core.focus('repair-heading');
    } else {
      const reason = result.error
        ? describeFeedError(result.error, t)
        : p(result.reason === 'error' ? 'open.internal' : `open.${result.reason}`, { name: result.name });
      ui.message = result.hint ? `${reason} ${p(FAILURE_HINTS[result.hint])}` : reason;
    }
    core.update();
  };

  const run = (work: () => Promise<Opened | undefined>): void => {
    ui.busy = true;
    core.update();
    pending = work()
      .then((result) => (result ? opened(result) : undefined))
      .catch((error: unknown) => {
        console.error('[editor] opening failed', error);
        ui.message = core.texts.p('open.internal');
      })
      .finally(() => {
        ui.busy = false;
        core.update();
      });
  };

  /** Offers the bytes a spreadsheet function makes as a download; `false` when it fails. */
  const downloadWorkbook = async (
    make: (sheets: Awaited<ReturnType<typeof loadSpreadsheets>>) => Uint8Array,
    name: string,
    format: WorkbookFormat,
  ): Promise<boolean> => {
    try {
      const bytes = make(await loadSpreadsheets());
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: WORKBOOK_TYPES[format] }), name, core.win.document);
      return true;
    } catch (error) {
      console.error('[editor] the spreadsheet could not be written', error);
      return false;
    }
  };

  /** Saves with `write` into the file `name`; the feed is then known by `savedAs` (a spreadsheet leaves its JSON name). */
  const save = async (write: (text: string) => Promise<boolean> | boolean, done: PageKey, failed: PageKey, name = doc.name, savedAs = name): Promise<void> => {
    stampUpdated(doc);
    const ok = await write(doc.text);
    if (ok) doc.saved(savedAs);
    core.say({ text: core.texts.p(ok ? done : failed, { name }) });
    core.update();
  };

  return {
    newFeed() {
      replace({ text: newFeedText(), baseline: '', name: 'feed.json' }, core.texts.p('new.started'));
      ui.handle = undefined;
      ui.view = 'guide';
      ui.step = 0;
      enterStep(core.context(), 0);
      core.focus('guide-heading');
      core.update();
    },
    pickFile: () => run(pickFile),
    openFile: (file) => run(() => openFile(file)),
    openUrl: (input) => run(() => openUrl(input, new URL(core.win.location.href), core.fetch)),
    openText(text) {
      if (!text.trim()) {
        ui.message = core.texts.p('open.text-empty');
        core.update();
        return;
      }
      opened(openText(text, core.texts.p('open.pasted-name')));
    },
    back() {
      ui.view = 'edit';
      core.update();
    },
    repair(text) {
      if (ui.unreadable) ui.unreadable = { ...ui.unreadable, text };
      core.update();
    },
    adoptRepaired() {
      if (ui.unreadable) opened(openText(ui.unreadable.text, ui.unreadable.name));
    },
    dropRepaired() {
      ui.unreadable = undefined;
      core.focus('start-heading');
      core.update();
    },
    async saveWorkbook(format) {
      if (!doc.editable) return;
      const name = doc.name.replace(/\.json$/i, '') + `.${format}`;
      await save(() => downloadWorkbook((s) => s.writeWorkbook(doc.json, format), name, format), 'saved.workbook', 'saved.failed', name, doc.name);
    },
    async template(format) {
      const name = `${core.texts.p('template.file')}.${format}`;
      const ok = await downloadWorkbook((s) => s.writeTemplate(format), name, format);
      core.say({ text: core.texts.p(ok ? 'template.saved' : 'saved.failed', { name }) });
    },
    download: () => void save((text) => (downloadText(text, doc.name, core.win.document), true), 'saved.download', 'saved.failed'),
    async saveToFile() {
      const handle = ui.handle ?? (canWriteFiles(core.win) ? await pickSaveFile(doc.name, core.win) : undefined);
      if (!handle) return;
      ui.handle = handle;
      await save((text) => writeFile(handle, text), 'saved.file', 'saved.file-failed', handle.name || doc.name);
    },
    copy: () => save((text) => copyText(text, core.win.navigator), 'saved.copied', 'saved.copy-failed'),
    discardDraft() {
      const before = doc.state;
      const handle = ui.handle;
      clearDraft(core.storage);
      doc.reset({ text: '', baseline: '', name: 'feed.json' });
      ui.view = 'start';
      ui.sheet = undefined;
      ui.restored = undefined;
      ui.handle = undefined;
      core.say({
        text: core.texts.p('draft.discarded'),
        undo: () => {
          doc.reset(before);
          ui.handle = handle;
          ui.view = 'edit';
          core.say({ text: core.texts.p('replaced.back', { name: before.name }) });
        },
      });
      core.focus('start-heading');
      core.update();
    },
    dropped(files) {
      const file = files?.length === 1 ? files[0] : undefined;
      if (file) run(() => openFile(file));
      else {
        ui.message = core.texts.p('open.not-one');
        ui.view = 'start';
        core.update();
      }
    },
    settled: () => pending,
  };
}

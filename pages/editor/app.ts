/**
 * The feed editor page (`pages/editor.html`): mounts the page, keeps its
 * state, and draws it again after every change. The feed is a text
 * (`FeedDocument`); forms, problems and preview are drawn from it. The
 * draft is kept in this browser's storage after every change; leaving the
 * page with unsaved changes asks first; a file dropped on the page is opened.
 */
import { render } from 'lit';
import type { FeedPath } from '../../src/authoring/field-path.js';
import type { AppCore, Status, UiState } from './app-state.js';
import { clearDraft, loadDraft, storeDraft } from './draft-store.js';
import { editActions } from './edit-actions.js';
import { FeedDocument } from './feed-document.js';
import { feedLanguage } from './feed-values.js';
import { fileActions, type FileActions } from './file-actions.js';
import type { FormContext, ProblemItem } from './form-context.js';
import { pageTemplate } from './layout.js';
import { problemsAt, reportItems } from './problems.js';
import { loadSettings, storeSettings, tilesOf } from './settings.js';
import { textsFor, type PageLang, type Texts } from './texts.js';

export interface EditorOptions {
  readonly lang: PageLang;
  /** Called when the partner picks another page language. */
  readonly onLang?: (lang: PageLang) => void;
  /** Where the draft and the settings are kept (default: this browser's localStorage). */
  readonly storage?: Storage;
  /** Use the browser's file picker where it offers one (default: yes). */
  readonly picker?: boolean;
  /** The fetch for opening addresses (tests pass their own). */
  readonly fetch?: typeof fetch;
}

export interface Editor {
  readonly doc: FeedDocument;
  readonly lang: PageLang;
  setLang(lang: PageLang): void;
  /** Resolves when the opening under way (if any) is done. */
  settled(): Promise<void>;
  readonly files: FileActions;
  dispose(): void;
}

function localStore(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

const pathKey = (path: FeedPath): string => JSON.stringify(path);

export function mountEditor(root: HTMLElement, options: EditorOptions): Editor {
  const win = root.ownerDocument.defaultView ?? window;
  const storage = options.storage ?? localStore(win);
  const draft = loadDraft(storage);
  let texts: Texts = textsFor(options.lang);
  let focusNext: string | undefined;
  let rendering = false;
  let again = false;
  const pendingLangs = new Map<string, string[]>();
  const openPickers = new Set<string>();
  let itemsFor: { check: unknown; lang: PageLang; items: ProblemItem[] } | undefined;

  const ui: UiState = {
    view: draft ? 'edit' : 'start',
    step: 0,
    section: 'feed',
    selected: { projects: 0, organizations: 0, places: 0, offers: 0 },
    preview: { widget: 'card', lang: 'de', project: undefined },
    status: undefined,
    message: undefined,
    unreadable: undefined,
    sheet: undefined,
    busy: false,
    handle: undefined,
    restored: draft?.kept,
    allowedTiles: new Set(),
    settings: loadSettings(storage),
    settingsInvalid: false,
  };

  const doc = new FeedDocument(draft ?? { text: '', baseline: '', name: 'feed.json' }, () => {
    if (doc.text === '') clearDraft(storage);
    else storeDraft(storage, doc.state);
    update();
  });

  const items = (): ProblemItem[] => {
    const check = doc.check;
    if (itemsFor?.check !== check || itemsFor.lang !== texts.lang) itemsFor = { check, lang: texts.lang, items: reportItems(check, texts) };
    return itemsFor.items;
  };

  const context = (): FormContext => {
    const json = doc.json;
    const found = items();
    return {
      texts,
      doc,
      json,
      feedLang: feedLanguage(json),
      settings: ui.settings,
      pendingLangs,
      openPickers,
      set: (path, value, o) => doc.set(path, value, { ...(o?.typing ? { group: pathKey(path) } : {}), insert: o?.insert === true }),
      seal: () => doc.seal(),
      problemsAt: (path, leaf) => problemsAt(found, path, leaf),
      refresh: () => update(),
      announce: (text) => core.say({ text }),
      focusAfterRender: (id) => {
        focusNext = id;
      },
      mapAllowed: ui.allowedTiles.has(tilesOf(ui.settings)?.template ?? ''),
      allowMap: () => {
        const server = tilesOf(ui.settings);
        if (server) ui.allowedTiles.add(server.template);
        update();
      },
    };
  };

  const core: AppCore = {
    doc,
    ui,
    get texts() {
      return texts;
    },
    storage,
    win,
    fetch: options.fetch,
    picker: options.picker !== false && typeof (win as { showOpenFilePicker?: unknown }).showOpenFilePicker === 'function',
    update: () => update(),
    focus: (id) => {
      focusNext = id;
    },
    say: (status: Status | undefined) => {
      ui.status = status;
      update();
    },
    context,
  };
  const files = fileActions(core);
  const edit = editActions(core);

  function update(): void {
    if (rendering) {
      again = true;
      return;
    }
    rendering = true;
    try {
      do {
        again = false;
        root.lang = texts.lang;
        render(
          pageTemplate({
            core,
            files,
            edit,
            ctx: context(),
            items: items(),
            setLang: (event, lang) => {
              event.preventDefault();
              editor.setLang(lang);
            },
            applySettings: (next) => {
              ui.settingsInvalid = next.tiles !== '' && !tilesOf(next);
              ui.settings = next;
              storeSettings(storage, next);
              core.say({ text: texts.p(ui.settingsInvalid ? 'settings.invalid' : 'settings.saved') });
            },
            preview: (next) => {
              ui.preview = { ...ui.preview, ...next };
              update();
            },
          }),
          root,
        );
      } while (again);
    } finally {
      rendering = false;
    }
    const id = focusNext;
    focusNext = undefined;
    if (id) win.document.getElementById(id)?.focus();
  }

  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!doc.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };
  const onDragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    files.dropped(event.dataTransfer.files);
  };
  win.addEventListener('beforeunload', onBeforeUnload);
  win.document.addEventListener('dragover', onDragOver);
  win.document.addEventListener('drop', onDrop);

  const editor: Editor = {
    doc,
    get lang() {
      return texts.lang;
    },
    setLang(lang) {
      if (lang === texts.lang) return;
      texts = textsFor(lang);
      update();
      options.onLang?.(lang);
    },
    settled: () => files.settled(),
    files,
    dispose() {
      win.removeEventListener('beforeunload', onBeforeUnload);
      win.document.removeEventListener('dragover', onDragOver);
      win.document.removeEventListener('drop', onDrop);
      render('', root);
    },
  };
  if (!doc.editable && doc.text !== '') ui.section = 'raw';
  update();
  // The editor works on without a connection once loaded: fetch the preview's three views now, not when first shown.
  // (The map, with Leaflet, still loads only when a map is allowed.)
  win.setTimeout(() => {
    void import('../../src/elements/quartier-card/quartier-card.view.js').catch(() => undefined);
    void import('../../src/elements/partner-list/partner-list.view.js').catch(() => undefined);
    void import('../../src/elements/offer-map/offer-map.view.js').catch(() => undefined);
  }, 0);
  return editor;
}

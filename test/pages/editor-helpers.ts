// Helpers for the feed editor's browser tests: the editor mounted on the test
// page with its own stylesheet and an in-memory storage, keyboard helpers that
// work as a partner does (focus, type, Tab, Enter, Space, arrow keys in a
// select), and the download, caught before it leaves the page.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountEditor, type Editor, type EditorOptions } from '../../pages/editor/app.js';

/** A `Storage` in memory, so that each test starts with its own draft and settings. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** Map tiles from the test server's local route (scripts/wtr-test-tiles.js). */
export const TEST_TILES = '/test-tiles/editor/{z}/{x}/{y}.png';

export const until = (predicate: () => unknown, message: string, timeout = 8000): Promise<void> => waitUntil(predicate, message, { timeout, interval: 25 });

/** Text with bidi isolates removed and white space collapsed. */
export const plain = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export interface Mounted {
  readonly root: HTMLElement;
  readonly editor: Editor;
  readonly storage: MemoryStorage;
  $<E extends HTMLElement = HTMLElement>(selector: string): E;
  byId<E extends HTMLElement = HTMLElement>(id: string): E;
}

const mounted: Mounted[] = [];
let stylesheet: HTMLLinkElement | undefined;

/** Mounts the editor (the page's stylesheet loaded once), with map tiles from the test route unless `storage` says otherwise. */
export async function mount(options: Partial<EditorOptions> & { storage?: MemoryStorage } = {}): Promise<Mounted> {
  if (!stylesheet) {
    stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = '/pages/editor/editor.css';
    const loaded = new Promise((resolve) => stylesheet!.addEventListener('load', resolve, { once: true }));
    document.head.append(stylesheet);
    await loaded;
  }
  const storage = options.storage ?? new MemoryStorage();
  if (!storage.getItem('quartier-editor.settings')) storage.setItem('quartier-editor.settings', JSON.stringify({ tiles: TEST_TILES }));
  const root = document.createElement('div');
  root.className = 'editor';
  document.body.append(root);
  const editor = mountEditor(root, { lang: 'de', picker: false, ...options, storage });
  const m: Mounted = {
    root,
    editor,
    storage,
    $: <E extends HTMLElement>(selector: string) => {
      const found = root.querySelector<E>(selector);
      if (!found) throw new Error(`nothing matches ${selector}`);
      return found;
    },
    byId: <E extends HTMLElement>(id: string) => {
      const found = document.getElementById(id) as E | null;
      if (!found) throw new Error(`no element #${id}`);
      return found;
    },
  };
  mounted.push(m);
  return m;
}

/** Removes every mounted editor (call it in `afterEach`). */
export function unmountAll(): void {
  for (const m of mounted.splice(0)) {
    m.editor.dispose();
    m.root.remove();
  }
}

/** Opens `file` through the start screen's file input, as a partner choosing it would, and waits until it is read. */
export async function chooseFile(m: Mounted, file: File): Promise<void> {
  const input = m.byId<HTMLInputElement>('open-file');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await m.editor.settled();
}

/** Focuses `el` and presses `key` (Enter on a button, Space on a checkbox). */
export async function press(el: HTMLElement, key: string): Promise<void> {
  el.focus();
  await sendKeys({ press: key });
}

/** Focuses a field, types `text` after what is there (selected and replaced with `replace`), then leaves it with Tab. */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, text: string, { replace = false, leave = true } = {}): Promise<void> {
  el.focus();
  if (replace) el.select();
  await sendKeys({ type: text });
  if (leave) await sendKeys({ press: 'Tab' });
}

/** Chooses the option labelled `label` in a select with the arrow keys. */
export async function choose(select: HTMLSelectElement, label: string | RegExp): Promise<void> {
  select.focus();
  const matches = (): boolean => {
    const text = plain(select.selectedOptions[0]?.textContent);
    return typeof label === 'string' ? text === label : label.test(text);
  };
  if (select.selectedIndex > 0 && !matches()) await sendKeys({ press: 'Home' });
  for (let i = 0; i < select.options.length && !matches(); i++) await sendKeys({ press: 'ArrowDown' });
  if (!matches()) throw new Error(`no option ${String(label)} in #${select.id}`);
}

export interface Download {
  readonly name: string;
  /** The media type the page gave it. */
  readonly type: string;
  readonly text: string;
  readonly bytes: Uint8Array;
}

/** The next download the page offers, caught (not saved), with its file name, type, text and bytes. */
export function nextDownload(): Promise<Download> {
  return new Promise((resolve, reject) => {
    const onClick = (event: MouseEvent): void => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      fetch(link.href)
        .then((response) => response.blob())
        .then(async (blob) => {
          const bytes = new Uint8Array(await blob.arrayBuffer());
          resolve({ name: link.download, type: blob.type, text: new TextDecoder().decode(bytes), bytes });
        }, reject);
    };
    document.addEventListener('click', onClick, true);
  });
}

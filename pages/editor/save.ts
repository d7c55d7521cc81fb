/**
 * Saving the feed's text: as a download (`feed.json`, or the name it was
 * opened with), back into the file it was opened from where the browser
 * offers file system access, and to the clipboard (as a spreadsheet:
 * `file-actions.ts`). Before the text leaves,
 * `updated` is set to now — only when the text differs from the one last
 * opened or saved, so that a feed saved unchanged keeps every byte.
 */
import { downloadBlob } from '../download.js';
import type { FeedDocument } from './feed-document.js';

/** Sets `updated` when the feed has unsaved changes (one undo step). */
export function stampUpdated(doc: FeedDocument, now = new Date()): void {
  if (!doc.dirty || !doc.editable) return;
  doc.seal();
  doc.set(['updated'], `${now.toISOString().slice(0, 19)}Z`);
  doc.seal();
}

/** Offers `text` as a download named `name` (UTF-8, JSON). */
export function downloadText(text: string, name: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type: 'application/json;charset=utf-8' }), name, doc);
}

type SavePicker = (options?: unknown) => Promise<FileSystemFileHandle>;

/** Whether this browser can write to files the partner picks (Chromium-based browsers). */
export function canWriteFiles(win: Window = window): boolean {
  return typeof (win as { showSaveFilePicker?: SavePicker }).showSaveFilePicker === 'function';
}

/** Asks where to save; `undefined` when cancelled or not offered. */
export async function pickSaveFile(name: string, win: Window = window): Promise<FileSystemFileHandle | undefined> {
  const picker = (win as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (!picker) return undefined;
  try {
    return await picker({ suggestedName: name, types: [{ description: 'Feed', accept: { 'application/json': ['.json'] } }] });
  } catch {
    return undefined;
  }
}

/** Writes `text` into the file; `false` when the browser or the partner refuses. */
export async function writeFile(handle: FileSystemFileHandle, text: string): Promise<boolean> {
  try {
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return true;
  } catch {
    return false;
  }
}

/** Copies `text` to the clipboard; `false` when the browser refuses. */
export async function copyText(text: string, nav: Navigator = navigator): Promise<boolean> {
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

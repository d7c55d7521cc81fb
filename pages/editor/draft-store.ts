/**
 * The draft, kept in this browser's storage while the partner edits, so
 * that a closed tab or a crash loses nothing: the text, the text as last
 * opened or saved (so the draft knows what is unsaved), the file name and
 * when it was kept. One draft; the page says so and discards it with one
 * click. (The widgets store nothing; this tool runs on the partner's own
 * computer.)
 */
import type { DocumentState } from './feed-document.js';

export interface Draft extends DocumentState {
  /** When it was last kept (ISO date-time). */
  readonly kept: string;
}

export const DRAFT_KEY = 'quartier-editor.draft';

export function loadDraft(storage: Storage | undefined): Draft | undefined {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { text, baseline, name, kept } = raw as Record<string, unknown>;
    if (typeof text !== 'string' || text === '' || typeof baseline !== 'string' || typeof name !== 'string') return undefined;
    return { text, baseline, name, kept: typeof kept === 'string' ? kept : '' };
  } catch {
    return undefined;
  }
}

/** Keeps the draft; `false` when the browser refuses (storage full or off). */
export function storeDraft(storage: Storage | undefined, state: DocumentState, now = new Date()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(DRAFT_KEY, JSON.stringify({ ...state, kept: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage | undefined): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

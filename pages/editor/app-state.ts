/**
 * What the editor page keeps besides the feed's text: which screen and part
 * of the feed is shown, the preview's choices, the last message, an opened
 * text waiting for repair, the check of an opened spreadsheet, the file to save back to, and which tile servers
 * the partner allowed (in memory only). Shared by the page's controller
 * (app.ts), its actions and its layout.
 */
import type { RecordListName } from '../../src/authoring/feed-fields.js';
import type { FeedCheck } from '../../src/checker/check.js';
import type { FeedDocument } from './feed-document.js';
import type { FormContext } from './form-context.js';
import type { Opened } from './open.js';
import type { PreviewState } from './preview.js';
import type { Settings } from './settings.js';
import type { Texts } from './texts.js';

export type Section = 'feed' | RecordListName | 'raw';

export interface Status {
  readonly text: string;
  /** Takes the action back (a deleted record, a replaced feed). */
  readonly undo?: () => void;
}

export interface UiState {
  view: 'start' | 'guide' | 'edit';
  step: number;
  section: Section;
  readonly selected: Record<RecordListName, number>;
  preview: PreviewState;
  status: Status | undefined;
  /** Why the last attempt to open failed. */
  message: string | undefined;
  unreadable: Extract<Opened, { kind: 'unreadable' }> | undefined;
  /** The check of the spreadsheet the feed was opened from (every place a cell), until hidden or another feed is opened. */
  sheet: FeedCheck | undefined;
  busy: boolean;
  /** The file the feed was opened from or saved to, where the browser allows writing to it. */
  handle: FileSystemFileHandle | undefined;
  /** When the draft shown was restored from this browser's storage. */
  restored: string | undefined;
  /** Tile servers the partner allowed on this page. */
  readonly allowedTiles: Set<string>;
  settings: Settings;
  settingsInvalid: boolean;
}

/** What the actions need from the page. */
export interface AppCore {
  readonly doc: FeedDocument;
  readonly ui: UiState;
  readonly texts: Texts;
  readonly storage: Storage | undefined;
  readonly win: Window;
  readonly fetch: typeof fetch | undefined;
  /** Whether the browser's file picker is used to open files. */
  readonly picker: boolean;
  update(): void;
  /** Focuses an element (by id) once the page has been drawn again. */
  focus(id: string): void;
  say(status: Status | undefined): void;
  context(): FormContext;
}

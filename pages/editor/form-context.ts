/**
 * What every part of the form is given: the feed (its text's document and
 * the parsed feed), the page's texts, the problems the checker found, the
 * settings, the state only the page keeps (languages being added, a field
 * being typed into), and the one way to change the feed (`set`). Ids of
 * form controls are made from the path of the value they edit, so a problem
 * (which has a path) finds its field.
 */
import type { FeedPath } from '../../src/authoring/field-path.js';
import type { FeedDocument } from './feed-document.js';
import type { Settings } from './settings.js';
import type { Texts } from './texts.js';

/** A problem or a hint, as the problems panel and the fields show it. */
export interface ProblemItem {
  readonly path: FeedPath;
  /** The sentence (the checker's own). */
  readonly text: string;
  /** `problem`: something the widgets drop; `hint`: a field the format does not know (not an error); `translation`: a missing translation (a gap, not an error). */
  readonly kind: 'problem' | 'hint' | 'translation';
}

export interface FormContext {
  readonly texts: Texts;
  readonly doc: FeedDocument;
  readonly json: unknown;
  /** The language the feed's plain-string texts are in. */
  readonly feedLang: string;
  readonly settings: Settings;
  /** Languages a partner added to a text field that have no text yet, by the field's id. */
  readonly pendingLangs: Map<string, string[]>;
  /** The language pickers the partner has opened, by id (a closed one draws no list of 45 languages). */
  readonly openPickers: Set<string>;
  /** Sets (or with `undefined` removes) a value; `typing` joins it to the last change of the same field; `insert` inserts into a list. */
  set(path: FeedPath, value: unknown, options?: { readonly typing?: boolean; readonly insert?: boolean }): void;
  /** The field was left: the next change is an undo step of its own. */
  seal(): void;
  /** The problems shown at a field: at its path, and (for a field without fields of its own) below it. */
  problemsAt(path: FeedPath, leaf: boolean): readonly ProblemItem[];
  /** Draws the page again (after a change that only the page keeps). */
  refresh(): void;
  /** Says something in the page's live region. */
  announce(message: string): void;
  /** Focuses the control with this id once the page has been drawn again. */
  focusAfterRender(id: string): void;
  /** Whether the partner has allowed the tile server in `settings`. */
  readonly mapAllowed: boolean;
  allowMap(): void;
}

/** The id of the form control for the value at `path`. */
export function fieldId(path: FeedPath, suffix = ''): string {
  return `f-${path.map((step) => String(step).replace(/[^\w-]/g, '_')).join('.')}${suffix ? `~${suffix}` : ''}`;
}

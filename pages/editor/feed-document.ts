/**
 * The feed being edited, as text: the text is the truth, every change is a
 * new text (made by `editFeedText` and friends, so an untouched feed keeps
 * its bytes), and the parsed feed and the checker's report are derived from
 * it when asked. Undo and redo step through texts; a run of changes to one
 * field (typing) is one step until the field is left (`seal`). `baseline` is
 * the text as last opened or saved: the feed has unsaved changes while the
 * text differs from it. No DOM.
 */
import { checkFeed, type FeedCheck } from '../../src/checker/check.js';
import { isRecord } from '../../src/feed/checks.js';
import { editFeedText } from '../../src/authoring/feed-text.js';
import type { FeedPath } from '../../src/authoring/field-path.js';

/** How many steps undo keeps. */
const HISTORY = 200;

export interface DocumentState {
  readonly text: string;
  /** The text as last opened or saved ('' for a new feed never saved). */
  readonly baseline: string;
  /** The file name shown and used for downloads. */
  readonly name: string;
}

export class FeedDocument {
  text: string;
  baseline: string;
  name: string;
  private past: string[] = [];
  private future: string[] = [];
  /** The group of the last change while it may still grow (typing into one field). */
  private openGroup: string | undefined;
  private parsedFor: string | undefined;
  private parsed: unknown;
  private checkedFor: string | undefined;
  private checked: FeedCheck | undefined;

  constructor(
    state: DocumentState,
    /** Called after every change of text, baseline or name. */
    private readonly onChange: () => void = () => undefined,
  ) {
    this.text = state.text;
    this.baseline = state.baseline;
    this.name = state.name;
  }

  /** The parsed text, or `undefined` when it is not JSON. */
  get json(): unknown {
    if (this.parsedFor !== this.text) {
      this.parsedFor = this.text;
      try {
        this.parsed = JSON.parse(this.text.charCodeAt(0) === 0xfeff ? this.text.slice(1) : this.text);
      } catch {
        this.parsed = undefined;
      }
    }
    return this.parsed;
  }

  /** Whether the text is a JSON object the forms can work on. */
  get editable(): boolean {
    return isRecord(this.json);
  }

  /** The checker's report on the text (the same as the checker page's and the command line's). */
  get check(): FeedCheck {
    if (this.checkedFor !== this.text || !this.checked) {
      this.checkedFor = this.text;
      this.checked = checkFeed(this.text, this.name);
    }
    return this.checked;
  }

  get dirty(): boolean {
    return this.text !== this.baseline;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /**
   * Makes `next` the text. A change in the same `group` as the one before it,
   * with no `seal` between, joins that change's undo step.
   */
  change(next: string, group?: string): void {
    if (next === this.text) return;
    const joins = group !== undefined && group === this.openGroup;
    if (!joins) {
      this.past.push(this.text);
      if (this.past.length > HISTORY) this.past.shift();
    }
    this.future = [];
    this.openGroup = group;
    this.text = next;
    this.onChange();
  }

  /** Sets the value at `path` (removes it when `undefined`); `insert` inserts into a list. */
  set(path: FeedPath, value: unknown, options: { readonly group?: string; readonly insert?: boolean } = {}): void {
    if (!this.editable) return;
    this.change(editFeedText(this.text, path, value, { insert: options.insert === true }), options.group);
  }

  /** Ends the current run of changes: the next change is a step of its own. */
  seal(): void {
    this.openGroup = undefined;
  }

  undo(): boolean {
    const previous = this.past.pop();
    if (previous === undefined) return false;
    this.future.push(this.text);
    this.text = previous;
    this.openGroup = undefined;
    this.onChange();
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (next === undefined) return false;
    this.past.push(this.text);
    this.text = next;
    this.openGroup = undefined;
    this.onChange();
    return true;
  }

  /** Another feed: text, baseline and name replaced, history cleared. */
  reset(state: DocumentState): void {
    this.text = state.text;
    this.baseline = state.baseline;
    this.name = state.name;
    this.past = [];
    this.future = [];
    this.openGroup = undefined;
    this.onChange();
  }

  /** The text was saved (under `name`): it is the new baseline. */
  saved(name = this.name): void {
    this.baseline = this.text;
    this.name = name;
    this.openGroup = undefined;
    this.onChange();
  }

  get state(): DocumentState {
    return { text: this.text, baseline: this.baseline, name: this.name };
  }
}

/**
 * Folded sections of a narrow card. A section longer than a phone screen
 * wants (more goals, partners, paragraphs … than it shows folded) marks its
 * later entries with the class `rest`; below the card's two-column width its
 * styles hide them behind a disclosure button ("Weitere anzeigen (3 von 9)",
 * `aria-expanded`, `aria-controls`), and print shows everything. A wide card
 * shows every section whole and no button. Which sections a reader opened is
 * kept here, per element, in memory.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translate.js';

/** A section drawn foldable: `shown` of its `total` entries stay visible when folded. */
export interface Fold {
  readonly total: number;
  readonly shown: number;
}

/**
 * How `total` entries fold when `shown` are to stay visible, or `undefined`
 * when folding would hide fewer than two (a button for one more line saves nothing).
 */
export function foldOf(total: number, shown: number): Fold | undefined {
  return total - shown >= 2 ? { total, shown } : undefined;
}

/** Paragraphs after the first that hold more than this many characters are worth folding. */
const FOLD_TEXT = 200;

/**
 * How a text of paragraphs of these lengths folds: after its first
 * paragraph, when the rest is two paragraphs or one of several lines.
 */
export function foldOfText(lengths: readonly number[]): Fold | undefined {
  const rest = lengths.slice(1);
  return rest.length >= 2 || rest.some((n) => n > FOLD_TEXT) ? { total: lengths.length, shown: 1 } : undefined;
}

/** The index from which entries are hidden when folded (`Infinity`: none). */
export const restFrom = (fold: Fold | undefined): number => fold?.shown ?? Infinity;

/** `rest` for the entries a folded section hides. */
export const restClass = (i: number, fold: Fold | undefined): string | typeof nothing => (i >= restFrom(fold) ? 'rest' : nothing);

const opened = new WeakMap<ReactiveElement, Set<string>>();

/** Whether the reader opened the section `key` of `host`. */
export function isOpen(host: ReactiveElement, key: string): boolean {
  return opened.get(host)?.has(key) ?? false;
}

/**
 * A foldable section's body (`<div id=bodyId>`) and the disclosure button
 * under it, in one template. The focus stays on the button; after folding,
 * the button is scrolled into view, since the text above it went away.
 */
export function foldedBody(host: ReactiveElement, key: string, bodyId: string, body: unknown, fold: Fold, t: Translate): TemplateResult {
  const open = isOpen(host, key);
  const toggle = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLButtonElement;
    let keys = opened.get(host);
    if (!keys) opened.set(host, (keys = new Set()));
    if (open) keys.delete(key);
    else keys.add(key);
    host.requestUpdate();
    await host.updateComplete;
    if (open) button.scrollIntoView({ block: 'nearest' });
  };
  return html`<div class="fold-body" id=${bodyId}>${body}</div><button
      type="button"
      class="more fold-toggle"
      part="fold"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${bodyId}
      @click=${toggle}
      .textContent=${open ? t('card.fold.less') : t('more.show', { shown: fold.shown, total: fold.total })}
    ></button>`;
}

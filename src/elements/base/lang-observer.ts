/**
 * One page-wide observer of `lang` attributes, so that an element follows a
 * language change on <html> or any ancestor without each element watching
 * the whole document; and the reader's choice in a language switch, which
 * every element on the page follows (kept in memory only).
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;
let chosen: string | undefined;

/** The language the reader chose in a switch, if any. */
export function chosenLanguage(): string | undefined {
  return chosen;
}

/** The reader's choice: every element on the page speaks `tag` from now on (`undefined`: the page's `lang` again). */
export function chooseLanguage(tag: string | undefined): void {
  chosen = tag || undefined;
  listeners.forEach((l) => l());
}

/** Calls `listener` whenever any `lang` attribute in the document changes; returns the unsubscribe. */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

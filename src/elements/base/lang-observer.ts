/**
 * One page-wide observer of `lang` attributes, so that an element follows a
 * language change on <html> or any ancestor without each element watching
 * the whole document; and the broadcast of the reader's choice in a language
 * switch, which every element on the page follows. The choice itself is held
 * by each element's locale controller (in memory only), not here: an element
 * that arrives takes the choice of those already on the page.
 */

/** An element's locale: told of every change of a `lang` attribute and of the reader's choice, which it holds. */
export interface LangFollower {
  /** The reader's choice in a language switch on the page, if any. */
  chosen?: string | undefined;
  /** Re-reads the language. */
  refresh(): void;
}

const followers = new Set<LangFollower>();
let observer: MutationObserver | undefined;

/** The reader's choice: every element on the page speaks `tag` from now on (`undefined`: the page's `lang` again). */
export function chooseLanguage(tag: string | undefined): void {
  for (const follower of followers) {
    follower.chosen = tag || undefined;
    follower.refresh();
  }
}

/**
 * Gives `follower` the choice the elements on the page hold now, and tells
 * it now and on every change of a `lang` attribute in the document or of the
 * reader's choice.
 */
export function followLang(follower: LangFollower): void {
  for (const other of followers) follower.chosen = other.chosen;
  followers.add(follower);
  if (!observer) {
    observer = new MutationObserver(() => followers.forEach((f) => f.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  follower.refresh();
}

/** Stops telling `follower` (the observer stops with the last one). */
export function unfollowLang(follower: LangFollower): void {
  followers.delete(follower);
  if (!followers.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

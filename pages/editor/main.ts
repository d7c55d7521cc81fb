/**
 * The feed editor page's entry (`pages/editor.html`, built to
 * `dist/editor.html`): reads the language from the address (`?lang=en`;
 * German by default), mounts the editor, and keeps `<html>`, the title and
 * the address in step when the partner switches language.
 */
import { mountEditor } from './app.js';
import { isPageLang, pageMessages, type PageLang } from './texts.js';

const root = document.getElementById('editor');
const requested = new URLSearchParams(location.search).get('lang');
const lang: PageLang = isPageLang(requested) ? requested : 'de';

function applyLang(next: PageLang, replace: boolean): void {
  document.documentElement.lang = next;
  document.documentElement.dir = 'ltr';
  document.title = String(pageMessages[next]['page.title']);
  if (replace) {
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
  }
}

if (root) {
  applyLang(lang, false);
  mountEditor(root, { lang, onLang: (next) => applyLang(next, true) });
}

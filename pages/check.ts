/**
 * The feed checker page's entry (`pages/check.html`, built to
 * `dist/check.html`): reads the language from the address (`?lang=en`,
 * `?lang=ar`; German by default), mounts the checker, and keeps `<html>`,
 * the title and the address in step when the reader switches language.
 */
import { isPageLang, mountChecker } from './check-app.js';
import { pageMessages, type PageLang } from './check-texts.js';

const root = document.getElementById('checker');
const requested = new URLSearchParams(location.search).get('lang');
const lang: PageLang = isPageLang(requested) ? requested : 'de';

function applyLang(next: PageLang, replace: boolean): void {
  document.documentElement.lang = next;
  document.documentElement.dir = next === 'ar' ? 'rtl' : 'ltr';
  document.title = String(pageMessages[next]['page.title']);
  if (replace) {
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
  }
}

if (root) {
  applyLang(lang, false);
  mountChecker(root, { lang, onLang: (next) => applyLang(next, true) });
}

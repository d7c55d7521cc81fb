/**
 * The feed checker page's entry (`pages/check.html`, built to
 * `dist/check.html`): reads the language from the address (`?lang=en`,
 * `?lang=ar`; German by default), mounts the checker, and keeps `<html>`,
 * the title and the address in step when the reader switches language.
 */
import { isPageLang, mountChecker } from './check-app.js';
import { pageMessages } from './check-texts.js';
import { pageLanguage } from './page-lang.js';

const root = document.getElementById('checker');
const { lang, apply } = pageLanguage({ isLang: isPageLang, fallback: 'de', title: (l) => String(pageMessages[l]['page.title']), rtl: ['ar'] });

if (root) {
  root.querySelector('[data-page-loading]')?.remove();
  apply(lang, false);
  mountChecker(root, { lang, onLang: (next) => apply(next, true) });
}

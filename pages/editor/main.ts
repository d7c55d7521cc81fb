/**
 * The feed editor page's entry (`pages/editor.html`, built to
 * `dist/editor.html`): reads the language from the address (`?lang=en`;
 * German by default), mounts the editor, and keeps `<html>`, the title and
 * the address in step when the partner switches language.
 */
import { pageLanguage } from '../page-lang.js';
import { mountEditor } from './app.js';
import { isPageLang, pageMessages } from './texts.js';

const root = document.getElementById('editor');
const { lang, apply } = pageLanguage({ isLang: isPageLang, fallback: 'de', title: (l) => String(pageMessages[l]['page.title']) });

if (root) {
  root.querySelector('[data-page-loading]')?.remove();
  apply(lang, false);
  mountEditor(root, { lang, onLang: (next) => apply(next, true) });
}

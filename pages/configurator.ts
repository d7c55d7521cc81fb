/**
 * configurator.html's script. The feed field starts with the Seesen sample
 * feed, shipped beside the page (a file of its own in pages-assets/), so the
 * preview shows a working widget at once and the status says it is an
 * example. From the sources (`npm start`: this module is served as `.ts`)
 * the bundle folder is this server's `/dist/`, and a note says that pasted
 * code needs the built bundle; built (dist/configurator.html, next to
 * quartier-widgets.js) it is the page's own. `?lang=en|ar` opens the page in
 * English or Arabic, `?src=…` with another feed URL filled in.
 */
// Never inlined as a data: URL (the widgets read feeds from http(s) only).
import sampleFeed from '../data/seesen-lena.json?url&no-inline';
import { startConfigurator } from './configurator-app.js';
import { isUiLang } from './configurator-texts.js';

const fromSources = new URL(import.meta.url).pathname.endsWith('.ts');
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const root = document.querySelector<HTMLElement>('[data-configurator]');

const sample = new URL(sampleFeed, location.href).href;

if (root) {
  startConfigurator({
    root,
    fromSources,
    sample,
    uiLang: isUiLang(lang) ? lang : 'de',
    defaults: {
      src: params.get('src') ?? sample,
      base: fromSources ? new URL('/dist/', location.href).href : new URL('./', location.href).href,
    },
  });
}

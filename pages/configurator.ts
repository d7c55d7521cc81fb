/**
 * configurator.html's script. From the sources (`npm start`: this module is
 * served as `.ts`) the feed field starts with the sample feed and the bundle
 * folder with this server's `/dist/`, and a note says that pasted code needs
 * the built bundle. Built (dist/configurator.html, next to
 * quartier-widgets.js) the feed field starts empty and the bundle folder is
 * the page's own. `?lang=en|ar` opens the page in English or Arabic,
 * `?src=…` with a feed URL filled in.
 */
import { startConfigurator } from './configurator-app.js';
import { isUiLang } from './configurator-texts.js';

const fromSources = new URL(import.meta.url).pathname.endsWith('.ts');
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const root = document.querySelector<HTMLElement>('[data-configurator]');

if (root) {
  startConfigurator({
    root,
    fromSources,
    uiLang: isUiLang(lang) ? lang : 'de',
    defaults: {
      src: params.get('src') ?? (fromSources ? new URL('/data/seesen-lena.json', location.href).href : ''),
      base: fromSources ? new URL('/dist/', location.href).href : new URL('./', location.href).href,
    },
  });
}

/**
 * The demo pages' script (the widgets themselves need none of it):
 * - language (de, en, ar) and theme switches, read from and written to the
 *   address (`?lang=ar&theme=city`), nothing stored anywhere else;
 * - the page's own texts in the chosen language, and `dir` for Arabic;
 * - feeds given as the `.feed` property (`data-feed="…"`), the copy button,
 *   the `quartier-select` log, the page-wide map consent buttons, and
 *   `?only=<group>` for screenshots.
 */
import { setMapConsent, type QuartierElement } from '../src/index.js';
import { exampleFeed, feeds } from './feeds.js';
import { CODE, DEMO_TABLES, deDemo, type DemoLang } from './texts.js';

const LANGS: readonly DemoLang[] = ['de', 'en', 'ar'];
const THEMES = ['city', 'welfare', 'cooperative', 'dark'] as const;
type Theme = (typeof THEMES)[number] | '';

const params = new URLSearchParams(location.search);
const root = document.documentElement;

function isLang(value: string | null): value is DemoLang {
  return LANGS.includes(value as DemoLang);
}

function isTheme(value: string | null): value is Theme {
  return value === '' || THEMES.includes(value as (typeof THEMES)[number]);
}

let lang: DemoLang = isLang(params.get('lang')) ? (params.get('lang') as DemoLang) : 'de';
let theme: Theme = isTheme(params.get('theme')) ? (params.get('theme') as Theme) : '';

/** The German originals of translated elements (their child nodes) and labels, to switch back to. */
const german = new WeakMap<Element, Node[]>();
const germanLabels = new WeakMap<Element, string>();

function t(key: string): string {
  if (lang === 'de') return '';
  const text = (DEMO_TABLES[lang] as Readonly<Record<string, string | undefined>>)[key];
  if (text === undefined) console.warn(`[demo] no translation for "${key}"`);
  return text ?? '';
}

/** A translated text as nodes: each `{name}` placeholder becomes `<code>` with its code, the rest text (never HTML). */
function toNodes(text: string): Node[] {
  return text.split(/\{(\w+)\}/).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = (CODE as Readonly<Record<string, string | undefined>>)[part] ?? `{${part}}`;
    return code;
  });
}

function translatePage(): void {
  for (const el of document.querySelectorAll('[data-i18n]')) {
    if (!german.has(el))
      german.set(
        el,
        [...el.childNodes].map((node) => node.cloneNode(true)),
      );
    const text = t(el.getAttribute('data-i18n')!);
    el.replaceChildren(...(text ? toNodes(text) : german.get(el)!.map((node) => node.cloneNode(true))));
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    if (!germanLabels.has(el)) germanLabels.set(el, el.getAttribute('aria-label') ?? '');
    el.setAttribute('aria-label', t(el.getAttribute('data-i18n-label')!) || germanLabels.get(el)!);
  }
}

function message(key: keyof typeof deDemo): string {
  return t(key) || deDemo[key];
}

function applyLang(): void {
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  // The widgets read the nearest ancestor's lang; the wrapper says it explicitly.
  for (const wrapper of document.querySelectorAll('[data-widgets]')) wrapper.setAttribute('lang', lang);
  translatePage();
}

let themeLink: HTMLLinkElement | undefined;

function applyTheme(): void {
  root.dataset.theme = theme || 'default';
  if (!theme) {
    themeLink?.remove();
    themeLink = undefined;
    return;
  }
  if (!themeLink) {
    themeLink = document.createElement('link');
    themeLink.rel = 'stylesheet';
    document.head.append(themeLink);
  }
  themeLink.href = new URL(`./themes/${theme}.css`, import.meta.url).href;
}

function writeAddress(): void {
  params.set('lang', lang);
  if (theme) params.set('theme', theme);
  else params.delete('theme');
  history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
}

/** An element with attributes and children (the demo builds its chrome as DOM, never from HTML strings). */
function el(tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The language and theme switches, the same on every demo page (German texts; translatePage does the rest). */
function buildSwitches(form: HTMLFormElement): void {
  const languages: Array<[DemoLang, string]> = [
    ['de', 'Deutsch'],
    ['en', 'English'],
    ['ar', 'العربية'],
  ];
  const themes: Array<[Theme, string]> = [
    ['', 'Standard'],
    ['city', 'Stadt'],
    ['welfare', 'Wohlfahrtsverband'],
    ['cooperative', 'Wohnungsgenossenschaft'],
    ['dark', 'Dunkel'],
  ];
  form.replaceChildren(
    el(
      'fieldset',
      {},
      el('legend', { 'data-i18n': 'switch.lang' }, 'Sprache'),
      ...languages.map(([value, name]) => el('label', { lang: value }, el('input', { type: 'radio', name: 'lang', value }), ` ${name}`)),
    ),
    el(
      'label',
      { class: 'theme-switch' },
      el('span', { 'data-i18n': 'switch.theme' }, 'Gestaltung'),
      el('select', { name: 'theme' }, ...themes.map(([value, name]) => el('option', { value, 'data-i18n': `theme.${value || 'default'}` }, name))),
    ),
  );
}

function setUpSwitches(): void {
  const form = document.querySelector<HTMLFormElement>('[data-switches]');
  if (!form) return;
  const langInputs = form.querySelectorAll<HTMLInputElement>('input[name="lang"]');
  const themeSelect = form.querySelector<HTMLSelectElement>('select[name="theme"]');
  for (const input of langInputs) input.checked = input.value === lang;
  if (themeSelect) themeSelect.value = theme;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const checked = form.querySelector<HTMLInputElement>('input[name="lang"]:checked');
    if (checked && isLang(checked.value)) lang = checked.value;
    if (themeSelect && isTheme(themeSelect.value)) theme = themeSelect.value;
    applyLang();
    applyTheme();
    writeAddress();
  });
}

function setUpCopy(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const source = document.getElementById(button.dataset.copy!);
    const status = button.parentElement?.querySelector('[data-copy-status]');
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(source.textContent ?? '').then(
        () => {
          if (status) status.textContent = message('embed.copied');
        },
        () => {
          if (status) status.textContent = message('embed.copy-failed');
          getSelection()?.selectAllChildren(source);
        },
      );
    });
  }
}

async function setUpFeeds(): Promise<void> {
  const elements = document.querySelectorAll<HTMLElement>('[data-feed]');
  await Promise.all([...new Set([...elements].map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  for (const el of elements) {
    const feed = feeds[el.dataset.feed!];
    if (feed) (el as QuartierElement<unknown>).feed = feed;
  }
}

function setUpEventLog(): void {
  const out = document.querySelector<HTMLOutputElement>('[data-event-log]');
  document.addEventListener('quartier-select', (event) => {
    const { detail, target } = event as CustomEvent<{ type: string; id: string }>;
    if (out) out.value = `${detail.type}: ${detail.id}`;
    // The made-up organisations do not exist: stay on the page.
    if ((target as QuartierElement<unknown> | null)?.feed === exampleFeed) event.preventDefault();
  });
}

/** A card and a map side by side (`data-linked`): what the reader picks in the card, the map shows. */
function setUpLinked(): void {
  for (const group of document.querySelectorAll<HTMLElement>('[data-linked]')) {
    group.addEventListener('quartier-select', (event) => {
      const { detail, target } = event as CustomEvent<{ type: string; id: string }>;
      const map = group.querySelector('offer-map');
      if (map && target !== map && (detail.type === 'place' || detail.type === 'offer')) map.select(detail.type, detail.id);
    });
  }
}

/** The consent buttons do what a site's consent manager would: one page-wide call. */
function setUpConsent(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-consent]')) {
    button.addEventListener('click', () => setMapConsent(button.dataset.consent === 'true'));
  }
}

/** `?only=seesen` (any `data-group`) shows one group, for screenshots. */
function showOnly(): void {
  const only = params.get('only');
  if (!only) return;
  for (const group of document.querySelectorAll<HTMLElement>('[data-group]')) group.hidden = group.dataset.group !== only;
}

const switches = document.querySelector<HTMLFormElement>('[data-switches]');
if (switches) buildSwitches(switches);
applyLang();
applyTheme();
setUpSwitches();
setUpCopy();
setUpEventLog();
setUpConsent();
setUpLinked();
showOnly();
void setUpFeeds();

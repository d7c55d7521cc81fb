/**
 * The configurator's behaviour, on the markup of configurator.html: reads
 * the form into one option object (configurator-snippets.ts), loads the feed
 * with the kit's own loader and validator to list its projects, shows the
 * real element as the preview and the three snippets made from the same
 * options, copies them, and switches the page's texts between German,
 * English and Arabic. Builds every node with the DOM (never from HTML
 * strings) and styles only through CSSOM, so the page runs under a strict
 * CSP with Trusted Types.
 */
import '../src/quartier-widgets.js';
import { chooseLanguage, chosenLanguage } from '../src/elements/base/lang-observer.js';
import { switchLanguages } from '../src/elements/base/language-switch.js';
import { clearFeedCache } from '../src/feed/load-feeds.js';
import { loadFeeds, parseSrc, type LoadResult } from '../src/feed/pipeline.js';
import { isFeedError } from '../src/feed/errors.js';
import { pickText } from '../src/feed/text.js';
import type { Project } from '../src/feed/types.js';
import { describeFeedError, fromFeed } from '../src/i18n/feed-messages.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import type { MessageKey } from '../src/i18n/messages.js';
import {
  CHOICES,
  DEFAULT_HEADING_LEVEL,
  TOKENS,
  WIDGETS,
  choiceOf,
  createPreview,
  crossOriginScript,
  defaultOptions,
  divSnippet,
  elementSnippet,
  iframeSnippet,
  isSwitchMode,
  isValidToken,
  isWidgetLang,
  languagesValue,
  themeCss,
  themeDeclarations,
  widgetAttributes,
  type ConfigOptions,
  type TokenKey,
  type Widget,
  type WidgetLang,
} from './configurator-snippets.js';
import { iframeTitle, isTextKey, isUiLang, kitTranslator, text, type TextKey, type UiLang } from './configurator-texts.js';

export type SnippetKind = 'element' | 'div' | 'iframe' | 'css';

export interface ConfiguratorSetup {
  /** The element holding the configurator's markup (`[data-configurator]`). */
  readonly root: HTMLElement;
  /** Starting values: the feed URL, the bundle folder, … */
  readonly defaults?: Partial<ConfigOptions>;
  /** The page's language (default German). */
  readonly uiLang?: UiLang;
  /** The page runs from the sources (`npm start`): say that pasted code needs the built bundle. */
  readonly fromSources?: boolean;
  /** The address of the sample feed the page starts with, so that its status can say it is an example. */
  readonly sample?: string;
  /** The address relative URLs are resolved against (default: the page's). */
  readonly pageUrl?: string;
  /** Puts text on the clipboard (default: the Clipboard API). */
  readonly copy?: (text: string) => Promise<void>;
}

/** A status line that can be written again in another language. */
type Status = (lang: UiLang) => string;

const isWidget = (value: string): value is Widget => (WIDGETS as readonly string[]).includes(value);

/** A text with `` `…` `` parts as nodes: those become `<code>`, the rest text (never HTML). */
function toNodes(doc: Document, value: string): Node[] {
  return value.split('`').map((part, i) => {
    if (i % 2 === 0) return doc.createTextNode(part);
    const code = doc.createElement('code');
    code.textContent = part;
    return code;
  });
}

/** `#rgb` / `#rrggbb` (any case) as `#rrggbb`, or `undefined`. */
function hexColor(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return undefined;
}

async function clipboardCopy(value: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
  await navigator.clipboard.writeText(value);
}

export class Configurator {
  readonly root: HTMLElement;
  readonly doc: Document;
  readonly pageUrl: string;
  uiLang: UiLang;
  /** The options the preview and the snippets were last made from. */
  options: ConfigOptions;
  /** The loaded feed, when it could be read. */
  feed: LoadResult | undefined;
  /** Settles when the current feed request has been answered (loaded or failed). */
  feedLoaded: Promise<void> = Promise.resolve();

  private readonly form: HTMLFormElement;
  private readonly srcInput: HTMLInputElement;
  private readonly projectSelect: HTMLSelectElement;
  private readonly projectManual: HTMLInputElement;
  private readonly previewBox: HTMLElement;
  private readonly sheet = new CSSStyleSheet();
  private readonly copyText: (text: string) => Promise<void>;
  private readonly probe: HTMLElement;
  private committedSrc = '';
  private readonly sample: string | undefined;
  private feedFailed = false;
  /** A feed request is under way: the preview waits for it, so that it never shows a project of the previous feed. */
  private feedLoading = false;
  private feedStatus: Status = (lang) => text('feed.none', lang);
  private previewKey = '';
  private previewEl: HTMLElement | undefined;
  private loadController: AbortController | undefined;
  private readonly copyTimers = new Map<string, number>();

  constructor(setup: ConfiguratorSetup) {
    this.root = setup.root;
    this.doc = setup.root.ownerDocument;
    this.pageUrl = setup.pageUrl ?? this.doc.location.href;
    this.sample = setup.sample;
    this.uiLang = setup.uiLang ?? 'de';
    this.copyText = setup.copy ?? clipboardCopy;
    this.form = this.$<HTMLFormElement>('[data-form]');
    this.srcInput = this.$<HTMLInputElement>('input[name="src"]');
    this.projectSelect = this.$<HTMLSelectElement>('select[name="project"]');
    this.projectManual = this.$<HTMLInputElement>('input[name="project-manual"]');
    this.previewBox = this.$('[data-preview]');
    this.$('[data-dev-note]').hidden = !setup.fromSources;

    // A hidden probe turns any CSS colour into rgb() for the colour pickers.
    this.probe = this.doc.createElement('span');
    this.probe.hidden = true;
    this.root.append(this.probe);

    this.buildChecks('roles', CHOICES.roles.values, 'role');
    this.buildChecks('types', CHOICES.types.values, 'orgType');
    this.buildChecks('categories', CHOICES.categories.values, 'category');
    for (const name of ['variant', 'layout', 'consent', 'heading-level'] as const) this.buildChoices(name, CHOICES[name].values);
    this.buildLanguages();
    this.buildTokens();

    this.options = defaultOptions(setup.defaults);
    this.writeForm(this.options);
    this.committedSrc = this.options.src;

    // The preview takes its colours from the very CSS text the snippets carry.
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];

    this.listen();
    this.setUiLang(this.uiLang);
    if (this.committedSrc.trim()) this.loadFeed();
    else this.update();
  }

  private $<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`[configurator] missing ${selector}`);
    return found;
  }

  private $$<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  private input(name: string): HTMLInputElement {
    return this.$<HTMLInputElement>(`[name="${name}"]`);
  }

  // ---- building the form ----

  /** `<label><input type name value> …</label>`: one checkbox or radio with its name. */
  private inputLabel(type: 'checkbox' | 'radio', name: string, value: string, ...names: Node[]): HTMLLabelElement {
    const label = this.doc.createElement('label');
    const input = this.doc.createElement('input');
    input.type = type;
    input.name = name;
    input.value = value;
    label.append(input, ...names.flatMap((node) => [' ', node]));
    return label;
  }

  /** An element of `tag` with `text` in it. */
  private textElement<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
    const el = this.doc.createElement(tag);
    el.textContent = text;
    return el;
  }

  private buildChecks(name: string, values: readonly string[], labelPrefix: string): void {
    const box = this.$(`[data-options="${name}"]`);
    box.replaceChildren(
      ...values.map((value) => {
        const kitName = this.doc.createElement('span');
        kitName.dataset.kit = `${labelPrefix}.${value}`;
        return this.inputLabel('checkbox', name, value, kitName, this.textElement('code', value));
      }),
    );
  }

  /**
   * The radios or options of a closed set, from the widget's spec, into the
   * element marked `[data-choices]` (a fieldset of radios or a select): each
   * named by the page's text `<name>.<value>`, or by the value itself when
   * the page has no text for it (yet).
   */
  private buildChoices(name: string, values: readonly string[]): void {
    const box = this.$(`[data-choices="${name}"]`);
    /** Named by the page's text for the value (filled in by setUiLang), or by the value. */
    const named = <E extends HTMLElement>(el: E, value: string): E => {
      const key = `${name}.${value}`;
      if (isTextKey(key)) el.dataset.t = key;
      else el.textContent = value;
      return el;
    };
    if (box instanceof HTMLSelectElement) {
      box.replaceChildren(
        ...values.map((value) => {
          const option = named(this.doc.createElement('option'), value);
          option.value = value;
          return option;
        }),
      );
      return;
    }
    box.querySelectorAll(':scope > label').forEach((old) => old.remove());
    box.append(
      ...values.map((value) => this.inputLabel('radio', name, value, named(this.doc.createElement(isTextKey(`${name}.${value}`) ? 'span' : 'code'), value))),
    );
  }

  /**
   * The kit's languages, each named in itself (with its `lang`): as options of
   * the widget's language (after "as the page") and as the checkboxes of the
   * language switch.
   */
  private buildLanguages(): void {
    const select = this.$<HTMLSelectElement>('select[data-langs]');
    select.replaceChildren(
      ...[...select.options].filter((o) => o.value === ''),
      ...LANGUAGES.map((language) => {
        const option = this.doc.createElement('option');
        option.value = language.tag;
        option.lang = language.tag;
        option.textContent = language.name;
        return option;
      }),
    );
    this.$('[data-options="switch-languages"]').replaceChildren(
      ...LANGUAGES.map((language) => {
        const name = this.textElement('span', language.name);
        name.lang = language.tag;
        return this.inputLabel('checkbox', 'switch-languages', language.tag, name, this.textElement('code', language.tag));
      }),
    );
  }

  private buildTokens(): void {
    const box = this.$('[data-tokens]');
    box.replaceChildren(
      ...TOKENS.map((token) => {
        const id = `cfg-token-${token.key}`;
        const row = this.doc.createElement('div');
        row.className = 'token';
        const label = this.doc.createElement('label');
        label.htmlFor = id;
        label.dataset.t = `token.${token.key}`;
        const line = this.doc.createElement('div');
        line.className = 'row';
        const field = this.doc.createElement('input');
        field.type = 'text';
        field.id = id;
        field.name = `token-${token.key}`;
        field.spellcheck = false;
        field.dir = 'ltr';
        field.autocomplete = 'off';
        if (token.fallback) field.placeholder = token.fallback;
        field.setAttribute('aria-describedby', 'cfg-theme-hint');
        line.append(field);
        if (token.kind === 'color') {
          const pick = this.doc.createElement('input');
          pick.type = 'color';
          pick.value = token.fallback;
          pick.dataset.pick = token.key;
          line.append(pick);
        }
        const invalid = this.doc.createElement('p');
        invalid.className = 'invalid';
        invalid.id = `${id}-invalid`;
        invalid.dataset.t = 'token.invalid';
        invalid.hidden = true;
        row.append(label, line, invalid);
        return row;
      }),
    );
  }

  // ---- form ⇄ options ----

  private writeForm(o: ConfigOptions): void {
    this.srcInput.value = o.src;
    this.checkRadio('widget', o.widget);
    this.checkRadio('variant', o.variant);
    this.checkRadio('consent', o.consent);
    this.$<HTMLSelectElement>('select[name="lang"]').value = o.lang;
    this.checkRadio('language-switch', o.languageSwitch);
    for (const box of this.$$<HTMLInputElement>('input[name="switch-languages"]')) box.checked = o.switchLanguages.includes(box.value);
    this.$<HTMLSelectElement>('select[name="layout"]').value = o.layout;
    this.$<HTMLSelectElement>('select[name="heading-level"]').value = String(o.headingLevel);
    this.input('debug').checked = o.debug;
    this.input('inline-style').checked = o.inlineStyle;
    this.input('tiles').value = o.tiles;
    this.input('attribution').value = o.attribution;
    this.input('href').value = o.href;
    this.input('base').value = o.base;
    this.input('site').value = o.site;
    this.projectManual.value = o.project;
    for (const [name, values] of [['roles', o.roles], ['types', o.types], ['categories', o.categories]] as const) {
      for (const box of this.$$<HTMLInputElement>(`input[name="${name}"]`)) box.checked = values.includes(box.value);
    }
    for (const token of TOKENS) this.input(`token-${token.key}`).value = o.theme[token.key] ?? '';
    this.syncPickers();
  }

  private checkRadio(name: string, value: string): void {
    for (const radio of this.$$<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
  }

  private radio(name: string): string {
    return this.root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  }

  private checked(name: string): string[] {
    return this.$$<HTMLInputElement>(`input[name="${name}"]:checked`).map((box) => box.value);
  }

  /** The options as the form says now (the feed URL as last committed). */
  readForm(): ConfigOptions {
    const widgetValue = this.radio('widget');
    const widget: Widget = isWidget(widgetValue) ? widgetValue : 'card';
    const langValue = this.$<HTMLSelectElement>('select[name="lang"]').value;
    const lang: WidgetLang = isWidgetLang(langValue) ? langValue : '';
    const switchMode = this.radio('language-switch');
    const project = this.feed ? this.projectSelect.value : this.feedFailed ? this.projectManual.value.trim() : this.options.project;
    const theme: Partial<Record<TokenKey, string>> = {};
    for (const token of TOKENS) {
      const value = this.input(`token-${token.key}`).value.trim();
      if (value) theme[token.key] = value;
    }
    const o = defaultOptions({
      widget,
      src: this.committedSrc.trim(),
      project,
      lang,
      languageSwitch: isSwitchMode(switchMode) ? switchMode : 'none',
      switchLanguages: this.checked('switch-languages'),
      variant: choiceOf(CHOICES.variant, this.radio('variant')),
      layout: choiceOf(CHOICES.layout, this.$<HTMLSelectElement>('select[name="layout"]').value),
      roles: this.checked('roles'),
      types: this.checked('types'),
      categories: this.checked('categories'),
      consent: choiceOf(CHOICES.consent, this.radio('consent')),
      tiles: this.input('tiles').value,
      attribution: this.input('attribution').value,
      href: this.input('href').value,
      headingLevel: Number(this.$<HTMLSelectElement>('select[name="heading-level"]').value) || DEFAULT_HEADING_LEVEL,
      debug: this.input('debug').checked,
      theme,
      inlineStyle: this.input('inline-style').checked,
      base: this.input('base').value,
      site: this.input('site').value,
    });
    o.title = iframeTitle(widget, this.projectName(o.project, lang || 'de'), lang);
    return o;
  }

  private projectName(id: string, lang: string): string {
    const project = this.feed?.feed.projects.find((p) => p.id === id);
    if (!project) return id;
    return pickText(project.shortName ?? project.name, lang)?.text ?? id;
  }

  // ---- events ----

  private listen(): void {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.committedSrc = this.srcInput.value;
      this.loadFeed({ reload: true });
    });
    this.form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target === this.srcInput) return; // committed on change (Enter, leaving the field) or with the button
      if (target.dataset.pick) this.input(`token-${target.dataset.pick}`).value = target.value;
      else if (target.name.startsWith('token-')) this.syncPickers();
      this.update();
    });
    this.form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target === this.srcInput) {
        if (this.srcInput.value.trim() !== this.committedSrc.trim()) {
          this.committedSrc = this.srcInput.value;
          this.loadFeed();
        }
        return;
      }
      if (target.name === 'widget') this.renderProjects();
      this.update();
    });
    this.$('[data-theme-reset]').addEventListener('click', () => {
      for (const token of TOKENS) this.input(`token-${token.key}`).value = '';
      this.syncPickers();
      this.update();
    });
    for (const radio of this.$$<HTMLInputElement>('input[name="ui-lang"]')) {
      radio.addEventListener('change', () => {
        if (radio.checked && isUiLang(radio.value)) this.setUiLang(radio.value);
      });
    }
    for (const button of this.$$<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', () => void this.copy(button.dataset.copy as SnippetKind));
    }
  }

  /** Colour pickers follow their text fields; invalid values are marked. */
  private syncPickers(): void {
    for (const token of TOKENS) {
      const field = this.input(`token-${token.key}`);
      const value = field.value.trim();
      const valid = !value || isValidToken(token.key, value);
      const message = this.$(`#cfg-token-${token.key}-invalid`);
      message.hidden = valid;
      if (valid) field.removeAttribute('aria-invalid');
      else field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', valid ? 'cfg-theme-hint' : `${message.id} cfg-theme-hint`);
      const pick = this.root.querySelector<HTMLInputElement>(`[data-pick="${token.key}"]`);
      if (!pick) continue;
      const hex = !value ? token.fallback : valid ? this.toHex(value) : undefined;
      if (hex) pick.value = hex;
    }
  }

  /** Any CSS colour as `#rrggbb` (through the browser's own parser), or `undefined`. */
  private toHex(value: string): string | undefined {
    const direct = hexColor(value);
    if (direct) return direct;
    this.probe.style.color = '';
    this.probe.style.color = value;
    if (!this.probe.style.color) return undefined;
    this.probe.hidden = false;
    const computed = getComputedStyle(this.probe).color;
    this.probe.hidden = true;
    const match = /^rgba?\((\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(computed);
    if (!match) return undefined;
    return `#${match.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  }

  // ---- the feed ----

  /** Loads the committed feed URL(s) with the kit's loader and validator, and lists its projects. */
  loadFeed({ reload = false } = {}): Promise<void> {
    this.loadController?.abort();
    const src = this.committedSrc.trim();
    this.feed = undefined;
    this.feedFailed = false;
    this.feedLoading = false;
    if (!src) {
      this.setFeedStatus((lang) => text('feed.none', lang));
      this.renderProjects();
      this.update();
      this.feedLoaded = Promise.resolve();
      return this.feedLoaded;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.feedLoading = true;
    if (reload) clearFeedCache();
    this.setFeedStatus((lang) => text('feed.loading', lang));
    this.renderProjects();
    this.update();
    this.feedLoaded = (async () => {
      try {
        const result = await loadFeeds(parseSrc(src, this.pageUrl), { signal: controller.signal });
        if (controller.signal.aborted) return;
        this.feed = result;
        const { projects, organizations, places, offers } = result.feed;
        const counts = { projects: projects.length, organizations: organizations.length, places: places.length, offers: offers.length };
        const warnings = result.warnings.length;
        const failed = result.failed;
        const sample = src === this.sample;
        this.setFeedStatus((lang) => {
          const t = kitTranslator(lang);
          const lines = [text('feed.loaded', lang, counts)];
          if (sample) lines.unshift(text('feed.sample', lang));
          if (warnings) lines.push(text('feed.warnings', lang, { count: warnings }));
          if (failed.length) lines.push(`${text('feed.failed-some', lang)} ${failed.map((e) => describeFeedError(e, t)).join(' ')}`);
          return lines.join(' ');
        });
      } catch (error) {
        if (controller.signal.aborted) return;
        this.feedFailed = true;
        this.projectManual.value ||= this.options.project;
        this.setFeedStatus((lang) => {
          const t = kitTranslator(lang);
          return isFeedError(error) ? describeFeedError(error, t) : t('error.internal' as MessageKey);
        });
      }
      this.feedLoading = false;
      this.renderProjects();
      this.update();
    })();
    return this.feedLoaded;
  }

  private setFeedStatus(status: Status): void {
    this.feedStatus = status;
    this.$('[data-feed-status]').textContent = status(this.uiLang);
    this.renderFeedLanguages();
  }

  /**
   * Under "languages from the feed": the languages the loaded feed has texts
   * in, each named in itself — what `auto` offers besides the widget's own.
   */
  private renderFeedLanguages(): void {
    const hint = this.$('[data-switch-feed]');
    const auto = this.$<HTMLInputElement>('input[name="language-switch"][value="auto"]');
    const languages = this.feed ? switchLanguages('auto', this.feed.feed, '') : [];
    hint.hidden = languages.length === 0;
    if (hint.hidden) {
      hint.replaceChildren();
      auto.removeAttribute('aria-describedby');
      return;
    }
    const mark = '\uE000';
    const [before = '', after = ''] = text('switch.auto.found', this.uiLang, { list: mark }).split(mark);
    const list = new Intl.ListFormat(this.uiLang, { type: 'conjunction' }).formatToParts(languages.map((l) => l.tag));
    hint.replaceChildren(
      before,
      ...list.map((part) => {
        const language = part.type === 'element' ? languages.find((l) => l.tag === part.value) : undefined;
        if (!language) return part.value;
        const name = this.doc.createElement('span');
        name.lang = language.tag;
        name.textContent = language.name;
        return name;
      }),
      after,
    );
    auto.setAttribute('aria-describedby', hint.id);
  }

  /** The project list from the loaded feed (the card needs one; list and map may show everything). */
  private renderProjects(): void {
    const widget = (this.radio('widget') || 'card') as Widget;
    const previous = this.projectSelect.value || this.options.project;
    const pick = this.$('[data-project-pick]');
    const manual = this.$('[data-project-manual]');
    manual.hidden = !this.feedFailed;
    pick.hidden = this.feedFailed;
    const options: HTMLOptionElement[] = [];
    const option = (value: string, label: string, lang?: string): HTMLOptionElement => {
      const el = this.doc.createElement('option');
      el.value = value;
      el.textContent = label;
      if (lang) el.lang = lang;
      return el;
    };
    const projects: readonly Project[] = this.feed?.feed.projects ?? [];
    if (!this.feed) {
      options.push(option('', text('project.none', this.uiLang)));
    } else {
      if (widget !== 'card' || projects.length === 0) {
        const key: TextKey = widget === 'offer-map' ? 'project.all.offer-map' : widget === 'partner-list' ? 'project.all.partner-list' : 'project.none';
        options.push(option('', text(key, this.uiLang)));
      }
      for (const project of projects) {
        const name = pickText(project.name, this.uiLang);
        // Isolated, so a bidi control in the name cannot reverse the id after it.
        options.push(option(project.id, `${fromFeed(name?.text ?? project.id, {})} (${project.id})`, name?.lang));
      }
    }
    this.projectSelect.replaceChildren(...options);
    this.projectSelect.disabled = !this.feed;
    const values = options.map((o) => o.value);
    this.projectSelect.value = values.includes(previous) ? previous : values[0]!;
  }

  // ---- output ----

  /** The snippets for the current options. */
  snippets(o: ConfigOptions = this.options): Record<SnippetKind, string> {
    return {
      element: elementSnippet(o, this.pageUrl),
      div: divSnippet(o, this.pageUrl),
      iframe: iframeSnippet(o, this.pageUrl),
      css: themeCss(o),
    };
  }

  /** The preview element (the real widget). */
  get preview(): HTMLElement | undefined {
    return this.previewEl;
  }

  /** Reads the form and renders preview and snippets from the same options. */
  update(): void {
    const o = this.readForm();
    this.options = o;
    for (const part of this.$$('[data-for]')) part.hidden = part.dataset.for !== o.widget;
    const snippets = this.snippets(o);
    for (const [kind, value] of Object.entries(snippets)) this.$(`[data-code="${kind}"]`).textContent = value;
    this.$('[data-css-block]').hidden = !snippets.css;
    this.$('[data-css-none]').hidden = Boolean(snippets.css);
    this.$('[data-iframe-lang-note]').hidden = o.lang !== '';
    this.$('[data-switch-list]').hidden = o.languageSwitch !== 'list';
    const noLanguage = o.languageSwitch === 'list' && !languagesValue(o);
    this.$('[data-switch-empty]').hidden = !noLanguage;
    const group = this.$('[data-options="switch-languages"]');
    if (noLanguage) group.setAttribute('aria-describedby', 'cfg-switch-empty');
    else group.removeAttribute('aria-describedby');
    this.$('[data-iframe-theme-note]').hidden = themeDeclarations(o).length === 0;
    this.renderCorsNote(o);
    this.sheet.replaceSync(snippets.css);
    if (!this.feedLoading) this.updatePreview(o);
  }

  /** When the script's origin is not the website's: which header the script's server must send (read with the website field too). */
  private renderCorsNote(o: ConfigOptions): void {
    const origins = crossOriginScript(o, this.pageUrl);
    const note = this.$('[data-cors-note]');
    note.hidden = !origins;
    note.replaceChildren(...(origins ? toNodes(this.doc, text('cors.note', this.uiLang, origins)) : []));
    this.input('site').setAttribute('aria-describedby', origins ? `cfg-site-hint ${note.id}` : 'cfg-site-hint');
  }

  private updatePreview(o: ConfigOptions): void {
    const key = JSON.stringify([o.widget, widgetAttributes(o, this.pageUrl)]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    // A language picked in the previous preview's switch applies page-wide; the new preview speaks as its snippet says.
    if (chosenLanguage() !== undefined) chooseLanguage(undefined);
    // Without a feed too: the element then shows its own message, as the snippet would.
    this.previewEl = createPreview(o, this.pageUrl, this.doc);
    this.previewBox.replaceChildren(this.previewEl);
  }

  /** Copies a snippet and says so in the live region next to its button. */
  async copy(kind: SnippetKind): Promise<void> {
    const code = this.$(`[data-code="${kind}"]`);
    const status = this.$(`[data-copy-status="${kind}"]`);
    for (const other of this.$$('[data-copy-status]')) if (other !== status) other.textContent = '';
    const heading = this.root.querySelector(`#cfg-form-${kind}-h`)?.textContent?.trim() ?? '';
    let message: Status;
    try {
      await this.copyText(code.textContent ?? '');
      message = (lang) => text('copy.done', lang, { name: heading });
    } catch {
      this.doc.getSelection()?.selectAllChildren(code);
      message = (lang) => text('copy.failed', lang);
    }
    // Emptied first, so that copying the same code twice is announced twice.
    status.textContent = '';
    clearTimeout(this.copyTimers.get(kind));
    this.copyTimers.set(
      kind,
      window.setTimeout(() => {
        status.textContent = message(this.uiLang);
      }, 100),
    );
  }

  /** Takes the preview and its stylesheet off the page (tests; a page that removes the configurator). */
  destroy(): void {
    this.loadController?.abort();
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    this.previewEl?.remove();
    if (chosenLanguage() !== undefined) chooseLanguage(undefined);
    this.probe.remove();
    for (const timer of this.copyTimers.values()) clearTimeout(timer);
  }

  // ---- the page's language ----

  setUiLang(lang: UiLang): void {
    this.uiLang = lang;
    const html = this.doc.documentElement;
    html.lang = lang;
    html.dir = lang === 'ar' ? 'rtl' : 'ltr';
    this.doc.title = text('page.title', lang);
    for (const radio of this.$$<HTMLInputElement>('input[name="ui-lang"]')) radio.checked = radio.value === lang;
    for (const el of this.$$('[data-t]')) el.replaceChildren(...toNodes(this.doc, text(el.dataset.t as TextKey, lang)));
    for (const el of this.$$('[data-t-label]')) el.setAttribute('aria-label', text(el.dataset.tLabel as TextKey, lang));
    const t = kitTranslator(lang);
    for (const el of this.$$('[data-kit]')) el.textContent = t(el.dataset.kit as MessageKey);
    for (const token of TOKENS) {
      const pick = this.root.querySelector<HTMLInputElement>(`[data-pick="${token.key}"]`);
      pick?.setAttribute('aria-label', text('token.pick', lang, { label: text(`token.${token.key}`, lang) }));
    }
    this.$('[data-feed-status]').textContent = this.feedStatus(lang);
    this.renderFeedLanguages();
    for (const status of this.$$('[data-copy-status]')) status.textContent = '';
    this.renderProjects();
    this.update();
  }
}

/** Starts the configurator on its markup. */
export function startConfigurator(setup: ConfiguratorSetup): Configurator {
  return new Configurator(setup);
}

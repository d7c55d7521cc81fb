/**
 * The configurator's behaviour, on the markup of configurator.html: the form
 * (configurator-form.ts) gives one option object (configurator-snippets.ts),
 * the feed it names is loaded to list its projects (configurator-feed.ts),
 * and this module draws the rest from them: the real element as the
 * preview, the three snippets made from the same options, the notes that
 * depend on them, copying, and the page's texts in German, English or
 * Arabic. Builds every node with the DOM (never from HTML strings) and styles
 * only through CSSOM, so the page runs under a strict CSP with Trusted Types.
 */
import '../src/quartier-widgets.js';
import { chooseLanguage } from '../src/elements/base/lang-observer.js';
import { switchLanguages } from '../src/elements/shared/language-switch.js';
import type { LoadResult } from '../src/feed/pipeline.js';
import { pickText } from '../src/feed/text.js';
import type { Project } from '../src/feed/types.js';
import { fromFeed } from '../src/i18n/feed-messages.js';
import type { MessageKey } from '../src/i18n/messages.js';
import { ConfiguratorFeed, type Status } from './configurator-feed.js';
import { ConfiguratorForm, toNodes } from './configurator-form.js';
import {
  TOKENS,
  createPreview,
  crossOriginScript,
  defaultOptions,
  divSnippet,
  elementSnippet,
  iframeSnippet,
  languagesValue,
  themeCss,
  themeDeclarations,
  widgetAttributes,
  type ConfigOptions,
  type Widget,
} from './configurator-snippets.js';
import { iframeTitle, isUiLang, kitTranslator, text, type TextKey, type UiLang } from './configurator-texts.js';

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

  private readonly form: ConfiguratorForm;
  private readonly feedState: ConfiguratorFeed;
  private readonly previewBox: HTMLElement;
  private readonly sheet = new CSSStyleSheet();
  private readonly copyText: (text: string) => Promise<void>;
  private committedSrc = '';
  private previewKey = '';
  private previewEl: HTMLElement | undefined;
  private readonly copyTimers = new Map<string, number>();

  constructor(setup: ConfiguratorSetup) {
    this.root = setup.root;
    this.doc = setup.root.ownerDocument;
    this.pageUrl = setup.pageUrl ?? this.doc.location.href;
    this.uiLang = setup.uiLang ?? 'de';
    this.copyText = setup.copy ?? clipboardCopy;
    this.form = new ConfiguratorForm(this.root);
    this.feedState = new ConfiguratorFeed(this.pageUrl, setup.sample, () => this.feedChanged());
    this.previewBox = this.form.$('[data-preview]');
    this.form.$('[data-dev-note]').hidden = !setup.fromSources;

    this.options = defaultOptions(setup.defaults);
    this.form.write(this.options);
    this.committedSrc = this.options.src;

    // The preview takes its colours from the very CSS text the snippets carry.
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];

    this.listen();
    this.setUiLang(this.uiLang);
    if (this.committedSrc.trim()) void this.loadFeed();
    else this.update();
  }

  /** The loaded feed, when it could be read. */
  get feed(): LoadResult | undefined {
    return this.feedState.result;
  }

  /** Settles when the current feed request has been answered (loaded or failed). */
  get feedLoaded(): Promise<void> {
    return this.feedState.loaded;
  }

  /** The options as the form says now (the feed URL as last committed). */
  readForm(): ConfigOptions {
    const { result, failed } = this.feedState;
    const project = result ? this.form.projectSelect.value : failed ? this.form.projectManual.value.trim() : this.options.project;
    const o = this.form.read(this.committedSrc.trim(), project);
    o.title = iframeTitle(o.widget, this.feedState.projectName(o.project, o.lang || 'de'), o.lang);
    return o;
  }

  // ---- events ----

  private listen(): void {
    const { form, srcInput } = this.form;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.committedSrc = srcInput.value;
      void this.loadFeed({ reload: true });
    });
    form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target === srcInput) return; // committed on change (Enter, leaving the field) or with the button
      if (target.dataset.pick) this.form.input(`token-${target.dataset.pick}`).value = target.value;
      else if (target.name.startsWith('token-')) this.form.syncPickers();
      this.update();
    });
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target === srcInput) {
        if (srcInput.value.trim() !== this.committedSrc.trim()) {
          this.committedSrc = srcInput.value;
          void this.loadFeed();
        }
        return;
      }
      if (target.name === 'widget') this.renderProjects();
      this.update();
    });
    this.form.$('[data-theme-reset]').addEventListener('click', () => {
      this.form.resetTheme();
      this.update();
    });
    for (const radio of this.form.$$<HTMLInputElement>('input[name="ui-lang"]')) {
      radio.addEventListener('change', () => {
        if (radio.checked && isUiLang(radio.value)) this.setUiLang(radio.value);
      });
    }
    for (const button of this.form.$$<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', () => void this.copy(button.dataset.copy as SnippetKind));
    }
  }

  // ---- the feed ----

  /** Loads the committed feed URL(s) with the kit's loader and validator, and lists its projects. */
  loadFeed({ reload = false } = {}): Promise<void> {
    return this.feedState.load(this.committedSrc.trim(), { reload });
  }

  /** The feed, its status or its request changed: the page follows. */
  private feedChanged(): void {
    if (this.feedState.failed) this.form.projectManual.value ||= this.options.project;
    this.form.$('[data-feed-status]').textContent = this.feedState.status(this.uiLang);
    this.renderFeedLanguages();
    this.renderProjects();
    this.update();
  }

  /**
   * Under "languages from the feed": the languages the loaded feed has texts
   * in, each named in itself — what `auto` offers besides the widget's own.
   */
  private renderFeedLanguages(): void {
    const hint = this.form.$('[data-switch-feed]');
    const auto = this.form.$<HTMLInputElement>('input[name="language-switch"][value="auto"]');
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
    const widget = (this.form.radio('widget') || 'card') as Widget;
    const previous = this.form.projectSelect.value || this.options.project;
    const pick = this.form.$('[data-project-pick]');
    const manual = this.form.$('[data-project-manual]');
    manual.hidden = !this.feedState.failed;
    pick.hidden = this.feedState.failed;
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
    this.form.projectSelect.replaceChildren(...options);
    this.form.projectSelect.disabled = !this.feed;
    const values = options.map((o) => o.value);
    this.form.projectSelect.value = values.includes(previous) ? previous : values[0]!;
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
    for (const part of this.form.$$('[data-for]')) part.hidden = part.dataset.for !== o.widget;
    const snippets = this.snippets(o);
    for (const [kind, value] of Object.entries(snippets)) this.form.$(`[data-code="${kind}"]`).textContent = value;
    this.form.$('[data-css-block]').hidden = !snippets.css;
    this.form.$('[data-css-none]').hidden = Boolean(snippets.css);
    this.form.$('[data-iframe-lang-note]').hidden = o.lang !== '';
    this.form.$('[data-switch-list]').hidden = o.languageSwitch !== 'list';
    const noLanguage = o.languageSwitch === 'list' && !languagesValue(o);
    this.form.$('[data-switch-empty]').hidden = !noLanguage;
    const group = this.form.$('[data-options="switch-languages"]');
    if (noLanguage) group.setAttribute('aria-describedby', 'cfg-switch-empty');
    else group.removeAttribute('aria-describedby');
    this.form.$('[data-iframe-theme-note]').hidden = themeDeclarations(o).length === 0;
    this.renderCorsNote(o);
    this.sheet.replaceSync(snippets.css);
    if (!this.feedState.loading) this.updatePreview(o);
  }

  /** When the script's origin is not the website's: which header the script's server must send (read with the website field too). */
  private renderCorsNote(o: ConfigOptions): void {
    const origins = crossOriginScript(o, this.pageUrl);
    const note = this.form.$('[data-cors-note]');
    note.hidden = !origins;
    note.replaceChildren(...(origins ? toNodes(this.doc, text('cors.note', this.uiLang, origins)) : []));
    this.form.input('site').setAttribute('aria-describedby', origins ? `cfg-site-hint ${note.id}` : 'cfg-site-hint');
  }

  private updatePreview(o: ConfigOptions): void {
    const key = JSON.stringify([o.widget, widgetAttributes(o, this.pageUrl)]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    // A language picked in the previous preview's switch applies page-wide; the new preview speaks as its snippet says.
    chooseLanguage(undefined);
    // Without a feed too: the element then shows its own message, as the snippet would.
    this.previewEl = createPreview(o, this.pageUrl, this.doc);
    this.previewBox.replaceChildren(this.previewEl);
  }

  /** Copies a snippet and says so in the live region next to its button. */
  async copy(kind: SnippetKind): Promise<void> {
    const code = this.form.$(`[data-code="${kind}"]`);
    const status = this.form.$(`[data-copy-status="${kind}"]`);
    for (const other of this.form.$$('[data-copy-status]')) if (other !== status) other.textContent = '';
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
    this.feedState.abort();
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    this.previewEl?.remove();
    chooseLanguage(undefined);
    this.form.destroy();
    for (const timer of this.copyTimers.values()) clearTimeout(timer);
  }

  // ---- the page's language ----

  setUiLang(lang: UiLang): void {
    this.uiLang = lang;
    const html = this.doc.documentElement;
    html.lang = lang;
    html.dir = lang === 'ar' ? 'rtl' : 'ltr';
    this.doc.title = text('page.title', lang);
    for (const radio of this.form.$$<HTMLInputElement>('input[name="ui-lang"]')) radio.checked = radio.value === lang;
    for (const el of this.form.$$('[data-t]')) el.replaceChildren(...toNodes(this.doc, text(el.dataset.t as TextKey, lang)));
    for (const el of this.form.$$('[data-t-label]')) el.setAttribute('aria-label', text(el.dataset.tLabel as TextKey, lang));
    const t = kitTranslator(lang);
    for (const el of this.form.$$('[data-kit]')) el.textContent = t(el.dataset.kit as MessageKey);
    for (const token of TOKENS) {
      const pick = this.root.querySelector<HTMLInputElement>(`[data-pick="${token.key}"]`);
      pick?.setAttribute('aria-label', text('token.pick', lang, { label: text(`token.${token.key}`, lang) }));
    }
    this.form.$('[data-feed-status]').textContent = this.feedState.status(lang);
    this.renderFeedLanguages();
    for (const status of this.form.$$('[data-copy-status]')) status.textContent = '';
    this.renderProjects();
    this.update();
  }
}

/** Starts the configurator on its markup. */
export function startConfigurator(setup: ConfiguratorSetup): Configurator {
  return new Configurator(setup);
}

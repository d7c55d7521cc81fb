/**
 * What every Quartier element shares: reading the feed (`src` or `.feed`),
 * the language, the four states (loading, error, empty, loaded), the events
 * the editor's debug list, and loading again when the network comes back.
 * Subclasses name their view module (`loadView`), which turns a loaded feed
 * into what they show.
 */
import { LitElement, adoptStyles, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { startFeedRequests } from '../../feed/feed-request.js';
import { DEFAULT_TIME_ZONE } from '../../feed/time-zone.js';
import type { Feed } from '../../feed/types.js';
import type { MessageTable } from '../../i18n/translate.js';
import { baseStyles } from '../../styles/base.js';
import { VERSION } from '../../version.js';
import { fire } from './events.js';
import type { baseSpec } from './quartier-element.spec.js';
import type { LitProperties, WidgetSpec } from './widget-spec.js';
import { LocaleController } from './locale-controller.js';
import { LoadTask } from './load-task.js';
import type { MessageKey } from '../../i18n/messages.js';
import { langOf } from '../../i18n/resolve-lang.js';
import { warmFormats } from '../../i18n/format.js';
import { tableAsked } from '../../i18n/load-messages.js';
import { toWidgetError, UsageError, type WidgetError } from './widget-error.js';

/**
 * What a load gives the view: the feeds of `src` (a `LoadResult`), or what a
 * view that loads for itself (`ElementView.load`) made, with or without a feed.
 */
export type Loaded = Pick<LoadResult, 'warnings' | 'failed' | 'offline'> & { readonly feed?: Feed };

/** A subclass's answer to a loaded feed: what to show, that there is nothing to show, or why it cannot. */
export type ViewResult<V> = { readonly view: V } | { readonly empty: true; readonly say?: MessageKey } | { readonly error: UsageError };

/**
 * An element's view: how a loaded feed becomes what the element shows. It
 * lives in a module of its own that is fetched with the feed, so the
 * script-tag entry carries only the element's shell (its attributes) and a
 * page pays for the views of the elements it actually has.
 */
export interface ElementView<E, V, R extends Loaded = LoadResult> {
  /** Styles of the loaded view, added to the shell's base styles when the view arrives. */
  readonly styles?: CSSResultGroup;
  /** The view's own German texts (other languages carry them in their table). */
  readonly messages?: MessageTable;
  /** The element's spec (its own attributes' value sets), for the notes on values it cannot use in debug mode. */
  readonly spec?: Pick<WidgetSpec, 'attributes'>;
  /**
   * Loads what the element shows itself, instead of the feeds of `src` or the
   * given `.feed` (the directory reads its `index` this way). It throws a
   * `UsageError` when there is nothing to load.
   */
  load?(host: E, signal: AbortSignal): Promise<R>;
  /** Turns the loaded feed into the view, says there is nothing to show, or why it cannot. */
  toView(host: E, result: R): ViewResult<V>;
  /** Renders the loaded view. */
  render(host: E, view: V, result: R): TemplateResult;
}

/**
 * The feed code (`feed/pipeline.ts`) has arrived: from now on an element's
 * feed task asks at once, and a request started at upgrade would find the
 * feed already read (and be a second request).
 */
let pipelineLoaded = false;

/**
 * The feed code and each element class's view, once asked for: the elements
 * of a page share one promise each, so that a hundred cards wait for no
 * import of their own and draw in the same task. A failed import is
 * forgotten, so that the next load tries again.
 */
const sharedImports = new Map<unknown, Promise<unknown>>();

function importOnce<T>(key: unknown, load: () => Promise<T>): Promise<T> {
  const known = sharedImports.get(key) as Promise<T> | undefined;
  if (known) return known;
  const loading = load();
  sharedImports.set(key, loading);
  loading.catch(() => {
    if (sharedImports.get(key) === loading) sharedImports.delete(key);
  });
  return loading;
}

/** Languages whose formats a page has made once already (see connectedCallback). */
const warmedFormats = new Set<string>();

export abstract class QuartierElement<V, R extends Loaded = LoadResult> extends LitElement {
  /** The kit's version, named when two copies meet on one page. */
  static readonly version = VERSION;

  // As quartier-element.spec.ts says (checked by tsc and test/elements/spec.test.ts).
  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    debug: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
    languages: {},
  } satisfies LitProperties<typeof baseSpec>;

  /** The shared styles (tokens, reset, states); a view adds its own when it arrives. */
  static override styles: CSSResultGroup = baseStyles;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** One or more feed URLs, separated by spaces, resolved against the page. */
  src = '';

  /** A feed object given directly (raw JSON of format 1); then `src` is not fetched. */
  feed: unknown = undefined;

  /** Shows the feed's warnings inside the element, for editors. */
  debug = false;

  /** Writes schema.org JSON-LD for what the element shows into the page (for search engines). */
  structuredData = false;

  /**
   * A language switch for readers: the languages to offer (`"de ar uk tr fa"`),
   * or `auto` for those the feed has texts in. A choice applies to every
   * element on the page.
   */
  languages = '';

  /** The level (1–6) of the element's top heading, to fit the page's outline. */
  headingLevel = 2;

  /** @internal The language, direction and translator (views read it). */
  readonly locale = new LocaleController(this);

  /** What the subclass made of the loaded feed. */
  protected viewResult: ViewResult<V> | undefined;

  private lastEvent = '';

  /** The element's view module, once loaded. */
  private view: ElementView<this, V, R> | undefined;

  /** The editor's error message, loaded when the element first has an error. */
  private errorView: typeof import('../shared/error-view.js') | undefined;
  private errorViewFailed = false;

  /** The editor's debug list, loaded when `debug` is first set. */
  private debugView: typeof import('../shared/debug-view.js') | undefined;
  private debugRequested = false;

  /** The language switch, loaded when `languages` is first set. */
  private switchView: typeof import('../shared/language-switch.js') | undefined;
  private switchRequested = false;

  /** Styles added after construction (the view's, the debug list's). */
  private readonly addedStyles: CSSResultGroup[] = [];

  private readonly feedTask = new LoadTask(
    this,
    () => [this.src, this.feed, this.otherSource] as const,
    async ([src, feed, other], signal): Promise<R> => {
      if ((feed === undefined || feed === null) && !src.trim() && !other) throw new UsageError('no-src');
      // The code asked for on upgrade (its failure is this load's), else asked for now.
      const code = this.codeRequest ?? this.importCode();
      this.codeRequest = undefined;
      const [{ loadFeeds, parseSrc, readGivenFeed }, view] = await Promise.all(code);
      this.useView(view);
      if (view.load) return view.load(this, signal);
      // Without a loader of its own, a view reads feeds: R is LoadResult.
      if (feed !== undefined && feed !== null) return readGivenFeed(feed) as Promise<LoadResult & R>;
      return loadFeeds(parseSrc(src, document.baseURI), { signal }) as Promise<LoadResult & R>;
    },
  );

  /** The code asked for on upgrade, until the first load takes it. */
  private codeRequest: ReturnType<QuartierElement<V, R>['importCode']> | undefined;

  /** The feed code and this element's view, asked for once per page and class. */
  private importCode(): [Promise<typeof import('../../feed/pipeline.js')>, Promise<ElementView<this, V, R>>] {
    return [
      importOnce('pipeline', () =>
        import('../../feed/pipeline.js').then((pipeline) => {
          pipelineLoaded = true;
          return pipeline;
        }),
      ),
      this.view ? Promise.resolve(this.view) : importOnce(this.constructor, () => this.loadView()),
    ];
  }

  /** A source of the subclass's own besides `src` and `.feed` (the directory's `index`): a change loads again. */
  protected get otherSource(): string {
    return '';
  }

  /**
   * Back online: a feed that failed for want of a network, or shows a stored copy, is fetched again
   * (neither is cached); so is one that failed in the widget itself (a chunk that could not load offline, say).
   */
  private readonly onOnline = (): void => {
    const error = this.error;
    if ((error && ['network', 'timeout', 'internal'].includes(error.code)) || this.feedTask.value?.offline) void this.feedTask.run();
  };

  /**
   * An extra that comes later (the debug list, the language switch, structured data) failed to load
   * or to run: the element keeps what it shows, and says so in the console; nothing reaches the page.
   */
  private readonly fault = (error: unknown): void => console.error('[quartier-widgets]', error);

  override connectedCallback(): void {
    // On upgrade the attributes are read: the feed, the view and the feed code are asked for now, in parallel, and
    // before the shadow root's styles are parsed and the loading state drawn (on a slow phone 50–100 ms of the
    // critical path). An element with nothing to load asks for nothing (its usage error needs neither).
    const given = this.feed !== undefined && this.feed !== null;
    if (given || this.src.trim() || this.otherSource) {
      if (!pipelineLoaded && !given && !this.otherSource) startFeedRequests(this.src, document.baseURI);
      // A failure is reported by the load that takes this request (importOnce forgets it, so the next load asks again).
      const code = (this.codeRequest ??= this.importCode());
      for (const part of code) part.catch(() => undefined);
    }
    super.connectedCallback();
    // A page's first number and date formats load the browser's locale data and the places' time zone (50–350 ms
    // on a slow phone): made in a task of their own while the feed and the view are on their way, not when they
    // have come nor in the first draw. Once per language and page, not per element.
    const lang = this.locale.lang;
    if (!warmedFormats.has(lang)) {
      warmedFormats.add(lang);
      // On a page in another language, after the loaders of its table have come and asked for the table.
      void tableAsked(lang).then(() => setTimeout(() => warmFormats(lang, DEFAULT_TIME_ZONE), 0));
    }
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) this.locale.refresh();
  }

  /** Fetches the element's view module (a dynamic `import()`). */
  protected abstract loadView(): Promise<ElementView<this, V, R>>;

  private useView(view: ElementView<this, V, R>): void {
    if (this.view === view) return;
    this.view = view;
    this.locale.addGerman(view);
    if (view.styles) this.addStyles(view.styles);
  }

  /** @internal Adopts more constructed stylesheets into the shadow root (CSP-safe: no <style> elements). */
  addStyles(styles: CSSResultGroup): void {
    this.addedStyles.push(styles);
    if (!(this.renderRoot instanceof ShadowRoot)) return;
    const own = (this.constructor as typeof LitElement).elementStyles;
    adoptStyles(this.renderRoot, [...own, ...this.addedStyles.flat(Infinity as 1)] as Parameters<typeof adoptStyles>[1]);
  }

  /** Turns the loaded feed into the view, or a usage error (an unknown project id). */
  protected toView(result: R): ViewResult<V> {
    return this.view!.toView(this, result);
  }

  /** Renders the loaded view. */
  protected renderView(view: V, result: R): TemplateResult {
    return this.view!.render(this, view, result);
  }

  /** The error currently shown, if any. */
  get error(): WidgetError | undefined {
    if (this.feedTask.status === 'error') return toWidgetError(this.feedTask.error);
    return this.viewResult && 'error' in this.viewResult ? this.viewResult.error : undefined;
  }

  /** `loading`, `error`, `empty` or `loaded`: the state the element shows. */
  get state(): 'loading' | 'error' | 'empty' | 'loaded' {
    // An error counts once its message can be shown (its texts are a chunk of their own).
    if (this.error) return this.errorView || this.errorViewFailed ? 'error' : 'loading';
    if (this.feedTask.status !== 'complete' || this.locale.pending || !this.viewResult) return 'loading';
    return 'empty' in this.viewResult ? 'empty' : 'loaded';
  }

  /** Resolves once the current feed has loaded or failed (for tests and scripts). */
  get loaded(): Promise<void> {
    return this.feedTask.finished.then(() => this.updateComplete.then(() => undefined));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.debug && !this.debugRequested) {
      this.debugRequested = true;
      // The editor texts start loading now, alongside the debug view that brings their loader.
      this.locale.needEditor((lang) => import('../shared/debug-view.js').then((m) => m.loadEditorMessages(lang)));
      import('../shared/debug-view.js')
        .then((module) => {
          this.locale.addGerman(module);
          this.debugView = module;
          this.addStyles(module.debugStyles);
          this.requestUpdate();
        })
        .catch(this.fault);
    }
    if (this.languages && !this.switchRequested) {
      this.switchRequested = true;
      import('../shared/language-switch.js')
        .then((module) => {
          this.locale.addGerman(module);
          this.switchView = module;
          this.addStyles(module.switchStyles);
          this.requestUpdate();
        })
        .catch(this.fault);
    }
    const value = this.feedTask.status === 'complete' ? this.feedTask.value : undefined;
    this.viewResult = value ? this.safeView(value) : undefined;
  }

  private errorViewRequest: Promise<void> | undefined;

  private loadErrorView(): void {
    this.errorViewRequest ??= import('../shared/error-view.js').then(
      (module) => {
        this.locale.addGerman(module);
        this.errorView = module;
        this.requestUpdate();
      },
      () => {
        // Offline, say: the console line is better than a spinner that never stops.
        this.errorViewFailed = true;
        this.requestUpdate();
      },
    );
  }

  private safeView(result: R): ViewResult<V> {
    try {
      return this.toView(result);
    } catch (error) {
      console.error('[quartier-widgets]', error);
      return { error: new UsageError('internal') };
    }
  }

  /** The view's template; a fault in it shows the editor's error instead of breaking the page. */
  private safeRender(view: V): TemplateResult {
    try {
      return this.renderView(view, this.feedTask.value!);
    } catch (error) {
      console.error('[quartier-widgets]', error);
      return this.renderError(new UsageError('internal'));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.state;
    this.setAttribute('aria-busy', String(state === 'loading'));
    const error = this.error;
    const key = `${state}|${this.src}|${error?.message ?? ''}|${this.feedTask.value ? 'v' : ''}`;
    if (key === this.lastEvent || state === 'loading') return;
    this.lastEvent = key;
    const value = this.feedTask.value;
    if (error) {
      fire(this, 'quartier-error', { error, src: this.src });
      console.warn(`[quartier-widgets] <${this.localName}>: ${error.message}`);
    } else if (value) {
      for (const failed of value.failed) fire(this, 'quartier-error', { error: failed, src: this.src });
      // A view that loads no feed (the directory's index) fires no `quartier-load`: there is no feed to give.
      const feed = value.feed;
      if (feed) fire(this, 'quartier-load', { feed, warnings: value.warnings });
      if (feed && this.structuredData) {
        import('../shared/structured-data.js')
          .then((m) => m.writeStructuredData(this, feed, (this as { project?: string }).project, this.locale.lang))
          .catch(this.fault);
      }
    }
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const state = this.state;
    let body: TemplateResult;
    const result = this.viewResult;
    if (state === 'error' || (this.error && state === 'loading')) body = this.renderError(this.error!);
    else if (state === 'empty') body = html`${this.renderSwitch()}${this.renderOffline()}${this.renderEmpty()}${this.renderDebug()}`;
    else if (state === 'loading' || !result || !('view' in result)) body = this.renderLoading();
    else body = html`${this.renderSwitch()}${this.renderOffline()}${this.safeRender(result.view)}${this.renderDebug()}`;
    return html`<div part="base" class="base state-${state}" lang=${lang} dir=${dir}>${body}</div>`;
  }

  /** "No connection: the data as of …", when a feed came from the browser's cache (its texts come with the error view). */
  private renderOffline(): TemplateResult | typeof nothing {
    const dates = this.feedTask.value?.offline;
    if (!dates) return nothing;
    if (this.errorView) return this.errorView.renderOffline(dates, this.locale.t);
    this.loadErrorView();
    return nothing;
  }

  /** The readers' language switch, when `languages` is set and its module has arrived. */
  private renderSwitch(): TemplateResult | typeof nothing {
    const sw = this.switchView;
    if (!sw || !this.languages) return nothing;
    const { t, lang } = this.locale;
    return sw.renderSwitch(this, sw.switchLanguages(this.languages, this.feedTask.value?.feed, langOf(this)), t, lang);
  }

  /** A quiet placeholder of the element's usual height, so the page does not jump. */
  protected renderLoading(): TemplateResult {
    return html`<div class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.locale.t('state.loading')}</div>`;
  }

  /** Nothing to show: a quiet note (subclasses may say more). */
  protected renderEmpty(): TemplateResult {
    const result = this.viewResult;
    return html`<p class="empty" part="empty" role="status">${this.locale.t((result && 'say' in result && result.say) || 'state.empty')}</p>`;
  }

  protected renderError(error: WidgetError): TemplateResult {
    if (this.errorView) return this.errorView.renderError(error, this.locale.t);
    if (!this.errorViewFailed) {
      this.loadErrorView();
      return this.renderLoading();
    }
    return html`<div class="error" part="error" role="alert">${error.message}</div>`;
  }

  /** The feed's warnings for editors, when `debug` is set, and the attribute values the element cannot use. */
  protected renderDebug(): TemplateResult | typeof nothing {
    const value = this.feedTask.value;
    const { t, editor } = this.locale;
    if (!this.debug || !value || !editor || !this.debugView) return nothing;
    return this.debugView.renderDebug(value, t, [this.switchView?.debugNote(this.languages, t), ...this.debugView.valueNotes(this, this.view?.spec, t)]);
  }
}

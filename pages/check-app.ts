/**
 * The feed checker page (`pages/check.html`): a partner gives a feed — an
 * address, a chosen or dropped file (JSON, or a spreadsheet: XLSX, ODS), or
 * pasted JSON — and sees every problem with its place (line and column, or
 * sheet, row and column), fields the format does not know, the records the
 * widgets would drop, missing translations, and a preview with the real
 * widgets. The spreadsheet code is a chunk of its own, fetched only when a
 * spreadsheet is opened or the template is downloaded. The check is the
 * command line's (`src/checker/check.ts`), the sentences the widgets' editor
 * messages (`src/i18n/feed-messages.ts`). Everything from the file reaches
 * the page as Lit text bindings, never as HTML; the preview gets the parsed
 * feed through the elements' `.feed` property, so they validate it with the
 * same validator.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldList, RECORD_LISTS, type DroppedRecord, type Located } from '../src/checker/check.js';
import { FeedError } from '../src/feed/errors.js';
import ar from '../src/i18n/tables/ar.js';
import { arAuthoring } from '../src/i18n/ar/authoring.js';
import { arEditor } from '../src/i18n/ar/editor.js';
import { describeCell, describeCheckWarning, describeHint, describeProblems, type AuthoringText } from '../src/i18n/authoring-messages.js';
import { de } from '../src/i18n/de.js';
import { deAuthoring } from '../src/i18n/de/authoring.js';
import { deEditor } from '../src/i18n/de/editor.js';
import { deErrors } from '../src/i18n/de/errors.js';
import en from '../src/i18n/tables/en.js';
import { enAuthoring } from '../src/i18n/en/authoring.js';
import { enEditor } from '../src/i18n/en/editor.js';
import { describeFeedError } from '../src/i18n/feed-messages.js';
import { format, type Params } from '../src/i18n/format.js';
import { translator, type Translate } from '../src/i18n/translate.js';
import '../src/elements/quartier-card/define.js';
import '../src/elements/partner-list/define.js';
import '../src/elements/offer-map/define.js';
import { feedUrl, fetchForCheck, readFile, tooLarge, type FetchHint } from './check-source.js';
import { checkInWorker } from './check-in-worker.js';
import { LISTED, pageCheck, type PageCheck } from './check-transfer.js';
import { downloadBlob } from './download.js';
import { breather } from '../src/feed/slices.js';
import { isSpreadsheet, loadSpreadsheets, WORKBOOK_ACCEPT, WORKBOOK_TYPES, type WorkbookFormat } from './spreadsheet-files.js';
import { pageMessages, PAGE_LANGS, type PageKey, type PageLang } from './check-texts.js';

/** Each language's name in itself, for the switch. */
const LANG_NAMES: Readonly<Record<PageLang, string>> = { de: 'Deutsch', en: 'English', ar: 'العربية' };

export function isPageLang(value: unknown): value is PageLang {
  return PAGE_LANGS.includes(value as PageLang);
}

interface Texts {
  readonly lang: PageLang;
  /** The widgets' messages and editor messages (feed problems). */
  readonly t: Translate;
  /** The page's own texts. */
  p(key: PageKey, params?: Params): string;
  /** The authoring tools' texts: hints, spreadsheet places. */
  readonly a: AuthoringText;
}

const AUTHORING = { de: deAuthoring, en: enAuthoring, ar: arAuthoring } as const;

function textsFor(lang: PageLang): Texts {
  const t =
    lang === 'en'
      ? translator(en, 'en', { editor: enEditor })
      : lang === 'ar'
        ? translator(ar, 'ar', { editor: arEditor })
        : translator({ ...de, ...deErrors }, 'de', { editor: deEditor });
  const table = pageMessages[lang];
  const authoring = AUTHORING[lang];
  return {
    lang,
    t,
    p: (key, params) => format(table[key], params, lang, lang === 'ar'),
    a: (key, params) => format(authoring[key], params, lang, lang === 'ar'),
  };
}

/** What the last check found: the check itself, or only an error when there was no text to check. */
interface Outcome {
  readonly source: string;
  readonly check?: PageCheck;
  readonly error?: FeedError;
  readonly hint?: FetchHint;
  /** A problem with what was given (empty field, unreadable file), not with a feed. */
  readonly input?: { readonly key: PageKey; readonly params?: Params };
  /** Pasted text, named in the page's language: checked again when the language changes. */
  readonly pasted?: string;
}

export interface CheckerOptions {
  readonly lang: PageLang;
  /** Called when the reader picks another language (the page keeps the address and `<html>` in step). */
  readonly onLang?: (lang: PageLang) => void;
  /** The fetch to use (tests pass their own). */
  readonly fetch?: typeof fetch;
  /** Hands a file to the reader to save (tests pass their own; by default a download). */
  readonly save?: (name: string, blob: Blob) => void;
}

export interface Checker {
  readonly lang: PageLang;
  setLang(lang: PageLang): void;
  checkUrl(input: string): Promise<void>;
  checkText(text: string, source?: string): Promise<void>;
  checkFile(file: File): Promise<void>;
  /** Builds the empty spreadsheet template and hands it to `save`. */
  downloadTemplate(format: WorkbookFormat): Promise<void>;
  /** Resolves when the check under way (if any) has been shown. */
  settled(): Promise<void>;
  dispose(): void;
}

/** Renders the checker into `root` and returns its handle. */
export function mountChecker(root: HTMLElement, options: CheckerOptions): Checker {
  let texts = textsFor(options.lang);
  let outcome: Outcome | undefined;
  let busy = false;
  let dragging = false;
  let run = 0;
  let pending: Promise<void> = Promise.resolve();
  let controller: AbortController | undefined;
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;

  const update = (): void => {
    root.lang = texts.lang;
    root.dir = texts.lang === 'ar' ? 'rtl' : 'ltr';
    root.classList.toggle('dragging', dragging);
    render(page(texts, { outcome, busy, dragging }, handlers), root);
  };

  /** Runs one check; a newer one makes an older one's result moot. */
  const start = (work: (signal: AbortSignal) => Promise<Outcome>): Promise<void> => {
    const mine = ++run;
    controller?.abort();
    const abort = (controller = new AbortController());
    busy = true;
    update();
    pending = work(abort.signal)
      .catch((error: unknown): Outcome => {
        if (mine === run) console.error('[check] the check failed', error);
        return { source: '', input: { key: 'status.internal' } };
      })
      .then((result) => {
        if (mine !== run) return;
        outcome = named(result);
        busy = false;
        update();
        return withPreview(mine);
      });
    return pending;
  };

  /** Pasted text is named in the page's language (also when it changed during the check): only the name changes, the check stays. */
  const named = (o: Outcome): Outcome => (o.pasted === undefined ? o : { ...o, source: texts.p('text.source') });

  /** The parsed file for the preview, in a task after the result is drawn: a large file takes a while to parse. */
  const withPreview = async (mine: number): Promise<void> => {
    const check = outcome?.check;
    if (!check?.projects || check.json !== undefined || previews.has(check)) return;
    await new Promise((resolve) => view.setTimeout(resolve, 0));
    if (mine !== run || outcome?.check !== check) return;
    previews.set(check, JSON.parse(check.text));
    update();
  };

  const checker: Checker = {
    get lang() {
      return texts.lang;
    },
    setLang(lang) {
      if (lang === texts.lang) return;
      texts = textsFor(lang);
      if (outcome && !busy) outcome = named(outcome);
      update();
      options.onLang?.(lang);
    },
    checkUrl(input) {
      const url = feedUrl(input, view.location.href);
      if (url === undefined) return start(async () => ({ source: '', input: { key: 'url.empty' } }));
      if (url instanceof FeedError) return start(async () => ({ source: input.trim(), error: url }));
      return start(async (signal) => {
        const fetched = await fetchForCheck(url, { page: new URL(view.location.href), signal, ...(options.fetch ? { fetch: options.fetch } : {}) });
        if ('error' in fetched) return { source: url.href, error: fetched.error, ...(fetched.hint ? { hint: fetched.hint } : {}) };
        return { source: url.href, check: await checkInWorker(fetched.text, url.href, signal) };
      });
    },
    checkText(text, source) {
      return start(async (signal) => {
        if (!text.trim()) return { source: '', input: { key: 'text.empty' } };
        if (source !== undefined) return checkNamed(text, source, signal);
        return { ...(await checkNamed(text, texts.p('text.source'), signal)), pasted: text };
      });
    },
    checkFile(file) {
      return start(async (signal) => {
        const large = tooLarge(file, file.name);
        if (large) return { source: file.name, error: large };
        if (isSpreadsheet(file.name)) return checkSpreadsheetFile(file);
        const text = await readFile(file);
        if (text === undefined) return { source: file.name, input: { key: 'file.cannot-read', params: { file: file.name } } };
        return checkNamed(text, file.name, signal);
      });
    },
    async downloadTemplate(format) {
      const { writeTemplate } = await loadSpreadsheets();
      const blob = new Blob([writeTemplate(format) as Uint8Array<ArrayBuffer>], { type: WORKBOOK_TYPES[format] });
      (options.save ?? ((name, blob) => downloadBlob(blob, name, doc)))(`${texts.p('template.file')}.${format}`, blob);
    },
    settled: () => pending,
    dispose() {
      controller?.abort();
      doc.removeEventListener('dragover', onDragOver);
      doc.removeEventListener('dragleave', onDragLeave);
      doc.removeEventListener('drop', onDrop);
      render(nothing, root);
    },
  };

  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  const onDragOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
    if (!dragging) {
      dragging = true;
      update();
    }
  };
  const onDragLeave = (event: DragEvent): void => {
    // Only when the pointer leaves the window, not when it moves between elements.
    if (event.relatedTarget !== null || !dragging) return;
    dragging = false;
    update();
  };
  const onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragging = false;
    const files = event.dataTransfer?.files;
    const file = files?.length === 1 ? files[0] : undefined;
    if (file) void checker.checkFile(file);
    else void start(async () => ({ source: '', input: { key: 'file.not-one' } }));
  };
  doc.addEventListener('dragover', onDragOver);
  doc.addEventListener('dragleave', onDragLeave);
  doc.addEventListener('drop', onDrop);

  const handlers: Handlers = {
    lang(event, lang) {
      event.preventDefault();
      checker.setLang(lang);
    },
    url(event) {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      void checker.checkUrl(String(new FormData(form).get('url') ?? ''));
    },
    text(event) {
      const field = (event.currentTarget as HTMLButtonElement).form?.elements.namedItem('text');
      void checker.checkText(field instanceof HTMLTextAreaElement ? field.value : '');
    },
    file(event) {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void checker.checkFile(file);
    },
    template(format) {
      void checker.downloadTemplate(format);
    },
    download(name, lines) {
      const pause = breather();
      void lines(() => pause())
        .then((all) => {
          const blob = new Blob([`${all.join('\n')}\n`], { type: 'text/plain;charset=utf-8' });
          (options.save ?? ((file, data) => downloadBlob(data, file, doc)))(name, blob);
        })
        .catch((error: unknown) => console.error('[check] the list could not be saved', error));
    },
  };

  /** Saves a file the way browsers download: a link to the blob, clicked. */
  update();
  return checker;
}

/** A file's or pasted text's check (over 5 MiB refused, as the widgets do), made in a worker. */
async function checkNamed(text: string, source: string, signal: AbortSignal): Promise<Outcome> {
  const large = tooLarge(text, source);
  return large ? { source, error: large } : { source, check: await checkInWorker(text, source, signal) };
}

/** A spreadsheet's check: read by the spreadsheet chunk, every place a cell. */
async function checkSpreadsheetFile(file: File): Promise<Outcome> {
  const { readWorkbook, checkSpreadsheet, NotAWorkbookError } = await loadSpreadsheets();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { source: file.name, input: { key: 'file.cannot-read', params: { file: file.name } } };
  }
  try {
    return { source: file.name, check: pageCheck(checkSpreadsheet(readWorkbook(bytes, file.name), file.name)) };
  } catch (error) {
    if (error instanceof NotAWorkbookError) return { source: file.name, input: { key: 'file.not-a-workbook', params: { file: file.name } } };
    throw error;
  }
}

interface Handlers {
  lang(event: Event, lang: PageLang): void;
  url(event: SubmitEvent): void;
  /** The pasted text's button (a plain button, see `inputSection`). */
  text(event: Event): void;
  file(event: Event): void;
  template(format: WorkbookFormat): void;
  /** Offers a list in full as a text file, its lines made in slices (`pause` between them). */
  download(name: string, lines: (pause: () => Promise<void>) => Promise<string[]>): void;
}

interface State {
  readonly outcome: Outcome | undefined;
  readonly busy: boolean;
  readonly dragging: boolean;
}

function page(x: Texts, state: State, on: Handlers): TemplateResult {
  const { p } = x;
  return html`
    <header class="page-header">
      <div class="wrap">
        <nav class="langs" aria-label=${p('lang.label')}>
          <ul>
            ${PAGE_LANGS.map(
              (lang) =>
                html`<li>
                  <a
                    href=${`?lang=${lang}`}
                    lang=${lang}
                    hreflang=${lang}
                    aria-current=${lang === x.lang ? 'true' : nothing}
                    @click=${(event: Event) => on.lang(event, lang)}
                    >${LANG_NAMES[lang]}</a
                  >
                </li>`,
            )}
          </ul>
        </nav>
        <h1>${p('page.heading')}</h1>
        <p class="lead">${p('page.intro')}</p>
        <p class="note">${p('page.privacy')}</p>
        <p class="note">${p('page.format')}</p>
      </div>
    </header>
    <main class="wrap">
      ${inputSection(x, state, on)} ${resultSection(x, state, on)} ${previewSection(x, state)}
    </main>
    <div class="drop-overlay" aria-hidden="true" ?hidden=${!state.dragging}><p>${p('file.drop')}</p></div>
  `;
}

function inputSection(x: Texts, state: State, on: Handlers): TemplateResult {
  const { p } = x;
  const invalid = state.outcome?.input?.key;
  return html`
    <section class="input" aria-labelledby="qc-input-h">
      <h2 id="qc-input-h">${p('input.heading')}</h2>
      <p>${p('input.intro')}</p>
      <form class="by-url" novalidate @submit=${on.url}>
        <label for="qc-url">${p('url.label')}</label>
        <div class="row">
          <input
            id="qc-url"
            name="url"
            type="text"
            inputmode="url"
            autocomplete="url"
            spellcheck="false"
            dir="ltr"
            aria-describedby="qc-url-hint"
            aria-invalid=${invalid === 'url.empty' ? 'true' : nothing}
          />
          <button type="submit">${p('url.submit')}</button>
        </div>
        <p class="hint" id="qc-url-hint">${p('url.hint')}</p>
      </form>
      <div class="by-file">
        <label for="qc-file">${p('file.label')}</label>
        <input
          id="qc-file"
          type="file"
          accept=${['.json', 'application/json', 'text/plain', ...WORKBOOK_ACCEPT].join(',')}
          aria-describedby="qc-file-hint"
          @change=${on.file}
        />
        <p class="hint" id="qc-file-hint">${p('file.hint')}</p>
        <div class="template">
          <p>${p('template.intro')}</p>
          <button type="button" class="secondary" @click=${() => on.template('xlsx')}>${p('template.xlsx')}</button>
          <button type="button" class="secondary" @click=${() => on.template('ods')}>${p('template.ods')}</button>
        </div>
      </div>
      <!-- No submit here: before a form's submit event the browser reads every field for its form filling,
           which for 5 MiB of pasted text is a task of 100 ms and more; a text field does not submit on Enter anyway. -->
      <form class="by-text" novalidate>
        <label for="qc-text">${p('text.label')}</label>
        <textarea
          id="qc-text"
          name="text"
          rows="8"
          spellcheck="false"
          autocomplete="off"
          dir="ltr"
          aria-invalid=${invalid === 'text.empty' ? 'true' : nothing}
        ></textarea>
        <button type="button" @click=${on.text}>${p('text.submit')}</button>
      </form>
    </section>
  `;
}

/** The one-sentence result, also announced (the live region). */
function summary(x: Texts, state: State): string {
  const { p, t, lang } = x;
  const { outcome } = state;
  if (state.busy) return p('status.checking');
  if (!outcome) return p('status.idle');
  if (outcome.input) return p(outcome.input.key, outcome.input.params);
  const failure = outcome.error ?? outcome.check?.failure?.error;
  if (failure) return `${p('summary.failed')} ${describeFeedError(failure, t)}`;
  const check = outcome.check!;
  const { totals } = check;
  const dropped = totals.dropped;
  const problemCount = totals.warnings + totals.readProblems;
  const parts = [problemCount > 0 ? p('summary.problems', { count: problemCount }) : p('summary.ok')];
  if (dropped > 0) parts.push(p('summary.dropped', { count: dropped }));
  if (totals.hints > 0) parts.push(p('summary.hints', { count: totals.hints }));
  const gaps = totals.missingTranslations + check.moreMissingTranslations;
  if (gaps > 0) parts.push(p('summary.missing', { count: gaps }));
  const first = parts.join(lang === 'ar' ? '، ' : ', ');
  const kept = new Intl.ListFormat(lang, { type: 'conjunction' }).format(RECORD_LISTS.map((list) => p(`count.${list}`, { count: check.counts[list].kept })));
  return `${first.charAt(0).toLocaleUpperCase(lang)}${first.slice(1)}. ${p('summary.kept', { value: kept })}`;
}

function where(x: Texts, at: Located): string {
  if (at.cell) return describeCell(at.cell, x.a);
  if (at.line === undefined) return '';
  return at.column === undefined ? x.p('where.line', { line: at.line }) : x.p('where.line-column', { line: at.line, column: at.column });
}

/** The file's line `line`, shortened, as text beside a problem. */
function snippet(check: PageCheck, at: Located): TemplateResult | typeof nothing {
  if (at.line === undefined) return nothing;
  const lines = (snippetLines.get(check) ?? snippetLines.set(check, check.text.split(/\r\n|\r|\n/)).get(check))!;
  const text = lines[at.line - 1]?.trim();
  if (!text) return nothing;
  const short = text.length > 160 ? `${text.slice(0, 160)} …` : text;
  return html`<code class="snippet" dir="ltr" translate="no"><span class="line-no">${at.line}</span> ${short}</code>`;
}
const snippetLines = new WeakMap<PageCheck, string[]>();
/** The parsed file of a check made in the worker, once parsed for the preview. */
const previews = new WeakMap<PageCheck, unknown>();

function resultSection(x: Texts, state: State, on: Handlers): TemplateResult {
  const { p } = x;
  const { outcome } = state;
  const done = outcome && !state.busy ? outcome : undefined;
  return html`
    <section class="result" aria-labelledby="qc-result-h">
      <h2 id="qc-result-h">${p('result.heading')}</h2>
      <p class="summary ${done?.error || done?.check?.failure ? 'failed' : ''}" role="status">${summary(x, state)}</p>
      ${done && done.source && !done.input ? html`<p class="source">${p('result.source', { source: done.source })}</p>` : nothing}
      ${done ? details(x, done, on) : nothing}
    </section>
  `;
}

function details(x: Texts, outcome: Outcome, on: Handlers): TemplateResult | typeof nothing {
  if (outcome.input) return nothing;
  const { check } = outcome;
  const error = outcome.error ?? check?.failure?.error;
  const listed = check && (!check.failure || check.failure.error.code === 'no-records');
  return html`
    ${error ? failureBlock(x, error, outcome) : nothing}
    ${listed ? html`${problems(x, check, on)} ${hints(x, check, on)} ${droppedList(x, check, on)} ${countsTable(x, check)} ${missing(x, check, on)}` : nothing}
  `;
}

function failureBlock(x: Texts, error: FeedError, outcome: Outcome): TemplateResult {
  const { p, t } = x;
  const failure = outcome.check?.failure;
  const hints: PageKey[] = [];
  if (outcome.hint === 'cors') hints.push('failure.cors', 'failure.cors.note');
  else if (outcome.hint === 'unreachable') hints.push('failure.unreachable');
  else if (outcome.hint === 'mixed') hints.push('failure.mixed');
  else if (outcome.hint === 'http' && error.details.status !== 404) hints.push('failure.http');
  if (error.code === 'not-json' && error.details.html) hints.push('failure.html');
  else if (error.code === 'not-json' && failure?.line !== undefined) hints.push('failure.syntax');
  if (error.code === 'no-records') hints.push('failure.no-records');
  if (error.code === 'unknown-version' || error.code === 'not-a-feed') hints.push('failure.version');
  return html`
    <div class="failure">
      <h3>${p('failure.heading')}</h3>
      <p>${describeFeedError(error, t)}</p>
      ${
        failure && failure.line !== undefined && outcome.check
          ? html`<p class="where">${where(x, failure)}</p>
            ${snippet(outcome.check, failure)}`
          : nothing
      }
      ${hints.map((key) => html`<p>${p(key)}</p>`)}
    </div>
  `;
}

/** Under a list cut at `LISTED`: "… and 99,800 more" and a button that saves the whole list as text. */
function overflow(
  x: Texts,
  on: Handlers,
  total: number,
  file: PageKey,
  lines: (pause: () => Promise<void>) => Promise<string[]>,
): TemplateResult | typeof nothing {
  if (total <= LISTED) return nothing;
  const { p } = x;
  return html`<p class="overflow">
    ${p('list.more', { count: total - LISTED })}
    <button type="button" class="secondary" @click=${() => on.download(`${p(file)}.txt`, lines)}>${p('list.download')}</button>
  </p>`;
}

/** A finding as one line of a downloaded list: where, and what. */
const line = (x: Texts, at: Located, message: string): string => [where(x, at), message].filter(Boolean).join(': ');

/** The lines of a downloaded list, made in slices: 20,000 sentences at once are a long task. */
async function linesOf<T>(items: readonly T[], toLine: (item: T) => string, pause: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  for (const item of items) {
    if (lines.push(toLine(item)) % 500 === 0) await pause();
  }
  return lines;
}

function problems(x: Texts, check: PageCheck, on: Handlers): TemplateResult {
  const { p, t, a } = x;
  // The first LISTED of each list hold the first LISTED problems in file order.
  const found = describeProblems(check, t, a).slice(0, LISTED);
  const total = check.totals.warnings + check.totals.readProblems;
  const all = async (pause: () => Promise<void>): Promise<string[]> => {
    const full = { ...check, warnings: await check.readFull('warnings', pause), readProblems: await check.readFull('readProblems', pause) };
    await pause();
    return linesOf(describeProblems(full, t, a), (f) => line(x, f.at, f.message), pause);
  };
  return html`
    <section class="problems" aria-labelledby="qc-problems-h">
      <h3 id="qc-problems-h">${p('problems.heading')} <span class="count">(${total})</span></h3>
      ${
        total === 0
          ? html`<p>${p('problems.none')}</p>`
          : html`<p>${p(found.some((f) => f.at.cell) ? 'problems.intro.sheet' : 'problems.intro')}</p>
            <ol class="findings">
              ${found.map(
                (f) =>
                  html`<li data-line=${f.at.line ?? nothing} data-code=${f.code}>
                    <div class="entry">
                      <p class="where">${where(x, f.at)}</p>
                      <p class="message">${f.message}</p>
                      ${snippet(check, f.at)}
                    </div>
                  </li>`,
              )}
            </ol>
            ${overflow(x, on, total, 'problems.file', all)}`
      }
    </section>
  `;
}

function hints(x: Texts, check: PageCheck, on: Handlers): TemplateResult {
  const { p, t, a } = x;
  const count = check.totals.hints;
  return html`
    <section class="hints" aria-labelledby="qc-hints-h">
      <h3 id="qc-hints-h">${p('hints.heading')} <span class="count">(${count})</span></h3>
      ${
        count === 0
          ? html`<p>${p('hints.none')}</p>`
          : html`<p>${p('hints.intro')}</p>
            <ol class="findings">
              ${check.hints.map(
                (h) =>
                  html`<li data-line=${h.line ?? nothing} data-code=${h.code}>
                    <div class="entry">
                      <p class="where">${where(x, h)}</p>
                      <p class="message">${describeHint(h, t, a)}</p>
                      ${snippet(check, h)}
                    </div>
                  </li>`,
              )}
            </ol>
            ${overflow(x, on, count, 'hints.file', async (pause) =>
              linesOf(await check.readFull('hints', pause), (h) => line(x, h, describeHint(h, t, a)), pause),
            )}`
      }
    </section>
  `;
}

function recordName(x: Texts, record: DroppedRecord): string {
  const { t, p } = x;
  const list = t(`list.${record.list}`);
  const named = record.reasons.find((r) => r.record !== undefined)?.record;
  if (named !== undefined) return t('warning.where.record', { list, record: named });
  const at = t('warning.where.index', { list, index: String(record.index + 1) });
  return record.id !== undefined && record.id !== '' ? p('dropped.id', { where: at, id: record.id }) : at;
}

function droppedList(x: Texts, check: PageCheck, on: Handlers): TemplateResult {
  const { p, t } = x;
  return html`
    <section class="dropped" aria-labelledby="qc-dropped-h">
      <h3 id="qc-dropped-h">${p('dropped.heading')} <span class="count">(${check.totals.dropped})</span></h3>
      ${
        check.totals.dropped === 0
          ? html`<p>${p('dropped.none')}</p>`
          : html`<p>${p('dropped.intro')}</p>
            <ul class="findings">
              ${check.dropped.map(
                (record) =>
                  html`<li data-line=${record.line ?? nothing} data-list=${record.list}>
                    <div class="entry">
                      <p class="record"><strong>${recordName(x, record)}</strong>${record.line !== undefined ? html` – ${where(x, record)}` : nothing}</p>
                      <ul class="reasons">
                        ${record.reasons.map((r) => html`<li>${describeCheckWarning(r, t, x.a)}</li>`)}
                      </ul>
                    </div>
                  </li>`,
              )}
            </ul>
            ${overflow(x, on, check.totals.dropped, 'dropped.file', async (pause) =>
              linesOf(
                await check.readFull('dropped', pause),
                (record) => line(x, record, `${recordName(x, record)} – ${record.reasons.map((r) => describeCheckWarning(r, t, x.a)).join(' ')}`),
                pause,
              ),
            )}`
      }
    </section>
  `;
}

function countsTable(x: Texts, check: PageCheck): TemplateResult {
  const { p } = x;
  const n = (value: number): string => new Intl.NumberFormat(x.lang).format(value);
  return html`
    <table class="counts">
      <caption>
        ${p('counts.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${p('counts.list')}</th>
          <th scope="col">${p('counts.kept')}</th>
          <th scope="col">${p('counts.dropped')}</th>
        </tr>
      </thead>
      <tbody>
        ${RECORD_LISTS.map(
          (list) =>
            html`<tr>
              <th scope="row">${p(`counts.${list}`)}</th>
              <td>${n(check.counts[list].kept)}</td>
              <td>${n(check.counts[list].dropped)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

function missing(x: Texts, check: PageCheck, on: Handlers): TemplateResult | typeof nothing {
  const { p, t } = x;
  if (check.failure) return nothing;
  const items = check.missingTranslations;
  const sentence = (m: PageCheck['missingTranslations'][number]): string =>
    p('missing.item', { where: t('warning.where.record', { list: t(`list.${m.list}`), record: m.record }), field: fieldList(m), value: m.language });
  return html`
    <section class="missing" aria-labelledby="qc-missing-h">
      <h3 id="qc-missing-h">${p('missing.heading')} <span class="count">(${check.totals.missingTranslations + check.moreMissingTranslations})</span></h3>
      <p>${p('missing.intro')}</p>
      ${
        items.length === 0
          ? html`<p>${p('missing.none')}</p>`
          : html`<ul class="findings">
            ${items.map(
              (m) => html`<li data-line=${m.line ?? nothing}>
                <div class="entry">
                  <p class="where">${where(x, m)}</p>
                  <p class="message">${sentence(m)}</p>
                </div>
              </li>`,
            )}
          </ul>
          ${overflow(x, on, check.totals.missingTranslations + check.moreMissingTranslations, 'missing.file', async (pause) =>
            linesOf(await check.readFull('missingTranslations', pause), (m) => line(x, m, sentence(m)), pause),
          )}`
      }
    </section>
  `;
}

function previewSection(x: Texts, state: State): TemplateResult | typeof nothing {
  const { p } = x;
  const outcome = state.busy ? undefined : state.outcome;
  if (!outcome || outcome.input) return nothing;
  const check = outcome.check;
  const projects = check?.projects;
  if (!check || !projects) {
    return html`<section class="preview" aria-labelledby="qc-preview-h">
      <h2 id="qc-preview-h">${p('preview.heading')}</h2>
      <p>${p('preview.none')}</p>
    </section>`;
  }
  // The parsed file, not the validated feed: the elements validate it
  // themselves with the same validator, exactly as on a partner's site.
  const raw = check.json ?? previews.get(check);
  if (raw === undefined) return nothing;
  return html`
    <section class="preview" aria-labelledby="qc-preview-h">
      <h2 id="qc-preview-h">${p('preview.heading')}</h2>
      <p>${p('preview.intro')}</p>
      <h3>${p('preview.projects')}</h3>
      ${
        projects.length === 0
          ? html`<p>${p('preview.no-projects')}</p>`
          : repeat(
              projects,
              (project) => project,
              (project) => html`<quartier-card class="widget" .feed=${raw} project=${project} lang=${x.lang} heading-level="4"></quartier-card>`,
            )
      }
      <h3>${p('preview.partners')}</h3>
      <partner-list class="widget" .feed=${raw} lang=${x.lang} heading-level="4"></partner-list>
      <h3>${p('preview.offers')}</h3>
      <offer-map class="widget" .feed=${raw} lang=${x.lang} heading-level="4"></offer-map>
    </section>
  `;
}

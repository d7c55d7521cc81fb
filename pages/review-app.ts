/**
 * The review page (`review.html?lang=uk`): a native speaker reads every
 * residents' text of one language in context — the card, the partner list,
 * the map's list and details, errors, notes, schedules of every rule kind —
 * and each string next to its German source, with its key and the known
 * doubts (src/i18n/table-doubts.ts), marks it "ok" or writes a correction,
 * and downloads the result as XLIFF or JSON for `npm run translations --
 * import`. Nothing is stored: the review lives in the page until it is
 * downloaded. The page's own words are German, like the other tools'
 * pages; the language under review carries its own `lang` and `dir`.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { exampleFeed } from '../demo/feeds.js';
import type { Message } from '../src/i18n/format.js';
import { germanSource } from '../src/i18n/german-source.js';
import { formatPartialDate, languageName } from '../src/i18n/intl-format.js';
import { LANGUAGES, type Language } from '../src/i18n/languages.js';
import { directionOf } from '../src/i18n/resolve-lang.js';
import { doubtsOf } from '../src/i18n/table-doubts.js';
import { loadTable } from '../src/i18n/table-loaders.js';
import { translator, type Translate } from '../src/i18n/translate.js';
import { pluralCategories } from '../scripts/lib/message-shapes.js';
import '../src/elements/quartier-card/define.js';
import '../src/elements/partner-list/define.js';
import '../src/elements/offer-map/define.js';
import { downloadBlob } from './download.js';
import { isReviewed, reviewFiles, type Verdict, type Verdicts } from './review-export.js';
import { scheduleSentences } from './review-schedules.js';

/** The language a `?lang=` names, or German. */
export function reviewLanguage(tag: string | null): Language {
  return LANGUAGES.find((l) => l.tag === tag) ?? LANGUAGES[0]!;
}

/** The groups of keys, by the key's first part, in the German order. */
function groupsOf(keys: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const group = key.split('.')[0]!;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  return [...groups];
}

const FORM_NAMES: Readonly<Record<string, string>> = {
  zero: 'zero (0)',
  one: 'one (1 …)',
  two: 'two (2 …)',
  few: 'few',
  many: 'many',
  other: 'other',
};

type Filter = 'all' | 'doubts' | 'open';

export interface ReviewPage {
  readonly language: Language;
  /** The reviewer's verdicts so far. */
  readonly verdicts: Verdicts;
  /** Sets a verdict (as the page's controls do) and redraws. */
  setVerdict(key: string, verdict: Verdict): void;
  /** The files the download buttons offer. */
  files(): { xliff: string; json: string };
}

/** Mounts the review of `language` into `root`. */
export async function mountReview(root: HTMLElement, language: Language): Promise<ReviewPage> {
  const { tag } = language;
  const source = germanSource as Readonly<Record<string, Message>>;
  const loaded = tag === 'de' ? undefined : await loadTable(tag);
  const table = (loaded?.messages ?? source) as Readonly<Record<string, Message>>;
  const dir = directionOf(tag);
  const t: Translate = translator(table, tag, { table: loaded?.lang ?? 'de' });
  const de: Translate = translator(source, 'de');
  const keys = Object.keys(source);
  const text = (message: Message | undefined): string =>
    message === undefined ? '' : typeof message === 'string' ? message : Object.values(message).join(' ');
  const doubts = new Map(keys.map((key) => [key, doubtsOf(tag, key, text(table[key]))]));
  const categories = pluralCategories(tag === 'de-plain' ? 'de' : tag);
  let verdicts: Record<string, Verdict> = {};
  let filter: Filter = 'all';

  const setVerdict = (key: string, verdict: Verdict): void => {
    verdicts = { ...verdicts, [key]: { ...verdicts[key], ...verdict } };
    draw();
  };
  const files = (): { xliff: string; json: string } => reviewFiles(language, source, table, verdicts);
  const download = (kind: 'xliff' | 'json'): void => {
    const made = files();
    const name = `${tag}-review.${kind === 'xliff' ? 'xlf' : 'json'}`;
    downloadBlob(new Blob([made[kind]], { type: kind === 'xliff' ? 'application/xliff+xml' : 'application/json' }), name);
  };
  const switchTo = (event: Event): void => {
    const next = (event.target as HTMLSelectElement).value;
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.location.assign(url.href);
  };

  const formsOf = (message: Message): [string, string][] => (typeof message === 'string' ? [['other', message]] : categories.map((c) => [c, message[c] ?? '']));

  const entry = (key: string): TemplateResult => {
    const german = source[key]!;
    const message = table[key];
    const verdict = verdicts[key];
    const id = `k-${key.replace(/[^\w-]/g, '_')}`;
    const germanForms = typeof german === 'string' ? [['other', german]] : Object.entries(german);
    const plural = typeof german !== 'string';
    return html`<li class="entry ${isReviewed(verdict) ? 'done' : ''}" id=${id}>
      <p class="key"><code>${key}</code></p>
      <dl class="pair">
        <dt>Deutsch</dt>
        <dd lang="de" dir="ltr">${germanForms.map(([form, words]) => html`<span class="form">${plural ? html`<em>${form}:</em> ` : nothing}${words}</span>`)}</dd>
        <dt>${language.name}</dt>
        <dd lang=${tag} dir=${dir}>
          ${
            message === undefined
              ? html`<em lang="de" dir="ltr">fehlt</em>`
              : formsOf(message).map(
                  ([form, words]) => html`<span class="form">${plural ? html`<em lang="en" dir="ltr">${form}:</em> ` : nothing}${words}</span>`,
                )
          }
        </dd>
      </dl>
      ${
        doubts.get(key)!.length
          ? html`<ul class="doubts" lang="en" dir="ltr" aria-label="Known doubts">
            ${doubts.get(key)!.map((d) => html`<li>${d.text}</li>`)}
          </ul>`
          : nothing
      }
      <div class="verdict">
        <label class="ok"
          ><input type="checkbox" .checked=${Boolean(verdict?.ok)} @change=${(e: Event) => setVerdict(key, { ok: (e.target as HTMLInputElement).checked })} />
          In Ordnung</label
        >
        <details ?open=${Object.values(verdict?.forms ?? {}).some(Boolean) || Boolean(verdict?.remark)}>
          <summary>Korrektur oder Anmerkung</summary>
          ${(message === undefined ? formsOf(plural ? { other: '' } : '') : formsOf(message)).map(
            ([form]) => html`<label class="field"
              >${plural ? `Korrektur (${FORM_NAMES[form] ?? form})` : 'Korrektur'}
              <textarea
                lang=${tag}
                dir=${dir}
                rows="2"
                .value=${verdict?.forms?.[form as Intl.LDMLPluralRule] ?? ''}
                @change=${(e: Event) => setVerdict(key, { forms: { ...verdict?.forms, [form]: (e.target as HTMLTextAreaElement).value } })}
              ></textarea
            ></label>`,
          )}
          <label class="field"
            >Anmerkung (wird als Notiz exportiert)
            <textarea rows="2" .value=${verdict?.remark ?? ''} @change=${(e: Event) => setVerdict(key, { remark: (e.target as HTMLTextAreaElement).value })}></textarea>
          </label>
        </details>
      </div>
    </li>`;
  };

  const visible = (key: string): boolean => (filter === 'doubts' ? doubts.get(key)!.length > 0 : filter === 'open' ? !isReviewed(verdicts[key]) : true);

  const sentences = scheduleSentences(t);
  const germanSentences = scheduleSentences(de);

  const notes = (): TemplateResult => html`<ul class="notes" lang=${tag} dir=${dir}>
    <li>${t('text.fallback', { language: languageName('de', t) })}</li>
    <li>${t('text.machine-translated')}</li>
    <li>${t('text.no-plain-language')}</li>
    <li>${t('state.offline', { date: formatPartialDate('2026-03-01', t) })}</li>
    <li>${t('lifecycle.no-current')}</li>
  </ul>`;

  function draw(): void {
    const reviewedCount = keys.filter((key) => isReviewed(verdicts[key])).length;
    render(
      html`<header class="top">
          <h1>Übersetzung prüfen: <span lang=${tag} dir=${dir}>${language.name}</span> <code>${tag}</code></h1>
          <p>
            Jeder Text, den die Widgets in dieser Sprache zeigen: oben im Zusammenhang, darunter einzeln neben dem deutschen Original. Markieren Sie einen
            Text als „In Ordnung“ oder schreiben Sie eine Korrektur; am Ende laden Sie das Ergebnis als XLIFF oder JSON herunter und schicken es an das
            Projekt. Die Seite speichert nichts: Schließen Sie sie nicht vor dem Herunterladen.
          </p>
          <div class="controls">
            <label
              >Sprache
              <select @change=${switchTo}>
                ${LANGUAGES.map((l) => html`<option value=${l.tag} ?selected=${l.tag === tag}>${l.name} (${l.tag})</option>`)}
              </select></label
            >
            <label
              >Zeigen
              <select
                @change=${(e: Event) => {
                  filter = (e.target as HTMLSelectElement).value as Filter;
                  draw();
                }}
              >
                <option value="all" ?selected=${filter === 'all'}>alle Texte</option>
                <option value="doubts" ?selected=${filter === 'doubts'}>nur Texte mit bekannten Zweifeln</option>
                <option value="open" ?selected=${filter === 'open'}>nur noch nicht geprüfte</option>
              </select></label
            >
            <p class="progress" role="status">${reviewedCount} von ${keys.length} Texten geprüft</p>
            <button type="button" @click=${() => download('xliff')}>XLIFF herunterladen</button>
            <button type="button" @click=${() => download('json')}>JSON herunterladen</button>
          </div>
          ${tag === 'de' ? html`<p class="hint">Deutsch ist das Original: Hier gibt es nichts zu übersetzen, die Seite zeigt die Texte zum Vergleich.</p>` : nothing}
          ${
            language.status === 'machine'
              ? html`<p class="hint">Diese Übersetzung hat ein Sprachmodell geschrieben; noch niemand mit dieser Muttersprache hat sie geprüft.</p>`
              : nothing
          }
        </header>
        <main>
          <section aria-labelledby="context">
            <h2 id="context">Im Zusammenhang</h2>
            <p>Die echten Widgets mit erfundenen Beispieldaten (Musterstadt). Namen und Beschreibungen kommen aus dem Feed und bleiben Deutsch.</p>
            <div class="context" lang=${tag} dir=${dir}>
              <h3 lang="de" dir="ltr">Projekt-Karte</h3>
              <quartier-card .feed=${exampleFeed} project="alpha" heading-level="4"></quartier-card>
              <h3 lang="de" dir="ltr">Beteiligte</h3>
              <partner-list .feed=${exampleFeed} heading-level="4"></partner-list>
              <h3 lang="de" dir="ltr">Karte: Liste und Details</h3>
              <offer-map .feed=${exampleFeed} heading-level="4"></offer-map>
              <h3 lang="de" dir="ltr">Fehler</h3>
              <quartier-card .feed=${{ version: '9' }} heading-level="4"></quartier-card>
              <quartier-card src="./review-no-such-feed.json" heading-level="4"></quartier-card>
              <h3 lang="de" dir="ltr">Hinweise</h3>
              ${notes()}
            </div>
          </section>
          <section aria-labelledby="schedules">
            <h2 id="schedules">Zeiten in Worten</h2>
            <table class="sentences">
              <thead>
                <tr>
                  <th scope="col">Regel</th>
                  <th scope="col">Deutsch</th>
                  <th scope="col" lang=${tag} dir=${dir}>${language.name}</th>
                </tr>
              </thead>
              <tbody>
                ${sentences.map(
                  (row, i) =>
                    html`<tr>
                      <td lang="en">${row.label}</td>
                      <td lang="de">${germanSentences[i]!.text}</td>
                      <td lang=${tag} dir=${dir}>${row.text}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="strings">
            <h2 id="strings">Alle Texte</h2>
            ${groupsOf(keys.filter(visible)).map(
              ([group, list]) =>
                html`<section class="group" aria-labelledby=${`g-${group}`}>
                  <h3 id=${`g-${group}`}><code>${group}</code> <span class="count">(${list.length})</span></h3>
                  <ol class="entries">
                    ${repeat(list, (key) => key, entry)}
                  </ol>
                </section>`,
            )}
          </section>
        </main>`,
      root,
    );
  }

  draw();
  // The map's details: the first place, as a reader who chose it sees them.
  const map = root.querySelector('offer-map');
  map?.addEventListener('quartier-load', () => map.select('place', 'treff-am-markt'), { once: true });
  return {
    language,
    get verdicts() {
      return verdicts;
    },
    setVerdict,
    files,
  };
}

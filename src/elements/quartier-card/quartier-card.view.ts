/**
 * The view of <quartier-card>: how a loaded feed becomes the card. Fetched
 * with the feed (see `loadView` in the shell), so the script-tag entry
 * carries only the card's attributes.
 */
import { deLabels } from '../../i18n/de/labels.js';
import { deLifecycle } from '../../i18n/de/lifecycle.js';
import { deMap } from '../../i18n/de/map.js';
import { deCard } from '../../i18n/de/card.js';
import { deOffer } from '../../i18n/de/offer.js';
import { deSchedule } from '../../i18n/de/schedule.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { organizationById, projectPartners, resolveProject } from '../../feed/query.js';
import type { Feed, Organization, Project, Qualifier, Text } from '../../feed/types.js';
import type { Translate } from '../../i18n/translate.js';
import { formatList, formatMoney, formatNumber, formatPartialDate, languageName } from '../../i18n/intl-format.js';
import type { MessageKey } from '../../i18n/messages.js';
import { fire, type QuartierSelectDetail } from '../base/events.js';
import { mailHref, telHref, webHref } from '../shared/links.js';
import type { ElementView, ViewResult } from '../base/quartier-element.js';
import { blockText, fillMessage, inlineText, blockParagraphs, plainText, type TextContext } from '../shared/render-text.js';
import { UsageError } from '../base/widget-error.js';
import { textLanguages, textNotes } from '../shared/text-notes.js';
import { renderOffers } from './card-offers.js';
import { followDeepLinks } from './card-details.js';
import { renderContents, sectionId } from './contents.js';
import { foldedBody, foldOf, foldOfText, isOpen, restClass, restFrom, type Fold } from './fold.js';
import { childList } from '../shared/child-list.js';
import { renderKeyFacts } from './key-facts.js';
import { periodWords } from './period.js';
import { projectLifecycle } from '../../feed/lifecycle.js';
import { lifecycleWords } from '../shared/lifecycle-words.js';
import { heading } from '../shared/heading.js';
import { join } from './join.js';
import { present, seq } from '../shared/seq.js';
import { withoutLead } from './unrepeated.js';
import type { QuartierCard } from './quartier-card.js';
import { cardSpec } from './quartier-card.spec.js';
import { cardStyles } from './quartier-card.styles.js';
import { headingLevel, sourceLabel } from '../shared/host-info.js';
import { moreButton, visible } from '../shared/more.js';

/** How each qualifier is worded around a number. */
const QUALIFIER_WORDS: Readonly<Record<Qualifier, MessageKey>> = {
  approximately: 'number.approximate',
  'more-than': 'number.more-than',
  'less-than': 'number.less-than',
  'at-least': 'number.at-least',
};

/** A figure's qualifier: as written, or "ca." from the older flag. */
const qualifierOf = (qualifier: Qualifier | undefined, approximate: boolean | undefined): Qualifier | undefined =>
  qualifier ?? (approximate ? 'approximately' : undefined);

/** One render of the card: the host, the feed, the reader's language, and the helpers its parts share. */
export interface CardRender {
  readonly host: QuartierCard;
  readonly feed: Feed;
  readonly t: Translate;
  readonly lang: string;
  readonly tc: TextContext;
  /** A feed text inline, with its own `lang`. */
  txt(text: Text | undefined): unknown;
  /** A plain feed string (names, addresses, notes), in the feed's language. */
  str(value: string | undefined): unknown;
  /** A number for the reader's language, with its qualifier in words ("ca. 11.250", "über 2.300"). */
  num(value: number, qualifier?: Qualifier): string;
  /** A translated sentence with a template (a feed text keeps its own `lang`) in place of `{name}`. */
  fill(key: MessageKey, name: string, content: unknown): TemplateResult;
  /**
   * A `<ul>` of items, or nothing when there are none. With `more` (the
   * list's key), a long list shows its first entries and a button for more.
   * With `fold`, the entries a folded section hides are marked (`fold.ts`).
   */
  list<T>(items: readonly T[], item: (value: T) => unknown, cls?: string, more?: string, fold?: Fold): TemplateResult | typeof nothing;
  /** A button that fires `quartier-select`; marked current when the page lets it. */
  pick(type: QuartierSelectDetail['type'], id: string, label: unknown): TemplateResult;
}

function cardRender(host: QuartierCard, feed: Feed): CardRender {
  const { t, lang } = host.locale;
  const tc: TextContext = { lang, feedLang: feed.language };
  return {
    host,
    feed,
    t,
    lang,
    tc,
    txt: (text) => inlineText(text, tc),
    str: (value) => (value ? inlineText({ [tc.feedLang]: value }, tc) : nothing),
    num(value, qualifier) {
      const n = formatNumber(value, lang);
      return qualifier ? t(QUALIFIER_WORDS[qualifier], { value: n }) : n;
    },
    fill: (key, name, content) => fillMessage(t, key, name, content),
    list(items, item, cls = '', more, fold) {
      if (!items.length) return nothing;
      const part = cls === 'tags' ? 'tag' : undefined;
      const rest = restFrom(fold);
      const entries = (more ? visible(host, more, items) : items).map((v, i) => ({ content: item(v), part, class: i >= rest ? 'rest' : undefined }));
      const list = html`<ul class=${cls} data-more=${more ?? nothing} ${childList(entries)}></ul>`;
      const button = more ? moreButton(host, more, items.length, t) : nothing;
      // Without a button, no binding for it (each binding is a comment node in every card).
      return button === nothing ? list : html`${list}${button}`;
    },
    pick(type, id, label) {
      const key = `${type}:${id}`;
      return html`<button
        type="button"
        class="pick"
        aria-current=${host.picked === key ? 'true' : nothing}
        @click=${() => {
          if (fire(host, 'quartier-select', { type, id })) host.picked = key;
        }}
      >${label}</button>`;
    },
  };
}

/**
 * A section with its heading (an id for the table of contents), or nothing
 * when it has no content. A foldable one wraps its body for the disclosure
 * button that follows it.
 */
function sec(c: CardRender, { key, body, fold }: Part): unknown {
  if (body === nothing) return nothing;
  const id = sectionId(key);
  const open = fold && isOpen(c.host, key);
  return html`<section part="section" id=${id} class=${fold ? (open ? 'fold open' : 'fold') : nothing}>${heading(headingLevel(c.host, 1), c.t(key), 'heading')}${
    fold ? foldedBody(c.host, key, `${id}-body`, body, fold, c.t) : body
  }</section>`;
}

/** A labelled list inside a `<dl>` (compact variant); `more` as for `CardRender.list`. */
function dlist(c: CardRender, key: MessageKey, items: readonly unknown[], cls: string, more?: string): unknown {
  return items.length ? html`<dt .textContent=${c.t(key)}></dt><dd>${c.list(items, (i) => i, cls, more)}</dd>` : nothing;
}

function orgOf(c: CardRender, id: string | undefined): Organization | undefined {
  return id ? organizationById(c.feed, id) : undefined;
}

/** An organisation's name, linked to its website when it has one. */
function org(c: CardRender, o: Organization | string | undefined): unknown {
  const found = typeof o === 'string' ? orgOf(c, o) : o;
  if (!found) return nothing;
  const href = webHref(found.url);
  return href ? html`<a href=${href}>${c.txt(found.name)}</a>` : c.txt(found.name);
}

function toView(host: QuartierCard, { feed }: LoadResult): ViewResult<Project> {
  followDeepLinks(host);
  if (!feed.projects.length) return { empty: true };
  const project = resolveProject(feed, host.project || undefined);
  if (project) return { view: project };
  const url = sourceLabel(host);
  return { error: host.project ? new UsageError('unknown-project', host.project, url) : new UsageError('choose-project', '', url) };
}

function render(host: QuartierCard, p: Project, { feed }: LoadResult): TemplateResult {
  const c = cardRender(host, feed);
  const { t } = c;
  const compact = host.variant === 'compact';
  const m = p.municipality;
  const title = c.txt(p.name);
  const full = compact ? undefined : fullSections(c, p);
  const lifecycle = projectLifecycle(p);
  const status = lifecycleWords(lifecycle, t);
  return html`<article part="card" class="card ${compact ? 'compact' : 'full'}">
    <header part="header">${heading(headingLevel(host), compact ? c.pick('project', p.id, title) : title, 'title')}${seq([
      // The title stays outside: the parts below come and go with the feed, the title's button stays the same element.
      status && html`<p class="status"><strong part="tag" class="tag ${lifecycle.state === 'ended' ? 'ended' : ''}">${status}</strong></p>`,
      p.shortName && html`<p class="short">${c.txt(p.shortName)}</p>`,
      compact && (m || p.quarter?.name) && html`<p class="where">${join([m && c.str(m.name), c.txt(p.quarter?.name)], ' · ')}</p>`,
      textNotes([p.name, p.summary, p.description], p.machineTranslated, c.tc, t),
      !compact && renderKeyFacts(c, p),
      full &&
        renderContents(
          () => host.shadowRoot,
          [...full.main, ...full.side, ...full.footer].map((s) => s.key),
          t('card.contents', { name: plainText(p.name, c.tc) }),
          t,
        ),
      blockText(p.summary, c.tc),
      compact &&
        (p.fieldsOfAction.length > 0 || p.partners.length > 0) &&
        html`<dl class="info">
            ${dlist(
              c,
              'card.fields',
              p.fieldsOfAction.map((f) => t(`field.${f}`)),
              'tags',
            )}${dlist(
              c,
              'card.partners',
              projectPartners(feed, p).map((e) => c.txt(e.organization.name)),
              'names',
              'partners',
            )}
          </dl>`,
    ])}</header>
    ${full ? renderFull(c, p, full) : nothing}
  </article>`;
}

/** A section of the full card: its heading's key, its body, and how it folds on a narrow card. */
interface Part {
  readonly key: MessageKey;
  readonly body: unknown;
  readonly fold?: Fold | undefined;
}

/** The full card's sections that have content: the main column, the side column, the footer. */
interface FullSections {
  readonly main: readonly Part[];
  readonly side: readonly Part[];
  readonly footer: readonly Part[];
}

/** Keeps the parts with content. */
const filled = (parts: readonly Part[]): Part[] => parts.filter((part) => part.body !== nothing);

/** A text section, folded on a narrow card after its first paragraph. */
function textPart(c: CardRender, key: MessageKey, text: Text | undefined): Part {
  const fold = foldOfText(blockParagraphs(text, c.tc).map((p) => p.length));
  return { key, fold, body: blockText(text, c.tc, 'text', restFrom(fold)) };
}

/** A list section, folded on a narrow card after its first `shown` entries. */
function listPart<T>(c: CardRender, key: MessageKey, items: readonly T[], shown: number, item: (value: T) => unknown, cls?: string, more?: string): Part {
  const fold = foldOf(items.length, shown);
  return { key, fold, body: c.list(items, item, cls, more, fold) };
}

function fullSections(c: CardRender, p: Project): FullSections {
  const { t, tc } = c;
  const per = p.period;
  const figureRows = figures(c, p);
  const figuresFold = foldOf(figureRows.total, 2);
  return {
    main: filled([
      textPart(c, 'card.about', withoutLead(p.description, p.summary, tc)),
      listPart(c, 'card.goals', p.goals, 3, (g) => c.txt(g)),
      textPart(c, 'card.residents', p.residents),
      textPart(c, 'card.buildings', p.buildings),
      textPart(c, 'card.characteristics', p.characteristics),
      (() => {
        const fold = foldOf(p.quotes.length, 1);
        return {
          key: 'card.quotes',
          fold,
          body: p.quotes.length
            ? p.quotes.map(
                (q, i) => html`<figure class=${i >= restFrom(fold) ? 'quote rest' : 'quote'}>
                  <blockquote>${blockText(q.text, tc)}</blockquote>
                  <figcaption>— ${join([c.str(q.name), c.txt(q.role), org(c, q.organization)], t('text.separator'))}</figcaption>
                </figure>`,
              )
            : nothing,
        } satisfies Part;
      })(),
      { key: 'card.offers', body: renderOffers(c, p, c.feed, t) },
    ]),
    side: filled([
      { key: 'card.figures', fold: figuresFold, body: figureRows.render(figuresFold) },
      {
        key: 'card.period',
        body: per
          ? seq([
              ((words) => (typeof words === 'string' ? html`<p .textContent=${words}></p>` : words && html`<p>${words}</p>`))(periodWords(per, t)),
              blockText(per.note, tc),
            ])
          : nothing,
      },
      listPart(
        c,
        'card.fields',
        p.fieldsOfAction.map((f) => t(`field.${f}`)),
        4,
        (l) => l,
        'tags',
      ),
      listPart(
        c,
        'card.partners',
        projectPartners(c.feed, p),
        2,
        (e) => html`<strong>${org(c, e.organization)}</strong>
          <span part="tag" class="tag" .textContent=${t(`role.${e.role}`)}></span>${blockText(e.contribution, tc)}`,
        'plain',
        'partners',
      ),
      {
        key: 'card.contacts',
        body: c.list(
          p.contacts,
          (contact) => {
            const who = contact.name ?? plainText(orgOf(c, contact.organization)?.name, tc);
            const link = (href: string | undefined, key: MessageKey, shown = '') =>
              href ? html`<a href=${href} dir="ltr" aria-label=${who ? `${t(key, { name: who })}: ${shown}` : nothing} .textContent=${shown}></a>` : nothing;
            return seq([
              html`<strong>${c.str(contact.name)}</strong>`,
              c.txt(contact.role),
              org(c, contact.organization),
              link(mailHref(contact.email), 'link.email', contact.email),
              link(telHref(contact.phone), 'link.phone', contact.phone),
            ]);
          },
          'lines',
        ),
      },
      listPart(
        c,
        'card.funding',
        p.funding,
        2,
        (f) =>
          html`<strong>${join([c.txt(f.program), org(c, f.funder)], ' · ')}</strong>${blockText(f.description, tc)}${
            f.amount
              ? html`<p class="amount">
                ${
                  f.amount.per
                    ? t(`card.per.${f.amount.per}`, { amount: formatMoney(f.amount.value, f.amount.currency, t) })
                    : formatMoney(f.amount.value, f.amount.currency, t)
                }
              </p>`
              : nothing
          }`,
        'plain',
      ),
      listPart(
        c,
        'card.links',
        p.links.filter((l) => webHref(l.url)),
        3,
        (l) => html`<a href=${webHref(l.url)!}>${l.label ? c.txt(l.label) : l.url}</a>`,
      ),
    ]),
    footer: filled([
      listPart(
        c,
        'card.sources',
        p.sources,
        2,
        (s) => {
          const href = webHref(s.url);
          const title = s.title ? c.str(s.title) : href && s.url;
          return html`${join([href ? html`<a href=${href}>${title}</a>` : title, c.str(s.publisher), c.str(s.author), s.date && formatPartialDate(s.date, t)], t('text.separator'))}
            ${s.note ? html`<span class="note">${c.str(s.note)}</span>` : nothing}`;
        },
        'plain',
      ),
    ]),
  };
}

/**
 * The full card below its header: two columns when the card is wide and
 * both have sections; a card whose main column would stay empty lays its
 * other sections out side by side instead, so a sparse feed fills the width.
 */
function renderFull(c: CardRender, p: Project, { main, side, footer }: FullSections): unknown {
  const { t } = c;
  const images = p.images.filter((i) => webHref(i.url));
  const sections = (parts: readonly Part[]) => parts.map((part) => sec(c, part));
  const pictures = images.map(
    (i) => html`<figure part="image">
      <img src=${webHref(i.url)!} alt=${plainText(i.alt, c.tc)} loading="lazy" referrerpolicy="no-referrer" />
      ${i.credit ? html`<figcaption>${c.fill('card.photo', 'credit', c.str(i.credit))}</figcaption>` : nothing}
    </figure>`,
  );
  const layout = main.length ? (side.length || images.length ? 'cols' : 'one') : 'tiles';
  return seq([
    layout === 'tiles'
      ? html`<div class="tiles">${seq([...pictures, ...sections(side)])}</div>`
      : html`<div class=${layout}>
          <div>${seq(sections(main))}</div>
          ${layout === 'cols' ? html`<div>${seq([...pictures, ...sections(side)])}</div>` : nothing}
        </div>`,
    (footer.length || p.reviewed || textLanguages([p.name, p.summary, p.description]).length > 1) &&
      html`<footer part="footer">
        ${seq([
          ...sections(footer),
          languagesLine(c, p),
          p.reviewed && html`<p .textContent=${t('card.reviewed', { date: formatPartialDate(p.reviewed, t) })}></p>`,
        ])}
      </footer>`,
  ]);
}

/** "Texte zum Projekt auf Deutsch, Arabisch und Ukrainisch", when there are several. */
function languagesLine(c: CardRender, p: Project): TemplateResult | typeof nothing {
  const tags = textLanguages([p.name, p.summary, p.description]);
  if (tags.length < 2) return nothing;
  return html`<p>${c.t('card.text-languages', {
    list: formatList(
      tags.map((tag) => languageName(tag, c.t)),
      c.t,
    ),
  })}</p>`;
}

/**
 * Municipality, quarter and further facts as a description list (each term
 * with its values in a `<div>`), then the quarter's description: how many
 * entries there are (rows and paragraphs), and the rendering, with the
 * entries a folded section hides marked.
 */
function figures(c: CardRender, p: Project): { total: number; render(fold: Fold | undefined): unknown } {
  const { t } = c;
  const m = p.municipality;
  const q = p.quarter;
  const count = (key: MessageKey, n: number | undefined, qualifier: Qualifier | undefined) =>
    n !== undefined && t(key, { count: n, value: c.num(n, qualifier) });
  const rows: [unknown, unknown[]][] = [];
  if (m)
    rows.push([
      t('card.municipality'),
      [
        c.str(m.name),
        c.str(join([m.district, m.state], t('text.separator')) as string),
        count('card.inhabitants', m.population, qualifierOf(m.populationQualifier, m.populationApproximate)),
      ],
    ]);
  if (q)
    rows.push([
      t('card.quarter'),
      [
        c.txt(q.name),
        count('card.dwellers', q.residents, qualifierOf(q.residentsQualifier, q.residentsApproximate)),
        count('card.units', q.housingUnits, qualifierOf(q.housingUnitsQualifier, q.housingUnitsApproximate)),
        q.radiusMeters !== undefined && t('card.radius', { value: c.num(q.radiusMeters / 1000, q.radiusApproximate ? 'approximately' : undefined) }),
        // How exact the quarter's geometry is explains the radius; a centre only the map uses needs no note here.
        q.radiusMeters !== undefined && q.geoNote && html`<span class="note">${c.txt(q.geoNote)}</span>`,
      ],
    ]);
  for (const f of p.facts) {
    const value = typeof f.value === 'number' ? c.num(f.value, qualifierOf(f.qualifier, f.approximate)) : c.txt(f.value);
    // One isolate for number and unit, so "646 Wohneinheiten" keeps its order inside Arabic.
    rows.push([c.txt(f.label), [html`<span dir="auto">${value}${f.unit ? html` ${c.txt(f.unit)}` : nothing}${f.year ? ` (${f.year})` : nothing}</span>`]]);
  }
  const groups = rows.flatMap(([dt, dds]) => {
    const shown = dds.filter(present);
    return shown.length ? [{ dt, shown }] : [];
  });
  const paragraphs = blockParagraphs(q?.description, c.tc).length;
  return {
    total: groups.length + paragraphs,
    render: (fold) =>
      groups.length || paragraphs
        ? seq([
            groups.length
              ? html`<dl
                  ${childList(
                    groups.map(({ dt, shown }, i) => ({
                      content:
                        typeof dt === 'string' && shown.length === 1
                          ? html`<dt .textContent=${dt}></dt><dd>${shown[0]}</dd>`
                          : html`<dt>${dt}</dt>${seq(shown.map((d) => html`<dd>${d}</dd>`))}`,
                      class: restClass(i, fold) === nothing ? undefined : 'rest',
                    })),
                    'div',
                  )}
                ></dl>`
              : nothing,
            blockText(q?.description, c.tc, 'text', restFrom(fold) - groups.length),
          ])
        : nothing,
  };
}

export const cardView: ElementView<QuartierCard, Project> = {
  spec: cardSpec,
  styles: cardStyles,
  // deMap: the place words of the details opened in place (shared/place-details.ts).
  messages: { ...deLabels, ...deCard, ...deOffer, ...deSchedule, ...deLifecycle, ...deMap },
  toView,
  render,
};

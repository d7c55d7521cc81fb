/**
 * <quartier-card>: one neighbourhood project with everything its feed says.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadResult } from '../../feed/load-feeds.js';
import { organizationById, projectPartners, resolveProject } from '../../feed/query.js';
import { hasEnded } from '../../feed/schedule.js';
import type { Feed, Organization, Project, Text } from '../../feed/types.js';
import { formatMoney, formatNumber, formatPartialDate } from '../../i18n/intl-format.js';
import type { MessageKey } from '../../i18n/messages.js';
import { fire, type QuartierSelectDetail } from '../base/events.js';
import { mailHref, telHref, webHref } from '../base/links.js';
import { QuartierElement, type ViewResult } from '../base/quartier-element.js';
import { blockText, inlineText, plainText, type TextContext } from '../base/render-text.js';
import { UsageError } from '../base/widget-error.js';
import { renderOffers } from './card-offers.js';
import { heading } from './heading.js';
import { join, present } from './join.js';
import { cardStyles } from './quartier-card.styles.js';

/**
 * A neighbourhood project (Quartiersprojekt) from a Quartier feed: name and
 * short name, municipality and quarter with their figures, summary and
 * description, residents, buildings, characteristics, goals, fields of action,
 * partners with role and contribution, contacts, quotes, funding, period,
 * places and offers in brief, links, images, sources and "Stand". Sections the
 * feed has no data for are left out. Headings are real `<h1>`–`<h6>`: the
 * title at `heading-level`, section headings one below.
 *
 * @summary A neighbourhood project as a card: `full`, or `compact` for listing pages.
 *
 * @csspart base - The wrapper of every state; carries `lang` and `dir`.
 * @csspart card - The project's `<article>` (border, padding).
 * @csspart header - Title, short name, place, summary (and, when compact, fields and partners).
 * @csspart title - The project's heading.
 * @csspart section - Each section of the full card (goals, partners, funding, …).
 * @csspart heading - Each section's heading.
 * @csspart tag - Field-of-action, role, category and status tags.
 * @csspart text - Each paragraph of feed text.
 * @csspart image - A figure with one of the project's images and its credit.
 * @csspart footer - Sources and "Stand".
 * @csspart loading - The loading placeholder.
 * @csspart error - The editor's error message (`role="alert"`).
 * @csspart empty - The note shown when the feed has no project.
 * @csspart debug - The feed's warnings, with `debug`.
 *
 * @cssproperty --quartier-font-family - Text font (default: system UI fonts).
 * @cssproperty --quartier-font-size - Base size (default `medium`, the reader's own).
 * @cssproperty --quartier-line-height - Default `1.5`.
 * @cssproperty --quartier-color-text - Body text (default `#1f2328`).
 * @cssproperty --quartier-color-muted - Secondary text (default `#57606a`).
 * @cssproperty --quartier-color-background - Card background (default `#ffffff`).
 * @cssproperty --quartier-color-surface - Tags (default `#f6f8fa`).
 * @cssproperty --quartier-color-border - Lines (default `#d0d7de`).
 * @cssproperty --quartier-color-accent - Links, buttons, quote bar, focus (default `#0b5cad`).
 * @cssproperty --quartier-color-error - Errors and the "ended" mark (default `#b3261e`).
 * @cssproperty --quartier-color-error-background - Default `#fdecea`.
 * @cssproperty --quartier-radius - Corners (default `0.5em`).
 * @cssproperty --quartier-space - Base spacing (default `1em`).
 * @cssproperty --quartier-max-width - Widest the card grows (default `none`).
 * @cssproperty --quartier-heading-font-family - Headings (default: the text font).
 * @cssproperty --quartier-heading-color - Headings (default: the text colour).
 * @cssproperty --quartier-focus-ring - Focus outline (default `3px solid` accent).
 *
 * @fires quartier-load - The feed has loaded: `{feed, warnings}`.
 * @fires quartier-error - The feed or the `project` attribute cannot be used: `{error, src}`.
 * @fires quartier-select - The reader picked the project (compact title), a place or an
 *   offer: `{type, id}`. Cancelable; when not cancelled the card marks the entry as current.
 */
export class QuartierCard extends QuartierElement<Project> {
  static override styles = cardStyles;

  /** The project's id; may be left out when the feed has exactly one project. */
  @property() project = '';

  /** `full` (default): everything; `compact`: name, place, summary, fields of action, partners. */
  @property() variant: 'full' | 'compact' = 'full';

  /** The entry last picked (`type:id`), marked with `aria-current`. */
  @state() private picked = '';

  /** @internal The feed and text context of the render in progress. */
  feedNow!: Feed;
  /** @internal */
  tc!: TextContext;

  protected toView({ feed }: LoadResult): ViewResult<Project> {
    if (!feed.projects.length) return { empty: true };
    const project = resolveProject(feed, this.project || undefined);
    if (project) return { view: project };
    // The feed's URL as the error message shows it (resolved here: the feed pipeline is a lazy chunk).
    const url = this.src.trim() ? this.src.trim().split(/\s+/).map((u) => new URL(u, document.baseURI).href).join(' ') : '';
    return { error: this.project ? new UsageError('unknown-project', this.project, url) : new UsageError('choose-project', '', url) };
  }

  protected renderView(p: Project, { feed }: LoadResult): TemplateResult {
    const { t, lang } = this.locale;
    this.feedNow = feed;
    this.tc = { lang, feedLang: feed.language };
    const compact = this.variant === 'compact';
    const m = p.municipality;
    const title = this.txt(p.name);
    const machine = p.machineTranslated?.some((tag) => tag.split('-')[0] === lang.split('-')[0]);
    return html`<article part="card" class="card ${compact ? 'compact' : 'full'}">
      <header part="header">
        ${heading(this.level(), compact ? this.pick('project', p.id, title) : title, 'title')}
        ${p.shortName ? html`<p class="short">${this.txt(p.shortName)}</p>` : nothing}
        ${m || p.quarter?.name ? html`<p class="where">${join([m && this.str(m.name), this.txt(p.quarter?.name)], ' · ')}</p>` : nothing}
        ${machine ? html`<p><span part="tag" class="tag">${t('text.machine-translated')}</span></p>` : nothing}
        ${blockText(p.summary, this.tc)}
        ${compact
          ? html`<dl class="info">
              ${this.dlist('card.fields', p.fieldsOfAction.map((f) => t(`field.${f}`)), 'tags')}
              ${this.dlist('card.partners', projectPartners(feed, p).map((e) => this.txt(e.organization.name)), 'names')}
            </dl>`
          : nothing}
      </header>
      ${compact ? nothing : this.renderFull(p)}
    </article>`;
  }

  private renderFull(p: Project): TemplateResult {
    const { t, lang } = this.locale;
    const tc = this.tc;
    const per = p.period;
    const ended = hasEnded(per?.end);
    const start = per?.start && formatPartialDate(per.start, lang);
    const end = per?.end && formatPartialDate(per.end, lang);
    const images = p.images.filter((i) => webHref(i.url));
    return html`<div class="cols">
        <div>
          ${this.sec('card.about', blockText(p.description, tc))}
          ${this.sec('card.goals', this.list(p.goals, (g) => this.txt(g)))}
          ${this.sec('card.residents', blockText(p.residents, tc))}
          ${this.sec('card.buildings', blockText(p.buildings, tc))}
          ${this.sec('card.characteristics', blockText(p.characteristics, tc))}
          ${this.sec(
            'card.quotes',
            p.quotes.length
              ? p.quotes.map(
                  (q) => html`<figure class="quote">
                    <blockquote>${blockText(q.text, tc)}</blockquote>
                    <figcaption>— ${join([this.str(q.name), this.txt(q.role), this.org(q.organization)])}</figcaption>
                  </figure>`,
                )
              : nothing,
          )}
          ${this.sec('card.offers', renderOffers(this, p, this.feedNow, this.locale.t))}
        </div>
        <div>
          ${images.map(
            (i) => html`<figure part="image">
              <img src=${webHref(i.url)!} alt=${plainText(i.alt, tc)} loading="lazy" />
              ${i.credit ? html`<figcaption>${this.fill('card.photo', 'credit', this.str(i.credit))}</figcaption>` : nothing}
            </figure>`,
          )}
          ${this.sec('card.figures', this.figures(p))}
          ${this.sec(
            'card.period',
            per
              ? html`${start || end
                  ? html`<p>
                      ${ended
                        ? html`${start ? `${start} – ${end}` : t('card.to', { date: end! })}
                            <strong part="tag" class="tag ended">${t('card.ended')}</strong>`
                        : join([start && t('card.since', { date: start }), end && t('card.until', { date: end })])}
                    </p>`
                  : nothing}${blockText(per.note, tc)}`
              : nothing,
          )}
          ${this.sec('card.fields', this.list(p.fieldsOfAction.map((f) => t(`field.${f}`)), (l) => l, 'tags'))}
          ${this.sec(
            'card.partners',
            this.list(
              projectPartners(this.feedNow, p),
              (e) => html`<strong>${this.org(e.organization)}</strong>
                <span part="tag" class="tag">${t(`role.${e.role}`)}</span>${blockText(e.contribution, tc)}`,
              'plain',
            ),
          )}
          ${this.sec(
            'card.contacts',
            this.list(
              p.contacts,
              (c) => {
                const who = c.name ?? plainText(this.orgOf(c.organization)?.name, tc);
                const link = (href: string | undefined, key: MessageKey, shown = '') =>
                  href ? html`<a href=${href} dir="ltr" aria-label=${who ? `${t(key, { name: who })}: ${shown}` : nothing}>${shown}</a>` : nothing;
                return html`<strong>${this.str(c.name)}</strong>${this.txt(c.role)}${this.org(c.organization)}${link(mailHref(c.email), 'link.email', c.email)}${link(
                  telHref(c.phone),
                  'link.phone',
                  c.phone,
                )}`;
              },
              'lines',
            ),
          )}
          ${this.sec(
            'card.funding',
            this.list(
              p.funding,
              (f) => html`<strong>${join([this.txt(f.program), this.org(f.funder)], ' · ')}</strong>
                ${blockText(f.description, tc)}
                ${f.amount
                  ? html`<p class="amount">
                      ${f.amount.per
                        ? t(`card.per.${f.amount.per}`, { amount: formatMoney(f.amount.value, f.amount.currency, lang) })
                        : formatMoney(f.amount.value, f.amount.currency, lang)}
                    </p>`
                  : nothing}`,
              'plain',
            ),
          )}
          ${this.sec(
            'card.links',
            this.list(
              p.links.filter((l) => webHref(l.url)),
              (l) => html`<a href=${webHref(l.url)!}>${l.label ? this.txt(l.label) : l.url}</a>`,
            ),
          )}
        </div>
      </div>
      ${p.sources.length || p.reviewed
        ? html`<footer part="footer">
            ${this.sec(
              'card.sources',
              this.list(p.sources, (s) => {
                const href = webHref(s.url);
                const title = s.title ? this.str(s.title) : href && s.url;
                return html`${join([href ? html`<a href=${href}>${title}</a>` : title, this.str(s.publisher), this.str(s.author), s.date && formatPartialDate(s.date, lang)])}
                ${s.note ? html`<span class="note">${this.str(s.note)}</span>` : nothing}`;
              }, 'plain'),
            )}
            ${p.reviewed ? html`<p>${t('card.reviewed', { date: formatPartialDate(p.reviewed, lang) })}</p>` : nothing}
          </footer>`
        : nothing}`;
  }

  /** Municipality, quarter and further facts as a description list. */
  private figures(p: Project): TemplateResult | typeof nothing {
    const { t } = this.locale;
    const m = p.municipality;
    const q = p.quarter;
    const count = (key: MessageKey, n: number | undefined, approx?: boolean) =>
      n !== undefined && t(key, { count: n, value: this.num(n, approx) });
    const rows: [unknown, unknown[]][] = [];
    if (m) rows.push([t('card.municipality'), [this.str(m.name), this.str(join([m.district, m.state]).join('')), count('card.inhabitants', m.population, m.populationApproximate)]]);
    if (q)
      rows.push([
        t('card.quarter'),
        [
          this.txt(q.name),
          count('card.dwellers', q.residents, q.residentsApproximate),
          count('card.units', q.housingUnits, q.housingUnitsApproximate),
          q.radiusMeters !== undefined && t('card.radius', { value: this.num(q.radiusMeters / 1000, q.radiusApproximate) }),
        ],
      ]);
    for (const f of p.facts) {
      const value = typeof f.value === 'number' ? this.num(f.value, f.approximate) : this.txt(f.value);
      rows.push([this.txt(f.label), [html`${value}${f.unit ? html` ${this.txt(f.unit)}` : nothing}${f.year ? ` (${f.year})` : nothing}`]]);
    }
    const dl = rows.flatMap(([dt, dds]) => {
      const shown = dds.filter(present);
      return shown.length ? [html`<dt>${dt}</dt>${shown.map((d) => html`<dd>${d}</dd>`)}`] : [];
    });
    return dl.length || q?.description ? html`${dl.length ? html`<dl>${dl}</dl>` : nothing}${blockText(q?.description, this.tc)}` : nothing;
  }

  /** A section with its heading, or nothing when it has no content. */
  private sec(key: MessageKey, body: unknown): unknown {
    return body === nothing ? nothing : html`<section part="section">${heading(this.level(1), this.locale.t(key), 'heading')}${body}</section>`;
  }

  /** @internal A `<ul>` of items, or nothing when there are none. */
  list<T>(items: readonly T[], item: (value: T) => unknown, cls = ''): TemplateResult | typeof nothing {
    return items.length ? html`<ul class=${cls}>${items.map((i) => html`<li part=${cls === 'tags' ? 'tag' : nothing}>${item(i)}</li>`)}</ul>` : nothing;
  }

  /** A labelled list inside a `<dl>` (compact variant). */
  private dlist(key: MessageKey, items: readonly unknown[], cls: string): unknown {
    return items.length ? html`<dt>${this.locale.t(key)}</dt><dd>${this.list(items, (i) => i, cls)}</dd>` : nothing;
  }

  /** @internal A feed text inline, with its own `lang`. */
  txt(text: Text | undefined): unknown {
    return inlineText(text, this.tc);
  }

  /** @internal A plain feed string (names, addresses, notes), in the feed's language. */
  str(value: string | undefined): unknown {
    return value ? inlineText({ [this.tc.feedLang]: value }, this.tc) : nothing;
  }

  /** @internal A number for the reader's language, "ca. …" when approximate. */
  num(value: number, approximate?: boolean): string {
    const { t, lang } = this.locale;
    const n = formatNumber(value, lang);
    return approximate ? t('number.approximate', { value: n }) : n;
  }

  /** @internal A translated sentence with a template (a feed text keeps its own `lang`) in place of `{name}`. */
  fill(key: MessageKey, name: string, content: unknown): TemplateResult {
    const [before, after] = this.locale.t(key, { [name]: '\u0001' }).split('\u0001');
    return html`${before}${content}${after}`;
  }

  private orgOf(id: string | undefined): Organization | undefined {
    return id ? organizationById(this.feedNow, id) : undefined;
  }

  /** An organisation's name, linked to its website when it has one. */
  private org(o: Organization | string | undefined): unknown {
    const org = typeof o === 'string' ? this.orgOf(o) : o;
    if (!org) return nothing;
    const href = webHref(org.url);
    return href ? html`<a href=${href}>${this.txt(org.name)}</a>` : this.txt(org.name);
  }

  /** @internal A button that fires `quartier-select`; marked current when the page lets it. */
  pick(type: QuartierSelectDetail['type'], id: string, label: unknown): TemplateResult {
    const key = `${type}:${id}`;
    return html`<button
      type="button"
      class="pick"
      aria-current=${this.picked === key ? 'true' : nothing}
      @click=${() => {
        if (fire(this, 'quartier-select', { type, id })) this.picked = key;
      }}
    >${label}</button>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LoadResult } from '../../feed/load-feeds.js';
import { projectById } from '../../feed/query.js';
import { ORGANIZATION_TYPES, PARTNER_ROLES, type Organization, type Project } from '../../feed/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { baseStyles } from '../../styles/base.js';
import { fire } from '../base/events.js';
import { mailHref, telHref, webHref } from '../base/links.js';
import { QuartierElement, type ViewResult } from '../base/quartier-element.js';
import { blockText, inlineText, plainText, type TextContext } from '../base/render-text.js';
import { UsageError } from '../base/widget-error.js';
import { partnerGroups, splitFilter, type PartnerGroup, type PartnerItem } from './partner-groups.js';
import { partnerListStyles } from './partner-list.styles.js';

const LAYOUTS = ['list', 'grid', 'logos'];

/**
 * The organisations behind neighbourhood projects (cities, welfare
 * organisations, housing companies, funders), from a Quartier feed.
 *
 * With `project`: that project's partners, grouped by role (Träger, Partner,
 * Förderer, Eigentümer, Netzwerk), each with its contribution; an organisation
 * with two roles is in both groups. Without `project`: every organisation in
 * the feed, each with the projects it takes part in and its role there.
 *
 * Headings are `role="heading"` with `aria-level` from `heading-level`: role
 * groups at that level, organisation names one below (at that level when
 * there are no groups). This keeps one template for all six levels without
 * `unsafeStatic`.
 *
 * An organisation with a `url` is a link (its name, or its logo in
 * `layout="logos"`); activating it fires `quartier-select`. Organisations
 * without a `url` are text, not a dead control.
 *
 * @summary The partners of a neighbourhood project, or every organisation in a feed, with roles, contributions and contacts.
 *
 * @attr {string} src - One or more feed URLs, separated by spaces.
 * @attr {string} project - A project id: show only its partners, grouped by role. Unknown ids are an error message.
 * @attr {string} role - Only these roles, space-separated: `lead partner funder owner network`. Unknown values are ignored and named in `debug`. The name is the spec's; it is also ARIA's `role` attribute, so accessibility checkers (axe `aria-roles`) report the value on the host as an unknown ARIA role (browsers ignore it).
 * @attr {string} type - Only these organisation types, space-separated: `municipality welfare housing church association school state company other`.
 * @attr {'list' | 'grid' | 'logos'} layout - `list` (default), `grid` (cards, as many columns as fit) or `logos` (a compact wall of logos, the name where there is none).
 * @attr {number} heading-level - Level (1–6) of the top headings; default 2.
 * @attr {string} lang - Language of the interface and of feed texts; default: the nearest ancestor's, then `de`.
 * @attr {boolean} debug - Show the feed's warnings and unknown filter values, for editors.
 *
 * @csspart base - The wrapper of every state.
 * @csspart heading - A role group's heading.
 * @csspart group - A list (`ul`) of organisations.
 * @csspart item - One organisation (`li`).
 * @csspart name - An organisation's name (its heading in `list` and `grid`).
 * @csspart logo - An organisation's logo (`img`).
 * @csspart text - Paragraphs of a contribution to a project.
 * @csspart description - Paragraphs of an organisation's description.
 * @csspart contact - Address, e-mail and phone (`address`).
 * @csspart loading - The loading placeholder.
 * @csspart empty - The note when nothing matches.
 * @csspart error - The message for editors when the feed or an attribute cannot be used (`role="alert"`).
 * @csspart debug - Notes for editors (with `debug`).
 *
 * @cssproperty --quartier-font-family - Text font.
 * @cssproperty --quartier-font-size - Base size (default: the reader's `medium`).
 * @cssproperty --quartier-line-height
 * @cssproperty --quartier-heading-font-family - Headings.
 * @cssproperty --quartier-heading-color - Headings.
 * @cssproperty --quartier-color-text
 * @cssproperty --quartier-color-muted - Types, descriptions, contacts.
 * @cssproperty --quartier-color-background
 * @cssproperty --quartier-color-surface - Cards in `grid`, role tags.
 * @cssproperty --quartier-color-border
 * @cssproperty --quartier-color-accent - Links and focus ring.
 * @cssproperty --quartier-color-error
 * @cssproperty --quartier-color-error-background
 * @cssproperty --quartier-radius
 * @cssproperty --quartier-space - Base spacing.
 * @cssproperty --quartier-max-width
 * @cssproperty --quartier-focus-ring
 * @cssproperty --quartier-logo-height - Height of logos (default `3em`).
 * @cssproperty --quartier-card-min-width - Narrowest card in `grid` (default `16em`).
 *
 * @fires {CustomEvent<QuartierLoadDetail>} quartier-load - The feed is loaded: `{feed, warnings}`.
 * @fires {CustomEvent<QuartierErrorDetail>} quartier-error - A feed or an attribute cannot be used: `{error, src}`.
 * @fires {CustomEvent<QuartierSelectDetail>} quartier-select - The reader activated an organisation's link: `{type: 'organization', id}`. Cancelable: `preventDefault()` keeps the page from navigating.
 */
export class PartnerList extends QuartierElement<readonly PartnerGroup[]> {
  static override styles = [baseStyles, partnerListStyles];

  // `role` is read from the attribute, so the element's own ARIA `role` reflection stays untouched.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  /** A project id: only its partners, grouped by role. */
  @property() project = '';

  /** Only these organisation types (space-separated). */
  @property() type = '';

  /** `list`, `grid` or `logos`. */
  @property() layout = 'list';

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'role') this.requestUpdate();
  }

  protected toView({ feed }: LoadResult): ViewResult<readonly PartnerGroup[]> {
    let project: Project | undefined;
    if (this.project && !(project = projectById(feed, this.project))) {
      return { error: new UsageError('unknown-project', this.project, this.feed == null ? this.src.trim() : '') };
    }
    const groups = partnerGroups(
      feed,
      project,
      splitFilter(this.getAttribute('role'), PARTNER_ROLES)[0],
      splitFilter(this.type, ORGANIZATION_TYPES)[0],
    );
    return groups.length ? { view: groups } : { empty: true };
  }

  protected renderView(groups: readonly PartnerGroup[], { feed }: LoadResult): TemplateResult {
    const ctx = { lang: this.locale.lang, feedLang: feed.language };
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'list';
    return html`<div class=${layout} @click=${this.select}>${groups.map(
      ({ role, items }) =>
        html`${role ? html`<div role="heading" aria-level=${this.level()} class="heading" part="heading">${this.locale.t(`role.${role}`)}</div>` : nothing}<ul class="group" part="group">${items.map(
          (item) => this.renderItem(item, ctx, layout === 'logos', this.level(role ? 1 : 0)),
        )}</ul>`,
    )}</div>`;
  }

  private renderItem({ org, contribution, projects }: PartnerItem, ctx: TextContext, wall: boolean, level: number): TemplateResult {
    const { t } = this.locale;
    const name = plainText(org.name, ctx);
    const href = webHref(org.url);
    const logo = webHref(org.logo?.url);
    const alt = plainText(org.logo?.alt, ctx);
    const label = wall && logo ? html`<img part="logo" src=${logo} alt=${alt || name} loading="lazy" referrerpolicy="no-referrer">` : inlineText(org.name, ctx);
    const title = href ? html`<a href=${href} data-id=${org.id} aria-label=${t('link.external', { label: name })}>${label}</a>` : label;
    if (wall) return html`<li class="item" part="item">${href ? title : html`<span>${title}</span>`}</li>`;
    const short = plainText(org.shortName, ctx);
    return html`<li class="item" part="item">
${logo ? html`<img class="logo" part="logo" src=${logo} alt=${alt} loading="lazy" referrerpolicy="no-referrer">` : nothing}
<div role="heading" aria-level=${level} class="name" part="name"><bdi>${title}${short && !name.includes(short) ? html` <span class="short">(${inlineText(org.shortName, ctx)})</span>` : nothing}</bdi></div>
${org.type ? html`<p class="muted">${t(`orgType.${org.type}`)}</p>` : nothing}
${blockText(contribution, ctx)}
${projects?.length
  ? html`<p class="muted">${t('partners.projects', { count: projects.length })}</p><ul class="projects">${projects.map(
      (p) => html`<li><span class="role">${t(`role.${p.role}`)}</span> ${inlineText(p.project.name, ctx)}${blockText(p.contribution, ctx)}</li>`,
    )}</ul>`
  : nothing}
${blockText(org.description, ctx, 'description')}
${this.renderContact(org, name, ctx.feedLang)}
</li>`;
  }

  private renderContact({ address: a, email, phone }: Organization, name: string, feedLang: string): TemplateResult | typeof nothing {
    const place = a ? [a.street, [a.postalCode, a.locality].filter(Boolean).join(' '), a.district].filter(Boolean).join(', ') : '';
    const line = (text: string | undefined, href: string | undefined, key: MessageKey): TemplateResult | typeof nothing =>
      text
        ? html`<span>${href ? html`<a href=${href}><span class="visually-hidden">${this.locale.t(key, { name })}: </span><bdi dir="ltr">${text}</bdi></a>` : html`<bdi dir="ltr">${text}</bdi>`}</span>`
        : nothing;
    return place || email || phone
      ? html`<address class="muted" part="contact">${place ? html`<span><bdi lang=${feedLang}>${place}</bdi></span>` : nothing}${line(email, mailHref(email), 'link.email')}${line(phone, telHref(phone), 'link.phone')}</address>`
      : nothing;
  }

  /** One listener for every organisation link: `quartier-select`, and no navigation when the page cancels it. */
  private select(event: Event): void {
    const link = (event.target as Element).closest<HTMLElement>('a[data-id]');
    if (link && !fire(this, 'quartier-select', { type: 'organization', id: link.dataset['id']! })) event.preventDefault();
  }

  /** Adds the filter values this element does not know to the editor's notes. */
  protected override renderDebug(): TemplateResult | typeof nothing {
    const notes = this.debug
      ? ([
          ['role', this.getAttribute('role'), PARTNER_ROLES],
          ['type', this.type, ORGANIZATION_TYPES],
        ] as const).map(([name, value, known]) => {
          const unknown = splitFilter(value, known)[1];
          return unknown.length
            ? html`<p class="debug" part="debug">${this.locale.t('partners.unknown-filter', { name, value: unknown.join(', '), allowed: known.join(', ') })}</p>`
            : nothing;
        })
      : nothing;
    return html`${notes}${super.renderDebug()}`;
  }
}

/**
 * The view of <partner-list>: how a loaded feed becomes role groups of
 * organisations, and how they are rendered and styled. Fetched with the feed
 * (the shell's `loadView()`), so the script-tag entry carries none of it.
 */
import { contentStyles } from '../../styles/content.js';
import { deLabels } from '../../i18n/de/labels.js';
import { dePartners } from '../../i18n/de/partners.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { projectById } from '../../feed/query.js';
import type { Organization, Project } from '../../feed/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { fire } from '../base/events.js';
import { renderAddress } from '../shared/address-line.js';
import { mailHref, telHref, webHref } from '../shared/links.js';
import type { ElementView, ViewResult } from '../base/quartier-element.js';
import { blockText, inlineText, plainText, type TextContext } from '../shared/render-text.js';
import { UsageError } from '../base/widget-error.js';
import { splitFilter } from '../base/widget-spec.js';
import { partnerGroups, type PartnerGroup, type PartnerItem } from './partner-groups.js';
import type { PartnerList } from './partner-list.js';
import { partnerListSpec } from './partner-list.spec.js';
import { partnerListStyles } from './partner-list.styles.js';
import { headingLevel, sourceLabel } from '../shared/host-info.js';
import { textNotes } from '../shared/text-notes.js';
import { moreButton, visible } from '../shared/more.js';
import { childList } from '../shared/child-list.js';

const { roles, type, layout: layouts } = partnerListSpec.attributes;

function toView(host: PartnerList, { feed }: LoadResult): ViewResult<readonly PartnerGroup[]> {
  let project: Project | undefined;
  if (host.project && !(project = projectById(feed, host.project))) {
    return { error: new UsageError('unknown-project', host.project, sourceLabel(host)) };
  }
  const groups = partnerGroups(feed, project, splitFilter(host.roles, roles.values)[0], splitFilter(host.type, type.values)[0]);
  return groups.length ? { view: groups } : { empty: true };
}

function render(host: PartnerList, groups: readonly PartnerGroup[], { feed }: LoadResult): TemplateResult {
  const ctx = { lang: host.locale.lang, feedLang: feed.language };
  const layout = layouts.values.includes(host.layout) ? host.layout : layouts.default;
  return html`<div class=${layout} @click=${select}>${groups.map(({ role, items }) => {
    // A long group shows its first organisations and a button for more (more.ts).
    const key = `group:${role ?? 'all'}`;
    return html`${role ? html`<div role="heading" aria-level=${headingLevel(host)} class="heading" part="heading">${host.locale.t(`role.${role}`)}</div>` : nothing}<ul
      class="group"
      part="group"
      data-more=${key}
      ${childList(
        visible(host, key, items).map((item) => ({
          content: renderItem(host, item, ctx, layout === 'logos', headingLevel(host, role ? 1 : 0)),
          class: 'item',
          part: 'item',
        })),
      )}
    ></ul>${moreButton(host, key, items.length, host.locale.t)}`;
  })}</div>`;
}

/** What an organisation's entry (`<li class="item">`, made by `childList`) holds. */
function renderItem(host: PartnerList, { org, contribution, projects }: PartnerItem, ctx: TextContext, wall: boolean, level: number): unknown {
  const { t } = host.locale;
  const name = plainText(org.name, ctx);
  const href = webHref(org.url);
  const logo = webHref(org.logo?.url);
  const alt = plainText(org.logo?.alt, ctx);
  const label = wall && logo ? html`<img part="logo" src=${logo} alt=${alt || name} loading="lazy" referrerpolicy="no-referrer">` : inlineText(org.name, ctx);
  const title = href ? html`<a href=${href} data-id=${org.id} aria-label=${t('link.external', { label: name })}>${label}</a>` : label;
  if (wall) return href ? title : html`<span>${title}</span>`;
  const short = plainText(org.shortName, ctx);
  return html`${logo ? html`<img class="logo" part="logo" src=${logo} alt=${alt} loading="lazy" referrerpolicy="no-referrer">` : nothing}
<div role="heading" aria-level=${level} class="name" part="name"><bdi>${title}${short && !name.includes(short) ? html` <span class="short">(${inlineText(org.shortName, ctx)})</span>` : nothing}</bdi></div>
${org.type ? html`<p class="muted">${t(`orgType.${org.type}`)}</p>` : nothing}
${textNotes([org.name, contribution, org.description], org.machineTranslated, ctx, t)}
${blockText(contribution, ctx)}
${
  projects?.length
    ? html`<p class="muted">${t('partners.projects', { count: projects.length })}</p><ul class="projects" data-more=${`projects:${org.id}`}>${visible(
        host,
        `projects:${org.id}`,
        projects,
      ).map(
        (p) => html`<li><span class="role">${t(`role.${p.role}`)}</span> ${inlineText(p.project.name, ctx)}${blockText(p.contribution, ctx)}</li>`,
      )}</ul>${moreButton(host, `projects:${org.id}`, projects.length, t)}`
    : nothing
}
${blockText(org.description, ctx, 'description')}
${renderContact(host, org, name, ctx.feedLang)}`;
}

function renderContact(host: PartnerList, { address: a, email, phone }: Organization, name: string, feedLang: string): TemplateResult | typeof nothing {
  const place = renderAddress(a, feedLang);
  const line = (text: string | undefined, href: string | undefined, key: MessageKey): TemplateResult | typeof nothing =>
    text
      ? html`<span>${href ? html`<a href=${href}><span class="visually-hidden">${host.locale.t(key, { name })}: </span><bdi dir="ltr">${text}</bdi></a>` : html`<bdi dir="ltr">${text}</bdi>`}</span>`
      : nothing;
  return place !== nothing || email || phone
    ? html`<address class="muted" part="contact">${place !== nothing ? html`<span>${place}</span>` : nothing}${line(email, mailHref(email), 'link.email')}${line(phone, telHref(phone), 'link.phone')}</address>`
    : nothing;
}

/**
 * One listener for every organisation link: `quartier-select`, and no
 * navigation when the page cancels it. Lit calls it with the host as `this`,
 * so the listener stays the same function from render to render.
 */
function select(this: PartnerList, event: Event): void {
  const link = (event.target as Element).closest<HTMLElement>('a[data-id]');
  if (link && !fire(this, 'quartier-select', { type: 'organization', id: link.dataset['id']! })) event.preventDefault();
}

export const partnerListView: ElementView<PartnerList, readonly PartnerGroup[]> = {
  spec: partnerListSpec,
  styles: [contentStyles, partnerListStyles],
  messages: { ...deLabels, ...dePartners },
  toView,
  render,
};

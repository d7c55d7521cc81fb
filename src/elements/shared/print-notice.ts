/**
 * The printed notice (Aushang) of a project or a place, for a stairwell or
 * the window of a Quartierstreff: one A4 page, black on white, in large
 * print and in the reader's language, with the name, the current offers
 * with their times in words and next date, the address, accessibility and
 * contact, and a QR code of the page (or of `print-url`).
 *
 * Printing adds the notice to the page's body (in a shadow root of its own)
 * with a constructed stylesheet that, in print only, hides everything else
 * and sets the page to A4; the browser's print dialog opens, and after
 * printing both go again. Nothing is shown on screen, nothing is sent
 * anywhere. This module and the QR encoder are fetched only when a reader
 * prints.
 */
import { css, html, nothing, render, svg, type TemplateResult } from 'lit';
import { isCurrent } from '../../feed/lifecycle.js';
import { organizationById, projectOffers, projectPlaces } from '../../feed/query.js';
import { localNow, type LocalNow } from '../../feed/schedule.js';
import type { Feed, Offer, Place, Project } from '../../feed/types.js';
import type { Translate } from '../../i18n/translate.js';
import { addressLine } from './address-line.js';
import { deepLinkHash } from './deep-link.js';
import { qrCode } from './notice-qr.js';
import { offerTimes } from './offer-times.js';
import { inlineText, plainText, type TextContext } from './render-text.js';

export interface Notice {
  readonly feed: Feed;
  readonly project: Project;
  /** A place's notice; without it, the project's. */
  readonly place?: Place | undefined;
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** Where the QR code leads: the element's `print-url`, else this page (a place's notice: with a link to the place). */
  readonly url: string;
}

/** The class of the notice's container in the page's body. */
export const NOTICE_CLASS = 'quartier-notice-print';

/** The page's rules while a notice waits to be printed: only the notice is printed, on A4. */
const PAGE_RULES = `@media print { body > :not(.${NOTICE_CLASS}) { display: none !important; } body { margin: 0 !important; padding: 0 !important; background: #fff !important; } }
@media screen { .${NOTICE_CLASS} { display: none !important; } }
@page { size: A4 portrait; margin: 14mm 16mm; }`;

/** Large print, black on white; sizes in points, for paper. */
export const noticeStyles = css`
  :host { display: block; color: #000; background: #fff; font: 15pt/1.35 system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif; }
  * { box-sizing: border-box; }
  .notice { display: grid; gap: 10pt; }
  .kicker { margin: 0; font-size: 14pt; font-weight: bold; }
  h1 { margin: 0; font-size: 30pt; line-height: 1.1; }
  h2 { margin: 8pt 0 2pt; font-size: 20pt; border-block-end: 2pt solid #000; }
  h3 { margin: 0; font-size: 17pt; }
  p { margin: 0 0 3pt; }
  ul { margin: 0; padding: 0; list-style: none; }
  .offers > li { padding-block: 5pt; border-block-end: 0.75pt solid #000; break-inside: avoid; }
  .offers > li:last-child { border: 0; }
  .when { font-weight: bold; }
  .place { break-inside: avoid; }
  footer { display: flex; flex-wrap: wrap; gap: 10pt 14pt; align-items: center; justify-content: space-between; margin-block-start: 6pt; padding-block-start: 8pt; border-block-start: 2pt solid #000; break-inside: avoid; }
  .contacts { flex: 1 1 60mm; }
  .qr { display: flex; gap: 10pt; align-items: center; margin: 0; }
  .qr svg { inline-size: 38mm; block-size: 38mm; flex: none; }
  .qr figcaption { font-size: 13pt; max-inline-size: 95mm; overflow-wrap: anywhere; }
  .url { display: block; font-size: 11pt; }
`;

/** One line of facts: audience, registration, cost. */
function facts(offer: Offer, t: Translate, ctx: TextContext): string {
  return [
    offer.audience && t('offer.audience', { audience: plainText(offer.audience, ctx) }),
    offer.registration && t(`offer.registration.${offer.registration}`),
    offer.cost === 'free' ? t('offer.free') : offer.cost ? plainText(offer.cost, ctx) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Name, e-mail and telephone as text (a notice has no links). */
function contactLine(contact: { name?: string; email?: string; phone?: string } | undefined): string {
  return contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(' · ') : '';
}

function renderOffer(offer: Offer, n: Notice, ctx: TextContext, now: LocalNow): TemplateResult {
  const { t } = n;
  const times = offerTimes(offer, t, ctx, true, now);
  const provider = offer.provider ? organizationById(n.feed, offer.provider) : undefined;
  const line = facts(offer, t, ctx);
  const contact = contactLine(offer.contact);
  return html`<li>
    <h3>${inlineText(offer.name, ctx)}</h3>
    ${times.words ? html`<p class="when">${times.words}</p>` : nothing}
    ${times.own ? html`<p>${inlineText(times.own, ctx)}</p>` : nothing}
    ${times.next ? html`<p>${times.next}</p>` : nothing}
    ${times.notes.map((note) => html`<p>${note.text}${note.reason ? ` (${plainText(note.reason, ctx)})` : ''}</p>`)}
    ${line ? html`<p>${line}</p>` : nothing}
    ${provider ? html`<p>${t('offer.provider', { name: plainText(provider.name, ctx) })}</p>` : nothing}
    ${contact ? html`<p>${t('offer.contact')}: <bdi>${contact}</bdi></p>` : nothing}
  </li>`;
}

/** A place: its name (on a project's notice), address, accessibility, and its offers. */
function renderPlace(place: Place | undefined, offers: readonly Offer[], n: Notice, ctx: TextContext, now: LocalNow, named: boolean): TemplateResult {
  const { t } = n;
  const wheelchair = place?.accessibility?.wheelchair;
  const note = place?.accessibility?.note;
  const access =
    wheelchair || note
      ? html`${wheelchair ? t(`place.wheelchair.${wheelchair}`) : nothing}${wheelchair && note ? ' – ' : nothing}${inlineText(note, ctx)}`
      : undefined;
  const address = addressLine(place?.address);
  return html`<section class="place">
    ${named ? html`<h2>${place ? inlineText(place.name, ctx) : t('offer.unplaced')}</h2>` : nothing}
    ${address ? html`<p class="address"><bdi lang=${n.feed.language}>${address}</bdi></p>` : nothing}
    ${access ? html`<p class="access">${access}</p>` : nothing}
    ${offers.length ? html`<ul class="offers">${offers.map((o) => renderOffer(o, n, ctx, now))}</ul>` : nothing}
  </section>`;
}

/** The notice's page. */
export function renderNotice(n: Notice, now: LocalNow = localNow()): TemplateResult {
  const ctx: TextContext = { lang: n.lang, feedLang: n.feed.language };
  const { project, place, t } = n;
  const current = projectOffers(n.feed, project).filter((o) => isCurrent(o, project, now.date));
  const places = place ? [place] : projectPlaces(n.feed, project);
  const at = (id: string | undefined) => current.filter((o) => o.place === id);
  const unplaced = place ? [] : current.filter((o) => !o.place || !places.some((p) => p.id === o.place));
  const contacts = place
    ? []
    : project.contacts.map((c) => contactLine({ ...c, name: c.name ?? plainText(organizationById(n.feed, c.organization ?? '')?.name, ctx) }));
  const qr = qrCode(n.url);
  return html`<article class="notice" lang=${n.lang} dir=${n.dir}>
    <header>
      ${place ? html`<p class="kicker">${inlineText(project.name, ctx)}</p>` : nothing}
      <h1>${inlineText(place ? place.name : project.name, ctx)}</h1>
      ${!place && project.summary ? html`<p>${inlineText(project.summary, ctx)}</p>` : nothing}
    </header>
    ${places.map((p) => renderPlace(p, at(p.id), n, ctx, now, !place))}
    ${unplaced.length ? renderPlace(undefined, unplaced, n, ctx, now, true) : nothing}
    <footer>
      <div class="contacts">${contacts.filter(Boolean).length ? html`<p><strong>${t('card.contacts')}</strong></p>${contacts.filter(Boolean).map((c) => html`<p><bdi>${c}</bdi></p>`)}` : nothing}</div>
      <figure class="qr">
        <svg viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${n.url} shape-rendering="crispEdges">${svg`<rect width=${qr.size} height=${qr.size} fill="#fff"></rect><path d=${qr.path} fill="#000"></path>`}</svg>
        <figcaption>${t('print.more')}<bdi class="url" dir="ltr">${n.url}</bdi></figcaption>
      </figure>
    </footer>
  </article>`;
}

/** Where a notice's QR code leads: `printUrl` when it is an http(s) address, else this page (for a place, with a link that opens it). */
export function noticeUrl(printUrl: string, place: Place | undefined): string {
  try {
    const given = printUrl.trim() ? new URL(printUrl, document.baseURI) : undefined;
    if (given && /^https?:$/.test(given.protocol)) return given.href;
  } catch {
    // Not a URL: this page instead.
  }
  const page = new URL(location.href);
  page.hash = place ? deepLinkHash({ type: 'place', id: place.id }) : '';
  return page.href;
}

let pageRules: CSSStyleSheet | undefined;

/** Removes a notice waiting to be printed, and the page's print rules. */
function clear(): void {
  for (const old of document.body.querySelectorAll(`:scope > .${NOTICE_CLASS}`)) old.remove();
  if (pageRules) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageRules);
}

/** Adds the notice to the page for printing, opens the print dialog, and removes it after printing. */
export function printNotice(n: Notice): HTMLElement {
  clear();
  const container = document.createElement('div');
  container.className = NOTICE_CLASS;
  const root = container.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [noticeStyles.styleSheet!];
  render(renderNotice(n), root);
  if (!pageRules) {
    pageRules = new CSSStyleSheet();
    pageRules.replaceSync(PAGE_RULES);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageRules];
  document.body.append(container);
  window.addEventListener('afterprint', clear, { once: true });
  window.print();
  return container;
}

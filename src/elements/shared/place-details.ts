/**
 * A place's details, in the list (expanded) and beside the map: address,
 * "Lage ungefähr" and the feed's note on how exact the position is,
 * accessibility, description, and every offer held there with its schedule
 * in words, next date, audience, languages, registration, cost, provider,
 * contact and link. Offer names are buttons that fire `quartier-select`.
 * <offer-map> shows them in its list and beside the map; <quartier-card>
 * opens a place's or an offer's details in place.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { offerLifecycle } from '../../feed/lifecycle.js';
import { organizationById, projectById } from '../../feed/query.js';
import type { LocalNow } from '../../feed/schedule.js';
import type { Feed, Offer, Place } from '../../feed/types.js';
import { languageName } from '../../i18n/intl-format.js';
import type { Translate } from '../../i18n/translate.js';
import { renderAddress } from './address-line.js';
import { mailHref, telHref, webHref } from './links.js';
import { lifecycleWords } from './lifecycle-words.js';
import { offerTimes, todayWords } from './offer-times.js';
import { watchToday } from './today-timer.js';
import { blockText, fillMessage, inlineText, plainText, type TextContext } from './render-text.js';
import { textNotes } from './text-notes.js';

/** What the details need from the element. */
export interface DetailsContext extends TextContext {
  readonly t: Translate;
  readonly feed: Feed;
  /** The heading level of the place's name; offers are one below. */
  readonly level: number;
  /** The offer marked as current, if any. */
  readonly currentOffer: string | undefined;
  /** The element, redrawn when "heute" changes (the map, or a card that shows an offer's details). */
  readonly host: ReactiveControllerHost & HTMLElement;
  /** Now in Europe/Berlin, once per drawing. */
  readonly now: LocalNow;
}

/** "jetzt geöffnet" or "heute 10–12 Uhr" for an offer that is current, or `undefined`; the element is redrawn when it changes. */
export function offerToday(offer: Offer, ctx: DetailsContext): { text: string; openNow: boolean } | undefined {
  if (offerLifecycle(offer, offer.project ? projectById(ctx.feed, offer.project) : undefined, ctx.now.date).state !== 'current') return undefined;
  const day = todayWords(offer, ctx.t, ctx.now);
  if (!day.text) return undefined;
  watchToday(ctx.host, ctx.now, day.changesAt);
  return { text: day.text, openNow: day.openNow };
}

function renderOffer(offer: Offer, ctx: DetailsContext, level: number): TemplateResult {
  return html`<li class="offer" aria-current=${ctx.currentOffer === offer.id ? 'true' : nothing}>
    <div role="heading" aria-level=${level} class="offer-name">
      <button type="button" class="link" data-act="offer" data-id=${offer.id}>${inlineText(offer.name, ctx)}</button>
    </div>
    ${renderOfferDetails(offer, ctx)}
  </li>`;
}

/**
 * An offer's details under its name (the caller's): category, status and
 * "heute", its schedule in words, next date and notes, audience, languages,
 * registration, cost, description, provider, contact and link.
 */
export function renderOfferDetails(offer: Offer, ctx: DetailsContext): TemplateResult {
  const { t } = ctx;
  const name = plainText(offer.name, ctx);
  const provider = offer.provider ? organizationById(ctx.feed, offer.provider) : undefined;
  const facts = [
    offer.audience && t('offer.audience', { audience: plainText(offer.audience, ctx) }),
    offer.languages.length > 0 && t('offer.languages', { list: offer.languages.map((l) => languageName(l, t)).join(t('text.separator')) }),
    offer.registration && t(`offer.registration.${offer.registration}`),
    offer.cost === 'free' ? t('offer.free') : offer.cost ? plainText(offer.cost, ctx) : '',
  ].filter((f): f is string => !!f);
  const contact = offer.contact;
  const email = mailHref(contact?.email);
  const phone = telHref(contact?.phone);
  const url = webHref(offer.url);
  const lifecycle = offerLifecycle(offer, offer.project ? projectById(ctx.feed, offer.project) : undefined, ctx.now.date);
  const status = lifecycleWords(lifecycle, t);
  const times = offerTimes(offer, t, ctx, lifecycle.state === 'current', ctx.now);
  const day = offerToday(offer, ctx);
  return html`<p class="tags">${offer.category ? html`<span class="tag">${t(`category.${offer.category}`)}</span>` : nothing}${
    status ? html`<span class="tag ${lifecycle.state === 'ended' || lifecycle.state === 'paused' ? 'paused' : ''}">${status}</span>` : nothing
  }${day ? html`<strong class="tag today ${day.openNow ? 'open' : ''}">${day.text}</strong>` : nothing}</p>
    ${times.words ? html`<p class="when">${times.words}</p>` : nothing}
    ${times.own ? html`<p class="when">${inlineText(times.own, ctx)}</p>` : nothing}
    ${times.next ? html`<p class="when">${times.next}</p>` : nothing}
    ${
      times.notes.length
        ? html`<ul class="schedule-notes">${times.notes.map((n) => html`<li>${n.reason ? fillMessage(t, 'schedule.reason', 'reason', inlineText(n.reason, ctx), { note: n.text }) : n.text}</li>`)}</ul>`
        : nothing
    }
    ${facts.length ? html`<p class="facts">${facts.join(' · ')}</p>` : nothing}
    ${textNotes([offer.name, offer.description], offer.machineTranslated, ctx, t, { fallback: false })}
    ${blockText(offer.description, ctx)}
    ${provider ? html`<p class="facts">${t('offer.provider', { name: plainText(provider.name, ctx) })}</p>` : nothing}
    ${
      contact && (contact.name || email || phone)
        ? html`<p class="contact"><span class="label">${t('offer.contact')}:</span>
          ${contact.name ? html`<bdi>${contact.name}</bdi>` : nothing}
          ${email ? html`<a href=${email}><bdi dir="ltr">${contact.email}</bdi></a>` : nothing}
          ${phone ? html`<a href=${phone}><bdi dir="ltr">${contact.phone}</bdi></a>` : nothing}</p>`
        : nothing
    }
    ${url ? html`<p><a href=${url} aria-label=${t('link.external', { label: t('offer.more', { name }) })}>${t('offer.more', { name })}</a></p>` : nothing}`;
}

/**
 * The body of a place's details (the name is rendered by the caller, as a
 * button or a heading). `inList`: the list shows the address and "Lage
 * ungefähr" under the name already, so the details do not say them again.
 */
export function renderPlaceDetails(place: Place | undefined, offers: readonly Offer[], ctx: DetailsContext, inList = false): TemplateResult {
  const { t } = ctx;
  const address = inList ? nothing : renderAddress(place?.address, ctx.feedLang);
  const approximate = !inList && place?.geo?.approximate;
  const wheelchair = place?.accessibility?.wheelchair;
  return html`${address !== nothing ? html`<p class="address"><span class="visually-hidden">${t('place.address')}: </span>${address}</p>` : nothing}
    ${
      approximate || place?.geoNote
        ? html`<p class="geo-note">${approximate ? html`<strong>${t('place.approximate')}</strong> ` : nothing}${inlineText(place?.geoNote, ctx)}</p>`
        : nothing
    }
    ${
      wheelchair || place?.accessibility?.note
        ? html`<p class="access">${wheelchair ? t(`place.wheelchair.${wheelchair}`) : nothing}${wheelchair && place?.accessibility?.note ? ' – ' : nothing}${inlineText(place?.accessibility?.note, ctx)}</p>`
        : nothing
    }
    ${textNotes([place?.name, place?.description, ...offers.flatMap((o) => [o.name, o.description])], place?.machineTranslated, ctx, t)}
    ${blockText(place?.description, ctx)}
    ${
      offers.length
        ? html`${place ? html`<div role="heading" aria-level=${Math.min(6, ctx.level + 1)} class="sub">${t('place.offers')}</div>` : nothing}
          <ul class="offers">${offers.map((o) => renderOffer(o, ctx, Math.min(6, ctx.level + (place ? 2 : 1))))}</ul>`
        : nothing
    }`;
}

// The "floor" of the card benchmarks: what the same content costs at least.
// A minimal one-file Lit card over the same feed, as a webmaster might write
// it by hand: one page-wide fetch cache, JSON.parse and nothing else (no
// validation, no i18n, no lazy chunks, no styles beyond a few lines). It shows
// the project's title, summary, partners, places and offers as plain Lit
// templates, in a compact and a full variant. Benchmarks compare the kit's
// elements with it in the same run; it is not part of the kit.
//
//   <floor-card src="feed.json" project="id" variant="full|compact">
//
// When its content is committed it sets `state` to `loaded` and dispatches
// `floor-load` (bubbling); on a failed fetch, `state` is `error` and it
// dispatches `floor-error`.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';

/** A feed as JSON.parse returns it: nothing is checked. */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const feeds = new Map<string, Promise<Json>>();

/** The page-wide fetch cache: each feed URL is fetched and parsed once per page. */
export function floorFeed(src: string): Promise<Json> {
  const url = new URL(src, document.baseURI).href;
  let feed = feeds.get(url);
  if (!feed) {
    feed = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    });
    feeds.set(url, feed);
  }
  return feed;
}

/** A text as written (a string) or in the feed's language, else its first translation. */
export function floorText(value: Json, language: string): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return value[language] ?? Object.values(value)[0] ?? '';
  return String(value);
}

/** Only http(s) URLs become links. */
export const floorUrl = (url: Json): string | undefined => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : undefined);

const organizationsOf = new WeakMap<object, Map<string, Json>>();

/** The feed's organisations by id, built once per feed. */
export function floorOrganizations(feed: Json): Map<string, Json> {
  let byId = organizationsOf.get(feed);
  if (!byId) {
    byId = new Map((feed.organizations ?? []).map((o: Json) => [o.id, o]));
    organizationsOf.set(feed, byId);
  }
  return byId;
}

export class FloorCard extends LitElement {
  static override properties = { src: {}, project: {}, variant: {}, state: { reflect: true } };

  static override styles = css`
    :host {
      display: block;
      font: 1rem/1.5 system-ui, sans-serif;
      border: 1px solid #ccc;
      border-radius: 0.5rem;
      padding: 1rem;
      margin-block: 1rem;
    }
    h2 {
      margin-block: 0 0.5rem;
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
      margin-block: 1rem 0.25rem;
    }
    ul {
      padding-inline-start: 1.25rem;
    }
  `;

  // Declared, set in the constructor: no class fields that would shadow Lit's accessors under any compiler setting.
  declare src: string;
  declare project: string;
  declare variant: 'full' | 'compact';
  declare state: 'loading' | 'loaded' | 'error';
  private feed: Json;

  constructor() {
    super();
    this.src = '';
    this.project = '';
    this.variant = 'full';
    this.state = 'loading';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('src') && this.src) {
      const src = this.src;
      this.state = 'loading';
      floorFeed(src).then(
        (feed) => {
          if (src !== this.src) return;
          this.feed = feed;
          this.state = 'loaded';
        },
        () => {
          if (src !== this.src) return;
          this.state = 'error';
        },
      );
    }
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('state') && this.state !== 'loading') {
      this.dispatchEvent(new Event(this.state === 'loaded' ? 'floor-load' : 'floor-error', { bubbles: true, composed: true }));
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (this.state === 'error') return html`<p>Das Projekt konnte nicht geladen werden.</p>`;
    const feed = this.feed;
    if (this.state !== 'loaded' || !feed) return html`<p>Wird geladen …</p>`;
    const projects: Json[] = feed.projects ?? [];
    const p = this.project ? projects.find((x) => x.id === this.project) : projects[0];
    if (!p) return html`<p>Projekt nicht gefunden.</p>`;
    const lang: string = feed.language ?? 'de';
    const t = (value: Json): string => floorText(value, lang);
    const orgs = floorOrganizations(feed);
    const partners: Json[] = p.partners ?? [];
    const name = (id: string): string => t(orgs.get(id)?.name) || id;
    const where = [p.municipality?.name, t(p.quarter?.name)].filter(Boolean).join(' · ');
    if (this.variant === 'compact') {
      return html`<article>
        <h2>${t(p.name)}</h2>
        ${where ? html`<p>${where}</p>` : nothing}
        ${p.summary ? html`<p>${t(p.summary)}</p>` : nothing}
        ${partners.length ? html`<p>Partner: ${partners.map((e) => name(e.organization)).join(', ')}</p>` : nothing}
      </article>`;
    }
    const places: Json[] = (feed.places ?? []).filter((x: Json) => x.project === p.id);
    const placeName = new Map(places.map((x) => [x.id, t(x.name)]));
    const offers: Json[] = (feed.offers ?? []).filter((x: Json) => x.project === p.id);
    const link = (url: Json, text: string) => (floorUrl(url) ? html`<a href=${floorUrl(url)!}>${text}</a>` : text);
    return html`<article>
      <h2>${t(p.name)}</h2>
      ${where ? html`<p>${where}</p>` : nothing}
      ${p.summary ? html`<p>${t(p.summary)}</p>` : nothing}
      ${
        p.description
          ? t(p.description)
              .split(/\n\n+/)
              .map((para) => html`<p>${para}</p>`)
          : nothing
      }
      ${(p.goals ?? []).length ? html`<h3>Ziele</h3><ul>${p.goals.map((g: Json) => html`<li>${t(g)}</li>`)}</ul>` : nothing}
      ${
        partners.length
          ? html`<h3>Partner</h3>
            <ul>
              ${partners.map(
                (e) =>
                  html`<li>${link(orgs.get(e.organization)?.url, name(e.organization))} (${e.role})${e.contribution ? html`: ${t(e.contribution)}` : nothing}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        places.length
          ? html`<h3>Orte</h3>
            <ul>
              ${places.map(
                (x) =>
                  html`<li>${t(x.name)}${x.address ? html`, ${[x.address.street, [x.address.postalCode, x.address.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')}` : nothing}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        offers.length
          ? html`<h3>Angebote</h3>
            <ul>
              ${offers.map(
                (o) =>
                  html`<li>
                    ${link(o.url, t(o.name))}${o.place && placeName.has(o.place) ? html` – ${placeName.get(o.place)}` : nothing}
                    ${o.schedule?.text ? html`<br />${t(o.schedule.text)}` : nothing}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </article>`;
  }
}

if (!customElements.get('floor-card')) customElements.define('floor-card', FloorCard);

// The "floor" of the partner-list benchmark: a minimal one-file Lit list over
// the same feed, through floor-card.ts's page-wide fetch cache, with no
// validation, no i18n and no lazy chunks: each partner of a project (or every
// organisation when no project is given) with its role, contribution, address
// and links. Benchmarks compare <partner-list> with it in the same run; it is
// not part of the kit.
//
//   <floor-list src="feed.json" project="id">
//
// Sets `state` and dispatches `floor-load` / `floor-error` as <floor-card> does.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { floorFeed, floorOrganizations, floorText, floorUrl } from './floor-card.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

export class FloorList extends LitElement {
  static override properties = { src: {}, project: {}, state: { reflect: true } };

  static override styles = css`
    :host {
      display: block;
      font: 1rem/1.5 system-ui, sans-serif;
    }
    li {
      margin-block: 0.5rem;
    }
  `;

  // Declared, set in the constructor: no class fields that would shadow Lit's accessors under any compiler setting.
  declare src: string;
  declare project: string;
  declare state: 'loading' | 'loaded' | 'error';
  private feed: Json;

  constructor() {
    super();
    this.src = '';
    this.project = '';
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

  override render(): TemplateResult {
    if (this.state === 'error') return html`<p>Die Partner konnten nicht geladen werden.</p>`;
    const feed = this.feed;
    if (this.state !== 'loaded' || !feed) return html`<p>Wird geladen …</p>`;
    const lang: string = feed.language ?? 'de';
    const t = (value: Json): string => floorText(value, lang);
    const orgs = floorOrganizations(feed);
    const project = this.project ? (feed.projects ?? []).find((p: Json) => p.id === this.project) : undefined;
    const entries: Array<{ org: Json; role?: string; contribution?: Json }> = project
      ? (project.partners ?? []).map((e: Json) => ({ org: orgs.get(e.organization), role: e.role, contribution: e.contribution })).filter((e: Json) => e.org)
      : [...orgs.values()].map((org) => ({ org }));
    return html`<ul>
      ${entries.map(({ org, role, contribution }) => {
        const url = floorUrl(org.url);
        const a = org.address;
        return html`<li>
          <strong>${url ? html`<a href=${url}>${t(org.name)}</a>` : t(org.name)}</strong>${role ? html` (${role})` : nothing}
          ${contribution ? html`<br />${t(contribution)}` : nothing}
          ${a ? html`<br />${[a.street, [a.postalCode, a.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')}` : nothing}
          ${typeof org.email === 'string' ? html`<br /><a href=${`mailto:${org.email}`}>${org.email}</a>` : nothing}
          ${typeof org.phone === 'string' ? html`<br /><a href=${`tel:${org.phone.replace(/[^0-9+]/g, '')}`}>${org.phone}</a>` : nothing}
        </li>`;
      })}
    </ul>`;
  }
}

if (!customElements.get('floor-list')) customElements.define('floor-list', FloorList);

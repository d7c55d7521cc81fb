/**
 * Shareable links to a place or an offer: `#quartier-place=<id>` and
 * `#quartier-offer=<id>` in the page's address. An element that shows the
 * place or offer opens it when it has loaded with such a link and when the
 * link changes (`hashchange`); the page's own fragments are left alone. The
 * views watch the links (so the script-tag entry carries none of this).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DeepLink {
  readonly type: 'place' | 'offer';
  readonly id: string;
}

/** The place or offer a fragment names, or `undefined` (another fragment, or an id that is not percent-encoded properly). */
export function readDeepLink(hash: string): DeepLink | undefined {
  const m = /^#quartier-(place|offer)=(.+)$/.exec(hash);
  if (!m) return undefined;
  try {
    return { type: m[1] as DeepLink['type'], id: decodeURIComponent(m[2]!) };
  } catch {
    return undefined;
  }
}

/** The fragment of a link to a place or an offer. */
export const deepLinkHash = (link: DeepLink): string => `#quartier-${link.type}=${encodeURIComponent(link.id)}`;

const watched = new WeakSet<ReactiveControllerHost>();

/**
 * Tells `onLink` the page's link to a place or an offer while the host is on
 * the page: at once, and at each change. After each of the host's updates
 * `reveal` is asked to bring the linked entry into view, until it says it
 * has (`true`). A view calls this when it first draws: a host is watched
 * once.
 */
export function watchDeepLinks(host: ReactiveControllerHost, onLink: (link: DeepLink) => void, reveal: (link: DeepLink) => boolean = () => true): void {
  if (watched.has(host)) return;
  watched.add(host);
  new DeepLinkController(host, onLink, reveal);
}

class DeepLinkController implements ReactiveController {
  /** A link not yet brought into view. */
  private pending: DeepLink | undefined;

  private readonly changed = (): void => {
    const link = readDeepLink(location.hash);
    if (!link) return;
    this.pending = link;
    this.onLink(link);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly onLink: (link: DeepLink) => void,
    private readonly reveal: (link: DeepLink) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.changed);
    this.changed();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.changed);
  }

  hostUpdated(): void {
    if (this.pending && this.reveal(this.pending)) this.pending = undefined;
  }
}

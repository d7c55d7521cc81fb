/**
 * Shareable links to a place or an offer: `#quartier-place=<id>` and
 * `#quartier-offer=<id>` in the page's address. An element that shows the
 * place or offer opens it when the page loads with such a link and when the
 * link changes (`hashchange`); the page's own fragments are left alone.
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

/** Tells `onLink` the page's link to a place or an offer while the host is on the page: at once, and at each change. */
export class DeepLinkController implements ReactiveController {
  private readonly changed = (): void => {
    const link = readDeepLink(location.hash);
    if (link) this.onLink(link);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly onLink: (link: DeepLink) => void,
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
}

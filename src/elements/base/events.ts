/**
 * The events every element fires. All bubble and cross shadow boundaries.
 */
import type { Feed, FeedWarning } from '../../feed/types.js';
import type { WidgetError } from './widget-error.js';

export interface QuartierLoadDetail {
  readonly feed: Feed;
  readonly warnings: readonly FeedWarning[];
}

export interface QuartierErrorDetail {
  readonly error: WidgetError;
  /** The element's `src` value (empty when the feed was given as a property). */
  readonly src: string;
}

export interface QuartierSelectDetail {
  readonly type: 'project' | 'organization' | 'place' | 'offer';
  readonly id: string;
}

export interface QuartierLanguageDetail {
  /** The language a reader chose in a switch (a tag of src/i18n/languages.ts). */
  readonly lang: string;
}

declare global {
  interface HTMLElementEventMap {
    'quartier-load': CustomEvent<QuartierLoadDetail>;
    'quartier-error': CustomEvent<QuartierErrorDetail>;
    'quartier-select': CustomEvent<QuartierSelectDetail>;
    'quartier-language': CustomEvent<QuartierLanguageDetail>;
  }
}

/** Each event's name and the type of its detail. */
export type EventDetails = {
  'quartier-load': QuartierLoadDetail;
  'quartier-error': QuartierErrorDetail;
  'quartier-select': QuartierSelectDetail;
  'quartier-language': QuartierLanguageDetail;
};

/** Fires one of the kit's events from `target`. */
export function fire<K extends keyof EventDetails>(target: EventTarget, type: K, detail: EventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'quartier-select' }));
}

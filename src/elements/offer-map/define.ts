/** Registers <offer-map> (skipped with a warning when the tag is taken). */
import { define } from '../base/define.js';
import { OfferMap } from './offer-map.js';

define('offer-map', OfferMap);

declare global {
  interface HTMLElementTagNameMap {
    'offer-map': OfferMap;
  }
}

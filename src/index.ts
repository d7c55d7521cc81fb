/**
 * The npm entry: element classes, events, errors and the data layer.
 * Registers nothing; import `quartier-widgets/<tag>` (or the script-tag
 * bundle) to register the elements.
 */
export { QuartierCard } from './elements/quartier-card/quartier-card.js';
export { PartnerList } from './elements/partner-list/partner-list.js';
export { OfferMap, type MapSelection } from './elements/offer-map/offer-map.js';
export { QuartierDirectory } from './elements/quartier-directory/quartier-directory.js';
export { setMapConsent, hasMapConsent, MAP_CONSENT_EVENT, type MapConsentDetail } from './elements/shared/map-consent.js';
export { QuartierElement, type ViewResult } from './elements/base/quartier-element.js';
export type { QuartierLoadDetail, QuartierErrorDetail, QuartierSelectDetail, QuartierLanguageDetail } from './elements/base/events.js';
export { UsageError, type WidgetError, type UsageErrorCode } from './elements/base/widget-error.js';
export { define } from './elements/base/define.js';
export { VERSION } from './version.js';
export * from './feed/index.js';

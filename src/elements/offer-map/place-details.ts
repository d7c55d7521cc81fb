/**
 * The details of <offer-map>'s places and offers: the shared views
 * (elements/shared/place-details.ts, which <quartier-card> uses too) and
 * their context for one drawing of the map.
 */
import type { Feed } from '../../feed/types.js';
import { localNow } from '../../feed/schedule.js';
import { headingLevel } from '../shared/host-info.js';
import type { DetailsContext } from '../shared/place-details.js';
import type { MapController } from './map-controller.js';

/** The details' context for one drawing of the element. */
export function detailsContext(ctl: MapController, feed: Feed): DetailsContext {
  const { t, lang } = ctl.host.locale;
  const selection = ctl.host.selection;
  return {
    t,
    lang,
    feedLang: feed.language,
    feed,
    level: headingLevel(ctl.host),
    currentOffer: selection?.type === 'offer' ? selection.id : undefined,
    host: ctl.host,
    now: localNow(),
  };
}

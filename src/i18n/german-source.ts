/**
 * Every German text residents can see, in one table: the source for
 * translators (`npm run translations`) and for the completeness tests. Never
 * imported by the elements, which take German piece by piece with each view.
 */
import { deAgenda } from './de/agenda.js';
import { deAttribute } from './de/attribute.js';
import { deCalendar } from './de/calendar.js';
import { deCard } from './de/card.js';
import { deCommon } from './de/common.js';
import { deDirectory } from './de/directory.js';
import { deErrors } from './de/errors.js';
import { deLabels } from './de/labels.js';
import { deLifecycle } from './de/lifecycle.js';
import { deMap } from './de/map.js';
import { deMarkup } from './de/markup.js';
import { deOffer } from './de/offer.js';
import { dePartners } from './de/partners.js';
import { deSchedule } from './de/schedule.js';
import { deSwitch } from './de/switch.js';
import type { Messages } from './messages.js';

export const germanSource: Messages = {
  ...deSwitch,
  ...deCommon,
  ...deErrors,
  ...deLabels,
  ...deCard,
  ...dePartners,
  ...deOffer,
  ...deSchedule,
  ...deCalendar,
  ...deMap,
  ...deMarkup,
  ...deAttribute,
  ...deLifecycle,
  ...deAgenda,
  ...deDirectory,
};

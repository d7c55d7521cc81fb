/**
 * The shape of the string tables: every key of the German texts (the
 * entry's and the views'), each a message.
 */
import type { de } from './de.js';
import type { deAgenda } from './de/agenda.js';
import type { deAttribute } from './de/attribute.js';
import type { deCalendar } from './de/calendar.js';
import type { deCard } from './de/card.js';
import type { deDirectory } from './de/directory.js';
import type { EditorKey } from './de/editor.js';
import type { deErrors } from './de/errors.js';
import type { deLabels } from './de/labels.js';
import type { deLifecycle } from './de/lifecycle.js';
import type { deMap } from './de/map.js';
import type { deMarkup } from './de/markup.js';
import type { deOffer } from './de/offer.js';
import type { dePartners } from './de/partners.js';
import type { deSchedule } from './de/schedule.js';
import type { deSwitch } from './de/switch.js';
import type { Message } from './format.js';

/** Every key of the residents' texts. */
export type MessageKey =
  | keyof typeof de
  | keyof typeof deErrors
  | keyof typeof deLabels
  | keyof typeof deCard
  | keyof typeof dePartners
  | keyof typeof deSchedule
  | keyof typeof deMap
  | keyof typeof deOffer
  | keyof typeof deMarkup
  | keyof typeof deAttribute
  | keyof typeof deCalendar
  | keyof typeof deSwitch
  | keyof typeof deLifecycle
  | keyof typeof deAgenda
  | keyof typeof deDirectory;
/** A complete table of what residents see (one chunk per language but German). */
export type Messages = Readonly<Record<MessageKey, Message>>;
/** What only editors see (warnings in debug mode, the feed checker): always a chunk of its own. */
export type EditorMessages = Readonly<Record<EditorKey, Message>>;
export type { EditorKey };

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
import type { deEditor, EditorKey } from './de/editor.js';
import type { deErrors } from './de/errors.js';
import type { deLabels } from './de/labels.js';
import type { deLifecycle } from './de/lifecycle.js';
import type { deMap } from './de/map.js';
import type { deMarkup } from './de/markup.js';
import type { deOffer } from './de/offer.js';
import type { dePartners } from './de/partners.js';
import type { deSchedule } from './de/schedule.js';
import type { deSwitch } from './de/switch.js';
import type { Message, PlaceholderMap } from './format.js';

/** The residents' texts in German, each with its literal text (the source of the keys and of each key's placeholders). */
export type GermanMessages = typeof de &
  typeof deErrors &
  typeof deLabels &
  typeof deCard &
  typeof dePartners &
  typeof deSchedule &
  typeof deMap &
  typeof deOffer &
  typeof deMarkup &
  typeof deAttribute &
  typeof deCalendar &
  typeof deSwitch &
  typeof deLifecycle &
  typeof deAgenda &
  typeof deDirectory;
/** Every key of the residents' texts. */
export type MessageKey = keyof GermanMessages;
type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/**
 * Placeholders a key offers its translations besides those its German text
 * names: a schedule says a day by its name (`{day}`) or its habitual form
 * (`{days}`), a range by its days' names (`{firstDay}`, `{lastDay}`), whichever
 * the language's grammar needs (see de/schedule.ts).
 */
type Offered = { readonly [K in `schedule.day.${Weekday}`]: 'day' } & { readonly 'schedule.weekly.one': 'days' } & {
  readonly [K in `schedule.nth.${'1' | '2' | '3' | '4' | '5' | '-1' | '-2' | '-3' | '-4' | '-5'}.${Weekday}`]: 'day';
} & { readonly [K in 'schedule.weekly.range' | 'schedule.days.range']: 'firstDay' | 'lastDay' };

/** Braces a German text shows as they are, not placeholders (a tile address template). */
type Verbatim = { readonly 'map.bad-tiles': 'z' | 'x' | 'y' };

/**
 * Each key of the residents' and the editor texts with its placeholders, read
 * from the German source texts: what `t(key, params)` must be given.
 */
export type MessagePlaceholders = {
  readonly [K in MessageKey | EditorKey]:
    | Exclude<PlaceholderMap<GermanMessages & typeof deEditor>[K], K extends keyof Verbatim ? Verbatim[K] : never>
    | (K extends keyof Offered ? Offered[K] : never);
};
/** A complete table of what residents see (one chunk per language but German). */
export type Messages = Readonly<Record<MessageKey, Message>>;
/** What only editors see (warnings in debug mode, the feed checker): always a chunk of its own. */
export type EditorMessages = Readonly<Record<EditorKey, Message>>;
export type { EditorKey };

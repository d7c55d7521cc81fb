/**
 * The shape of a string table: every key of the German table, each a message.
 */
import type { MessageKey } from './de.js';
import type { EditorKey } from './de/editor.js';
import type { Message } from './format.js';

/** What residents see: built into the bundle for German, one chunk per other language. */
export type Messages = Readonly<Record<MessageKey, Message>>;
/** What only editors see (warnings in debug mode, the feed checker): always a chunk of its own. */
export type EditorMessages = Readonly<Record<EditorKey, Message>>;
export type { MessageKey, EditorKey };

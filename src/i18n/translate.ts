/**
 * Translators: a function from a message key to text in one language. Any
 * key a language's table lacks falls back to German, which starts as the
 * entry's table and grows by the texts each lazily loaded view brings.
 */
import { de } from './de.js';
import { format, type Message } from './format.js';
import type { EditorKey, EditorMessages, MessageKey } from './messages.js';
import { directionOf } from './resolve-lang.js';

export type MessageTable = Readonly<Partial<Record<MessageKey, Message>>>;

const german: Partial<Record<MessageKey, Message>> = { ...de };

/** The German texts known so far (the entry's, plus those of every loaded view). */
export const defaultMessages: MessageTable = german;

/** Adds German texts that a view module brings with it. */
export function addDefaultMessages(table: MessageTable): void {
  Object.assign(german, table);
}

/** A translator bound to one language's tables. */
export interface Translate {
  (key: MessageKey | EditorKey, params?: Readonly<Record<string, string | number>>): string;
  readonly lang: string;
  /** The language of the table it reads (`en` for `en-GB`; `de` for a language without a table). */
  readonly table: string;
  /** Whether the editor texts (warnings) are there. */
  readonly editor: boolean;
  /**
   * Text for a terminal (the command line sets it on its translator, which
   * isolates nothing): editor messages insert feed values without bidi
   * isolates; the caller escapes control characters.
   */
  readonly terminal?: boolean;
}

export interface TranslatorOptions {
  /** The editor texts (feed warnings), when loaded. */
  readonly editor?: EditorMessages;
  /**
   * Wrap inserted values in bidi isolates. By default on for right-to-left
   * languages, where a URL or a German name inside an Arabic sentence would
   * otherwise be reordered; off for left-to-right text and terminals.
   */
  readonly isolate?: boolean;
  /** The language of `messages` (default: German). */
  readonly table?: string;
}

/** A translator; a key no table has (an editor text not loaded yet) comes back as the key itself. */
export function translator(messages: MessageTable, lang: string, options: TranslatorOptions = {}): Translate {
  const { editor, isolate = directionOf(lang) === 'rtl', table = 'de' } = options;
  const t = (key: MessageKey | EditorKey, params?: Readonly<Record<string, string | number>>): string => {
    const message =
      (messages as Readonly<Record<string, Message | undefined>>)[key] ??
      (editor as Readonly<Record<string, Message | undefined>> | undefined)?.[key] ??
      (german as Readonly<Record<string, Message | undefined>>)[key];
    return message === undefined ? key : format(message, params, lang, isolate);
  };
  return Object.assign(t, { lang, table, editor: editor !== undefined });
}

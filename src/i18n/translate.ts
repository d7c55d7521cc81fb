/**
 * Translators: a function from a message key to text in one language,
 * composed from that language's table and the German texts of the view that
 * asks (its own, never a page-wide table). A key the language's table lacks
 * is said in German; a key neither has (an editor text not loaded yet) comes
 * back as the key itself. Each key takes the parameters its German message
 * names (`format.ts`: `ParamsOf`), so a wrong or missing one fails `tsc`.
 */
import { format, type Message, type Params, type TextOf } from './format.js';
import type { EditorKey, EditorMessages, MessageKey, MessagePlaceholders } from './messages.js';
import { directionOf } from './resolve-lang.js';

/** Some of the residents' texts: a view's German texts, or a language's table. */
export type MessageTable = Readonly<Partial<Record<MessageKey, Message>>>;

/** A translator called with a key and parameters known only at run time (by a helper that passes them on). */
export type UntypedTranslate = (key: MessageKey | EditorKey, params?: Params) => string;

/** A translator bound to one language's tables. */
export type Translate = TextOf<MessagePlaceholders> & {
  /** The language it speaks (`en-GB`): plural rules, numbers and dates follow it. */
  readonly lang: string;
  /** The language of the table it reads (`en` for `en-GB`; `de` for a language without a table). */
  readonly table: string;
  /**
   * Text for a terminal (the command line sets it on its translator, which
   * isolates nothing): editor messages insert feed values without bidi
   * isolates; the caller escapes control characters.
   */
  readonly terminal?: boolean;
};

export interface TranslatorOptions {
  /** The German texts of the view that asks: said for every key the language's table lacks. */
  readonly german?: MessageTable;
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

type Lookup = Readonly<Record<string, Message | undefined>>;

/** A translator reading `messages`, then the editor texts, then the given German texts. */
export function translator(messages: MessageTable, lang: string, options: TranslatorOptions = {}): Translate {
  const { german, editor, isolate = directionOf(lang) === 'rtl', table = 'de' } = options;
  const t = (key: string, params?: Params): string => {
    const message = (messages as Lookup)[key] ?? (editor as Lookup | undefined)?.[key] ?? (german as Lookup | undefined)?.[key];
    return message === undefined ? key : format(message, params, lang, isolate);
  };
  return Object.assign(t as TextOf<MessagePlaceholders>, { lang, table });
}

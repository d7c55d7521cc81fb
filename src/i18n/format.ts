/**
 * Filling message templates: `{name}` placeholders and plural forms chosen
 * with `Intl.PluralRules`. Values are inserted as text, never as markup.
 */

/** A message with one form per plural category; `other` is always there. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralMessage;
export type Params = Readonly<Record<string, string | number>>;

/** The placeholder names of a template: `'{count} Orte in {city}'` → `'count' | 'city'`; any name for a template known only as `string`. */
type Placeholders<S extends string> = string extends S ? string : S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The placeholders of a message: those of every plural form, and `count`, which picks the form. */
export type PlaceholdersOf<M> = M extends string ? Placeholders<M> : M extends PluralMessage ? Placeholders<Extract<M[keyof M], string>> | 'count' : never;

/** Each key of a table with the placeholders of its message. */
export type PlaceholderMap<T> = { readonly [K in keyof T]: PlaceholdersOf<T[K]> };

/** The parameters of a message with placeholders `P`: a value for each, none for a message without. */
export type ParamsFor<P> = [P] extends [never] ? [params?: Readonly<Record<string, never>>] : [params: { readonly [N in P & string]: string | number }];

/**
 * Text for the keys of `P` (a `PlaceholderMap`): each key with the parameters
 * its message names, so a wrong or missing one fails `tsc`. For a key chosen
 * at run time (a union), the parameters of one of its keys.
 */
export type TextOf<P> = <K extends keyof P & string>(key: K, ...params: K extends unknown ? ParamsFor<P[K]> : never) => string;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * The text of a message for `params`. A plural message picks its form by
 * `params.count`; a number in `params` is formatted for `lang`. With
 * `isolate`, each inserted string is a bidi isolate (U+2068…U+2069), so a URL
 * or a German name keeps its own direction inside an Arabic sentence.
 */
export function format(message: Message, params: Params = {}, lang = 'de', isolate = false): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params['count'] ?? 0);
    template = message[pluralCategory(lang, count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, lang);
    // A value with isolates of its own is a message already formatted in this right-to-left language:
    // isolated right to left (RLI), since first-strong (FSI) would find no letter outside its inner isolates and pick LTR.
    return isolate && value ? `${value.includes('\u2068') ? '\u2067' : '\u2068'}${value}\u2069` : value;
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The digits of languages whose number data a browser may lack (Chromium on
 * Linux has none for Pashto or Sorani, and would write "2,012" in American
 * style beside their Persian and Arabic-Indic text).
 */
const DIGITS: Readonly<Record<string, string>> = { ps: 'arabext', ckb: 'arab' };

/** The locale numbers of `lang` are written in: its own, or German style in its digits where `Intl` lacks it (throws on a malformed tag). */
export function numberLocale(lang: string): string {
  const digits = DIGITS[lang.toLowerCase().split('-')[0]!];
  return digits && !Intl.NumberFormat.supportedLocalesOf(lang).length ? `de-u-nu-${digits}` : lang;
}

/** A number for a language ("2.300" in German); German style for a tag `Intl` rejects. */
export function formatNumber(value: number, lang: string): string {
  let nf = numberFormats.get(lang);
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(numberLocale(lang));
    } catch {
      nf = new Intl.NumberFormat('de');
    }
    numberFormats.set(lang, nf);
  }
  return nf.format(value);
}

/**
 * Makes the number format of `lang` and a date format in `timeZone` once,
 * ahead of a first draw that needs them. A page's first `Intl` number, date
 * or list format loads the browser's locale data (50–300 ms on a slow phone,
 * whichever format comes first), and its first date format in a time zone the
 * zone's rules (10–60 ms more); later ones cost well under a millisecond.
 */
export function warmFormats(lang: string, timeZone: string): void {
  formatNumber(0, lang);
  try {
    new Intl.DateTimeFormat(lang, { timeZone }).format(0);
  } catch {
    // A tag Intl rejects: its dates are written in German, whose data the number format above has loaded.
  }
}

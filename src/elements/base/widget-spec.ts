/**
 * The shape of a widget's spec (`src/elements/<tag>/<tag>.spec.ts`): plain
 * data, no Lit, that every reader of the widget's vocabulary takes its words
 * from — the element's properties and its "value not allowed" notes, the
 * `data-quartier` upgrade, the iframe page's parameters, the configurator,
 * the Custom Elements Manifest and the README's tables.
 *
 * A spec file has two exports: the spec (what code needs at run time: names,
 * kinds, value sets, defaults) and its docs (English descriptions, parts,
 * events, tokens: for the manifest and the README only). They are separate
 * so that no description reaches a browser.
 */
import type { TokenName } from '../../styles/tokens.js';
import type { EventDetails } from './events.js';

/**
 * How an attribute is written:
 * - `text`: any text;
 * - `choice`: one of `values`;
 * - `tokens`: space-separated words, each one of `values`;
 * - `number`: a number (one of `values` when there are);
 * - `boolean`: present or absent;
 * - `data`: no attribute, a property set by script.
 */
export type AttributeKind = 'text' | 'choice' | 'tokens' | 'number' | 'boolean' | 'data';

export interface AttributeSpec {
  /** The attribute's name, or `false` for a property without attribute. */
  readonly attribute: string | false;
  readonly kind: AttributeKind;
  /** The closed set of values (of `choice`, `tokens`, and `number` where there is one). */
  readonly values?: readonly string[];
  /** The property's value when the attribute is absent (`undefined`: none of its own). */
  readonly default?: string | number | boolean;
  /** The element writes the property back to the attribute. */
  readonly reflect?: boolean;
  /** The element's own HTML attribute (`lang`): observed, not declared as a property. */
  readonly native?: boolean;
  /** The TypeScript type of a `data` property, for the manifest (`unknown`, `MapSelection | undefined`). */
  readonly type?: string;
}

/** A widget's vocabulary, keyed by property name (as Lit's `static properties`). */
export interface WidgetSpec {
  /** The custom element's name. */
  readonly tag: string;
  /** Its name in `data-quartier="…"` and `embed.html?widget=…` (the tag is accepted as well). */
  readonly alias: string;
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
}

export type EventName = keyof EventDetails;

export interface EventDoc {
  /** The name of the detail's interface (exported by the package). */
  readonly detail: string;
  readonly description: string;
}

/** English descriptions of a spec and the rest of its public face: for the manifest and the README. */
export interface WidgetDocs<S extends Pick<WidgetSpec, 'attributes'>> {
  /** One line: what the element shows. */
  readonly summary?: string;
  /** Every attribute and property of the spec, described. */
  readonly attributes: { readonly [K in keyof S['attributes']]: string };
  /** `::part()` names and what each is. */
  readonly parts: Readonly<Record<string, string>>;
  /** Events the element fires, beyond those every element fires. */
  readonly events: Readonly<Partial<Record<EventName, EventDoc>>>;
  /** `--quartier-*` tokens the element reads beyond those every element reads. */
  readonly tokens: readonly TokenName[];
  /** Named slots (`''` for the default slot). */
  readonly slots?: Readonly<Record<string, string>>;
}

/** The attributes of a spec that have an HTML attribute, as `[property, spec]` in order. */
export function attributesOf(spec: Pick<WidgetSpec, 'attributes'>): Array<[property: string, attribute: AttributeSpec & { readonly attribute: string }]> {
  return Object.entries(spec.attributes).filter((entry): entry is [string, AttributeSpec & { attribute: string }] => entry[1].attribute !== false);
}

/**
 * The values of `value` an attribute does not allow: for `tokens` each word
 * outside the set, otherwise the whole value when it is not in the set. Empty
 * for an attribute without a closed set, and for an empty value (the default).
 */
export function valuesNotAllowed(spec: AttributeSpec, value: string): string[] {
  const allowed = spec.values;
  const text = value.trim();
  if (!allowed || !text) return [];
  if (spec.kind === 'tokens') return splitFilter(text, allowed)[1];
  return allowed.includes(text) ? [] : [text];
}

/** The words of a `tokens` value (`roles="lead funder"`), split into those in `allowed` and the rest. */
export function splitFilter(value: string | null, allowed: readonly string[]): [string[], string[]] {
  const all = (value ?? '').split(/\s+/).filter(Boolean);
  return [all.filter((v) => allowed.includes(v)), all.filter((v) => !allowed.includes(v))];
}

/** The values of a `choice`/`tokens` attribute as a TypeScript type: `ValueOf<typeof spec.attributes.layout>`. */
export type ValueOf<A extends { readonly values?: readonly string[] }> = A['values'] extends readonly (infer V)[] ? V : string;

/** Lit's declaration of one attribute: its name only where Lit would not guess it, its converter, `reflect`. */
type LitDeclaration<P extends string, A extends AttributeSpec> = (A['attribute'] extends Lowercase<P>
  ? { readonly attribute?: never }
  : { readonly attribute: A['attribute'] }) &
  (A['kind'] extends 'boolean'
    ? { readonly type: BooleanConstructor }
    : A['kind'] extends 'number'
      ? { readonly type: NumberConstructor }
      : { readonly type?: never }) &
  (A['reflect'] extends true ? { readonly reflect: true } : { readonly reflect?: never });

/**
 * The `static properties` a spec asks for, as a type: a shell declares its
 * properties as a literal that `satisfies` it, so `tsc` fails when they
 * differ from the spec, while the spec (and its value sets) stays out of the
 * script-tag entry. `Own` names properties that are the shell's own (internal
 * state), not the spec's.
 */
export type LitProperties<S extends Pick<WidgetSpec, 'attributes'>, Own extends string = never> = {
  readonly [P in keyof S['attributes'] & string as S['attributes'][P] extends { readonly native: true } ? never : P]: LitDeclaration<P, S['attributes'][P]>;
} & { readonly [P in Own]: { readonly state?: boolean; readonly attribute?: false } };

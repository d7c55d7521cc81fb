/**
 * Attribute values that filter by codes (`roles="lead funder"`,
 * `category="language counselling"`): split, and sorted into known and unknown.
 */

/** The values of a space-separated attribute, split into those in `known` and the rest. */
export function splitFilter(value: string | null, known: readonly string[]): [string[], string[]] {
  const all = (value ?? '').split(/\s+/).filter(Boolean);
  return [all.filter((v) => known.includes(v)), all.filter((v) => !known.includes(v))];
}

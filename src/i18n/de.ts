/**
 * The German texts built into the script-tag entry: what every element
 * shows before anything else has loaded (the loading and empty states). The
 * rest of German comes with the part that uses it: each view brings its
 * texts (`de/card.ts`, `de/partners.ts`, `de/labels.ts`), the error message
 * brings `de/errors.ts`. Every other language has all keys in one table
 * (checked by the type and a test).
 * Placeholders in braces are filled by `format()`.
 */
import { deCommon } from './de/common.js';

export const de = {
  ...deCommon,
} as const;

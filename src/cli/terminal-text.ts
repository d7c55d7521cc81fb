/**
 * Text for a terminal. Whatever comes from a feed or the command line (values,
 * keys, paths, ids, sheet names, file names) may hold control characters: an
 * escape sequence moves the cursor, clears the screen, hides text, sets the
 * window title or writes the clipboard (OSC 52); a bidi control reverses the
 * sentence around it. Each such character is printed as `\uXXXX` instead:
 * C0 (line breaks and tabs too, so a value cannot start a line of its own),
 * DEL, C1, the line and paragraph separators and every bidi control (the
 * isolates included: the checker inserts none, terminals do not agree on them).
 */

/** Every character that is escaped, C0 (U+0000–U+001F) first. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without C0, which `JSON.stringify` escapes itself. */
const CONTROLS_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with each control character written as `\uXXXX`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** JSON text (from `JSON.stringify`) with the control characters it leaves raw escaped too: the same JSON value. */
export function escapeJsonControls(json: string): string {
  return json.replace(CONTROLS_IN_JSON, escape);
}

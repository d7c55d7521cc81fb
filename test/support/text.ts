// Text as a reader gets it, for comparisons: without the bidi isolates
// (U+2067…U+2069) the kit puts around values inserted into its messages.

/** Without the bidi isolates around inserted values (white space kept). */
export const unisolated = (value: string | null | undefined): string => (value ?? '').replace(/[\u2067\u2068\u2069]/g, '');

/** Without the bidi isolates, white space collapsed and trimmed. */
export const plain = (value: string | null | undefined): string => unisolated(value).replace(/\s+/g, ' ').trim();

/** The static parts of one template with the formatting whitespace removed or collapsed. */
export function trimTemplateParts(parts: readonly string[]): string[];
/** The module's code with the whitespace of each html`…` template trimmed. */
export function trimHtmlTemplates(code: string): string;

// The formatting whitespace of Lit's html`…` templates, removed where it
// cannot render (scripts/vite-html-whitespace-plugin.ts is the build step
// that applies it; test/node/trim-html-templates.test.js checks it).
// Each line break and indentation between two tags becomes a text node of its
// own in every rendered copy of a template (a card has about a hundred), so
// it costs DOM nodes, memory and layout work, besides bytes. Only whitespace
// that cannot render is removed: a run with a line break next to the tag of a
// block element (`<p>`, `<li>`, `<section>` …), where CSS drops it (at the
// start or end of a line); between inline content (a button and a tag, two
// bindings, words) it becomes one space, which renders the same. Whitespace inside a tag (between attributes)
// becomes one space; attribute values, texts and bindings stay as written,
// and templates with `<pre>`, `<textarea>`, `<script>`, `<style>` or
// comments are left alone. The templates are found with TypeScript's parser,
// so a `${…}` expression (with templates of its own) is never mistaken for
// template text.
import ts from 'typescript';

/** Elements whose boxes are blocks by default: whitespace next to their tags does not render. */
const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Elements whose content is a block of its own: whitespace at its start and end does not render (around the element it does). */
const INNER_BLOCK = new Set(['button']);

/** Templates with content whose whitespace may matter, or that this scanner does not follow. */
const UNTOUCHED = /<(pre|textarea|script|style)\b|<!--/i;

/**
 * What is on one side of a whitespace run; `block` for a tag: whitespace on
 * this side of it does not render.
 * @typedef {{ kind: 'tag', block: boolean } | { kind: 'edge' } | { kind: 'binding' } | { kind: 'text' }} Side
 */

/** The tag that starts at `text[i]` (`<name`, `</name`), if any. */
/**
 * The tag that starts at `text[i]` (`<name`, `</name`), if any, as it is seen from the whitespace before it.
 * @param {string} text @param {number} i @returns {Side | undefined}
 */
function tagAt(text, i) {
  const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(i, i + 40));
  if (!m) return undefined;
  const name = m[2].toLowerCase();
  return { kind: 'tag', block: BLOCK.has(name) || (m[1] === '/' && INNER_BLOCK.has(name)) };
}

/**
 * The static parts of one template (the text between its `${…}`), with the
 * formatting whitespace removed or collapsed; the same number of parts.
 */
/** @param {readonly string[]} parts @returns {string[]} */
export function trimTemplateParts(parts) {
  if (parts.some((p) => UNTOUCHED.test(p))) return [...parts];
  /** @type {'text' | 'tag' | 'quote'} */
  let state = 'text';
  let quote = '';
  let tagName = '';
  let closing = false;
  /** The last thing before the current position in text state. */
  /** @type {Side} */
  let before = { kind: 'edge' };
  return parts.map((part, index) => {
    if (index > 0 && state === 'text') before = { kind: 'binding' };
    let out = '';
    for (let i = 0; i < part.length; ) {
      const c = part[i];
      if (state === 'quote') {
        out += c;
        i++;
        if (c === quote) state = 'tag';
        continue;
      }
      if (state === 'tag') {
        if (/\s/.test(c)) {
          let j = i;
          while (j < part.length && /\s/.test(part[j])) j++;
          const run = part.slice(i, j);
          // Before `>` the run goes; elsewhere in a tag it separates attributes.
          out += run.includes('\n') ? (part[j] === '>' ? '' : ' ') : run;
          i = j;
          continue;
        }
        out += c;
        i++;
        if (c === '"' || c === "'") {
          state = 'quote';
          quote = c;
        } else if (c === '>') {
          state = 'text';
          before = { kind: 'tag', block: BLOCK.has(tagName) || (!closing && INNER_BLOCK.has(tagName)) };
        }
        continue;
      }
      // Text state.
      if (c === '<') {
        const tag = tagAt(part, i);
        if (tag) {
          const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part.slice(i, i + 40));
          tagName = m?.[2]?.toLowerCase() ?? '';
          closing = m?.[1] === '/';
          state = 'tag';
          out += c;
          i++;
          continue;
        }
      }
      if (/\s/.test(c)) {
        let j = i;
        while (j < part.length && /\s/.test(part[j])) j++;
        const run = part.slice(i, j);
        if (!run.includes('\n')) {
          out += run;
          before = { kind: 'text' };
          i = j;
          continue;
        }
        /** @type {Side} */
        const after =
          j < part.length ? (tagAt(part, j) ?? { kind: 'text' }) : index === parts.length - 1 ? { kind: 'edge' } : { kind: 'binding' };
        const blockNext = (before.kind === 'tag' && before.block) || (after.kind === 'tag' && after.block);
        const dropped = blockNext || (before.kind === 'edge' && after.kind === 'edge');
        out += dropped ? '' : ' ';
        i = j;
        continue;
      }
      out += c;
      i++;
      before = { kind: 'text' };
    }
    return out;
  });
}

/** The module's code with the whitespace of each html`…` template trimmed (`trimTemplateParts`). */
/** @param {string} code @returns {string} */
export function trimHtmlTemplates(code) {
  if (!code.includes('html`')) return code;
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const t = node.template;
      // The text of each literal piece between its delimiters (` or } before, ${ or ` after).
      const ranges = ts.isNoSubstitutionTemplateLiteral(t)
        ? [{ start: t.getStart(source) + 1, end: t.end - 1 }]
        : [
            { start: t.head.getStart(source) + 1, end: t.head.end - 2 },
            ...t.templateSpans.map((span) => ({
              start: span.literal.getStart(source) + 1,
              end: span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2),
            })),
          ];
      const parts = ranges.map((r) => code.slice(r.start, r.end));
      trimTemplateParts(parts).forEach((text, i) => {
        if (text !== parts[i]) edits.push({ ...ranges[i], text });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}


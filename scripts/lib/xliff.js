// XLIFF 2.0 for translation platforms (Weblate, Crowdin, Lokalise, …): one
// document per language, written from the German source and the language's
// table, and read back into a table. Used by `npm run translations -- export`
// and `-- import file.xlf`.
//
// Layout: one <file id="quartier-widgets">, one <unit id="<key>"> per key of
// the German source, in its order. A plain message is one <segment
// id="other">; a plural message has one segment per plural category of the
// target language (`Intl.PluralRules`), its id the category, its <source> the
// German `one` form for `one` and the German `other` form for every other
// category. Notes say which placeholders must stay and how plurals work.

import { alternatives, forms, placeholders, pluralCategories } from './message-shapes.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
const FILE_ID = 'quartier-widgets';
const STATE = { machine: 'translated', reviewed: 'reviewed', source: 'final' };

const placeholdersOf = (text) => [...placeholders(text)].map((name) => `{${name}}`);

/** Text content: &, < and > escaped. */
export function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value (in double quotes): quotes escaped too. */
export function escapeAttr(text) {
  return escapeXml(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * What a translator must know about a key's placeholders. Some schedule keys
 * may trade a weekday's name for its habitual form (the rule of
 * scripts/lib/check-table.js).
 */
function placeholderNote(key, german) {
  const all = placeholdersOf(Object.values(forms(german)).join(' '));
  if (key.startsWith('schedule.day.')) {
    return 'No placeholder needed: write the habitual form of the weekday ("on Tuesdays"). A language without such a form may write {day}, the weekday\'s name, instead.';
  }
  if (key.startsWith('schedule.nth.')) {
    return 'No placeholder needed: write the phrase for this weekday at this position in the month, the ordinal as a word agreeing with the weekday (schedule.monthly puts one or more such phrases into its sentence). A language that inflects nothing may write {day}, the weekday\'s name.';
  }
  const { groups } = alternatives(key);
  if (groups.length) {
    const traded = groups.flat();
    const others = all.filter((p) => !traded.includes(p.slice(1, -1)));
    const choices = groups.map((g) => g.map((p) => `{${p}}`).join(' or ')).join('; ');
    return `Keep one of each: ${choices} ({day}, {firstDay}, {lastDay}: weekday names; {days}, {first}, {last}: their habitual forms, schedule.day.*)${others.length ? `; keep ${others.join(', ')}` : ''}. Placeholders are not translated.`;
  }
  if (!all.length) return undefined;
  return `Keep these placeholders exactly as they are (not translated, order free): ${all.join(', ')}.`;
}

const FORMAT_NOTES = {
  'calendar.weekdays': 'Seven weekday names, Monday first, separated by commas. Only read where the browser has no date data for the language.',
  'calendar.months': 'Twelve month names, January first, separated by commas. Only read where the browser has no date data for the language.',
};

/** Spaces that matter (`text.separator`: ', '): kept from tools that normalise whitespace. */
const space = (text) => (/^\s|\s$|\s\s|[\t\n]/.test(text) ? ' xml:space="preserve"' : '');

function pluralNote(categories) {
  return `Plural: one segment per plural category of this language (${categories.join(', ')}; see https://cldr.unicode.org/index/cldr-spec/plural-rules). The source of segment "one" is the German singular, of every other segment the German plural. In many languages "one" covers 21, 31, … too: keep the number's placeholder in every form unless the form stands for exactly 1.`;
}

/**
 * An XLIFF 2.0 document for one language: `language` is its entry of
 * src/i18n/languages.ts, `source` the German source, `table` its table (or
 * `undefined`/partial: the missing targets are left out, state "initial").
 * `reviewed`: keys a native speaker has checked (the review page's "ok" and
 * corrections), whose segments are "reviewed" whatever the table's status;
 * `comments`: a reviewer's remark per key, written as a note of its unit.
 */
export function writeXliff({ tag, language, source, table = {}, reviewed = new Set(), comments = {} }) {
  const categories = pluralCategories(tag);
  const done = STATE[language?.status] ?? 'translated';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="de" trgLang="${escapeAttr(tag)}">`,
    `  <file id="${FILE_ID}">`,
    '    <notes>',
    `      <note category="about">Quartier Widgets: the residents' texts${language ? `, ${escapeXml(language.english)} (${escapeXml(language.name)}), status ${escapeXml(language.status)}` : ''}. See docs/translations.md.</note>`,
    '    </notes>',
  ];
  for (const [key, german] of Object.entries(source)) {
    const plural = typeof german !== 'string';
    const message = table[key];
    const notes = [];
    if (plural) notes.push(['plural', pluralNote(categories)]);
    const ph = placeholderNote(key, german);
    if (ph) notes.push(['placeholders', ph]);
    if (FORMAT_NOTES[key]) notes.push(['format', FORMAT_NOTES[key]]);
    if (comments[key]) notes.push(['review', comments[key]]);
    const state = reviewed.has(key) ? 'reviewed' : done;
    lines.push(`    <unit id="${escapeAttr(key)}">`);
    if (notes.length) {
      lines.push('      <notes>');
      for (const [category, text] of notes) lines.push(`        <note category="${category}">${escapeXml(text)}</note>`);
      lines.push('      </notes>');
    }
    const segments = plural ? categories : ['other'];
    for (const form of segments) {
      const sourceText = plural ? (form === 'one' ? german.one ?? german.other : german.other) : german;
      const target = message === undefined ? undefined : plural ? (typeof message === 'string' ? undefined : message[form]) : typeof message === 'string' ? message : undefined;
      const has = typeof target === 'string' && target !== '';
      lines.push(`      <segment id="${form}" state="${has ? state : 'initial'}">`);
      lines.push(`        <source${space(sourceText)}>${escapeXml(sourceText)}</source>`);
      if (has) lines.push(`        <target${space(target)}>${escapeXml(target)}</target>`);
      lines.push('      </segment>');
    }
    lines.push('    </unit>');
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

// ---- Reading ------------------------------------------------------------

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five XML entities and numeric character references. */
export function unescapeXml(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (ref in NAMED) return NAMED[ref];
    throw new Error(`XLIFF: unknown entity ${whole}`);
  });
}

/**
 * A small XML parser: elements (by local name, namespace prefixes dropped),
 * attributes (likewise), text with entities resolved, CDATA sections as
 * they are; comments, processing instructions and the DOCTYPE skipped.
 * Enough for the XLIFF that translation tools write; no validation.
 */
export function parseXml(text) {
  const root = { local: '#document', attrs: {}, children: [] };
  const stack = [root];
  const local = (name) => name.slice(name.indexOf(':') + 1);
  const at = (i) => {
    const line = text.slice(0, i).split('\n').length;
    return `line ${line}`;
  };
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    if (end > i) stack.at(-1).children.push(unescapeXml(text.slice(i, end)));
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0) throw new Error(`XLIFF: unclosed comment at ${at(lt)}`);
      i = close + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) throw new Error(`XLIFF: unclosed CDATA at ${at(lt)}`);
      stack.at(-1).children.push(text.slice(lt + 9, close));
      i = close + 3;
    } else if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) throw new Error(`XLIFF: unclosed processing instruction at ${at(lt)}`);
      i = close + 2;
    } else if (text.startsWith('<!', lt)) {
      // DOCTYPE (without an internal subset with '>' in it).
      const close = text.indexOf('>', lt + 2);
      if (close < 0) throw new Error(`XLIFF: unclosed declaration at ${at(lt)}`);
      i = close + 1;
    } else if (text[lt + 1] === '/') {
      const close = text.indexOf('>', lt);
      if (close < 0) throw new Error(`XLIFF: unclosed end tag at ${at(lt)}`);
      const name = local(text.slice(lt + 2, close).trim());
      const open = stack.pop();
      if (!open || open === root || open.local !== name) throw new Error(`XLIFF: </${name}> does not close <${open?.local}> at ${at(lt)}`);
      i = close + 1;
    } else {
      // A start tag: the name, then attributes (quoted with " or '), then > or />.
      const tag = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(lt));
      if (!tag) throw new Error(`XLIFF: malformed tag at ${at(lt)}`);
      const attrs = {};
      for (const m of tag[2].matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const name = m[1];
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        attrs[local(name)] = unescapeXml(m[2] ?? m[3]);
      }
      const element = { local: local(tag[1]), attrs, children: [] };
      stack.at(-1).children.push(element);
      if (!tag[3]) stack.push(element);
      i = lt + tag[0].length;
    }
  }
  if (stack.length > 1) throw new Error(`XLIFF: <${stack.at(-1).local}> is not closed`);
  return root;
}

const elements = (node, name) => node.children.filter((c) => typeof c !== 'string' && c.local === name);

function descendants(node, name, out = []) {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.local === name) out.push(child);
    else descendants(child, name, out);
  }
  return out;
}

/** The text of a <target>; markup inside it (a tool's own placeholder elements) is refused, not dropped. */
function textOf(node, where) {
  return node.children
    .map((child) => {
      if (typeof child === 'string') return child;
      throw new Error(`XLIFF: ${where}: <${child.local}> in a target; write placeholders as plain text, e.g. {url}`);
    })
    .join('');
}

/**
 * The messages of an XLIFF 2.0 document: `{ key: text }` for a plain
 * message, `{ key: { one, other, … } }` for a plural one. Whether a key is
 * plural comes from `source` (the German source) when given, else from the
 * unit (a `plural` note, or segments other than one `other`). Units and
 * segments without a (non-empty) target are left out.
 */
export function readXliff(text, source) {
  const doc = parseXml(text);
  const xliff = elements(doc, 'xliff')[0];
  if (!xliff) throw new Error('XLIFF: no <xliff> element');
  const version = xliff.attrs.version;
  if (version && !version.startsWith('2.')) throw new Error(`XLIFF: version ${version}; export XLIFF 2.0`);
  const messages = {};
  for (const unit of descendants(xliff, 'unit')) {
    const key = unit.attrs.id;
    if (!key) throw new Error('XLIFF: a <unit> without id');
    const segments = elements(unit, 'segment');
    const forms = {};
    for (const segment of segments) {
      const form = segment.attrs.id ?? (segments.length === 1 ? 'other' : undefined);
      if (!form) throw new Error(`XLIFF: unit ${key}: a <segment> without id`);
      const target = elements(segment, 'target')[0];
      if (!target) continue;
      const value = textOf(target, `unit ${key}, segment ${form}`);
      if (value !== '') forms[form] = value;
    }
    if (!Object.keys(forms).length) continue;
    const notes = elements(unit, 'notes').flatMap((n) => elements(n, 'note'));
    const plural =
      source && key in source
        ? typeof source[key] !== 'string'
        : notes.some((n) => n.attrs.category === 'plural') || segments.some((s) => (s.attrs.id ?? 'other') !== 'other');
    if (plural) messages[key] = forms;
    else if ('other' in forms && Object.keys(forms).length === 1) messages[key] = forms.other;
    else throw new Error(`XLIFF: unit ${key} is not plural but has segments ${Object.keys(forms).join(', ')}`);
  }
  return messages;
}

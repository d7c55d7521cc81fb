// The README's tables of attributes, events, CSS custom properties and parts,
// made from the Custom Elements Manifest (custom-elements.json). Each table
// sits between `<!-- api:<name> -->` and `<!-- /api:<name> -->` in README.md;
// scripts/docs.js writes them, test/node/docs.test.js checks they are current.

const BASE = 'QuartierElement';

/** A manifest's class declarations: the base class and the custom elements, in module order. */
function declarations(manifest) {
  const all = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class');
  const base = all.find((d) => d.name === BASE);
  if (!base) throw new Error(`custom-elements.json has no ${BASE}`);
  return { base, elements: all.filter((d) => d.customElement && d.tagName) };
}

/** Text for a Markdown table cell. */
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** A default worth showing: not the empty string, not `false`. */
const shownDefault = (value) => (value === undefined || value === "''" || value === 'false' ? '' : code(value));

/** Attributes (and properties without attribute) a declaration has of its own, or all of the base's. */
function attributeTable(declaration, own) {
  const mine = (x) => !own || !x.inheritedFrom;
  const rows = (declaration.attributes ?? []).filter(mine).map((a) => [code(a.name), code(a.type?.text), shownDefault(a.default), cell(a.description)]);
  const properties = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && m.privacy === 'public' && !m.static && !m.readonly && !m.attribute && mine(m),
  );
  for (const p of properties) rows.push([`${code(`.${p.name}`)} (property)`, code(p.type?.text), shownDefault(p.default), cell(p.description)]);
  return table(['attribute', 'type', 'default', 'meaning'], rows);
}

function eventTable({ base, elements }) {
  const rows = (base.events ?? []).map((e) => [code(e.name), code(e.type?.text), 'every element', cell(e.description)]);
  for (const el of elements) {
    for (const e of (el.events ?? []).filter((x) => !x.inheritedFrom)) rows.push([code(e.name), code(e.type?.text), code(`<${el.tagName}>`), cell(e.description)]);
  }
  return table(['event', 'detail', 'fired by', 'when'], rows);
}

function tokenTable({ base, elements }) {
  const seen = new Map();
  for (const declaration of [base, ...elements]) for (const p of declaration.cssProperties ?? []) if (!seen.has(p.name)) seen.set(p.name, p);
  return table(['property', 'default', 'used for'], [...seen.values()].map((p) => [code(p.name), cell(p.default), cell(p.description)]));
}

function partTable({ base, elements }) {
  const shared = new Set((base.cssParts ?? []).map((p) => p.name));
  const rows = (base.cssParts ?? []).map((p) => [code(p.name), 'every element', cell(p.description)]);
  for (const el of elements) {
    for (const p of (el.cssParts ?? []).filter((x) => !shared.has(x.name))) rows.push([code(p.name), code(`<${el.tagName}>`), cell(p.description)]);
  }
  return table(['part', 'element', 'what'], rows);
}

/** Every table by its marker name. */
export function readmeTables(manifest) {
  const found = declarations(manifest);
  const tables = {
    attributes: attributeTable(found.base, false),
    events: eventTable(found),
    tokens: tokenTable(found),
    parts: partTable(found),
  };
  for (const el of found.elements) tables[`attributes:${el.tagName}`] = attributeTable(el, true);
  return tables;
}

const MARKER = /<!-- api:([\w:-]+) -->\n[\s\S]*?<!-- \/api:\1 -->/g;

/**
 * The README with every marked table written anew. Throws when a marker
 * names no table, or a table has no marker (so none is left out unseen).
 */
export function writeReadmeTables(readme, manifest) {
  const tables = readmeTables(manifest);
  const used = new Set();
  const next = readme.replace(MARKER, (_, name) => {
    if (!(name in tables)) throw new Error(`README.md: no table "${name}" (known: ${Object.keys(tables).join(', ')})`);
    used.add(name);
    return `<!-- api:${name} -->\n${tables[name]}\n<!-- /api:${name} -->`;
  });
  const missing = Object.keys(tables).filter((name) => !used.has(name));
  if (missing.length) throw new Error(`README.md: no place for ${missing.map((n) => `<!-- api:${n} -->`).join(', ')}`);
  return next;
}

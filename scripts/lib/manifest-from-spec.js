// An analyzer plugin (@custom-elements-manifest/analyzer) that writes what the
// widgets' specs say into the manifest: each element's attributes, its
// spec'd properties, events with their detail types, CSS parts, CSS custom
// properties and slots come from src/elements/<tag>/<tag>.spec.ts and the
// base spec, not from JSDoc; the analyzer still reads the classes for their
// descriptions, methods and getters. Module paths name the package's files
// (lib/….js, which tsc makes from src/….ts), and each element's define
// module is listed with its custom-element definition.

/** `src/x/y.ts` (or `/src/x/y.js`, as the analyzer names a superclass's module) → `lib/x/y.js`. */
export const libPath = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');

/** The TypeScript type of an attribute's property, as the manifest writes types. */
export function typeText(attribute) {
  switch (attribute.kind) {
    case 'choice':
      return attribute.values.map((v) => `'${v}'`).join(' | ');
    case 'number':
      return attribute.values ? attribute.values.join(' | ') : 'number';
    case 'boolean':
      return 'boolean';
    case 'data':
      return attribute.type ?? 'unknown';
    default:
      return 'string';
  }
}

/** A default as source text (`'full'`, `2`, `false`), or undefined when the spec gives none. */
export const defaultText = (attribute) =>
  attribute.default === undefined ? undefined : typeof attribute.default === 'string' ? `'${attribute.default}'` : String(attribute.default);

/** The description, with the words of a `tokens` attribute (they are the spec's, not the writer's). */
export function describe(attribute, description) {
  if (attribute.kind !== 'tokens') return description;
  return `${description} Space-separated, any of: ${attribute.values.map((v) => `\`${v}\``).join(', ')}.`;
}

const withoutUndefined = (object) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));

/** The manifest's view of one spec: attributes, fields, events, parts, CSS properties, slots. */
function face({ spec, docs }, tokens, inheritedFrom) {
  const entries = Object.entries(spec.attributes);
  return {
    attributes: entries
      .filter(([, a]) => a.attribute !== false)
      .map(([property, a]) =>
        withoutUndefined({
          name: a.attribute,
          type: { text: typeText(a) },
          default: defaultText(a),
          description: describe(a, docs.attributes[property]),
          fieldName: property,
          inheritedFrom,
        }),
      ),
    fields: entries
      .filter(([, a]) => !a.native)
      .map(([property, a]) =>
        withoutUndefined({
          kind: 'field',
          name: property,
          privacy: 'public',
          type: { text: a.kind === 'number' ? 'number' : typeText(a) },
          default: defaultText(a),
          description: describe(a, docs.attributes[property]),
          attribute: a.attribute === false ? undefined : a.attribute,
          reflects: a.reflect || undefined,
          inheritedFrom,
        }),
      ),
    events: Object.entries(docs.events).map(([name, e]) => withoutUndefined({ name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description, inheritedFrom })),
    cssParts: Object.entries(docs.parts).map(([name, description]) => ({ name, description })),
    cssProperties: docs.tokens.map((name) => ({ name, default: tokens[name].default, description: tokens[name].description })),
    slots: Object.entries(docs.slots ?? {}).map(([name, description]) => ({ name, description })),
  };
}

/** Writes a spec (and the base's, for an element) over what the analyzer read from a class. */
function apply(declaration, own, base) {
  const parts = [...(own ? [own] : []), base];
  const fields = parts.flatMap((p) => p.fields);
  const specified = new Set(fields.map((f) => f.name));
  const seen = new Set();
  const others = (declaration.members ?? []).filter((m) => {
    const key = `${m.static ? 'static ' : ''}${m.name}`;
    if (specified.has(m.name) || seen.has(key)) return false; // the spec's, or the analyzer's duplicate
    seen.add(key);
    return true;
  });
  declaration.attributes = parts.flatMap((p) => p.attributes);
  declaration.members = [...fields, ...others];
  // Every element's events first (load, error, language), then its own.
  declaration.events = [...base.events, ...(own?.events ?? [])];
  declaration.cssParts = [...base.cssParts, ...(own?.cssParts ?? [])];
  declaration.cssProperties = [...base.cssProperties, ...(own?.cssProperties ?? [])];
  const slots = parts.flatMap((p) => p.slots);
  if (slots.length) declaration.slots = slots;
  else delete declaration.slots;
}

/** Rewrites every `src/….ts` module reference to the package's `lib/….js`. */
function toPackagePaths(value) {
  if (Array.isArray(value)) return value.forEach(toPackagePaths);
  if (!value || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = libPath(inner);
    else toPackagePaths(inner);
  }
}

/**
 * The plugin. `api` is src/elements/widget-docs.ts as imported in Node:
 * `{ DOCUMENTED, BASE, TOKENS }`.
 */
export function manifestFromSpec(api) {
  const BASE_MODULE = 'src/elements/base/quartier-element.ts';
  return {
    name: 'quartier-widgets-spec',
    packageLinkPhase({ customElementsManifest }) {
      const base = face(api.BASE, api.TOKENS);
      const inherited = face(api.BASE, api.TOKENS, { name: 'QuartierElement', module: BASE_MODULE });
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (module.path === BASE_MODULE && declaration.name === 'QuartierElement') {
            apply(declaration, undefined, base);
            continue;
          }
          const widget = api.DOCUMENTED.find(({ spec }) => module.path === `src/elements/${spec.tag}/${spec.tag}.ts`);
          if (!widget) continue;
          declaration.tagName = widget.spec.tag;
          declaration.customElement = true;
          if (widget.docs.summary) declaration.summary = widget.docs.summary;
          apply(declaration, face(widget, api.TOKENS), inherited);
          // The module that registers it (`quartier-widgets/<tag>.js`).
          definitions.push({
            kind: 'javascript-module',
            path: `src/elements/${widget.spec.tag}/define.ts`,
            declarations: [],
            exports: [{ kind: 'custom-element-definition', name: widget.spec.tag, declaration: { name: declaration.name, module: module.path } }],
          });
        }
      }
      customElementsManifest.modules.push(...definitions);
      toPackagePaths(customElementsManifest.modules);
    },
  };
}

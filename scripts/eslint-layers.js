// An ESLint rule that holds the kit's layer rules (docs/architecture.md,
// "Layers"): which folder may import which. ESLint's own
// no-restricted-imports matches specifier strings and never sees a dynamic
// import(), yet views, the validator and the map arrive through import();
// this rule resolves every specifier (static imports, re-exports, import(),
// `typeof import()` types) against the importing file and judges the path.
//
// Options: a list of layers, each
//   { name, files, except?, allowOnly?, forbid?, forbidPackages?, allowTypeOnly? }
// - files / except: path prefixes (from the project root) of the importing files;
// - allowOnly: within `allowOnly.under`, only these targets may be imported;
// - forbid: target path prefixes that may not be imported;
// - forbidPackages: package names (a name also covers its subpaths);
// - allowTypeOnly: `import type` of a forbidden target is fine (it brings no code).
// A target is a path prefix (`src/feed/`), an exact file (`src/map/load-map.ts`),
// or a RegExp tested on the path.
import path from 'node:path';

const EXTENSIONS = /\.(js|ts)$/;

/** The import's target: `{ file }` for a relative or root path (from the project root), `{ pkg }` for a package. */
function targetOf(specifier, filename, root) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const absolute = specifier.startsWith('/') ? path.join(root, specifier) : path.resolve(path.dirname(filename), specifier);
    const file = path.relative(root, absolute).split(path.sep).join('/').replace(/\?.*$/, '');
    return { file: file.replace(EXTENSIONS, '.ts'), raw: file };
  }
  const parts = specifier.split('/');
  return { pkg: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

function matches(target, pattern) {
  if (pattern instanceof RegExp) return pattern.test(target);
  return pattern.endsWith('/') ? target.startsWith(pattern) : target === pattern;
}

/** Both the `.ts` form and the written form (a generated `.js` file, say), so either may be named. */
const matchesFile = (t, pattern) => matches(t.file, pattern) || matches(t.raw, pattern);

function violation(layer, t) {
  if (t.pkg) return layer.forbidPackages?.includes(t.pkg) ? `package '${t.pkg}'` : undefined;
  const forbidden = layer.forbid?.find((p) => matchesFile(t, p));
  if (forbidden) return `'${t.raw}'`;
  const only = layer.allowOnly;
  if (only && t.file.startsWith(only.under) && !only.targets.some((p) => matchesFile(t, p))) return `'${t.raw}'`;
  return undefined;
}

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer rules of docs/architecture.md.' },
    schema: [{ type: 'array' }],
    messages: { layer: '{{layer}}: may not import {{target}}. {{why}}' },
  },
  create(context) {
    const layers = context.options[0] ?? [];
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const active = layers.filter((l) => [l.files].flat().some((p) => file.startsWith(p)) && ![l.except ?? []].flat().some((p) => file.startsWith(p)));
    if (!active.length) return {};

    function check(node, source, typeOnly) {
      const specifier =
        source?.type === 'Literal' && typeof source.value === 'string'
          ? source.value
          : source?.type === 'TemplateLiteral' && source.expressions.length === 0
            ? source.quasis[0].value.cooked
            : undefined;
      if (specifier === undefined) return;
      const t = targetOf(specifier, context.filename, root);
      for (const layer of active) {
        if (typeOnly && layer.allowTypeOnly) continue;
        const target = violation(layer, t);
        if (target) context.report({ node, messageId: 'layer', data: { layer: layer.name, target, why: layer.why ?? '' } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.source ?? (node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument), true),
    };
  },
};

export default { meta: { name: 'quartier-layers' }, rules: { imports: importsRule } };

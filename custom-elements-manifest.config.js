// Settings for `npm run analyze` (cem analyze), which writes custom-elements.json
// from the element sources in src/. The package ships lib/, not src/: every
// module path in the manifest is turned into the compiled file that is in the
// package (`src/elements/x/x.ts` → `lib/elements/x/x.js`).

/** `src/a/b.ts` or `/src/a/b.js` → `lib/a/b.js`; any other value unchanged. */
function libPath(value) {
  const m = /^\/?src\/(.+)\.[jt]s$/.exec(value);
  return m ? `lib/${m[1]}.js` : value;
}

/** Rewrites every `path` and `module` string in the manifest, at any depth. */
function rewritePaths(node) {
  if (Array.isArray(node)) {
    node.forEach(rewritePaths);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = libPath(value);
      else rewritePaths(value);
    }
  }
}

export default {
  plugins: [
    {
      name: 'quartier-lib-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest);
      },
    },
  ],
};

// ESLint 9 flat config: TypeScript (type-aware where it pays), Lit and web-component rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'src/map/leaflet.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'pages/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'pages/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'pages/**/*.ts'],
    rules: {
      'lit/no-template-arrow': 'off',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-names': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: feed text never becomes HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML strings.' },
        { selector: "ImportDeclaration[source.value=/unsafe-html|unsafe-svg|style-map/]", message: 'No unsafeHTML/unsafeSVG/styleMap (CSP and feed safety).' },
      ],
    },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'test/node/**/*.js', '*.config.js', 'vite.config.ts'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    // Chai assertions such as `expect(x).to.be.undefined` are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

// Build-time whitespace removal inside Lit's css`…` templates. Vite's
// minifier leaves template literal contents alone, and styles are a good
// part of each chunk. Templates with `${…}` interpolations are left as they are.
import type { Plugin } from 'vite';

const CSS_TEMPLATE = /\bcss`([^`$]*)`/g;

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([^\s(]):\s+/g, '$1:')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    apply: 'build',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_: string, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

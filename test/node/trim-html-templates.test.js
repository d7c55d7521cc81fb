// The build step that removes the formatting whitespace of Lit's html`…`
// templates (scripts/lib/trim-html-templates.js): only whitespace that cannot
// render goes; everything else in a module stays as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimHtmlTemplates } from '../../scripts/lib/trim-html-templates.js';

test('a line break next to a block element’s tag goes', () => {
  const code = 'x = html`<ul>\n  <li>${a}</li>\n  <li>b</li>\n</ul>\n<p>c</p>`;';
  assert.equal(trimHtmlTemplates(code), 'x = html`<ul><li>${a}</li><li>b</li></ul><p>c</p>`;');
});

test('between inline content (tags, bindings, text) a line break becomes one space', () => {
  const code = 'x = html`<strong>${a}</strong>\n    <span class="tag">b</span>\n  ${c}\n  ${d} text\n  more`;';
  assert.equal(trimHtmlTemplates(code), 'x = html`<strong>${a}</strong> <span class="tag">b</span> ${c} ${d} text more`;');
});

test('a binding next to a block tag loses its line break; a template’s edges next to a binding keep a space', () => {
  assert.equal(trimHtmlTemplates('x = html`<section>\n  ${a}\n</section>`;'), 'x = html`<section>${a}</section>`;');
  assert.equal(trimHtmlTemplates('x = html`\n  ${a}\n  <p>b</p>`;'), 'x = html` ${a}<p>b</p>`;');
});

test('inside a button the line breaks at its start and end go; around it they become a space', () => {
  const code = 'x = html`<button type="button">\n  ${label}\n</button>\n<span>b</span>`;';
  assert.equal(trimHtmlTemplates(code), 'x = html`<button type="button">${label}</button> <span>b</span>`;');
});

test('whitespace inside a tag becomes one space, none before `>`; attribute values stay', () => {
  const code = 'x = html`<button\n  type="button"\n  aria-label="a\n  b"\n  @click=${f}\n>${l}</button>`;';
  assert.equal(trimHtmlTemplates(code), 'x = html`<button type="button" aria-label="a\n  b" @click=${f}>${l}</button>`;');
});

test('spaces without a line break stay as written', () => {
  const code = 'x = html`<p>a  <b>b</b> c</p> <li> d </li>`;';
  assert.equal(trimHtmlTemplates(code), code);
});

test('templates inside bindings are trimmed; strings and other tags in the code are not', () => {
  const code = "x = html`<div>\n  ${y ? html`<p>\n    a\n  </p>` : '\\n  <p>'}\n</div>`; c = css`a {\n  b: c;\n}`; s = `<p>\n  q</p>`;";
  assert.equal(trimHtmlTemplates(code), "x = html`<div>${y ? html`<p>a</p>` : '\\n  <p>'}</div>`; c = css`a {\n  b: c;\n}`; s = `<p>\n  q</p>`;");
});

test('templates with pre, textarea or comments are left alone', () => {
  for (const code of ['x = html`<pre>\n  a\n</pre>`;', 'x = html`<div>\n  <textarea>\n</textarea></div>`;', 'x = html`<div>\n  <!-- c -->\n</div>`;'])
    assert.equal(trimHtmlTemplates(code), code);
});

test('a module without html templates is returned as it is', () => {
  const code = 'const a = `x\n  y`;';
  assert.equal(trimHtmlTemplates(code), code);
});

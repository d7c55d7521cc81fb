// The WordPress must-use plugin (docs/cms/wordpress/quartier-widgets.php)
// without WordPress: it names the kit's version (its default folder is
// wp-content/quartier-widgets/<version>/), and PHP parses it where PHP is
// installed. On real WordPress sites it runs in `npm run check:wordpress`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PLUGIN = path.join(ROOT, 'docs/cms/wordpress/quartier-widgets.php');
const source = readFileSync(PLUGIN, 'utf8');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const php = spawnSync('php', ['--version']).status === 0;

describe('WordPress plugin', () => {
  it("names the package's version in its header and as the default folder", () => {
    assert.equal(/^ \* Version:\s+(\S+)$/m.exec(source)?.[1], version, 'the Version: header');
    assert.equal(/define\( 'QUARTIER_WIDGETS_VERSION', '([^']+)' \)/.exec(source)?.[1], version, 'QUARTIER_WIDGETS_VERSION');
  });

  it('calls wp_enqueue_script_module only behind a function_exists check (WordPress 6.1–6.4 lack it)', () => {
    const guard = source.indexOf("function_exists( 'wp_enqueue_script_module' )");
    const call = source.indexOf('wp_enqueue_script_module(');
    assert.ok(guard > 0 && call > guard, 'the guard comes first');
    assert.equal(source.split('wp_enqueue_script_module(').length, 2, 'one call');
  });

  it('is valid PHP', { skip: !php && 'php is not installed' }, () => {
    assert.match(execFileSync('php', ['-l', PLUGIN], { encoding: 'utf8' }), /No syntax errors/);
  });
});

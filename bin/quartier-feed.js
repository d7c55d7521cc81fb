#!/usr/bin/env node
// The `quartier-feed` command: runs the feed checker from the built library
// (lib/cli/main.js, made by `npm run build:lib`).
import { existsSync } from 'node:fs';

const main = new URL('../lib/cli/main.js', import.meta.url);

if (!existsSync(main)) {
  process.stderr.write(
    'quartier-feed: lib/ is missing. Please run `npm run build:lib` first.\n' + 'quartier-feed: lib/ fehlt. Bitte zuerst `npm run build:lib` ausführen.\n',
  );
  process.exit(2);
}

const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));

// Browser tests run in Debian's Chromium (scripts/ensure-chromium.js installs it);
// no test tool ever downloads a browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cssInlinePlugin } from './scripts/wtr-css-inline-plugin.js';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium-path.js';
import { testTilesMiddleware } from './scripts/wtr-test-tiles.js';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  // One test file at a time: a tab in the background gets no animation frames,
  // and open-wc's fixture() waits for one (seen as a hang with two files at once).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // <offer-map> tests: tiles from a local route that counts requests (no tile server is ever contacted).
  middleware: [testTilesMiddleware()],
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [cssInlinePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [...CHROMIUM_FLAGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
      },
    }),
  ],
};

// A tiny static file server for the browser benchmarks: serves the repository
// root on 127.0.0.1 (a free port), plus generated files registered in
// `virtual` (path → text), and map tiles: every /__bench/tiles/{z}/{x}/{y}.png
// is the same small generated PNG (scripts/bench/tile.js), counted in
// `tileRequests`. Cross-origin isolated (COOP/COEP), so that
// `performance.now()` in the page has fine resolution, unless `headers`
// says otherwise (the release test serves a plain site and a script origin).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { tilePng } from './tile.js';

/** The tile route's URL template, for Leaflet and <offer-map tiles="…">. */
export const TILE_TEMPLATE = '/__bench/tiles/{z}/{x}/{y}.png';
const TILE_PATH = /^\/__bench\/tiles\/\d{1,2}\/-?\d{1,7}\/-?\d{1,7}\.png$/;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** The headers of every answer by default: cross-origin isolated, never cached. */
export const ISOLATED_HEADERS = Object.freeze({
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
});

/**
 * @param {string} root the directory to serve
 * @param {{headers?: Record<string, string>, gzip?: boolean}} [options] the headers of every answer (default ISOLATED_HEADERS);
 *   `gzip`: text answers gzipped when the browser accepts it, as web servers send them (default off)
 * @returns {Promise<{origin: string, virtual: Map<string, string>, tileRequests: number, close(): Promise<void>}>}
 */
export async function startServer(root, { headers: common = ISOLATED_HEADERS, gzip = false } = {}) {
  const virtual = new Map();
  const tile = tilePng();
  let tileRequests = 0;
  const server = createServer(async (req, res) => {
    const headers = { ...common };
    /** Sends `body`, gzipped when asked for and the browser takes it. */
    const send = (type, body) => {
      if (gzip && /^(text\/|application\/json)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? ''))
        res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }).end(gzipSync(body));
      else res.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    const type = TYPES[path.extname(pathname)] ?? 'application/octet-stream';
    if (TILE_PATH.test(pathname)) {
      tileRequests++;
      res.writeHead(200, { ...headers, 'Content-Type': 'image/png' }).end(tile);
      return;
    }
    if (virtual.has(pathname)) {
      send(type, virtual.get(pathname));
      return;
    }
    const file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      send(type, body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    virtual,
    get tileRequests() {
      return tileRequests;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// tests/e2e/serve.mjs: a tiny, dependency-free static file server for dist/,
// bound to 127.0.0.1. Used by the browser tests (through harness.mjs) and by hand:
//
//   node tests/e2e/serve.mjs [port]     (or PORT=8081 node tests/e2e/serve.mjs)
//
// Port 0 (the default) picks a free port; the URL is printed on start.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// The built site: dist/, or another build folder named by AFTERCARE_DIST (to test a copy
// while dist/ is being rebuilt).
export const DIST = process.env.AFTERCARE_DIST ? resolve(process.env.AFTERCARE_DIST) : resolve(here, '..', '..', 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// The Content-Security-Policy the app must run under (SECURITY.md, README "Host your own copy in three steps"):
// every page is served with it unless a test asks for other headers.
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Resolve a request path inside root; null if it escapes root.
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

// Start serving `root` on 127.0.0.1:`port` (0 = a free port), every response with `headers`
// (the strict CSP by default). Resolves to { server, port, url, close() }. With `gzip`, a
// request that accepts it gets its body compressed, as from any real host: the benchmark's
// simulated connections then carry the bytes a visitor's would (the budgets are in gzip).
export function serveDir({ root = DIST, port = 0, host = '127.0.0.1', headers = { 'Content-Security-Policy': CSP }, gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = fileFor(root, req.url || '/');
    if (!file) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = MIME[extname(file).toLowerCase()] || 'application/octet-stream';
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '') && !/^image\/(?!svg)|^font\//.test(type);
      const body = compress ? gzipSync(await readFile(file), { level: 9 }) : await readFile(file);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'Cache-Control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        server,
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

// Run as a script: serve dist/ until stopped.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
  const { url } = await serveDir({ port });
  console.log(`serving ${DIST} at ${url}`);
}

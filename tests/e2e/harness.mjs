// tests/e2e/harness.mjs: shared helpers for the browser tests (tests/e2e/*.test.mjs).
//
//   import { startServer, launchBrowser, axeSource } from './harness.mjs';
//   const server = await startServer();      // { url, close } serving dist/
//   const browser = await launchBrowser();   // playwright-core chromium, headless
//   ...
//   await browser.close(); await server.close();
//
// dist/ must be built first (scripts/test.sh runs `trunk build --release`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { DIST, serveDir } from './serve.mjs';

const require = createRequire(import.meta.url);

export const CHROMIUM = '/usr/bin/chromium';

// Serve dist/ on a free 127.0.0.1 port. Resolves to { url, close }, url ends in '/'.
export async function startServer() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run \`trunk build --release\` first`);
  }
  const { url, close } = await serveDir({ root: DIST, port: 0 });
  return { url, close };
}

// Launch Debian's Chromium, headless, through playwright-core.
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

// axe-core's source, to inject with page.addScriptTag({ content: axeSource() }).
export function axeSource() {
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

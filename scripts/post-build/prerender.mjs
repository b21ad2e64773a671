// scripts/post-build/prerender.mjs: puts the prerendered start screen into index.html's app
// root, so the page shows the real start screen from HTML and CSS alone while the wasm is on
// its way; the app replaces it in place when it starts (src/main.rs). After the root, the page
// that shows when the app cannot run (a <noscript> line and the static fallback). Both come
// from src/bin/prerender.rs, which Trunk's pre_build hook runs into the staging folder, in
// every language (`prerendered-start-<code>.html`, `prerendered-fallback-<code>.html`); this
// step moves the English into the page and leaves every language's files for
// scripts/post-build/pages.mjs, which writes a page for each and removes them. Run again on a
// built folder (whose root already holds the screen), it changes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const prerendered = (code) => `prerendered-start-${code}.html`;
export const fallbackOf = (code) => `prerendered-fallback-${code}.html`;
const PRERENDERED = prerendered('en');
const FALLBACK = fallbackOf('en');

// The empty app root as Trunk's minifier writes it, and as index.html has it.
const EMPTY_ROOT = /<div id="?af-root"?><\/div>/;

export function insertPrerendered(dir) {
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  const file = join(dir, PRERENDERED);
  if (!existsSync(file)) {
    if (!EMPTY_ROOT.test(html)) return null; // done already, on an earlier run
    throw new Error(`prerender: no ${PRERENDERED} in the build (Trunk's pre_build hook runs src/bin/prerender.rs)`);
  }
  const fallbackFile = join(dir, FALLBACK);
  if (!existsSync(fallbackFile)) throw new Error(`prerender: no ${FALLBACK} beside ${PRERENDERED} (src/bin/prerender.rs writes both)`);
  const screen = readFileSync(file, 'utf8');
  const fallback = readFileSync(fallbackFile, 'utf8');
  if (!EMPTY_ROOT.test(html)) throw new Error('prerender: index.html has no empty <div id=af-root></div>');
  if (!screen.startsWith('<main class="af-app">')) throw new Error(`prerender: unexpected HTML from src/bin/prerender.rs: ${screen.slice(0, 80)}`);
  if (!fallback.startsWith('<noscript>') || !fallback.includes('id="af-fallback"')) {
    throw new Error(`prerender: unexpected fallback HTML from src/bin/prerender.rs: ${fallback.slice(0, 80)}`);
  }
  if (/id="?af-fallback"?/.test(html)) throw new Error('prerender: index.html has a fallback of its own; src/content holds its words now');
  writeFileSync(indexPath, html.replace(EMPTY_ROOT, () => `<div id=af-root>${screen}</div>${fallback}`));
  return { bytes: Buffer.byteLength(screen), fallbackBytes: Buffer.byteLength(fallback) };
}

// scripts/post-build/prerender.mjs: puts the prerendered start screen into index.html's app
// root, so the page shows the real start screen from HTML and CSS alone while the wasm is on
// its way; the app replaces it in place when it starts (src/main.rs). The HTML comes from
// src/bin/prerender.rs, which Trunk's pre_build hook runs into the staging folder
// (`prerendered-start.html`); this step moves it into the page and removes the file. Run
// again on a built folder (whose root already holds the screen), it changes nothing.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRERENDERED = 'prerendered-start.html';

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
  const screen = readFileSync(file, 'utf8');
  if (!EMPTY_ROOT.test(html)) throw new Error('prerender: index.html has no empty <div id=af-root></div>');
  if (!screen.startsWith('<main class="af-app">')) throw new Error(`prerender: unexpected HTML from src/bin/prerender.rs: ${screen.slice(0, 80)}`);
  writeFileSync(indexPath, html.replace(EMPTY_ROOT, () => `<div id=af-root>${screen}</div>`));
  rmSync(file);
  return { bytes: Buffer.byteLength(screen) };
}

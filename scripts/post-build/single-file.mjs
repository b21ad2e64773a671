// scripts/post-build/single-file.mjs: writes dist/aftercare-offline.html, the whole app in one
// file to download and open from a folder (file://) with no network: the styles inline, the
// icon as a data: address, the wasm-bindgen glue inline with the wasm inside it, and every
// language's words.
//
// The wasm is gzipped, then base64'd, and unpacked in the browser with DecompressionStream.
// Plain base64 of the raw wasm gzips badly (its 6-bit groups break up the repeats gzip finds):
// about 128 KB gzip for the wasm alone, against about 98 KB this way.
//
// No manifest, no service worker, no preloads: a file opened from disk makes no request at all.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes, linkTags, localPath } from './html.mjs';
import { minifyScript } from './minify.mjs';
import { FAILED, HOST, KEEP_PRESS, PRESS_KEPT, QUERY, UNCAUGHT, chooseLanguage } from './startup.mjs';

export const SINGLE_FILE = 'aftercare-offline.html';

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png' };

// Runs before the glue file is minified (scripts/post-build/minify.mjs): this step finds the
// glue's init function by name, then minifies the whole inline script itself.
export async function writeSingleFile(dir, words) {
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  const read = (href) => readFileSync(join(dir, localPath(href)));

  for (const { tag, attrs } of linkTags(html)) {
    const rel = attrs.get('rel');
    const href = attrs.get('href');
    let replacement = '';
    if (rel === 'stylesheet') {
      replacement = `<style>${inert(read(href).toString('utf8'), 'style')}</style>`;
    } else if (rel === 'icon') {
      const type = MIME[href.slice(href.lastIndexOf('.'))] ?? 'application/octet-stream';
      replacement = `<link rel=icon href="data:${type};base64,${read(href).toString('base64')}">`;
    }
    // Everything else (preloads, the manifest, the touch icon) would be a request: dropped.
    html = html.replace(tag, replacement);
  }

  // The <noscript> links to the page in the other languages (scripts/post-build/pages.mjs):
  // a file opened from disk has no pages beside it.
  const languageLinks = /<p class="af-noscript af-noscript__languages">.*?<\/p>/s;
  if (!languageLinks.test(html)) throw new Error('single file: index.html has no <noscript> language links (src/ui/fallback.rs) to leave out');
  html = html.replace(languageLinks, '');

  const start = html.match(/<script\b[^>]*\bsrc=[^>]*><\/script>/i);
  if (!start) throw new Error('single file: no start-up script in index.html (run externalizeStartup first)');
  const startCode = read(attributes(start[0]).get('src')).toString('utf8');
  const glueHref = startCode.match(/(?:from\s+|import\(\s*)['"]([^'"]+\.js)['"]/)?.[1];
  const wasmHref = startCode.match(/fetch\(\s*['"]([^'"]+\.wasm)['"]/)?.[1];
  if (!glueHref || !wasmHref) throw new Error('single file: cannot find the glue and wasm in the start-up script');

  // The glue is an ES module whose only export is its last statement; inline, nothing imports
  // it, so the export goes and its init function (`__wbg_init`, or a short name once
  // minified, when this step runs again on a built folder) is called by its local name.
  const glueCode = read(glueHref).toString('utf8');
  const exported = glueCode.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
  const init = exported?.[1].match(/([\w$]+)\s+as\s+default\b/)?.[1];
  if (!exported || !init) throw new Error('single file: the wasm-bindgen glue does not end in the export this step expects');
  const glue = glueCode.slice(0, exported.index);
  if (/(^|[;}\s])export\b/.test(glue)) throw new Error('single file: the wasm-bindgen glue has an export this step does not expect');
  const packed = gzipSync(read(wasmHref), { level: 9 }).toString('base64');
  // As in start-*.js: a start that fails shows the page's static fallback at once.
  const script =
    `${glue}\n` +
    `const packed = "${packed}";\n` +
    KEEP_PRESS +
    QUERY +
    HOST +
    // Every language's words, chosen as on the hosted page, since a file makes no request.
    chooseLanguage(Object.keys(words)) +
    `const afWordsTexts = ${JSON.stringify(Object.fromEntries(Object.entries(words).map(([code, w]) => [code, w.text])))};\n` +
    `globalThis.afLoadWords = async (code) => afWordsTexts[code];\n` +
    `globalThis.afWords = afWordsTexts[afLang];\n` +
    UNCAUGHT +
    `try {\n` +
    `  const gzipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));\n` +
    `  const bytes = await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();\n` +
    `  await ${init}({ module_or_path: bytes });\n` +
    `  ${PRESS_KEPT}` +
    FAILED;
  const minified = await minifyScript(script, { module: true, ecma: 2020 });
  html = html.replace(start[0], () => `<script type=module>${inert(minified, 'script')}</script>`);

  writeFileSync(join(dir, SINGLE_FILE), html);
  return { raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length };
}

// Text placed inside <style> or <script> must not close that element early.
function inert(text, element) {
  if (text.toLowerCase().includes(`</${element}`)) throw new Error(`single file: the inlined ${element} contains </${element}`);
  return text;
}

// scripts/post-build/single-file.mjs: writes dist/aftercare-offline.html, the whole app in one
// file to download and open from a folder (file://) with no network: the styles inline, the
// icon as a data: address, and the wasm-bindgen glue inline with the wasm inside it.
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
import { FAILED, UNCAUGHT } from './startup.mjs';

export const SINGLE_FILE = 'aftercare-offline.html';

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png' };

export function writeSingleFile(dir) {
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

  const start = html.match(/<script\b[^>]*\bsrc=[^>]*><\/script>/i);
  if (!start) throw new Error('single file: no start-up script in index.html (run externalizeStartup first)');
  const startCode = read(attributes(start[0]).get('src')).toString('utf8');
  const glueHref = startCode.match(/(?:from\s+|import\(\s*)['"]([^'"]+\.js)['"]/)?.[1];
  const wasmHref = startCode.match(/module_or_path:\s*(?:fetch\()?['"]([^'"]+\.wasm)['"]/)?.[1];
  if (!glueHref || !wasmHref) throw new Error('single file: cannot find the glue and wasm in the start-up script');

  // The glue is an ES module whose only export is its last line; inline, nothing imports it.
  const glue = read(glueHref).toString('utf8').replace(/^export\s*\{[^}]*\};?\s*$/m, '');
  if (/^\s*export\b/m.test(glue)) throw new Error('single file: the wasm-bindgen glue has an export this step does not expect');
  const packed = gzipSync(read(wasmHref), { level: 9 }).toString('base64');
  // As in start-*.js: a start that fails shows the page's static fallback at once.
  const script =
    `${glue}\n` +
    `const packed = "${packed}";\n` +
    UNCAUGHT +
    `try {\n` +
    `  const gzipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));\n` +
    `  const bytes = await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();\n` +
    `  await __wbg_init({ module_or_path: bytes });\n` +
    FAILED;
  html = html.replace(start[0], () => `<script type=module>${inert(script, 'script')}</script>`);

  writeFileSync(join(dir, SINGLE_FILE), html);
  return { raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length };
}

// Text placed inside <style> or <script> must not close that element early.
function inert(text, element) {
  if (text.toLowerCase().includes(`</${element}`)) throw new Error(`single file: the inlined ${element} contains </${element}`);
  return text;
}

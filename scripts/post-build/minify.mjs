// scripts/post-build/minify.mjs: minifies the JavaScript Trunk leaves as it is, in the built
// folder:
//   - the wasm-bindgen glue (`aftercare-<hash>.js`, part of every first visit), as
//     wasm-bindgen wrote it (terser changes no name it exports), whose integrity hash in
//     index.html's modulepreload is recomputed;
//   - embed.js, the snippet's script on spas' pages. Its source (embed/embed.js) keeps its
//     comments and whole console messages for the next engineer; only its `/*!` header, which
//     points to the README, stays.
// terser renames locals and drops comments and whitespace (no unsafe rewrites). The browser
// tests run the minified files; embed-fuzz.test.mjs runs both copies of embed.js. The
// one-file copy minifies its own inline script (scripts/post-build/single-file.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { integrity, linkTags, localPath } from './html.mjs';

export const EMBED = 'embed.js';

/** `source` minified, keeping only `/*!` comments. */
export async function minifyScript(source, options) {
  const { code } = await minify(source, { compress: { passes: 2 }, mangle: true, format: { comments: /^!/ }, ...options });
  return code;
}

async function minifyFile(path, options, prepare = (source) => source) {
  const source = readFileSync(path, 'utf8');
  const code = await minifyScript(prepare(source), options);
  writeFileSync(path, `${code}\n`);
  return { before: Buffer.byteLength(source), after: Buffer.byteLength(code) + 1 };
}

/** Minifies embed.js, if the build has it. */
export async function minifyEmbed(dir) {
  const path = join(dir, EMBED);
  return existsSync(path) ? minifyFile(path, { ecma: 5 }) : null;
}

/** Minifies the glue index.html preloads as a module and updates its integrity there. */
export async function minifyGlue(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  const preload = linkTags(html).find(({ attrs }) => attrs.get('rel') === 'modulepreload' && /\.js$/.test(attrs.get('href') ?? ''));
  if (!preload) throw new Error('minify: index.html has no modulepreload of the wasm-bindgen glue');
  const name = localPath(preload.attrs.get('href'));
  const sizes = await minifyFile(join(dir, name), { module: true, ecma: 2020 });
  const old = preload.attrs.get('integrity');
  if (old) {
    const tag = preload.tag.replace(old, integrity(readFileSync(join(dir, name))));
    html = html.replace(preload.tag, tag);
    writeFileSync(indexPath, html);
  }
  return { name, ...sizes };
}

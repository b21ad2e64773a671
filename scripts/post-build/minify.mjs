// scripts/post-build/minify.mjs: minifies the JavaScript Trunk leaves as it is, in the built
// folder:
//   - the wasm-bindgen glue (`aftercare-<hash>.js`, part of every first visit), without its
//     unused initSync, whose integrity hash in index.html's modulepreload is recomputed;
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

// Parts of wasm-bindgen's glue that the page can never reach, each taken out before terser
// runs (every first visit carries the glue). Each must be found as written, so a new
// wasm-bindgen that words it differently stops the build here rather than shipping it whole.
// The oldest browsers the page starts in already have what these stand in for: the start-up
// script is a module with top-level await (Chrome 89, Firefox 89, Safari 15), and
// TextEncoder.encodeInto and FinalizationRegistry came before that in each.
const GLUE_TRIMS = [
  {
    why: 'init is always given one object: the wasm (a fetch, or bytes in the one-file copy)',
    find: /if \(module_or_path !== undefined\) \{\s*if \(Object\.getPrototypeOf\(module_or_path\) === Object\.prototype\) \{\s*\(\{module_or_path\} = module_or_path\)\s*\} else \{\s*console\.warn\([^)]*\)\s*\}\s*\}\s*if \(module_or_path === undefined\) \{\s*module_or_path = new URL\([^)]*\);\s*\}/,
    replace: '({module_or_path} = module_or_path);',
  },
  {
    why: 'the wasm is never given as an address to fetch',
    find: /if \(typeof module_or_path === 'string' \|\| \(typeof Request === 'function' && module_or_path instanceof Request\) \|\| \(typeof URL === 'function' && module_or_path instanceof URL\)\) \{\s*module_or_path = fetch\(module_or_path\);\s*\}/,
    replace: '',
  },
  {
    why: 'every browser the page starts in has TextEncoder.encodeInto',
    find: /if \(!\('encodeInto' in cachedTextEncoder\)\) \{\s*cachedTextEncoder\.encodeInto = function \(arg, view\) \{[^}]*\{[^}]*\};\s*\};\s*\}/,
    replace: '',
  },
  {
    why: 'every browser the page starts in has FinalizationRegistry',
    find: /\(typeof FinalizationRegistry === 'undefined'\)\s*\? \{ register: \(\) => \{\}, unregister: \(\) => \{\} \}\s*: (new FinalizationRegistry)/,
    replace: '$1',
  },
];

/** The glue's source without what GLUE_TRIMS names. Glue minified already (this step run
 * again on a built folder) is returned as it is. */
export function trimGlue(source) {
  if (!/\bfunction __wbg_get_imports\b/.test(source)) return source;
  for (const { why, find, replace } of GLUE_TRIMS) {
    if (!find.test(source)) throw new Error(`minify: the wasm-bindgen glue no longer has the code this step takes out because ${why}: ${find}`);
    source = source.replace(find, replace);
  }
  return source;
}

/** Minifies the glue index.html preloads as a module and updates its integrity there. */
export async function minifyGlue(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  const preload = linkTags(html).find(({ attrs }) => attrs.get('rel') === 'modulepreload' && /\.js$/.test(attrs.get('href') ?? ''));
  if (!preload) throw new Error('minify: index.html has no modulepreload of the wasm-bindgen glue');
  const name = localPath(preload.attrs.get('href'));
  // The page starts the wasm through the default export, which loads it asynchronously;
  // wasm-bindgen also exports initSync, which nothing here calls. Not exported, terser drops it.
  const sizes = await minifyFile(join(dir, name), { module: true, ecma: 2020 }, (source) =>
    trimGlue(source).replace(/export\s*\{\s*initSync\s*,\s*(__wbg_init as default\s*)\}/, 'export { $1}'),
  );
  const old = preload.attrs.get('integrity');
  if (old) {
    const tag = preload.tag.replace(old, integrity(readFileSync(join(dir, name))));
    html = html.replace(preload.tag, tag);
    writeFileSync(indexPath, html);
  }
  return { name, ...sizes };
}

// scripts/post-build/embed.mjs: minifies the snippet's script, embed.js, in the built folder.
// The source (embed/embed.js) keeps its comments and whole console messages for the next
// engineer; what spas' visitors download is the same code with short local names and no
// comments but its `/*!` header, which names the options. terser only renames locals and
// drops comments and whitespace here (no unsafe rewrites), and embed-fuzz.test.mjs and the
// browser tests run both copies.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

export const EMBED = 'embed.js';

export async function minifyEmbed(dir) {
  const path = join(dir, EMBED);
  if (!existsSync(path)) return null;
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, {
    ecma: 5,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: /^!/ },
  });
  writeFileSync(path, `${code}\n`);
  return { before: Buffer.byteLength(source), after: Buffer.byteLength(code) + 1 };
}

// scripts/post-build/startup.mjs: moves Trunk's inline start-up script into its own file.
// Trunk writes `<script type=module>import init … await init(…)</script>` into index.html; a
// strict Content-Security-Policy (`script-src 'self'`) refuses inline scripts, and a static
// host cannot add a nonce, so the same code goes to `start-<hash>.js` and the page loads it
// by address, with an integrity hash like Trunk's other files. Running it again on a page
// that has no inline script changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity, shortHash } from './html.mjs';

export function externalizeStartup(dir) {
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    (match) => !/\bsrc\s*=/.test(match[1]) && match[2].trim() !== '',
  );
  if (inline.length === 0) return null;
  if (inline.length > 1) throw new Error(`startup: expected one inline script in index.html, found ${inline.length}`);
  const [whole, , code] = inline[0];
  const bytes = Buffer.from(code.trim() + '\n');
  const name = `start-${shortHash(bytes)}.js`;
  writeFileSync(join(dir, name), bytes);
  const tag = `<script type=module src=./${name} integrity=${integrity(bytes)}></script>`;
  writeFileSync(indexPath, html.replace(whole, tag));
  return name;
}

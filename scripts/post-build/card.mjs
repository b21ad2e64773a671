// scripts/post-build/card.mjs: the therapist's card maker (card/, issue 18), a page of its own
// beside the check. Trunk copies card/ (index.html, card.css) into the build; this builds its
// wasm (the `card` binary, src/bin/card.rs) with the same release settings Trunk's build of the
// check used (the hook runs in Trunk's environment), runs wasm-bindgen and wasm-opt, names the
// files by their hash, and writes the small start-up script the page loads. The check's own
// pages load none of it. Run again on a built folder, it finds the page already done and
// changes nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CARD_DIR = 'card';
const PLACEHOLDER = 'CARD_START';

const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function run(step, command, args) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    throw new Error(`card maker: ${step} failed: \`${command} ${args.join(' ')}\` (${error.message.split('\n')[0]})`);
  }
}

export function buildCardMaker(dir) {
  const pagePath = join(dir, CARD_DIR, 'index.html');
  if (!existsSync(pagePath)) return null;
  const page = readFileSync(pagePath, 'utf8');
  if (!page.includes(PLACEHOLDER)) return null;

  run('cargo build', 'cargo', ['build', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'card']);
  const target = process.env.CARGO_TARGET_DIR ?? 'target';
  const built = join(target, 'wasm32-unknown-unknown', 'release', 'card.wasm');
  const work = mkdtempSync(join(tmpdir(), 'aftercare-card-'));
  try {
    run('wasm-bindgen', 'wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'card', built]);
    run('wasm-opt', 'wasm-opt', ['-Oz', '--strip-target-features', join(work, 'card_bg.wasm'), '-o', join(work, 'card_bg.wasm')]);
    const wasm = readFileSync(join(work, 'card_bg.wasm'));
    const glue = readFileSync(join(work, 'card.js'));
    const wasmName = `card-${short(wasm)}_bg.wasm`;
    const glueName = `card-${short(glue)}.js`;
    renameSync(join(work, 'card_bg.wasm'), join(dir, CARD_DIR, wasmName));
    renameSync(join(work, 'card.js'), join(dir, CARD_DIR, glueName));
    // The page's start-up: the wasm by its hashed name, and the check's offline worker, so the
    // card maker works with no network too (the worker's scope is the check's folder).
    const start =
      `import init from './${glueName}';\n` +
      `init({ module_or_path: './${wasmName}' });\n` +
      `if ('serviceWorker' in navigator && location.protocol !== 'file:') navigator.serviceWorker.register('../sw.js', { scope: '../' }).catch(() => {});\n`;
    const startName = `start-${short(start)}.js`;
    writeFileSync(join(dir, CARD_DIR, startName), start);
    const icon = readdirSync(dir).find((file) => /^icon-[0-9a-f]+\.svg$/.test(file));
    if (!icon) throw new Error('card maker: the check\'s icon (icon-<hash>.svg) is not in the build');
    writeFileSync(pagePath, page.replace(PLACEHOLDER, startName).replace('CARD_ICON', `../${icon}`));
    return { wasm: wasmName, glue: glueName, start: startName };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// scripts/icons.mjs: renders the PNG app icons that browsers ask an installable app for,
// from the SVG sources in assets/, with the test browser (Debian's Chromium). The PNGs are
// committed, so a build never needs this; run it again after changing an SVG icon:
//
//   node scripts/icons.mjs
//
//   assets/icon.svg           -> assets/icons/icon-192.png, icon-512.png
//   assets/icon-maskable.svg  -> assets/icons/icon-maskable-512.png and apple-touch-icon.png (180):
//                                full bleed, the drop inside the central safe zone, because
//                                launchers crop to their own shape and iOS shows transparency
//                                as black
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const assets = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', 'assets');
const renders = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 180, 'apple-touch-icon.png'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png'],
];

const browser = await launchBrowser();
try {
  for (const [source, size, target] of renders) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(join(assets, source), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(assets, 'icons', target), omitBackground: true });
    await page.close();
    console.log(`icons: assets/icons/${target} (${size}x${size})`);
  }
} finally {
  await browser.close();
}

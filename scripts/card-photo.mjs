// scripts/card-photo.mjs: makes docs/card.png, the README's picture of printed aftercare cards
// (README, "For therapists: the aftercare card"): the card maker's print sheet, with the demo
// spa's settings, laid out as cut cards on a table. Run after a build:
//   node scripts/card-photo.mjs   (needs Debian's chromium and the npm packages)
import { chromium } from 'playwright-core';
import { serveDir } from '../tests/e2e/serve.mjs';

const SETTINGS = { version: 1, name: 'Blue Lotus Day Spa', accent: '#7a3b69' };
const server = await serveDir();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ deviceScaleFactor: 2, bypassCSP: true, viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  await page.route(/\/card\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<script type="application\/json" id="af-card-settings">)[^<]*/, `$1${JSON.stringify(SETTINGS)}`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(new URL('card/', server.url).href);
  await page.waitForFunction(() => document.getElementById('af-card-link').value.includes('#p='));
  await page.emulateMedia({ media: 'print' });
  // Two cut cards on a table, a little askew, with a soft shadow.
  await page.addStyleTag({
    content: `
      body { background: #d8d2c8; padding: 12mm; }
      .af-card-sheet { grid-template-columns: repeat(2, 85mm) !important; gap: 10mm 12mm !important; justify-content: start !important; }
      .af-card-sheet .af-card:nth-child(n + 3) { display: none; }
      .af-card { border: 0 !important; border-radius: 0.8mm; box-shadow: 0 1.5mm 4mm rgba(40, 30, 20, 0.35); }
      .af-card:nth-child(1) { transform: rotate(-2.5deg); }
      .af-card:nth-child(2) { transform: rotate(1.8deg) translateY(3mm); }
    `,
  });
  await page.screenshot({ path: 'docs/card.png', clip: { x: 0, y: 0, width: 760, height: 300 } });
  console.log('card-photo: wrote docs/card.png');
} finally {
  await browser.close();
  await server.close();
}

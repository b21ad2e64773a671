// tests/e2e/prerender.test.mjs: the start screen from HTML and CSS alone. The build renders it
// natively with the app's own components (src/bin/prerender.rs) into index.html and the
// one-file copy, so it is on screen before the wasm arrives; the app then takes it over in
// place: no layout shift, the focus where it was, and a press of "Start the check" made before
// the app was ready kept, taking effect as soon as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './serve.mjs';
import { QUESTIONS, START_HEADING, WAIT, appSuite, assertNoAxeViolations, watchForProblems } from './helpers.mjs';

const suite = appSuite();

/**
 * A fresh page on the hosted check whose wasm is held until `release()` is called; layout
 * shifts are summed in `window.__shift` from the first paint on.
 */
async function withHeldWasm(fn) {
  const context = await suite.browser().newContext();
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  const problems = watchForProblems(page, new URL(suite.url()).origin);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  try {
    await page.goto(suite.url(), { waitUntil: 'domcontentloaded' });
    await fn({ page, problems, release });
  } finally {
    release();
    await context.close();
  }
}

const started = (page) => page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: WAIT });
const startButton = (page) => page.getByRole('button', { name: 'Start the check' });

/** Where the start screen's parts are on the page. */
function layout(page) {
  return page.evaluate(() =>
    ['#af-heading', '.af-screen__lead', '.af-start__points', '#af-start'].map((selector) => {
      const box = document.querySelector(selector).getBoundingClientRect();
      return [selector, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
    }),
  );
}

test('the start screen is on screen from HTML and CSS alone, before the wasm has arrived', () =>
  withHeldWasm(async ({ page }) => {
    await page.getByRole('heading', { level: 1, name: START_HEADING }).waitFor();
    await startButton(page).waitFor();
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the app is not running yet');
    assert.match(await page.locator('.af-start__points').innerText(), /not a diagnosis/, 'it says it is guidance');
    assert.equal(await page.getByText('Getting the check ready').isVisible(), false, 'nothing about waiting before a press');
    await assertNoAxeViolations(page, 'the prerendered start screen');
  }));

test('a press of "Start the check" before the app is ready is kept, and takes effect when it is', () =>
  withHeldWasm(async ({ page, problems, release }) => {
    await startButton(page).click();
    await page.getByText('Getting the check ready. It will open by itself in a moment.').waitFor();
    release();
    await page.getByRole('heading', { level: 1, name: QUESTIONS['warning-signs'].heading }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'af-heading', 'the question takes focus, as after any press');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-af-pressed')), false, 'the mark is cleared');
    assert.deepEqual(problems, []);
  }));

test('a press that begins on the HTML\u2019s Start button and ends on the app\u2019s still starts the check', () =>
  withHeldWasm(async ({ page, problems, release }) => {
    const box = await startButton(page).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    release();
    await started(page);
    // The app has replaced the button under the pointer: the press ends on its own.
    await page.mouse.up();
    await page.getByRole('heading', { level: 1, name: QUESTIONS['warning-signs'].heading }).waitFor();
    assert.deepEqual(problems, []);
  }));

test('the app takes the start screen over in place: nothing moves and the focus stays', () =>
  withHeldWasm(async ({ page, problems, release }) => {
    await startButton(page).waitFor();
    await page.evaluate(() => document.getElementById('af-start').focus());
    const before = await layout(page);
    release();
    await started(page);
    // The app's own start screen, its button now working, where the prerendered one was.
    assert.deepEqual(await layout(page), before, 'the same place for every part');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'af-start', 'the focus is still on Start');
    assert.equal(await page.evaluate(() => window.__shift), 0, 'no layout shift');
    assert.equal(await page.getByText('Getting the check ready').isVisible(), false);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: QUESTIONS['warning-signs'].heading }).waitFor();
    assert.deepEqual(problems, []);
  }));

test('the one-file copy holds the start screen too', () => {
  const single = readFileSync(join(DIST, 'aftercare-offline.html'), 'utf8');
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const [name, html] of [['index.html', index], ['aftercare-offline.html', single]]) {
    assert.match(html, /<div id=af-root><main class="af-app">/, `${name}: the root holds the screen`);
    assert.ok(html.includes(`>${START_HEADING}</h1>`), `${name}: the start heading`);
    assert.ok(html.includes('id="af-start"'), `${name}: the Start button`);
  }
});

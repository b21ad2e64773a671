// tests/e2e/popup.test.mjs: embed.js's popup mode (data-mode="popup", issue 29) in Chromium, on
// a spa's page served from a second origin (http://localhost:B) that loads embed.js from the
// check's (http://127.0.0.1:A), as embed.test.mjs sets them up. The snippet shows a button in
// the spa's colour; it opens the check in a modal dialog over the page: full screen on a phone,
// a panel on a wide screen. The check runs to a result inside it; Escape (pressed on the page
// or inside the check's frame) and the close button close it; the focus goes back to the
// button; the page behind can be neither reached nor scrolled; the answers are still there when
// it opens again; and the host page hears open and close besides the usual events.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, startServer } from './harness.mjs';
import { serveDir } from './serve.mjs';
import {
  ORDINARY,
  QUESTIONS,
  START_HEADING,
  WAIT,
  assertNoAxeViolations,
  begin,
  continueButton,
  optionIndex,
  pick,
  waitChecked,
  waitForApp,
  waitForHeading,
  waitForResult,
} from './helpers.mjs';

const SPA = 'Blue Lotus Day Spa';
const BUTTON = 'Sore after your massage? Check it here';

let widgetServer;
let hostServer;
let hostRoot;
let browser;
let WIDGET;
let HOST;
let BUILDER; // a site builder's origin for pasted HTML, http://127.0.0.1:B

/** A spa's page with the popup snippet (`attributes` on its div), long enough to scroll. */
function spaPage(attributes) {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blue Lotus Day Spa</title>' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<link rel="icon" href="data:,"><link rel="stylesheet" href="page.css"></head><body>' +
    '<h1>Blue Lotus Day Spa</h1><p><a id="before" href="#menu">Our treatments</a></p>' +
    `<div data-aftercare data-mode="popup" ${attributes}>` +
    '<a href="https://aftercare.example/">Sore after a massage? Take the aftercare check</a></div>' +
    '<p><a id="after" href="#contact">Contact us</a></p>' +
    '<div class="more">More of the spa\u2019s page.</div>' +
    `<script async src="${WIDGET}/embed.js"></script></body></html>`
  );
}

before(async () => {
  widgetServer = await startServer();
  WIDGET = new URL(widgetServer.url).origin;
  hostRoot = await mkdtemp(join(tmpdir(), 'aftercare-popup-'));
  // The spa's page allows the check's script and frame, and nothing inline (embed.js styles
  // its button and dialog through the CSSOM, which a policy does not restrict).
  const headers = {};
  hostServer = await serveDir({ root: hostRoot, port: 0, headers });
  HOST = `http://localhost:${hostServer.port}`;
  BUILDER = `http://127.0.0.1:${hostServer.port}`;
  headers['Content-Security-Policy'] = `default-src 'self'; script-src 'self' ${WIDGET}; frame-src ${WIDGET} ${BUILDER}; img-src data:`;
  await writeFile(
    join(hostRoot, 'page.css'),
    'body { font-family: sans-serif; margin: 1rem; } .more { height: 3000px; } .box { width: 100%; height: 150px; border: 0; }\n',
  );
  // A site builder's box for pasted HTML: a 150 px frame from the builder's own origin, with the
  // sandbox flags builders give it, holding the popup snippet.
  await writeFile(join(hostRoot, 'builder.html'), spaPage(`data-name="${SPA}" data-followup="${BUILDER}/book"`));
  await writeFile(
    join(hostRoot, 'box.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site builder page</title>' +
      '<link rel="icon" href="data:,"><link rel="stylesheet" href="page.css"></head><body><h1>Blue Lotus Day Spa</h1>' +
      `<iframe class="box" title="Pasted HTML" sandbox="allow-scripts allow-same-origin allow-popups allow-forms" src="${BUILDER}/builder.html"></iframe>` +
      '</body></html>',
  );
  // A stranger's page, not in a frame, that says yes to any page that asks whether it opened it.
  await writeFile(
    join(hostRoot, 'stranger.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stranger</title><link rel="icon" href="data:,">' +
      '<script src="stranger.js"></script></head><body><p>Stranger</p></body></html>',
  );
  await writeFile(
    join(hostRoot, 'stranger.js'),
    "addEventListener('message', (e) => e.source && e.source.postMessage({ source: 'aftercare', type: 'confirm' }, '*'));\n",
  );
  await writeFile(
    join(hostRoot, 'popup.html'),
    spaPage(`data-accent="#7a3b69" data-name="${SPA}" data-followup="${HOST}/book"`),
  );
  await writeFile(join(hostRoot, 'label.html'), spaPage('data-label="<b>Check</b> your soreness" data-lang="es"'));
  await writeFile(join(hostRoot, 'pale.html'), spaPage('data-accent="#f5e6a1"'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await widgetServer?.close();
  await hostServer?.close();
  if (hostRoot) await rm(hostRoot, { recursive: true, force: true });
});

/** A fresh page on `path` of the spa's site, recording every aftercare event and problem. */
async function spa(path, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  await context.addInitScript(() => {
    window.__events = [];
    for (const type of ['ready', 'step', 'result', 'open', 'close']) {
      document.addEventListener(`aftercare:${type}`, (event) => window.__events.push(event.type));
    }
  });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(`${HOST}/${path}`);
  const button = page.locator('[data-aftercare] > button');
  await button.waitFor();
  return { context, page, problems, button };
}

/** Opens the popup by `press` (a click unless given) and returns the check's frame, ready. */
async function open(page, button, press = () => button.click()) {
  await press();
  const dialog = page.locator('[data-aftercare] > dialog');
  await page.waitForFunction(() => document.querySelector('[data-aftercare] > dialog')?.open === true);
  const frame = await (await dialog.locator('iframe').elementHandle()).contentFrame();
  assert.ok(frame, 'the dialog holds the check\u2019s frame');
  await frame.locator('main.af-app').waitFor();
  return { dialog, frame };
}

const isOpen = (page) => page.evaluate(() => document.querySelector('[data-aftercare] > dialog').open);
const events = (page) => page.evaluate(() => window.__events);
const activeId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

describe('the popup', () => {
  test('a button in the spa\u2019s colour and the visitor\u2019s language, or the spa\u2019s own words as text', async () => {
    const { context, page, button, problems } = await spa('popup.html');
    try {
      assert.equal((await button.textContent()).trim(), BUTTON);
      const colours = await button.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
      assert.deepEqual(colours, ['rgb(122, 59, 105)', 'rgb(255, 255, 255)'], 'the accent, with white words on it');
      assert.equal(await page.locator('[data-aftercare] iframe').count(), 0, 'no frame before the button is pressed');
      assert.equal(await page.getByText('Sore after a massage? Take the aftercare check').count(), 0, 'the fallback link makes way');
      await assertNoAxeViolations(page, 'the spa page with the popup button');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    const label = await spa('label.html');
    try {
      assert.equal(await label.button.textContent(), '<b>Check</b> your soreness', 'data-label is text, never markup');
      assert.equal(await label.page.locator('[data-aftercare] b').count(), 0);
      // In Spanish (data-lang), the close button speaks Spanish too.
      const { dialog } = await open(label.page, label.button);
      assert.equal((await dialog.locator('> button').textContent()).trim(), 'Cerrar');
    } finally {
      await label.context.close();
    }
    const pale = await spa('pale.html');
    try {
      const colours = await pale.button.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
      assert.deepEqual(colours, ['rgb(245, 230, 161)', 'rgb(0, 0, 0)'], 'black words on a pale accent');
    } finally {
      await pale.context.close();
    }
  });

  test('opens over the page: full screen on a phone, a centred panel on a desktop, the page behind out of reach', async () => {
    for (const [viewport, name] of [
      [{ width: 390, height: 844 }, 'phone'],
      [{ width: 1280, height: 900 }, 'desktop'],
    ]) {
      const { context, page, button, problems } = await spa('popup.html', { viewport });
      try {
        const { dialog, frame } = await open(page, button);
        const scrolled = await page.evaluate(() => window.scrollY);
        await waitForHeading(frame, START_HEADING, { focused: false });
        await frame.getByText(SPA).waitFor();
        const box = await dialog.boundingBox();
        if (name === 'phone') {
          assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 390, 844], 'the whole screen');
        } else {
          assert.equal(box.width, 640, 'a 40 rem panel');
          assert.ok(Math.abs(box.x + box.width / 2 - 640) <= 1 && Math.abs(box.y + box.height / 2 - 450) <= 1, `centred: ${JSON.stringify(box)}`);
        }
        // The focus is in the dialog; the page behind can be neither focused nor scrolled.
        assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'the focus moved into the dialog');
        assert.equal(await page.locator('#before').evaluate((a) => a.matches(':focus') || (a.focus(), a.matches(':focus'))), false, 'the page behind is inert');
        for (let i = 0; i < 12; i += 1) {
          await page.keyboard.press('Tab');
          const where = await page.evaluate(() => document.activeElement?.closest('dialog') ? 'dialog' : document.activeElement?.tagName);
          assert.ok(where === 'dialog' || where === 'BODY', `Tab ${i + 1} stays in the dialog (${where})`);
        }
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(100);
        assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page behind does not scroll');
        await assertNoAxeViolations(page, `the open popup on a ${name}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  });

  test('runs the check to a result inside, and closes by its button, by Escape on the page and inside the check, the focus back on the button', async () => {
    const { context, page, button, problems } = await spa('popup.html');
    try {
      const { dialog, frame } = await open(page, button);
      await begin(frame);
      for (const [question, label] of ORDINARY) {
        await waitForHeading(frame, QUESTIONS[question].heading);
        await pick(frame, question, label);
        await continueButton(frame).click();
      }
      await frame.getByRole('button', { name: 'See my result' }).click();
      await waitForResult(frame);
      await page.waitForFunction(() => window.__events.includes('aftercare:result'));
      // The close button.
      await dialog.locator('> button').click();
      assert.equal(await isOpen(page), false);
      assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('[data-aftercare] > button')), true, 'the focus is back on the button');
      assert.equal(await page.evaluate(() => document.documentElement.style.overflow), '', 'the page scrolls again');
      // Escape on the page (the focus on the dialog's close button).
      await open(page, button);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('[data-aftercare] > dialog').open);
      assert.equal(await activeId(page), 'BUTTON');
      // Escape inside the check's frame, whose keys never reach the page: the check passes it on.
      const again = await open(page, button);
      await again.frame.locator('h1#af-heading').focus();
      await again.frame.locator('h1#af-heading').press('Escape');
      await page.waitForFunction(() => !document.querySelector('[data-aftercare] > dialog').open);
      assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('[data-aftercare] > button')), true);
      const heard = await events(page);
      assert.equal(heard[0], 'aftercare:open');
      for (const type of ['aftercare:ready', 'aftercare:step', 'aftercare:result']) assert.ok(heard.includes(type), `${type}: ${heard}`);
      assert.deepEqual(heard.filter((type) => type === 'aftercare:open' || type === 'aftercare:close'), [
        'aftercare:open', 'aftercare:close', 'aftercare:open', 'aftercare:close', 'aftercare:open', 'aftercare:close',
      ]);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('closing keeps the answers: opening it again continues where the person was', async () => {
    const { context, page, button } = await spa('popup.html');
    try {
      const { dialog, frame } = await open(page, button);
      await begin(frame);
      const [[first, firstLabel], [second, secondLabel]] = ORDINARY;
      await pick(frame, first, firstLabel);
      await continueButton(frame).click();
      await waitForHeading(frame, QUESTIONS[second].heading);
      await pick(frame, second, secondLabel);
      await dialog.locator('> button').click();
      const reopened = await open(page, button);
      assert.equal(reopened.frame, frame, 'the same check, not a new one');
      await waitForHeading(frame, QUESTIONS[second].heading, { focused: false });
      await waitChecked(frame, second, optionIndex(second, secondLabel));
      await frame.getByRole('button', { name: 'Back', exact: true }).click();
      await waitChecked(frame, first, optionIndex(first, firstLabel));
    } finally {
      await context.close();
    }
  });

  test('by keyboard alone: Tab to the button, Enter to open, answer, Escape to close', async () => {
    const { context, page, button } = await spa('popup.html');
    try {
      await page.locator('#before').focus();
      await page.keyboard.press('Tab');
      assert.equal(await button.evaluate((b) => b === document.activeElement), true, 'the button is next in the page\u2019s order');
      const { frame } = await open(page, button, () => page.keyboard.press('Enter'));
      // From the close button, Tab goes into the check.
      let inFrame = false;
      for (let i = 0; i < 6 && !inFrame; i += 1) {
        await page.keyboard.press('Tab');
        inFrame = await frame.evaluate(() => document.activeElement?.textContent?.trim() === 'Start the check');
      }
      assert.ok(inFrame, 'Tab reaches the check\u2019s Start button');
      await page.keyboard.press('Enter');
      await waitForHeading(frame, QUESTIONS['warning-signs'].heading);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('[data-aftercare] > dialog').open);
      assert.equal(await button.evaluate((b) => b === document.activeElement), true);
    } finally {
      await context.close();
    }
  });

  test('in a box it cannot leave (a 150 px sandboxed frame), the button opens the check\u2019s page in a new tab, with the spa\u2019s name', async () => {
    const context = await browser.newContext();
    context.setDefaultTimeout(WAIT);
    try {
      const page = await context.newPage();
      await page.goto(`${HOST}/box.html`);
      const box = page.frameLocator('iframe.box');
      const button = box.locator('[data-aftercare] > button');
      await button.waitFor();
      const [tab] = await Promise.all([context.waitForEvent('page'), button.click()]);
      const problems = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await tab.waitForLoadState();
      const address = new URL(tab.url());
      assert.equal(address.origin, WIDGET, 'the check\u2019s own address');
      assert.equal(address.pathname, '/index.html');
      assert.equal(address.searchParams.get('opener'), '1');
      assert.equal(address.searchParams.get('embed'), null, 'a page of its own, not an embed');
      assert.equal(await box.locator('[data-aftercare] > dialog').evaluate((d) => d.open), false, 'no dialog in the box');
      await tab.locator('.af-start__spa-name').waitFor();
      assert.equal(await tab.locator('.af-start__spa-name').textContent(), SPA);
      await tab.getByRole('button', { name: 'Start the check' }).click();
      await waitForHeading(tab, QUESTIONS['warning-signs'].heading);
      assert.deepEqual(problems, []);

      // The same address opened by anyone else: on its own, or from a stranger's page that is
      // not in a frame and says yes to anything, it shows no name.
      const forged = await context.newPage();
      const warnings = [];
      forged.on('console', (message) => warnings.push(message.text()));
      await forged.goto(tab.url());
      await waitForApp(forged);
      assert.equal(await forged.locator('.af-start__spa-name').count(), 0, 'no name on a link opened on its own');
      assert.ok(warnings.some((w) => /ignored the \u201cname\u201d setting/.test(w)), warnings.join('\n'));
      // The stranger writes its own origin into the link, so that the check asks it.
      const link = new URL(tab.url());
      link.searchParams.set('origin', HOST);
      const stranger = await context.newPage();
      await stranger.goto(`${HOST}/stranger.html`);
      const [fromStranger] = await Promise.all([context.waitForEvent('page'), stranger.evaluate((url) => window.open(url), link.href)]);
      await waitForApp(fromStranger);
      assert.equal(await fromStranger.locator('.af-start__spa-name').count(), 0, 'no name from a stranger\u2019s page');
    } finally {
      await context.close();
    }
  });
});

// tests/e2e/card.test.mjs: the therapist's card maker (card/, issue 18). The therapist picks the
// day of the massage, its kind, the tension and the client's language; the page shows the
// link and a QR code, which is read back here from a screenshot by an independent decoder
// (jsQR), and "Print cards" prints eight business cards with the code, the spa's name, what
// the check is for and the warning signs. The link opens the check with those answers filled
// in and marked "From your therapist" on the review. The host's settings come from the page,
// checked; a booking address only from its list. It works offline like the check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { QUESTIONS, REVIEW_HEADING, WAIT, answerAll, appSuite, assertNoAxeViolations, begin, waitForApp, waitForHeading, watchForProblems } from './helpers.mjs';

const suite = appSuite();
const TODAY = new Date('2026-12-03T10:00:00Z');

/** A page on the card maker, its clock at TODAY; `settings` replaces the host's settings. */
async function openMaker({ settings, offline = false } = {}) {
  const context = await suite.browser().newContext({ timezoneId: 'Europe/Paris' });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  const problems = watchForProblems(page, new URL(suite.url()).origin);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  if (settings) {
    await page.route(/\/card\/(index\.html)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(<script type="application\/json" id="af-card-settings">)[^<]*/, `$1${JSON.stringify(settings)}`);
      await route.fulfill({ response, body: html });
    });
  }
  await page.goto(new URL('card/', suite.url()).href);
  // The form and the link are the card maker's Yew app: they appear once the wasm has run.
  await page.waitForFunction(() => document.getElementById('af-card-link')?.value.includes('#p='));
  return { context, page, problems, warnings };
}

/** The QR code on screen, decoded from a screenshot of it. */
async function readCode(page) {
  const png = PNG.sync.read(await page.locator('#af-card-preview .af-card__qr').screenshot({ scale: 'device' }));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'jsQR finds a code in the screenshot');
  return found.data;
}

test('the card maker makes a link and a code that reads back as the link, in the client\u2019s language', async () => {
  const { context, page, problems } = await openMaker();
  try {
    assert.equal(await page.locator('#af-card-date').inputValue(), '2026-12-03', 'today by default');
    await page.locator('#af-card-date').fill('2026-12-01');
    await page.locator('#af-card-massage').selectOption({ label: 'Deep tissue' });
    await page.locator('#af-card-tension').selectOption({ label: 'A lot' });
    const link = await page.locator('#af-card-link').inputValue();
    assert.equal(link, new URL('#p=1AneCcV', suite.url()).href, 'the check\u2019s own page, the massage in the fragment, no soreness');
    assert.equal(await readCode(page), link);
    await page.locator('#af-card-lang').selectOption('es');
    const spanish = await page.locator('#af-card-link').inputValue();
    assert.equal(spanish, new URL('es.html#p=1AneCcV', suite.url()).href);
    assert.equal(await readCode(page), spanish);
    assert.equal(await page.locator('#af-card-preview article').getAttribute('lang'), 'es');
    assert.match(await page.locator('#af-card-preview').textContent(), /Cualquiera de estas/, 'the warning signs in Spanish');
    await assertNoAxeViolations(page, 'the card maker');
    // A day after today makes no card: its link would be refused when scanned.
    await page.locator('#af-card-date').fill('2026-12-04');
    await page.getByRole('alert').filter({ hasText: 'can\u2019t be after today' }).waitFor();
    assert.equal(await page.locator('#af-card-link').inputValue(), '');
    assert.equal(await page.locator('#af-card-sheet article').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('"Print cards" prints eight business-card-size cards, each with the code, what the check is for and the warning signs', async () => {
  const { context, page, problems } = await openMaker({ settings: { version: 1, name: 'Blue Lotus Day Spa', accent: '#7a3b69' } });
  try {
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => { window.printed += 1; };
    });
    await page.getByRole('button', { name: 'Print cards' }).click();
    assert.equal(await page.evaluate(() => window.printed), 1, '"Print cards" opens the print dialog');
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('#af-card-sheet article.af-card');
    assert.equal(await cards.count(), 8);
    assert.equal(await page.locator('main').isVisible(), false, 'only the cards on paper');
    const mm = 96 / 25.4;
    for (const box of await cards.evaluateAll((all) => all.map((card) => card.getBoundingClientRect().toJSON()))) {
      assert.ok(Math.abs(box.width - 85 * mm) < 1 && Math.abs(box.height - 55 * mm) < 1, `85 x 55 mm: ${box.width} x ${box.height} px`);
    }
    const first = cards.first();
    const text = await first.textContent();
    for (const words of ['Blue Lotus Day Spa', 'Sore back after a massage?', 'Scan the code', 'Any of these means', 'A fever', 'Get medical attention straight away.']) {
      assert.ok(text.includes(words), `the card says "${words}": ${text}`);
    }
    // Nothing overflows a card, in any language: its contents fit its 55 mm.
    for (const lang of ['en', 'es', 'fr']) {
      await page.locator('#af-card-lang').selectOption(lang, { force: true });
      await page.locator(`#af-card-sheet article[lang="${lang}"]`).first().waitFor({ state: 'attached' });
      assert.equal(await cards.evaluateAll((all) => all.filter((card) => card.scrollHeight > card.clientHeight).length), 0, lang);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the card\u2019s link opens the check with the massage filled in, marked "From your therapist" until changed', async () => {
  const maker = await openMaker();
  let link;
  try {
    await maker.page.locator('#af-card-date').fill('2026-12-01');
    await maker.page.locator('#af-card-massage').selectOption({ label: 'Deep tissue' });
    await maker.page.locator('#af-card-tension').selectOption({ label: 'A lot' });
    link = await maker.page.locator('#af-card-link').inputValue();
  } finally {
    await maker.context.close();
  }
  const context = await suite.browser().newContext({ timezoneId: 'Europe/Paris' });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  const problems = watchForProblems(page, new URL(suite.url()).origin);
  try {
    await page.goto(link);
    await waitForApp(page);
    await page.getByRole('heading', { name: 'Day 2 after your massage' }).waitFor();
    await page.getByText('Your therapist filled in the day of your massage').waitFor();
    await begin(page);
    await answerAll(page, [['warning-signs', 'None of these'], ['trend', 'Yes, it is getting better'], ['soreness', '4'], ['feel', 'Stiff and tight'], ['hydration', 'About as much as usual'], ['tried', 'Heat']]);
    await waitForHeading(page, REVIEW_HEADING);
    const marked = () => page.locator('.af-answers__row').filter({ hasText: 'From your therapist' }).evaluateAll((rows) => rows.map((row) => row.dataset.question));
    assert.deepEqual(await marked(), ['elapsed', 'massage', 'tension']);
    await page.getByRole('button', { name: 'Change: Kind of massage' }).click();
    await waitForHeading(page, QUESTIONS.massage.heading);
    await page.getByText('Sports massage', { exact: true }).click();
    await page.getByRole('button', { name: 'Save and go back to review' }).click();
    await waitForHeading(page, REVIEW_HEADING);
    assert.deepEqual(await marked(), ['elapsed', 'tension'], 'changed: the person\u2019s own answer');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the host\u2019s settings are checked: a booking address only from its list, shown by its domain', async () => {
  const listed = await openMaker({
    settings: { version: 1, name: 'Blue Lotus Day Spa', followup: 'https://bluelotus.example/book', bookingOrigins: ['https://bluelotus.example'] },
  });
  try {
    const summary = await listed.page.locator('#af-card-settings-summary').textContent();
    assert.match(summary, /Cards for Blue Lotus Day Spa\. Your booking link goes to bluelotus\.example/);
    assert.doesNotMatch(await listed.page.locator('#af-card-sheet').innerHTML(), /bluelotus\.example/, 'not printed on the cards');
    assert.deepEqual(listed.warnings.filter((w) => w.includes('Aftercare')), []);
    assert.deepEqual(listed.problems, []);
  } finally {
    await listed.context.close();
  }
  const refused = await openMaker({
    // An accent as pale as the white card (issue 27) would hide the button and the marks.
    settings: { version: 1, name: '\u202eevil', accent: '#fafafa', followup: 'https://elsewhere.example/book', bookingOrigins: ['https://bluelotus.example'] },
  });
  try {
    assert.equal(await refused.page.locator('#af-card-settings-summary').isVisible(), false, 'nothing to say');
    assert.equal(await refused.page.locator('#af-card-preview .af-card__spa').count(), 0);
    assert.equal(refused.warnings.filter((w) => /card setting .(name|followup|accent)./.test(w)).length, 3, refused.warnings.join(' | '));
    const button = refused.page.getByRole('button', { name: 'Print cards' });
    assert.equal(await button.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(11, 107, 115)', 'our own colour instead');
    assert.deepEqual(refused.problems, []);
  } finally {
    await refused.context.close();
  }
});

test('the card maker works with no network once it has been opened', async () => {
  const { context, page, problems } = await openMaker();
  try {
    // The card maker registers the check's offline worker (its start-up script), which takes
    // the page over once it has kept the card maker's files.
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).some((r) => /\/card\/card-[0-9a-f]+_bg\.wasm$/.test(r.url)));
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.getElementById('af-card-link')?.value.includes('#p='));
    assert.equal(await readCode(page), await page.locator('#af-card-link').inputValue());
    assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  } finally {
    await context.close();
  }
});

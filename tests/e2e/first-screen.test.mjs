// tests/e2e/first-screen.test.mjs: the result a worried person can act on at once. On a phone
// (390×844), the first screenful of each tier holds its first action: the relief plan's first
// step on a self-care result, where to go and how soon on one that sends the person to care.
// The printed page is one A4 and one Letter page, made for a clinician: the check's name and the
// spa's, dates with the month in words, the result, the answers and room for notes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSuite,
  ORDINARY,
  begin,
  continueButton,
  pick,
  toResult,
  waitForResult,
} from './helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const MONTH_DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

const SLOW = [
  ['warning-signs', 'None of these'],
  ['elapsed', 'Three days ago'],
  ['trend', 'No, it is about the same'],
  ...ORDINARY.slice(2),
];

/** From the start to a result through a warning sign. */
async function warningResult(page, sign) {
  await begin(page);
  await pick(page, 'warning-signs', sign);
  await continueButton(page, 'See what to do now').click();
  return waitForResult(page);
}

const TIERS = [
  { name: 'self-care', reach: (page) => toResult(page, ORDINARY), first: 'ol.af-plan > li .af-plan__title', primary: 'Print or save your plan' },
  { name: 'slow recovery', reach: (page) => toResult(page, SLOW), first: '.af-next__go li', primary: 'Print or save for your doctor' },
  { name: 'a fever', reach: (page) => warningResult(page, 'A fever'), first: '.af-next__go li', primary: 'Print or save for your doctor' },
  { name: 'sharp pain', reach: (page) => warningResult(page, 'Severe, sharp or shooting pain in one spot'), first: '.af-next__go li', primary: 'Print or save for your doctor' },
];

/** The number of pages in a PDF, from its page objects. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the first screen of a result, on a phone', () => {
  const { withApp } = appSuite();

  for (const tier of TIERS) {
    test(`${tier.name}: the first screenful holds what to do now`, () =>
      withApp(async ({ page }) => {
        await tier.reach(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = await page.locator(tier.first).first().boundingBox();
        assert.ok(box, `${tier.first} is shown`);
        assert.ok(box.y >= 0 && box.y + box.height <= 844, `the first action (${tier.first}) is within the first 844 px: ${JSON.stringify(box)}`);
        const primary = page.locator('section.af-result .af-button--primary');
        assert.equal(await primary.count(), 1, 'one primary action');
        assert.equal((await primary.textContent()).trim(), tier.primary);
        assert.equal(await page.getByText('Not answered').count(), 0, 'no row for a question never asked');
      }, PHONE));
  }
});

describe('every question on a phone', () => {
  const { withApp } = appSuite();

  test('each option list fits the first screenful, down to its last answer', () =>
    withApp(async ({ page }) => {
      await begin(page);
      // The common path, and the trend question from day 3 on.
      const path = [['warning-signs', 'None of these'], ['elapsed', 'Three days ago'], ['trend', 'Not sure'], ...ORDINARY.slice(2)];
      for (const [key, label] of path) {
        await pick(page, key, label);
        await page.evaluate(() => window.scrollTo(0, 0));
        const last = await page.locator(`label[for^="af-${key}-"]`).last().boundingBox();
        assert.ok(last.y + last.height <= 844, `${key}: its last answer ends at ${Math.round(last.y + last.height)} px, below the 844 px screen`);
        await continueButton(page).click();
      }
    }, PHONE));
});

describe('the printed page', () => {
  const { withApp } = appSuite();

  for (const tier of [TIERS[0], TIERS[2]]) {
    // The spa's name on the sheet, when embedded, is checked by tests/render.rs: a page opened
    // on its own takes no branding from its address.
    test(`${tier.name}: one page on A4 and on Letter, made for a clinician`, () =>
      withApp(async ({ page }) => {
        await tier.reach(page);
        await page.emulateMedia({ media: 'print' });
        const sheet = (await page.locator('.af-print-sheet').innerText()).replace(/\s+/g, ' ');
        assert.match(sheet, /Aftercare: soreness after a massage/);
        assert.match(sheet, new RegExp(`Date of the check ${MONTH_DATE.source}`));
        if (tier.name === 'self-care') assert.match(sheet, new RegExp(`Date of the massage ${MONTH_DATE.source} \\(the day of the check\\)`));
        assert.match(sheet, /Answers given/);
        assert.match(sheet, /Notes/);
        assert.doesNotMatch(sheet, /Not answered/);
        const visible = await page.evaluate(() =>
          [...document.querySelectorAll('section.af-result > *')].filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.className));
        assert.deepEqual(visible, ['af-print-sheet'], 'on paper, the sheet alone');
        for (const format of ['A4', 'Letter']) {
          assert.equal(pageCount(await page.pdf({ format })), 1, `one ${format} page`);
        }
      }));
  }

  test('a shared result prints the day it was made, not the day it is opened', () =>
    withApp(async ({ page }) => {
      // Two days after the massage, shared on 20 November 2026 (format version 2).
      const url = new URL(page.url());
      url.hash = 'r=2B5x7CAnTo';
      await page.goto(url.href);
      await page.locator('section.af-result').waitFor();
      await page.emulateMedia({ media: 'print' });
      const sheet = (await page.locator('.af-print-sheet').innerText()).replace(/\s+/g, ' ');
      assert.match(sheet, /Date of the check 20 November 2026/);
      assert.match(sheet, /Date of the massage About 18 November 2026 \(2 days before the check\)/);
      assert.equal(pageCount(await page.pdf({ format: 'A4' })), 1);
    }));
});

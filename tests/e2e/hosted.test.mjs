// tests/e2e/hosted.test.mjs: the hosted link. A shared result round-trips through its URL;
// malformed links get a clear message and the start screen; the build works from a sub-path;
// the browser's Back button goes to the previous question; a reload offers to continue.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDir } from './serve.mjs';
import {
  ORDINARY,
  QUESTIONS,
  START_HEADING,
  answerAll,
  appSuite,
  begin,
  continueButton,
  openApp,
  pick,
  toResult,
  waitForHeading,
  waitForResult,
} from './helpers.mjs';

const { withApp, browser } = appSuite();

/** The result screen's words that depend on the answers, to compare two results. */
function resultText(page) {
  return page.evaluate(() => {
    const keep = ['.af-urgency__title', '.af-reasons__list', '.af-why-sore', '.af-plan', '.af-answers'];
    return keep.map((selector) => document.querySelector(selector)?.textContent.trim() ?? '');
  });
}

/**
 * A result opened straight from a link: the page does not move focus on first load, so only
 * the result itself is awaited. Returns its urgency.
 */
async function openedResult(page) {
  const result = page.locator('section.af-result');
  await result.waitFor();
  return result.getAttribute('data-urgency');
}

/** The share link, as the clipboard received it. */
async function shareLink(context, page) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share this result' }).click();
  await page.getByText('Link copied').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('sharing a result', () => {
  test('a shared link round-trips to the same result, marked as shared', () =>
    withApp(async ({ context, page, problems }) => {
      const urgency = await toResult(page);
      const own = await resultText(page);
      const link = await shareLink(context, page);
      const url = new URL(link);
      assert.match(url.hash, /^#r=2[A-Za-z0-9_-]{9}$/, `the answers and the day of the check travel in the fragment: ${link}`);
      assert.equal(url.search, '', 'never in the query string, which servers receive');

      const other = await context.newPage();
      await other.goto(link);
      assert.equal(await openedResult(other), urgency);
      assert.deepEqual(await resultText(other), own, 'the same result, word for word');
      await other.getByRole('heading', { name: 'A shared result' }).waitFor();
      assert.equal(await other.getByRole('button', { name: 'Change answers' }).count(), 0);

      await other.getByRole('button', { name: 'Take the check yourself' }).click();
      await waitForHeading(other, START_HEADING);
      assert.equal(new URL(other.url()).hash, '', 'leaving the shared result drops its link');
      assert.deepEqual(problems, []);
    }));

  test('a warning-sign result shares too', () =>
    withApp(async ({ context, page }) => {
      await begin(page);
      await pick(page, 'warning-signs', 'A fever');
      await continueButton(page, 'See what to do now').click();
      assert.equal(await waitForResult(page), 'contact-provider');
      const link = await shareLink(context, page);
      const other = await context.newPage();
      await other.goto(link);
      assert.equal(await openedResult(other), 'contact-provider');
    }));

  for (const [name, fragment, words] of [
    ['truncated', '#r=1Bsx', 'incomplete or damaged'],
    ['garbage', '#r=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'incomplete or damaged'],
    ['from a newer version', '#r=9AAAAAAA', 'newer version'],
    ['starting with 0, which no version ever did', '#r=0', 'incomplete or damaged'],
  ]) {
    test(`a ${name} link shows a clear message and the start screen`, () =>
      withApp(async ({ context, page: first }) => {
        const page = await context.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        await page.goto(`${first.url().split('#')[0]}${fragment}`);
        await page.getByRole('heading', { name: 'This shared link can’t be opened' }).waitFor();
        assert.match(await page.locator('.af-notice').textContent(), new RegExp(words));
        await page.getByRole('button', { name: 'Start the check' }).click();
        await waitForHeading(page, QUESTIONS['warning-signs'].heading);
        assert.deepEqual(problems, []);
      }));
  }

  test('a link pasted into an open tab opens that result', () =>
    withApp(async ({ context, page }) => {
      await toResult(page);
      const link = await shareLink(context, page);
      await page.getByRole('button', { name: 'Start again' }).click();
      await waitForHeading(page, START_HEADING);
      await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
      await openedResult(page);
      await page.getByRole('heading', { name: 'A shared result' }).waitFor();
    }));
});

describe('the hosted page', () => {
  test("a link on the check's own address cannot brand it with a stranger's name, colour or booking link", () =>
    withApp(async ({ page }) => {
      const url = new URL(page.url());
      url.search = new URLSearchParams({ name: 'Your Clinic', accent: '#ff0000', followup: 'https://evil.example/book' }).toString();
      const warnings = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.goto(url.href);
      await page.getByRole('button', { name: 'Start the check' }).waitFor();
      assert.equal(await page.getByText('Your Clinic').count(), 0, 'no stranger\'s name');
      const start = page.getByRole('button', { name: 'Start the check' });
      assert.notEqual(await start.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 0, 0)', 'no stranger\'s colour');
      assert.equal(await toResult(page), 'self-care');
      assert.equal(await page.getByRole('link', { name: /follow-up/i }).count(), 0, 'no booking button to a stranger\'s address');
      assert.equal(await page.locator('a[href*="evil.example"]').count(), 0);
      for (const param of ['name', 'accent', 'followup']) {
        assert.ok(warnings.some((w) => w.includes(`\u201c${param}\u201d`) && /only the page that embeds/.test(w)), `a console warning for ${param}: ${warnings.join(' | ')}`);
      }
    }));

  test("the browser's Back button goes to the previous question, Forward returns", () =>
    withApp(async ({ page }) => {
      await begin(page);
      await answerAll(page, ORDINARY.slice(0, 3));
      await waitForHeading(page, QUESTIONS.feel.heading);
      await page.goBack();
      await waitForHeading(page, QUESTIONS.soreness.heading);
      await page.goBack();
      await waitForHeading(page, QUESTIONS.elapsed.heading);
      assert.equal(await page.locator('#af-elapsed-0').isChecked(), true, 'answers are kept');
      await page.goForward();
      await waitForHeading(page, QUESTIONS.soreness.heading);
      await page.goBack();
      await page.goBack();
      await page.goBack();
      await waitForHeading(page, START_HEADING);
    }));

  test('a reload mid-check offers to continue, and continuing keeps every answer', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await answerAll(page, ORDINARY.slice(0, 4));
      await waitForHeading(page, QUESTIONS.massage.heading);
      await page.reload();
      await page.getByRole('heading', { name: 'Continue where you left off?' }).waitFor();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await waitForHeading(page, QUESTIONS.massage.heading);
      await answerAll(page, ORDINARY.slice(4));
      await page.getByRole('button', { name: 'See my result', exact: true }).click();
      assert.equal(await waitForResult(page), 'self-care');
      assert.match(await page.locator('.af-answers').textContent(), /Stiff and tight/);
    }));

  test("after a reload, the browser's Back goes to the previous question with every answer, whether or not the person chose to continue", () =>
    withApp(async ({ page }) => {
      const checkedIn = (key) => page.locator(`input[name="${key}"]:checked`).count();
      await begin(page);
      await answerAll(page, ORDINARY.slice(0, 4));
      await waitForHeading(page, QUESTIONS.massage.heading);

      // Continued, then Back: the question before, answered, and Forward returns.
      await page.reload();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await waitForHeading(page, QUESTIONS.massage.heading);
      await page.goBack();
      await waitForHeading(page, QUESTIONS.feel.heading);
      assert.equal(await checkedIn('feel'), 1, 'the answer before the reload is kept');
      await page.goForward();
      await waitForHeading(page, QUESTIONS.massage.heading);
      await page.goBack();
      await page.goBack();
      await waitForHeading(page, QUESTIONS.soreness.heading);
      assert.equal(await checkedIn('soreness'), 1, 'and the one before it');

      // Back on the "Continue where you left off?" prompt is a step within the same check.
      await page.reload();
      await page.getByRole('heading', { name: 'Continue where you left off?' }).waitFor();
      await page.goBack();
      await waitForHeading(page, QUESTIONS.elapsed.heading);
      assert.equal(await checkedIn('elapsed'), 1, 'the saved check is continued, not lost');
      await continueButton(page).click();
      await waitForHeading(page, QUESTIONS.soreness.heading);
      await continueButton(page).click();
      await waitForHeading(page, QUESTIONS.feel.heading);
      assert.equal(await checkedIn('feel'), 1);
    }));

  test('a reload offers "Start over", which starts a fresh check', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await answerAll(page, ORDINARY.slice(0, 2));
      await page.reload();
      await page.getByRole('button', { name: 'Start over' }).click();
      await waitForHeading(page, QUESTIONS['warning-signs'].heading);
      assert.equal(await page.locator('input:checked').count(), 0, 'nothing carried over');
    }));

  test('the page is a good link to share: title, description, Open Graph and Twitter tags, icon', () =>
    withApp(async ({ page }) => {
      const head = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        description: document.querySelector('meta[name=description]')?.content,
        og: document.querySelector('meta[property="og:title"]')?.content,
        twitter: document.querySelector('meta[name="twitter:card"]')?.content,
        icon: document.querySelector('link[rel=icon]')?.getAttribute('href'),
        absolute: [...document.querySelectorAll('[src],[href]')]
          .map((el) => el.getAttribute('src') ?? el.getAttribute('href'))
          .filter((url) => url.startsWith('/')),
      }));
      assert.equal(head.lang, 'en');
      assert.ok(head.description && head.og && head.twitter === 'summary', JSON.stringify(head));
      assert.ok(head.icon && !head.icon.startsWith('/'), `relative icon: ${head.icon}`);
      // The app replaces the body once it runs, so the fallback is read from the page as served.
      const served = await (await page.request.get(page.url())).text();
      assert.match(served, /<noscript>[\s\S]*sore back after a massage[\s\S]*<\/noscript>/);
      assert.deepEqual(head.absolute, [], 'no absolute paths: the build works from any path');
    }));
});

test('the build works when served under a sub-path', async () => {
  const root = mkdtempSync(join(tmpdir(), 'aftercare-subpath-'));
  cpSync(DIST, join(root, 'tools', 'aftercare'), { recursive: true });
  const server = await serveDir({ root, port: 0 });
  try {
    const app = await openApp(browser(), `${server.url}tools/aftercare/`);
    try {
      assert.equal(await toResult(app.page), 'self-care');
      assert.deepEqual(app.problems, [], 'every asset loads from the sub-path');
    } finally {
      await app.context.close();
    }
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});


// tests/e2e/languages.test.mjs: the check in the visitor's language. It is chosen from the
// language picked in this tab, then the page's `lang=` (an embedding page's data-lang arrives
// as that), then the language's own page (es.html), then the browser's preferred languages,
// then English; <html lang> follows; the switch under every screen changes it mid-check with
// every answer kept; a shared result opens in the reader's language. Each language's own page
// is in that language before the app runs, and with no script at all. And the pseudo-locale (tests/e2e/pseudo.mjs), left to
// right and right to left, over every screen at 320 px: no text that is not from the words,
// nothing wider than the screen, and no axe violation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DIST } from './serve.mjs';
import { CLOSE, OPEN, servePseudoLocale } from './pseudo.mjs';
import {
  QUESTIONS,
  START_HEADING,
  WAIT,
  answerAll,
  appSuite,
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  begin,
  continueButton,
  input,
  openApp,
  pick,
  waitForApp,
  waitForHeading,
  watchForProblems,
} from './helpers.mjs';

const suite = appSuite();

// A few of each language's words, as a reader would look for them.
const SPANISH = {
  start: '\u00bfLe duele la espalda después de un masaje?',
  button: 'Empezar el cuestionario',
  trend: '\u00bfHa notado alguna señal de que su dolor esté mejorando?',
  elapsed: '\u00bfCuándo fue su masaje?',
  shared: 'Un resultado compartido',
};
const FRENCH = {
  start: 'Mal au dos après un massage\u00a0?',
  button: 'Commencer le questionnaire',
  title: 'Aftercare\u00a0: mon mal de dos après un massage est-il normal\u00a0?',
};
// The page that shows when the check cannot run, as each language's own page has it.
const FALLBACKS = {
  es: {
    title: 'Aftercare: \u00bfes normal mi dolor de espalda después de un masaje?',
    start: SPANISH.start,
    noscript: /necesita JavaScript, que está desactivado en este navegador/,
    failed: 'Lo sentimos, el cuestionario no pudo abrirse',
    signs: 'Diga lo que diga el cuestionario, ante estas señales busque atención médica',
    sign: 'Dolor intenso, agudo o fulgurante en un solo punto que no parece un dolor muscular: Busque atención médica de inmediato.',
    others: ['English', 'Français'],
    appName: 'Aftercare: cuestionario para el dolor de espalda después de un masaje',
  },
  fr: {
    title: FRENCH.title,
    start: FRENCH.start,
    noscript: /a besoin de JavaScript, qui est désactivé dans ce navigateur/,
    failed: 'Désolé, le questionnaire n\u2019a pas pu démarrer',
    signs: 'Quel que soit le résultat du questionnaire, consultez pour ces signes',
    sign: 'Douleur forte, vive ou fulgurante à un seul endroit, qui ne ressemble pas à des courbatures\u00a0: Consultez un médecin tout de suite.',
    others: ['English', 'Español'],
    appName: 'Aftercare\u00a0: questionnaire pour le mal de dos après un massage',
  },
};

/** The start screen's heading, once the app itself shows it. */
async function startHeading(page) {
  await waitForApp(page);
  return (await page.locator('main h1').textContent()).trim();
}

/**
 * A fresh page at `path` (relative to the check), with the given browser settings. Not
 * `openApp`, which waits for the English Start button of the prerendered page: in another
 * language the app replaces it as it starts.
 */
async function open(path = '', contextOptions = {}) {
  const context = await suite.browser().newContext(contextOptions);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  const problems = watchForProblems(page, new URL(suite.url()).origin);
  await page.goto(new URL(path, suite.url()).href);
  return { context, page, problems };
}

describe('choosing the language', () => {
  test('the browser\u2019s preferred language is used when the check speaks it, and <html lang> follows', async () => {
    const app = await open('', { locale: 'fr-CA' });
    try {
      assert.equal(await startHeading(app.page), FRENCH.start);
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'fr');
      assert.equal(await app.page.title(), `${FRENCH.start} \u2013 Aftercare`);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.context.close();
    }
  });

  test('lang= in the address comes before the browser\u2019s languages; one the check does not speak is ignored, with a warning', async () => {
    const app = await open('?lang=es', { locale: 'fr-FR' });
    try {
      assert.equal(await startHeading(app.page), SPANISH.start);
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'es');
    } finally {
      await app.context.close();
    }
    const context = await suite.browser().newContext({ locale: 'fr-FR' });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    try {
      await page.goto(new URL('?lang=de', suite.url()).href);
      assert.equal(await startHeading(page), FRENCH.start, 'the browser\u2019s language instead');
      assert.ok(warnings.some((w) => /ignored lang=de/.test(w)), warnings.join('\n'));
    } finally {
      await context.close();
    }
  });

  test('without a language the check speaks, English', async () => {
    const app = await open('', { locale: 'de-DE' });
    try {
      assert.equal(await startHeading(app.page), START_HEADING);
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
    } finally {
      await app.context.close();
    }
  });
});

describe('the language switch', () => {
  test('words that arrive after a press title the screen the press led to (issue 28)', async () => {
    // The service worker is blocked so that the words come through the held route below.
    const app = await open('', { locale: 'en-GB', serviceWorkers: 'block' });
    const { page } = app;
    try {
      await waitForApp(page);
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/words-es-[0-9a-f]+\.txt$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.locator('.af-languages').getByRole('button', { name: 'Español' }).click();
      // While the Spanish words are on their way, Start leads to the first question.
      await begin(page);
      release();
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      const heading = page.locator('h1#af-heading');
      await page.waitForFunction((english) => document.getElementById('af-heading')?.textContent.trim() !== english, QUESTIONS['warning-signs'].heading);
      const spanish = (await heading.textContent()).trim();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const title = await page.title();
      assert.ok(title.startsWith(spanish), `the title "${title}" names the first question, "${spanish}"`);
      assert.ok(!title.startsWith(SPANISH.start), 'not the start screen the switch was pressed on');
      assert.deepEqual(app.problems, []);
    } finally {
      await app.context.close();
    }
  });

  test('switching mid-check keeps every answer, moves nobody\u2019s place, and lasts through a reload', async () => {
    const app = await open('', { locale: 'en-GB' });
    const { page } = app;
    try {
      await begin(page);
      await answerAll(page, [['warning-signs', 'None of these'], ['elapsed', 'Two days ago']]);
      await waitForHeading(page, QUESTIONS.trend.heading);
      await pick(page, 'trend', 'No, it is about the same');
      const switchTo = page.locator('.af-languages').getByRole('button', { name: 'Español' });
      assert.equal(await page.locator('.af-languages [aria-current="true"]').textContent(), 'English');
      await switchTo.focus();
      await switchTo.press('Enter');
      await page.locator('main h1').getByText(SPANISH.trend).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      assert.ok((await page.title()).startsWith(SPANISH.trend));
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Español', 'the focus stays on the switch');
      assert.ok(await input(page, 'trend', 1).isChecked(), 'the answer on screen is kept');
      // Back: the earlier answer is still there, in Spanish.
      await page.getByRole('button', { name: 'Atrás', exact: true }).click();
      await page.locator('main h1').getByText(SPANISH.elapsed).waitFor();
      assert.ok(await input(page, 'elapsed', 2).isChecked(), 'an earlier answer is kept');
      // A reload keeps the language picked in this tab, and offers to continue the check.
      await page.reload();
      await waitForApp(page);
      await page.getByRole('heading', { name: '\u00bfQuiere seguir donde lo dejó?' }).waitFor();
      assert.deepEqual(app.problems, []);
    } finally {
      await app.context.close();
    }
  });

  test('a shared result opens in the reader\u2019s language, not the sender\u2019s', async () => {
    // The sender on the French page, switched to English (in which this test answers).
    const sender = await open('fr.html', { locale: 'fr-FR' });
    try {
      // The switch works once the app runs (the prerendered page keeps only a press of Start).
      await waitForApp(sender.page);
      await sender.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await sender.page.locator('.af-languages').getByRole('button', { name: 'English' }).click();
      await waitForHeading(sender.page, START_HEADING, { focused: false });
      await begin(sender.page);
      await answerAll(sender.page, [['warning-signs', 'None of these'], ['elapsed', 'Today']]);
      await pickAllFirst(sender.page);
      // On a result nothing comes before the urgency: the switch closes the result.
      assert.equal(await sender.page.locator('section.af-result ~ nav.af-languages').count(), 1, 'the switch after the result');
      await sender.page.getByRole('button', { name: 'Share this result' }).click();
      await sender.page.getByText('Link copied').waitFor();
      const link = await sender.page.evaluate(() => navigator.clipboard.readText());
      assert.match(link, /\/fr\.html#r=/, 'the page it was made on');
      const reader = await suite.browser().newContext({ locale: 'es-MX' });
      try {
        const page = await reader.newPage();
        await page.goto(link);
        await page.getByRole('heading', { name: SPANISH.shared }).waitFor({ timeout: WAIT });
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      } finally {
        await reader.close();
      }
    } finally {
      await sender.context.close();
    }
  });

  test('the one-file copy speaks every language, chosen and switched the same way, with no request', async () => {
    const context = await suite.browser().newContext({ locale: 'es-ES' });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => request.url().startsWith('file:') || requests.push(request.url()));
    try {
      await page.goto(pathToFileURL(join(DIST, 'aftercare-offline.html')).href);
      await page.getByRole('heading', { name: SPANISH.start }).waitFor();
      await page.locator('.af-languages').getByRole('button', { name: 'Français' }).click();
      await page.getByRole('heading', { name: FRENCH.start }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      assert.deepEqual(requests, [], 'a file makes no request');
    } finally {
      await context.close();
    }
  });
});

describe('each language\u2019s own page (es.html, fr.html)', () => {
  /** The page's head and what shows before the app: the start screen and the fallback. */
  const staticPage = (page) =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name=description]')?.content ?? '',
      summary: document.querySelector('meta[property="og:description"]')?.content ?? '',
      previewTitle: document.querySelector('meta[property="og:title"]')?.content ?? '',
    }));

  for (const [code, words] of Object.entries(FALLBACKS)) {
    test(`${code}.html: its head, start screen and fallback are in its language before the app, and the app speaks it over an English browser`, async () => {
      // The wasm never arrives: what shows is the page as the build wrote it. No service
      // worker: once the first page had installed it, it would serve the wasm from its cache,
      // past the route that blocks it (a race that failed a CI run).
      const blocked = await open('', { locale: 'en-US', serviceWorkers: 'block' });
      try {
        await blocked.page.route('**/*.wasm', (route) => route.abort());
        await blocked.page.goto(new URL(`${code}.html`, suite.url()).href);
        const head = await staticPage(blocked.page);
        assert.equal(head.lang, code);
        assert.equal(head.title, words.title);
        assert.equal(head.previewTitle, words.title);
        assert.ok(head.description.length > 60 && !/\b(the|check|massage soreness)\b/i.test(head.description), head.description);
        assert.ok(head.summary.startsWith(head.description), 'the preview\u2019s summary is the description and a word on privacy');
        // Installed from this page, the check is named and described in its language, and
        // opens on this page.
        const manifestHref = await blocked.page.locator('link[rel=manifest]').getAttribute('href');
        assert.equal(manifestHref, `manifest-${code}.webmanifest`);
        const manifest = await (await blocked.page.request.get(new URL(manifestHref, blocked.page.url()).href)).json();
        assert.equal(manifest.lang, code);
        assert.equal(manifest.start_url, `./${code}.html`);
        assert.equal(manifest.description, head.summary);
        assert.equal(manifest.name, words.appName);
        assert.equal(manifest.short_name, 'Aftercare');
        await blocked.page.getByRole('heading', { name: words.failed }).waitFor();
        const fallback = blocked.page.locator('#af-fallback');
        assert.equal((await fallback.getByRole('heading', { level: 2 }).textContent()).trim(), words.signs);
        assert.ok((await fallback.locator('li').allTextContents()).includes(words.sign), 'the first warning sign, with what to do');
        assert.equal(await blocked.page.locator('#af-fallback:lang(en), main:lang(en)').count(), 0, 'no part of the page is marked English');
      } finally {
        await blocked.context.close();
      }
      // With the wasm, the app starts in the page's language although the browser asks for
      // English: the page was chosen, as lang= would be.
      const app = await open(`${code}.html`, { locale: 'en-US' });
      try {
        assert.equal(await app.page.locator('main h1').textContent(), words.start, 'the prerendered start screen');
        assert.equal(await startHeading(app.page), words.start);
        assert.equal(await app.page.evaluate(() => document.documentElement.lang), code);
        assert.deepEqual(app.problems, []);
      } finally {
        await app.context.close();
      }
    });
  }

  test('index.html and en.html are the same English page, described in English', async () => {
    // The page as the build wrote it: with the wasm, the app names each screen in the title.
    // (No service worker, which would serve the wasm past the route that blocks it.)
    const app = await open('', { locale: 'en-US', serviceWorkers: 'block' });
    try {
      await app.page.route('**/*.wasm', (route) => route.abort());
      await app.page.goto(suite.url());
      const index = await staticPage(app.page);
      assert.equal(index.lang, 'en');
      assert.equal(index.title, 'Aftercare: is my back soreness after a massage normal?');
      await app.page.goto(new URL('en.html', suite.url()).href);
      assert.deepEqual(await staticPage(app.page), index);
      assert.equal(await app.page.locator('link[rel=manifest]').getAttribute('href'), 'manifest.webmanifest', 'the English manifest, which starts on the page that picks');
    } finally {
      await app.context.close();
    }
  });

  test('with scripts turned off, the page says so in its language and links to the others', async () => {
    const context = await suite.browser().newContext({ javaScriptEnabled: false, locale: 'es-ES' });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    try {
      await page.goto(suite.url());
      const links = page.locator('.af-noscript__languages a');
      assert.deepEqual(await links.allTextContents(), ['Español', 'Français']);
      await links.getByText('Español').click();
      await page.waitForURL(/\/es\.html$/);
      assert.match(await page.locator('.af-noscript').first().textContent(), FALLBACKS.es.noscript);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      assert.deepEqual(await links.allTextContents(), FALLBACKS.es.others);
      // The static fallback appears by itself after a few seconds (styles alone), in Spanish.
      await page.getByRole('heading', { name: FALLBACKS.es.signs }).waitFor();
      await links.getByText('Français').click();
      await page.waitForURL(/\/fr\.html$/);
      assert.match(await page.locator('.af-noscript').first().textContent(), FALLBACKS.fr.noscript);
      await links.getByText('English').click();
      await page.waitForURL(/\/en\.html$/);
      assert.match(await page.locator('.af-noscript').first().textContent(), /needs JavaScript, which is turned off in this browser/);
    } finally {
      await context.close();
    }
  });

  test('a damaged or shared link opened on a language\u2019s page is in the reader\u2019s language, not the page\u2019s', async () => {
    const app = await open('fr.html#r=garbage', { locale: 'es-MX' });
    try {
      assert.equal(await startHeading(app.page), SPANISH.start);
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'es');
    } finally {
      await app.context.close();
    }
  });
});

/** From the question on screen to the result, ticking the first option of each question. */
async function pickAllFirst(page) {
  for (;;) {
    if (await page.locator('section.af-result').count()) return;
    const primary = page.locator('main .af-actions .af-button--primary, main .af-actions .af-button--urgent').first();
    const first = page.locator('.af-question .af-option__input').first();
    if (await first.count()) {
      const multi = (await first.getAttribute('type')) === 'checkbox';
      const option = multi ? page.locator('.af-question .af-option__input').last() : first;
      if (!(await option.isChecked())) await option.check();
    }
    const heading = await page.locator('main h1').textContent();
    await primary.click();
    await page.waitForFunction((before) => document.querySelector('main h1')?.textContent !== before || document.querySelector('section.af-result'), heading);
  }
}

/**
 * Every piece of text on the page that is not from the words: text outside the pseudo-locale's
 * marks, in the page, its title and the labels screen readers read. The wordmark, the language
 * names (each in itself) and numbers are not words of a language.
 */
function leaks(page) {
  return page.evaluate(
    ([open, close]) => {
      const marked = new RegExp(`${open}[^${close}]*${close}`, 'g');
      const allowed = /^(Aftercare|English|Español|Français)$/;
      const found = [];
      const check = (text, where) => {
        for (const rest of text.replace(marked, ' ').split(/[\s\d.,:;()\u2013\u2014–\-/%]+/)) {
          if (/\p{L}/u.test(rest) && !allowed.test(rest)) found.push(`${where}: "${rest}" in "${text.trim().slice(0, 80)}"`);
        }
      };
      const walker = document.createTreeWalker(document.querySelector('main.af-app'), NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.parentElement?.closest('.af-print-sheet') && !window.matchMedia('print').matches) continue;
        check(node.textContent, node.parentElement?.className || node.parentElement?.tagName);
      }
      for (const element of document.querySelectorAll('main.af-app [aria-label], main.af-app [title]')) {
        check(element.getAttribute('aria-label') ?? '', 'aria-label');
        check(element.getAttribute('title') ?? '', 'title');
      }
      check(document.title.replace(/ \u2013 Aftercare$/, ''), 'the page title');
      return found;
    },
    [OPEN, CLOSE],
  );
}

for (const rtl of [false, true]) {
  const direction = rtl ? 'right to left' : 'left to right';
  test(`the pseudo-locale, ${direction}: every screen at 320 px shows only the words, fits, and passes axe`, async () => {
    const site = await servePseudoLocale({ rtl });
    const context = await suite.browser().newContext({ viewport: { width: 320, height: 640 }, locale: 'en-GB' });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    const problems = watchForProblems(page, new URL(site.url).origin);
    const seen = [];
    const look = async (where) => {
      seen.push(where);
      assert.equal(await page.evaluate(() => document.documentElement.dir), rtl ? 'rtl' : 'ltr', `${where}: the words set the direction`);
      assert.deepEqual(await leaks(page), [], `${where}: text that is not from the words`);
      await assertNoHorizontalScroll(page, `${where} (${direction})`);
      await assertNoAxeViolations(page, `${where} (${direction})`);
    };
    try {
      await page.goto(site.url);
      await waitForApp(page);
      await look('the start screen');
      await page.locator('#af-start').click();
      await page.locator('.af-question').waitFor();
      // The missing-answer message, then the warning-sign notice.
      await page.locator('main .af-actions .af-button--primary').click();
      await page.locator('.af-question .af-error').waitFor();
      await look('the missing-answer message');
      await page.locator('.af-question .af-option__input').first().check();
      await page.locator('.af-question .af-notice--warning').waitFor();
      await page.locator('details.af-why').evaluate((el) => (el.open = true));
      await look('the warning-sign notice, "Why we ask" open');
      await page.locator('.af-question .af-option__input').first().uncheck();
      // Every question ("two days ago", so the trend question is asked too), the review, the result.
      let questions = 0;
      for (;;) {
        const question = page.locator('.af-question');
        if (!(await question.count())) break;
        const heading = await page.locator('main h1').textContent();
        const options = page.locator('.af-question .af-option__input');
        const multi = (await options.first().getAttribute('type')) === 'checkbox';
        const elapsed = (await options.count()) === 5 && (await page.locator('.af-question [name="elapsed"]').count()) > 0;
        await (multi ? options.last() : elapsed ? options.nth(2) : options.first()).check();
        await page.locator('details.af-why').evaluate((el) => (el.open = true));
        await look(`question ${++questions}`);
        await page.locator('main .af-actions .af-button--primary').click();
        await page.waitForFunction((before) => document.querySelector('main h1')?.textContent !== before, heading);
      }
      assert.equal(questions, 9, 'every question was asked');
      await page.locator('.af-review').waitFor();
      await look('the review');
      await page.locator('main .af-actions .af-button--primary').click();
      await page.locator('section.af-result').waitFor();
      await page.locator('section.af-result details').evaluateAll((all) => all.forEach((el) => (el.open = true)));
      await look('the result, every section open');
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await leaks(page), [], 'the printed page: text that is not from the words');
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });
}

// tests/e2e/helpers.mjs: the questionnaire as the browser tests drive it. Not a test file
// itself (node --test only runs *.test.mjs); imported by the *.test.mjs files beside it.
//
// Every wait here is a condition wait (a locator or page.waitForFunction), never a sleep, and
// every helper fails with an assertion that says what the page showed instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { launchBrowser, startServer } from './harness.mjs';

const require = createRequire(import.meta.url);

/** How long a single wait may take before the test fails. */
export const WAIT = 10_000;

/** The questions, in the order the check asks them, with each one's heading and options. */
export const QUESTIONS = {
  'warning-signs': {
    heading: 'First, a safety check: do you have any of these?',
    options: [
      'Severe, sharp or shooting pain in one spot',
      'Numbness, tingling or weakness',
      'Bruising that is spreading fast',
      'A fever',
      'None of these',
    ],
  },
  elapsed: {
    heading: 'When was your massage?',
    options: ['Today', 'About a day ago', 'Two days ago', 'Three days ago', 'Four days ago or longer'],
  },
  trend: {
    heading: 'Have you noticed any sign of your soreness getting better?',
    options: ['Yes, it is getting better', 'No, it is about the same', 'No, it is getting worse', 'Not sure'],
  },
  soreness: {
    heading: 'How sore is your back right now?',
    options: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  },
  feel: {
    heading: 'What does it feel like most?',
    options: ['Stiff and tight', 'Tender spots', 'Both stiff and tender', 'A dull, general ache', 'Not sure'],
  },
  massage: {
    heading: 'What kind of massage did you have?',
    options: ['Relaxation or Swedish', 'Deep tissue', 'Sports massage', 'Trigger point work', 'Not sure'],
  },
  tension: {
    heading: 'How much tension did your therapist work on?',
    options: ['A little', 'A fair amount', 'A lot', 'Not sure'],
  },
  hydration: {
    heading: 'How much have you drunk since the massage?',
    options: ['Less than usual', 'About as much as usual', 'More than usual', 'Not sure'],
  },
  tried: {
    heading: 'What have you tried so far?',
    options: [
      'Drinking extra water',
      'Heat',
      'Cold',
      'Gentle movement',
      'Resting completely',
      'Pain relievers',
      'Nothing yet',
    ],
  },
};

export const START_HEADING = 'Sore back after a massage?';
export const REVIEW_HEADING = 'Check your answers';
export const RESULT_TITLES = {
  'self-care': 'Expected soreness: look after yourself at home',
  'contact-provider': 'Contact a healthcare provider',
  'urgent-care': 'Get medical attention now',
};
/** Every heading a result of each tier can have: severe soreness (7 or more) has its own. */
export const RESULT_HEADLINES = {
  'self-care': [RESULT_TITLES['self-care'], 'Strong soreness, with no warning signs: care for it at home'],
  // A warning sign other than sharp pain: the same day (issue 26).
  'contact-provider': [RESULT_TITLES['contact-provider'], 'Contact a healthcare provider today'],
  'urgent-care': [RESULT_TITLES['urgent-care']],
};

/** Index of an option's label in a question, failing loudly on a typo in a test. */
export function optionIndex(key, label) {
  const index = QUESTIONS[key].options.indexOf(label);
  assert.notEqual(index, -1, `no option "${label}" in question ${key}`);
  return index;
}

/**
 * An ordinary run with no warning sign, as [question key, option label] pairs in the order
 * asked: on the day of a deep tissue massage (so the trend question is not asked), drinking
 * little, resting completely.
 */
export const ORDINARY = [
  ['warning-signs', 'None of these'],
  ['elapsed', 'Today'],
  ['soreness', '4'],
  ['feel', 'Stiff and tight'],
  ['massage', 'Deep tissue'],
  ['tension', 'A lot'],
  ['hydration', 'Less than usual'],
  ['tried', 'Resting completely'],
];

/**
 * A fresh context and page on the app, mounted (the Start button is there). `problems` records
 * what watchForProblems lists: console errors, CSP violations, failed and cross-origin requests.
 */
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  const problems = watchForProblems(page, new URL(url).origin);
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the check' }).waitFor();
  return { context, page, problems };
}

/**
 * Waits until the app itself runs, with the static fallback set aside. `openApp` waits only for
 * the Start button, which the prerendered page shows before the app starts; a test that
 * measures or scrolls the start screen waits for this, since the app replaces that screen.
 */
export async function waitForApp(page) {
  await page.waitForFunction(() => window.wasmBindings !== undefined && !document.getElementById('af-fallback'));
}

/**
 * Records in the returned array every console error, uncaught page error, Content-Security-
 * Policy violation, failed request, HTTP error response and request to any origin but
 * `origin` (data: and blob: addresses aside) that `page` and its frames make.
 */
export function watchForProblems(page, origin) {
  const problems = [];
  // A violation is reported to the page as an event; this turns it into a console error.
  page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('request', (request) => {
    const address = new URL(request.url());
    if (!['data:', 'blob:'].includes(address.protocol) && address.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const at = message.location()?.url;
      problems.push(`console error: ${message.text()}${at ? ` (at ${at})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // A reload or navigation cancels whatever the old page was still fetching (its icon,
    // say): that is not a failure. Blocked requests have reasons of their own.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** What the page shows now, for failure messages. */
async function describe(page) {
  return page.evaluate(() => {
    const heading = document.getElementById('af-heading');
    const active = document.activeElement;
    return {
      heading: heading ? heading.textContent.trim() : null,
      focused: active ? `${active.tagName.toLowerCase()}#${active.id || ''}` : null,
      progress: document.querySelector('.af-progress__text')?.textContent ?? null,
      error: document.querySelector('.af-error')?.textContent ?? null,
    };
  });
}

/**
 * Waits until the screen's main heading (h1#af-heading) reads `text` and, unless
 * `focused: false`, holds keyboard focus.
 */
export async function waitForHeading(page, text, { focused = true } = {}) {
  try {
    await page.waitForFunction(
      ([want, mustFocus]) => {
        const heading = document.getElementById('af-heading');
        return (
          heading !== null &&
          heading.tagName === 'H1' &&
          heading.textContent.trim() === want &&
          (!mustFocus || document.activeElement === heading)
        );
      },
      [text, focused],
      { timeout: WAIT },
    );
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
    assert.fail(
      `expected the h1#af-heading "${text}"${focused ? ' to be shown and focused' : ' to be shown'}; ` +
        `the page shows ${JSON.stringify(await describe(page))}`,
    );
  }
}

/** The input for option `index` of question `key`. */
export function input(page, key, index) {
  return page.locator(`#af-${key}-${index}`);
}

/** Clicks the label of an option (as a person would), by its label text. */
export async function clickOption(page, key, label) {
  const index = optionIndex(key, label);
  await page.locator(`label[for="af-${key}-${index}"]`).click();
  return index;
}

/**
 * On question `key`, picks the option labelled `label` (ticks it, for a checkbox question)
 * and checks that it is now checked.
 */
export async function pick(page, key, label) {
  await waitForHeading(page, QUESTIONS[key].heading, { focused: false });
  const index = await clickOption(page, key, label);
  await waitChecked(page, key, index, true);
}

/** Waits until option `index` of `key` is (or is not) checked. */
export async function waitChecked(page, key, index, checked = true) {
  try {
    await page.waitForFunction(
      ([id, want]) => document.getElementById(id)?.checked === want,
      [`af-${key}-${index}`, checked],
      { timeout: WAIT },
    );
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
    const label = QUESTIONS[key].options[index];
    assert.fail(`expected "${label}" (#af-${key}-${index}) to be ${checked ? 'checked' : 'unchecked'}`);
  }
}

/** Which options of question `key` are checked, by label. */
export async function checkedLabels(page, key) {
  const labels = [];
  for (const [index, label] of QUESTIONS[key].options.entries()) {
    if (await input(page, key, index).isChecked()) labels.push(label);
  }
  return labels;
}

/** The screen's primary button on a question ("Continue" and its variants). */
export function continueButton(page, name = 'Continue') {
  return page.getByRole('button', { name, exact: true });
}

/**
 * The review's "Change" button for a question, found by its accessible name: "Change" and the
 * question's short label ("Change kind of massage" or "Change: Kind of massage").
 */
export function changeButton(page, short) {
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('button', { name: new RegExp(`^Change:? ${escaped}$`, 'i') });
}

/** Answers the given [key, label] pairs in order, pressing Continue after each. */
export async function answerAll(page, answers) {
  for (const [key, label] of answers) {
    await pick(page, key, label);
    await continueButton(page).click();
  }
}

/** From the start screen: Start, answer, and arrive on the review screen. */
export async function toReview(page, answers = ORDINARY) {
  await page.getByRole('button', { name: 'Start the check' }).click();
  await waitForHeading(page, QUESTIONS['warning-signs'].heading);
  await answerAll(page, answers);
  await waitForHeading(page, REVIEW_HEADING);
}

/** From the start screen, all the way to the result; returns the result's data-urgency. */
export async function toResult(page, answers = ORDINARY) {
  await toReview(page, answers);
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  return waitForResult(page);
}

/** Waits for the result screen, with focus on its heading; returns its data-urgency. */
export async function waitForResult(page) {
  const result = page.locator('section.af-result');
  try {
    await result.waitFor();
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
    assert.fail(`expected the result screen (section.af-result); the page shows ${JSON.stringify(await describe(page))}`);
  }
  const urgency = await result.getAttribute('data-urgency');
  assert.ok(urgency in RESULT_HEADLINES, `unknown data-urgency "${urgency}"`);
  const title = (await page.locator('h1#af-heading').textContent()).trim();
  assert.ok(RESULT_HEADLINES[urgency].includes(title), `"${title}" is not a ${urgency} heading`);
  await waitForHeading(page, title);
  return urgency;
}

/** The progress text ("Step N of M") on the question screen, once it reads `text`. */
export async function waitForProgress(page, text) {
  try {
    await page.waitForFunction(
      (want) => document.querySelector('.af-progress__text')?.textContent.trim() === want,
      text,
      { timeout: WAIT },
    );
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
    assert.fail(`expected progress "${text}"; the page shows ${JSON.stringify(await describe(page))}`);
  }
}

/** The review screen's answer for question `key`, as text. */
export async function reviewAnswer(page, key) {
  const row = page.locator(`.af-answers__row[data-question="${key}"] .af-answers__answer`);
  return (await row.textContent()).trim();
}

/** The text of every matching element, trimmed. */
export async function texts(locator) {
  return (await locator.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Path to axe-core's browser build. */
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

/** The WCAG rule sets the check must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page and fails listing each violation's id, impact, help and the
 * targets of its nodes.
 */
export async function assertNoAxeViolations(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the test protocol rather than added as a <script>: the page's strict
    // policy rightly refuses an inline script, and the audit must not need the policy loosened.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary?.split('\n').slice(1, 3).join(' ').trim(),
      })),
    }));
  }, AXE_TAGS);
  const report = violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n` +
        v.targets.map((t) => `    ${t.target}${t.summary ? `: ${t.summary}` : ''}`).join('\n'),
    )
    .join('\n');
  assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) on ${where}:\n${report}`);
}

/** Fails if the page scrolls sideways. */
export async function assertNoHorizontalScroll(page, where) {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The element reaching furthest out, to say what overflows: past the right edge, or past
    // the left one (where a right-to-left page overflows).
    let widest = null;
    let right = root.clientWidth;
    let left = 0;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${name} (right edge ${Math.round(box.right)}px)`;
      } else if (box.width > 0 && box.left < left - 0.5) {
        left = box.left;
        widest = `${name} (left edge ${Math.round(box.left)}px)`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  assert.ok(
    scrollWidth <= clientWidth,
    `${where} scrolls sideways: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; widest: ${widest}`,
  );
}

/**
 * One browser and one static server for a test file (before/after hooks), and two ways to get
 * a fresh context: `openFresh(options)` returns it, `withApp(fn, options)` also closes it.
 * `browser()` and `url()` give the browser and the server's address for tests that need their
 * own page set-up.
 */
export function appSuite() {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const openFresh = (contextOptions) => openApp(browser, server.url, contextOptions);
  // Every test through withApp also fails on any problem watchForProblems records.
  async function withApp(fn, contextOptions) {
    const app = await openFresh(contextOptions);
    try {
      await fn(app);
      assert.deepEqual(app.problems, [], 'no console error, CSP violation, failed or cross-origin request');
    } finally {
      await app.context.close();
    }
  }
  return { openFresh, withApp, browser: () => browser, url: () => server.url };
}

/**
 * On a result, opens the section headed `heading` ("Your recovery timeline", "Why you're sore"…),
 * which starts closed below what to do now, by clicking its summary as a person would.
 */
export async function openSection(page, heading) {
  const details = page.locator('details.af-more').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
  assert.equal(await details.count(), 1, `one section headed "${heading}"`);
  if (!(await details.evaluate((el) => el.open))) await details.locator('summary').click();
  await details.evaluate((el) => new Promise((resolve) => (el.open ? resolve() : el.addEventListener('toggle', resolve, { once: true }))));
}

/** From the start screen to the first question. */
export async function begin(page) {
  await page.getByRole('button', { name: 'Start the check' }).click();
  await waitForHeading(page, QUESTIONS['warning-signs'].heading);
}

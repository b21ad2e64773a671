// tests/e2e/a11y.test.mjs: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every kind of
// screen and every result tier, light and dark; and no sideways scrolling at 320px wide.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSuite,
  begin,
  ORDINARY,
  QUESTIONS,
  answerAll,
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  continueButton,
  openApp,
  pick,
  toResult,
  waitForHeading,
  waitForResult,
} from './helpers.mjs';

const { openFresh } = appSuite();

/** Reaches a result tier by the shortest path. */
async function toTier(page, tier) {
  if (tier === 'self-care') return toResult(page);
  if (tier === 'urgent-care') {
    await begin(page);
    await pick(page, 'warning-signs', 'Sharp or shooting pain in one spot');
    await continueButton(page, 'See what to do now').click();
    return waitForResult(page);
  }
  // Contact a provider without a warning sign: four days on, not getting better.
  return toResult(page, [
    ['warning-signs', 'None of these'],
    ['elapsed', 'Four days ago or longer'],
    ['trend', 'Getting worse'],
    ...ORDINARY.slice(2),
  ]);
}

/** The screens to check: a name and how to reach it from a freshly loaded page. */
const SCREENS = {
  'the start screen': async (page) => {
    await waitForHeading(page, 'Sore back after a massage?', { focused: false });
  },
  'the first question': begin,
  'a question with the warning notice': async (page) => {
    await begin(page);
    await pick(page, 'warning-signs', 'Numbness, tingling or weakness');
    await page.locator('.af-notice--warning').waitFor();
  },
  'a question with the missing-answer error': async (page) => {
    await begin(page);
    await continueButton(page).click();
    await page.locator('.af-error').waitFor();
  },
  'the soreness scale': async (page) => {
    await begin(page);
    await answerAll(page, ORDINARY.slice(0, 2));
    await waitForHeading(page, QUESTIONS.soreness.heading);
  },
  'a question with "Why we ask" open': async (page) => {
    await begin(page);
    await page.locator('summary.af-why__summary').click();
    await page.locator('details.af-why[open]').waitFor();
  },
  'the review': async (page) => {
    await begin(page);
    await answerAll(page, ORDINARY);
    await waitForHeading(page, 'Check your answers');
  },
  'the self-care result': async (page) => assert.equal(await toTier(page, 'self-care'), 'self-care'),
  'the contact-provider result': async (page) =>
    assert.equal(await toTier(page, 'contact-provider'), 'contact-provider'),
  'the urgent-care result': async (page) => assert.equal(await toTier(page, 'urgent-care'), 'urgent-care'),
};

const RESULTS = ['the self-care result', 'the contact-provider result', 'the urgent-care result'];

async function withPage(contextOptions, fn) {
  const { context, page } = await openFresh(contextOptions);
  try {
    await fn(page);
  } finally {
    await context.close();
  }
}

describe('axe: no WCAG A/AA violations, and no sideways scrolling at 320px', () => {
  for (const [name, reach] of Object.entries(SCREENS)) {
    test(name, () =>
      withPage({}, async (page) => {
        await reach(page);
        await assertNoAxeViolations(page, name);
        // The same screen on a 320px-wide phone: nothing may push the page sideways.
        await page.setViewportSize({ width: 320, height: 640 });
        assert.equal(await page.evaluate(() => document.documentElement.clientWidth), 320);
        await assertNoHorizontalScroll(page, `${name} at 320px`);
        if (RESULTS.includes(name)) await assertNoAxeViolations(page, `${name} at 320px`);
      }),
    );
  }
});

describe('the dark colour scheme: axe, and 320px for the results', () => {
  for (const name of ['the first question', 'a question with the warning notice', 'the review', ...RESULTS]) {
    const narrow = RESULTS.includes(name);
    test(narrow ? `${name} at 320px` : name, () =>
      withPage({ colorScheme: 'dark', ...(narrow ? { viewport: { width: 320, height: 640 } } : {}) }, async (page) => {
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
        await SCREENS[name](page);
        await assertNoAxeViolations(page, `${name} (dark)`);
        if (narrow) await assertNoHorizontalScroll(page, `${name} (dark) at 320px`);
      }),
    );
  }
});

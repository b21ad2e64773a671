// tests/e2e/keyboard.test.mjs: the whole check with the keyboard alone (Tab, Space, arrow
// keys, Enter; no mouse), with focus landing on the heading of every new screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSuite,
  QUESTIONS,
  RESULT_TITLES,
  REVIEW_HEADING,
  START_HEADING,
  checkedLabels,
  openApp,
  waitForHeading,
  waitForProgress,
} from './helpers.mjs';

const { openFresh } = appSuite();

/** A short description of the focused element, for matching and for messages. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', id: '', text: '', type: '' };
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type') ?? '',
      text: (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim(),
    };
  });
}

/**
 * Presses Tab until the focused element satisfies `match`, failing after `limit` presses with
 * the list of what focus passed through.
 */
async function tabTo(page, match, what, limit = 40) {
  const path = [];
  for (let presses = 0; presses <= limit; presses++) {
    const now = await focused(page);
    if (match(now)) return;
    path.push(`${now.tag}${now.id ? `#${now.id}` : ''}${now.text ? ` "${now.text.slice(0, 30)}"` : ''}`);
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}; focus went: ${path.join(' → ')}`);
}

const byId = (id) => (el) => el.id === id;
const button = (name) => (el) => el.tag === 'button' && el.text === name;

/** Tabs to the button named `name` and presses Enter on it. */
async function activate(page, name) {
  await tabTo(page, button(name), `the "${name}" button`);
  await page.keyboard.press('Enter');
}

test('the check from start to result with the keyboard only', async () => {
  const { context, page } = await openFresh();
  try {
    // Start: Tab reaches the start button; Enter starts.
    await activate(page, 'Start the check');
    await waitForHeading(page, QUESTIONS['warning-signs'].heading);
    await waitForProgress(page, 'Step 1 of 8');

    // Warning signs: each checkbox is a tab stop; Space ticks "None of these".
    await tabTo(page, byId('af-warning-signs-0'), 'the first warning sign');
    await tabTo(page, byId('af-warning-signs-4'), '"None of these"');
    await page.keyboard.press('Space');
    assert.deepEqual(await checkedLabels(page, 'warning-signs'), ['None of these']);
    await activate(page, 'Continue');

    // When: Tab enters the radio group on its first option; arrows pick.
    await waitForHeading(page, QUESTIONS.elapsed.heading);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'af-elapsed-0', 'Tab from the heading enters the radio group');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await checkedLabels(page, 'elapsed'), ['Two days ago']);
    await activate(page, 'Continue');

    // Soreness: the 0–10 scale with the right arrow.
    await waitForHeading(page, QUESTIONS.soreness.heading);
    await tabTo(page, byId('af-soreness-0'), 'the soreness scale');
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    assert.deepEqual(await checkedLabels(page, 'soreness'), ['4']);
    await activate(page, 'Continue');

    // Then one answer per question, picked with Space on the first option or arrows.
    const rest = [
      ['feel', 0, 'Stiff and tight'],
      ['massage', 1, 'Deep tissue'],
      ['tension', 2, 'A lot'],
      ['hydration', 0, 'Less than usual'],
    ];
    for (const [key, downs, label] of rest) {
      await waitForHeading(page, QUESTIONS[key].heading);
      await tabTo(page, byId(`af-${key}-0`), `the first option of ${key}`);
      await page.keyboard.press('Space');
      for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
      assert.deepEqual(await checkedLabels(page, key), [label]);
      await activate(page, 'Continue');
    }

    await waitForHeading(page, QUESTIONS.tried.heading);
    await tabTo(page, byId('af-tried-4'), '"Resting completely"');
    await page.keyboard.press('Space');
    assert.deepEqual(await checkedLabels(page, 'tried'), ['Resting completely']);
    await activate(page, 'Continue');

    // Review: past every "Change" button to "See my result".
    await waitForHeading(page, REVIEW_HEADING);
    await activate(page, 'See my result');

    await waitForHeading(page, RESULT_TITLES['self-care']);
    assert.equal(await page.locator('section.af-result').getAttribute('data-urgency'), 'self-care');

    // And from the result back to the start.
    await activate(page, 'Start again');
    await waitForHeading(page, START_HEADING);
  } finally {
    await context.close();
  }
});

test('a warning sign with the keyboard only, and the error with Enter', async () => {
  const { context, page } = await openFresh();
  try {
    await activate(page, 'Start the check');
    await waitForHeading(page, QUESTIONS['warning-signs'].heading);

    // Continue with nothing ticked: the error appears, focus stays usable.
    await activate(page, 'Continue');
    await page.locator('.af-error[role="alert"]').waitFor();

    // Shift+Tab back up to the first sign and tick it.
    const path = [];
    for (let i = 0; i < 20 && (await focused(page)).id !== 'af-warning-signs-0'; i++) {
      path.push((await focused(page)).id || (await focused(page)).tag);
      await page.keyboard.press('Shift+Tab');
    }
    assert.equal((await focused(page)).id, 'af-warning-signs-0', `Shift+Tab went: ${path.join(' → ')}`);
    await page.keyboard.press('Space');
    await page.locator('.af-notice--warning').waitFor();

    await activate(page, 'See what to do now');
    await waitForHeading(page, RESULT_TITLES['urgent-care']);
    assert.equal(await page.locator('section.af-result').getAttribute('data-urgency'), 'urgent-care');
  } finally {
    await context.close();
  }
});

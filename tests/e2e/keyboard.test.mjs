// tests/e2e/keyboard.test.mjs: the whole check with the keyboard alone (Tab, Space, arrow
// keys, Enter; no mouse), with focus landing on the heading of every new screen and a visible
// focus indicator on every stop Tab reaches: the ordinary path, the early exit on a warning
// sign, and the day-3 path (resume after a reload, the trend question, "Why we ask", Back, a
// change from the review, Share, and leaving a shared result).
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

/**
 * A short description of the focused element, for matching and for messages; `ring` says
 * whether it shows a focus indicator (a solid outline of 2px or more, on the element or, for
 * an option's input, on the card-like label the ring is drawn round).
 */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', id: '', text: '', type: '', ring: false };
    const drawn = (target) => {
      const style = getComputedStyle(target);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    const card = el.matches('.af-option__input') ? el.labels[0] : null;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type') ?? '',
      text: (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim(),
      ring: drawn(el) || (card !== null && drawn(card)),
    };
  });
}

/**
 * Presses Tab until the focused element satisfies `match`, failing after `limit` presses with
 * the list of what focus passed through, or as soon as a stop shows no focus indicator.
 */
async function tabTo(page, match, what, limit = 40) {
  const path = [];
  for (let presses = 0; presses <= limit; presses++) {
    const now = await focused(page);
    // Every stop Tab reaches shows where focus is (WCAG 2.4.7); the screen's heading, focused
    // by script and never by Tab, is the one place that draws no ring.
    if (now.tag !== 'body' && now.tag !== 'h1') {
      assert.ok(now.ring, `no visible focus indicator on ${now.tag}${now.id ? `#${now.id}` : ''} "${now.text.slice(0, 40)}"`);
    }
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

    // From the day after the massage on, the trend question.
    await answerByKeyboard(page, 'trend', 3);

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
    await page.locator('.af-question .af-error[role="alert"]').waitFor();

    // Shift+Tab back up to the first sign and tick it.
    const path = [];
    for (let i = 0; i < 20 && (await focused(page)).id !== 'af-warning-signs-0'; i++) {
      path.push((await focused(page)).id || (await focused(page)).tag);
      await page.keyboard.press('Shift+Tab');
    }
    assert.equal((await focused(page)).id, 'af-warning-signs-0', `Shift+Tab went: ${path.join(' → ')}`);
    await page.keyboard.press('Space');
    await page.locator('.af-question .af-notice--warning').waitFor();

    await activate(page, 'See what to do now');
    await waitForHeading(page, RESULT_TITLES['urgent-care']);
    assert.equal(await page.locator('section.af-result').getAttribute('data-urgency'), 'urgent-care');
  } finally {
    await context.close();
  }
});

/**
 * On question `key`, with focus on its heading (or, with `fresh: false`, already inside the
 * question after other keys), picks option `index` with the keyboard: a
 * checkbox is tabbed to and ticked with Space; a radio group is entered with Tab (on its
 * checked option, or its first), and the arrow keys move to `index` (Space first when
 * nothing is checked yet). Then Tab to Continue (or `next`) and Enter.
 */
async function answerByKeyboard(page, key, index, { next = 'Continue', fresh = true } = {}) {
  await waitForHeading(page, QUESTIONS[key].heading, { focused: fresh });
  const first = `af-${key}-0`;
  const checkbox = (await page.locator(`#${first}`).getAttribute('type')) === 'checkbox';
  if (checkbox) {
    await tabTo(page, byId(`af-${key}-${index}`), `option ${index} of ${key}`);
    await page.keyboard.press('Space');
  } else {
    await tabTo(page, (el) => el.id.startsWith(`af-${key}-`), `the options of ${key}`);
    let at = Number((await focused(page)).id.slice(`af-${key}-`.length));
    if (!(await page.locator(`#af-${key}-${at}`).isChecked())) await page.keyboard.press('Space');
    for (; at < index; at++) await page.keyboard.press('ArrowDown');
    for (; at > index; at--) await page.keyboard.press('ArrowUp');
  }
  assert.deepEqual(await checkedLabels(page, key), [QUESTIONS[key].options[index]]);
  await activate(page, next);
}

test('the day-3 path with the keyboard only: resume, the trend question, Why we ask, Back, Change, a shared result', async () => {
  const { context, page } = await openFresh();
  try {
    await activate(page, 'Start the check');
    await answerByKeyboard(page, 'warning-signs', 4);
    await answerByKeyboard(page, 'elapsed', 3); // Three days ago: the trend question follows.
    await waitForHeading(page, QUESTIONS.trend.heading);

    // A reload offers to continue; Tab and Enter take it, back on the same question.
    await page.reload();
    await page.getByRole('heading', { name: 'Continue where you left off?' }).waitFor();
    await activate(page, 'Continue');
    await waitForHeading(page, QUESTIONS.trend.heading);

    // "Why we ask" opens with Enter.
    await tabTo(page, (el) => el.tag === 'summary', 'the "Why we ask" summary');
    await page.keyboard.press('Enter');
    await page.locator('details.af-why[open]').waitFor();
    // Shift+Tab back up into the options, which come before it.
    for (let i = 0; i < 10 && !(await focused(page)).id.startsWith('af-trend-'); i++) await page.keyboard.press('Shift+Tab');
    await answerByKeyboard(page, 'trend', 2, { fresh: false }); // No, it is getting worse

    // Back returns to the trend question with its answer kept.
    await waitForHeading(page, QUESTIONS.soreness.heading);
    await activate(page, 'Back');
    await waitForHeading(page, QUESTIONS.trend.heading);
    assert.deepEqual(await checkedLabels(page, 'trend'), ['No, it is getting worse']);
    await activate(page, 'Continue');

    for (const [key, index] of [['soreness', 4], ['feel', 0], ['massage', 1], ['tension', 2], ['hydration', 0], ['tried', 4]]) {
      await answerByKeyboard(page, key, index);
    }
    await waitForHeading(page, REVIEW_HEADING);
    await activate(page, 'See my result');
    await waitForHeading(page, RESULT_TITLES['contact-provider']);

    // Change one answer from the review: the trend, now getting better.
    await activate(page, 'Change answers');
    await waitForHeading(page, REVIEW_HEADING);
    await tabTo(page, (el) => el.tag === 'button' && /^Change:? Any sign of getting better$/i.test(el.text), 'Change: Any sign of getting better');
    await page.keyboard.press('Enter');
    await answerByKeyboard(page, 'trend', 0, { next: 'Save and go back to review' });
    await waitForHeading(page, REVIEW_HEADING);
    await activate(page, 'See my result');
    await waitForHeading(page, RESULT_TITLES['self-care']);

    // Share (the link is copied), then the shared result in another tab, left with Enter.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await activate(page, 'Share this result');
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const shared = await context.newPage();
    await shared.goto(link);
    await shared.getByRole('heading', { name: 'A shared result' }).waitFor();
    await activate(shared, 'Take the check yourself');
    await waitForHeading(shared, START_HEADING);
  } finally {
    await context.close();
  }
});

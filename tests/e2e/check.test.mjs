// tests/e2e/check.test.mjs: the questionnaire end to end in Chromium, against the release
// build in dist/: the ordinary path to self-care, honest progress, the early exit on a warning
// sign, the not-improving rule, Back and Change keeping answers, the missing-answer error, and
// a run with no console errors or failed requests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSuite,
  begin,
  ORDINARY,
  QUESTIONS,
  RESULT_TITLES,
  REVIEW_HEADING,
  START_HEADING,
  answerAll,
  changeButton,
  checkedLabels,
  clickOption,
  continueButton,
  openApp,
  openSection,
  optionIndex,
  pick,
  reviewAnswer,
  texts,
  toResult,
  toReview,
  waitChecked,
  waitForHeading,
  waitForProgress,
  waitForResult,
} from './helpers.mjs';

const { withApp } = appSuite();

describe('ordinary soreness', () => {
  test('a full run ends in self-care with the timeline and a plan led by water', () =>
    withApp(async ({ page }) => {
      await waitForHeading(page, START_HEADING, { focused: false });
      assert.equal(await page.title(), `${START_HEADING} \u2013 Aftercare`);

      await begin(page);
      await waitForProgress(page, 'Step 1 of 8');
      assert.equal(await page.title(), `${QUESTIONS['warning-signs'].heading} \u2013 Aftercare`);

      // Each question in order, focus on its heading as it appears.
      for (const [step, [key, label]] of ORDINARY.entries()) {
        await waitForHeading(page, QUESTIONS[key].heading);
        await waitForProgress(page, `Step ${step + 1} of 8`);
        await pick(page, key, label);
        await continueButton(page).click();
      }

      await waitForHeading(page, REVIEW_HEADING);
      const rows = await page.locator('.af-answers__row').evaluateAll((els) => els.map((el) => el.dataset.question));
      assert.deepEqual(rows, ORDINARY.map(([key]) => key), 'the review lists every question asked, in order');
      for (const [key, label] of ORDINARY) {
        const shown = await reviewAnswer(page, key);
        assert.equal(shown, key === 'soreness' ? `${label} out of 10` : label, `review answer for ${key}`);
      }

      await page.getByRole('button', { name: 'See my result', exact: true }).click();
      assert.equal(await waitForResult(page), 'self-care');
      assert.equal(await page.locator('h1#af-heading').textContent(), RESULT_TITLES['self-care']);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'af-heading');
      assert.equal(await page.title(), `${RESULT_TITLES['self-care']} \u2013 Aftercare`);

      const reasons = await texts(page.locator('.af-reasons__list li'));
      assert.equal(reasons.length, 1, `one reason: ${reasons.join(' | ')}`);
      assert.match(reasons[0], /None of the warning signs/);

      // The timeline, below what to do now, starts closed and opens: an image with a text
      // alternative placing them on day 0, and a marker.
      const chart = page.locator('svg.af-timeline__chart');
      assert.equal(await chart.isVisible(), false, 'the timeline starts closed');
      await openSection(page, 'Your recovery timeline');
      await chart.waitFor();
      assert.equal(await chart.getAttribute('role'), 'img');
      const title = (await chart.locator('title').textContent()).trim();
      assert.match(title, /usually shows up between 24 and 72 hours/);
      assert.doesNotMatch(title, /peak|strongest/, 'the article gives no peak');
      assert.match(title, /You are on day 0/);
      assert.equal((await chart.locator('.af-timeline__here text').textContent()).trim(), 'You are here');
      assert.equal(await chart.locator('.af-timeline__here circle').count(), 1);

      // The plan: water first because they drank little, movement next because they only rested.
      const steps = await texts(page.locator('ol.af-plan > li .af-plan__title'));
      assert.deepEqual(steps, [
        'Drink plenty of water',
        'Keep gently moving',
        'Use gentle heat',
        'Brief cold on tender spots',
        'Ask before taking pain relievers',
      ]);
      assert.match(
        await page.locator('ol.af-plan > li').first().locator('.af-plan__fit').textContent(),
        /you have drunk less than usual/,
      );
    }));

  test('progress counts the trend question from the day after the massage on', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await waitForProgress(page, 'Step 1 of 8');
      await pick(page, 'warning-signs', 'None of these');
      await continueButton(page).click();

      await waitForHeading(page, QUESTIONS.elapsed.heading);
      await waitForProgress(page, 'Step 2 of 8');
      await clickOption(page, 'elapsed', 'About a day ago');
      await waitForProgress(page, 'Step 2 of 9'); // the total grows as soon as the branch opens
      await continueButton(page).click();

      await waitForHeading(page, QUESTIONS.trend.heading);
      await waitForProgress(page, 'Step 3 of 9');
      await page.getByRole('button', { name: 'Back', exact: true }).click();

      await waitForHeading(page, QUESTIONS.elapsed.heading);
      await waitChecked(page, 'elapsed', optionIndex('elapsed', 'About a day ago'));
      await clickOption(page, 'elapsed', 'Today');
      await waitForProgress(page, 'Step 2 of 8'); // and shrinks when it closes
      await continueButton(page).click();

      // On the day of the massage the trend question is skipped: straight to soreness, 3 of 8.
      await waitForHeading(page, QUESTIONS.soreness.heading);
      await waitForProgress(page, 'Step 3 of 8');
    }));
});

test('"Why we ask" opened on one question starts closed on the next', () =>
  withApp(async ({ page }) => {
    await begin(page);
    await page.locator('details.af-why > summary').click();
    await page.waitForFunction(() => document.querySelector('details.af-why').open);
    await pick(page, 'warning-signs', 'None of these');
    await continueButton(page).click();
    await waitForHeading(page, QUESTIONS.elapsed.heading);
    assert.equal(await page.locator('details.af-why').evaluate((el) => el.open), false);
    assert.match(await page.locator('details.af-why').textContent(), /delayed kind of muscle soreness/, 'its own lesson');
  }));

describe('warning signs', () => {
  test('sharp pain in one spot goes straight to get medical attention now', () =>
    withApp(async ({ page }) => {
      await begin(page);
      const notice = page.locator('.af-notice--warning');
      assert.equal(await notice.count(), 0, 'no notice before anything is ticked');

      await pick(page, 'warning-signs', 'Severe, sharp or shooting pain in one spot');
      await notice.waitFor();
      assert.equal(await notice.getAttribute('role'), 'alert');
      assert.match(await notice.textContent(), /needs more than home care/);
      assert.equal(await continueButton(page).count(), 0, 'Continue gives way to the warning button');

      await continueButton(page, 'See what to do now').click();
      assert.equal(await waitForResult(page), 'urgent-care');
      assert.equal((await page.locator('h1#af-heading').textContent()).trim(), 'Get medical attention now');
      const reasons = await texts(page.locator('.af-reasons__list li'));
      assert.match(reasons[0] ?? '', /sharp or shooting pain/i, `first reason: ${reasons[0]}`);
      // No home plan with a warning sign: the page says to get advice first.
      assert.equal(await page.locator('ol.af-plan > li').count(), 0);
      await page.locator('.af-plan__skipped').waitFor();
      // The summary shows only what was asked.
      assert.equal(
        (await page.locator('.af-answers__row[data-question="warning-signs"] .af-answers__answer').textContent()).trim(),
        'Severe, sharp or shooting pain in one spot',
      );
    }));

  test('a fever leads to contact a healthcare provider', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await pick(page, 'warning-signs', 'A fever');
      await page.locator('.af-notice--warning[role="alert"]').waitFor();
      await continueButton(page, 'See what to do now').click();
      assert.equal(await waitForResult(page), 'contact-provider');
      const reasons = await texts(page.locator('.af-reasons__list li'));
      assert.match(reasons[0] ?? '', /fever/i, `first reason: ${reasons[0]}`);
      assert.equal(await page.locator('ol.af-plan > li').count(), 0);
    }));

  test('"None of these" clears a ticked sign and the notice goes', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await pick(page, 'warning-signs', 'Bruising that is spreading fast');
      const notice = page.locator('.af-notice--warning');
      await notice.waitFor();
      await clickOption(page, 'warning-signs', 'None of these');
      await waitChecked(page, 'warning-signs', optionIndex('warning-signs', 'None of these'), true);
      await waitChecked(page, 'warning-signs', optionIndex('warning-signs', 'Bruising that is spreading fast'), false);
      await notice.waitFor({ state: 'detached' });
      assert.deepEqual(await checkedLabels(page, 'warning-signs'), ['None of these']);
      await continueButton(page).click();
      await waitForHeading(page, QUESTIONS.elapsed.heading);
    }));
});

test('four days or more and about the same leads to contact a healthcare provider', () =>
  withApp(async ({ page }) => {
    const answers = [
      ['warning-signs', 'None of these'],
      ['elapsed', 'Four days ago or longer'],
      ['trend', 'No, it is about the same'],
      ['soreness', '3'],
      ['feel', 'A dull, general ache'],
      ['massage', 'Relaxation or Swedish'],
      ['tension', 'A little'],
      ['hydration', 'About as much as usual'],
      ['tried', 'Nothing yet'],
    ];
    await toReview(page, answers);
    assert.equal(await reviewAnswer(page, 'trend'), 'No, it is about the same');
    await page.getByRole('button', { name: 'See my result', exact: true }).click();
    assert.equal(await waitForResult(page), 'contact-provider');
    const reasons = await texts(page.locator('.af-reasons__list li'));
    assert.equal(reasons.length, 1, reasons.join(' | '));
    assert.match(reasons[0], /four days or more, and you have not noticed any sign of it getting better/);
    assert.match(await page.locator('svg.af-timeline__chart title').textContent(), /day 4 or later/);
    // Not a warning sign: the home plan is still offered, water first as the default.
    const steps = await texts(page.locator('ol.af-plan > li .af-plan__title'));
    assert.equal(steps[0], 'Drink plenty of water');
  }));

describe('going back and changing answers', () => {
  test('Back keeps earlier answers and Continue keeps later ones', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await answerAll(page, ORDINARY.slice(0, 4)); // up to "what it feels like"
      await waitForHeading(page, QUESTIONS.massage.heading);

      const back = page.getByRole('button', { name: 'Back', exact: true });
      await back.click();
      await waitForHeading(page, QUESTIONS.feel.heading);
      await back.click();
      await waitForHeading(page, QUESTIONS.soreness.heading);
      assert.deepEqual(await checkedLabels(page, 'soreness'), ['4']);
      await waitForProgress(page, 'Step 3 of 8');

      await continueButton(page).click();
      await waitForHeading(page, QUESTIONS.feel.heading);
      assert.deepEqual(await checkedLabels(page, 'feel'), ['Stiff and tight']);
      await continueButton(page).click();
      await waitForHeading(page, QUESTIONS.massage.heading);
      assert.deepEqual(await checkedLabels(page, 'massage'), [], 'not answered yet');

      // Back to the first question keeps the first answers too.
      for (const key of ['feel', 'soreness', 'elapsed', 'warning-signs']) {
        await back.click();
        await waitForHeading(page, QUESTIONS[key].heading);
      }
      assert.deepEqual(await checkedLabels(page, 'warning-signs'), ['None of these']);
      await back.click();
      await waitForHeading(page, START_HEADING);
    }));

  test('Change from the review edits one answer and returns to the review', () =>
    withApp(async ({ page }) => {
      await toReview(page);
      await changeButton(page, 'kind of massage').click();
      await waitForHeading(page, QUESTIONS.massage.heading);
      assert.deepEqual(await checkedLabels(page, 'massage'), ['Deep tissue']);
      const save = continueButton(page, 'Save and go back to review');
      await save.waitFor();
      assert.equal(await continueButton(page).count(), 0, 'no plain Continue while changing');

      await pick(page, 'massage', 'Sports massage');
      assert.deepEqual(await checkedLabels(page, 'massage'), ['Sports massage']);
      await save.click();

      await waitForHeading(page, REVIEW_HEADING);
      assert.equal(await reviewAnswer(page, 'massage'), 'Sports massage');
      for (const [key, label] of ORDINARY.filter(([key]) => key !== 'massage')) {
        assert.equal(await reviewAnswer(page, key), key === 'soreness' ? `${label} out of 10` : label, key);
      }

      // Back while changing returns to the review without changing anything.
      await changeButton(page, 'soreness now').click();
      await waitForHeading(page, QUESTIONS.soreness.heading);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await waitForHeading(page, REVIEW_HEADING);
      assert.equal(await reviewAnswer(page, 'soreness'), '4 out of 10');
    }));

  test('changing the timing from the review asks the new trend question first', () =>
    withApp(async ({ page }) => {
      await toReview(page);
      assert.equal(await page.locator('.af-answers__row[data-question="trend"]').count(), 0);
      await changeButton(page, 'when the massage was').click();
      await waitForHeading(page, QUESTIONS.elapsed.heading);
      await pick(page, 'elapsed', 'Three days ago');
      await continueButton(page, 'Save and go back to review').click();
      // The branch that opened needs an answer before the review.
      await waitForHeading(page, QUESTIONS.trend.heading);
      await pick(page, 'trend', 'Yes, it is getting better');
      await continueButton(page, 'Save and go back to review').click();
      await waitForHeading(page, REVIEW_HEADING);
      assert.equal(await reviewAnswer(page, 'trend'), 'Yes, it is getting better');
      await page.getByRole('button', { name: 'See my result', exact: true }).click();
      assert.equal(await waitForResult(page), 'self-care');
    }));

  test('"Change answers" on the result goes to the review; "Start again" forgets', () =>
    withApp(async ({ page }) => {
      assert.equal(await toResult(page), 'self-care');
      await page.getByRole('button', { name: 'Change answers', exact: true }).click();
      await waitForHeading(page, REVIEW_HEADING);
      assert.equal(await reviewAnswer(page, 'massage'), 'Deep tissue');
      assert.equal(await reviewAnswer(page, 'tried'), 'Resting completely');

      await page.getByRole('button', { name: 'See my result', exact: true }).click();
      await waitForResult(page);
      await page.getByRole('button', { name: 'Start again', exact: true }).click();
      await waitForHeading(page, START_HEADING);
      await begin(page);
      assert.deepEqual(await checkedLabels(page, 'warning-signs'), [], 'answers are forgotten');
    }));
});

describe('a missing answer', () => {
  test('Continue with nothing ticked shows the error and stays', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await continueButton(page).click();
      const error = page.locator('.af-error');
      await error.waitFor();
      assert.equal(await error.getAttribute('role'), 'alert');
      assert.match(await error.textContent(), /Please tick at least one box/);
      // Still the same question, and the error is tied to the group.
      await waitForHeading(page, QUESTIONS['warning-signs'].heading, { focused: false });
      await waitForProgress(page, 'Step 1 of 8');
      assert.equal(
        await page.locator('fieldset').getAttribute('aria-describedby'),
        await error.getAttribute('id'),
      );

      // Answering clears the error.
      await pick(page, 'warning-signs', 'None of these');
      await error.waitFor({ state: 'detached' });
      await continueButton(page).click();
      await waitForHeading(page, QUESTIONS.elapsed.heading);
    }));

  test('Continue with no radio picked shows the error and stays', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await answerAll(page, ORDINARY.slice(0, 2));
      await waitForHeading(page, QUESTIONS.soreness.heading);
      await continueButton(page).click();
      const error = page.locator('.af-error[role="alert"]');
      await error.waitFor();
      assert.match(await error.textContent(), /Please choose an answer to continue/);
      await waitForHeading(page, QUESTIONS.soreness.heading, { focused: false });
      await waitForProgress(page, 'Step 3 of 8');
      assert.deepEqual(await checkedLabels(page, 'soreness'), []);
    }));
});

test('a full run logs no console errors and no failed requests', () =>
  withApp(async ({ page, problems }) => {
    // Every kind of screen and transition: error, warning notice, back, review, change, result.
    await begin(page);
    await continueButton(page).click();
    await page.locator('.af-error').waitFor();
    await pick(page, 'warning-signs', 'A fever');
    await page.locator('.af-notice--warning').waitFor();
    await clickOption(page, 'warning-signs', 'None of these');
    await page.locator('.af-notice--warning').waitFor({ state: 'detached' });
    await continueButton(page).click();
    await answerAll(page, ORDINARY.slice(1, 3));
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForHeading(page, QUESTIONS.soreness.heading);
    await continueButton(page).click();
    await answerAll(page, ORDINARY.slice(3));
    await waitForHeading(page, REVIEW_HEADING);
    await changeButton(page, 'tension worked on').click();
    await pick(page, 'tension', 'Not sure');
    await continueButton(page, 'Save and go back to review').click();
    await waitForHeading(page, REVIEW_HEADING);
    await page.getByRole('button', { name: 'See my result', exact: true }).click();
    assert.equal(await waitForResult(page), 'self-care');
    await openSection(page, 'Your recovery timeline');
    await page.locator('svg.af-timeline__chart').waitFor();
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await waitForHeading(page, START_HEADING);

    // The browser asks for an icon after load, at a moment of its choosing: rather than wait
    // and hope, check that the icon it would ask for is there (a declared icon or /favicon.ico).
    const icon = await page.evaluate(async () => {
      const link = document.querySelector('link[rel~="icon"]');
      const href = link ? link.href : new URL('/favicon.ico', location.href).href;
      if (href.startsWith('data:')) return { href: 'data:…', status: 200 };
      const response = await fetch(href, { method: 'HEAD' });
      return { href, status: response.status, declared: link !== null };
    });
    assert.equal(
      icon.status,
      200,
      `the page's icon ${icon.href} answers ${icon.status}` +
        (icon.declared ? '' : ' (no <link rel="icon"> in index.html, so the browser asks for /favicon.ico)'),
    );

    assert.deepEqual(problems, [], `problems during the run:\n${problems.join('\n')}`);
  }));

test('the first screen does not steal focus, on load or reload', () =>
  withApp(async ({ page }) => {
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'af-heading');
    await begin(page);
    await pick(page, 'warning-signs', 'None of these');
    await continueButton(page).click();
    await page.reload();
    // A reload offers to continue (hosted.test.mjs follows that through); it takes no focus.
    await page.getByRole('button', { name: 'Start over' }).waitFor();
    await waitForHeading(page, START_HEADING, { focused: false });
    assert.notEqual(
      await page.evaluate(() => document.activeElement?.id),
      'af-heading',
      'the first screen does not steal focus on load',
    );
  }));

// tests/e2e/checkins.test.mjs: check-ins remembered on this device (issue 17). Only after the
// person says yes, the day of the massage, its kind, the tension and each day's soreness are
// kept in localStorage for 14 days, as a typed, versioned record. Coming back shows "Day N
// after your massage", asks the warning signs and whether the soreness is getting better, with
// the earlier scores beside that question as help and nothing ticked (the person is the judge:
// issue 26), and applies the article's rule to their answer; the timeline shows their ratings. "Forget it now" removes
// the record at once. A stranger's record is dropped with a warning; an expired one quietly.
// Where the browser keeps nothing, the offer says so and the calendar reminder still works.
// The browser's clock and time zone are set, so the days are known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUESTIONS,
  REVIEW_HEADING,
  WAIT,
  answerAll,
  appSuite,
  assertNoAxeViolations,
  begin,
  changeButton,
  checkedLabels,
  continueButton,
  pick,
  toResult,
  waitForApp,
  waitForHeading,
  watchForProblems,
} from './helpers.mjs';

const suite = appSuite();
const KEY = 'aftercare.checkins';

// A deep tissue massage on 1 December 2026; the first check the day after, in Paris.
const DAY_1 = new Date('2026-12-02T09:30:00Z');
const DAY_3 = new Date('2026-12-04T08:00:00Z');
const FIRST_CHECK = [
  ['warning-signs', 'None of these'],
  ['elapsed', 'About a day ago'],
  ['trend', 'Not sure'],
  ['soreness', '6'],
  ['feel', 'Stiff and tight'],
  ['massage', 'Deep tissue'],
  ['tension', 'A lot'],
  ['hydration', 'About as much as usual'],
  ['tried', 'Heat'],
];
const RECORD = { version: 1, massageOn: '2026-12-01', massage: 1, tension: 2, keptUntil: '2026-12-16', soreness: [null, 6] };

/** A context in `timezoneId` whose clock reads `now`, with a page watched for problems. */
async function open(now, { timezoneId = 'Europe/Paris', storageState, init } = {}) {
  const context = await suite.browser().newContext({ timezoneId, storageState });
  context.setDefaultTimeout(WAIT);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  const problems = watchForProblems(page, new URL(suite.url()).origin);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return { context, page, problems, warnings };
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** The first check, remembered: the record it keeps, and the context to come back in. */
async function rememberFirstCheck() {
  const first = await open(DAY_1);
  await first.page.goto(suite.url());
  await waitForApp(first.page);
  assert.equal(await toResult(first.page, FIRST_CHECK), 'self-care');
  assert.equal(await stored(first.page), null, 'nothing is kept before the person says yes');
  const offer = first.page.getByRole('button', { name: 'Remember this check on this device' });
  assert.match(await first.page.locator('.af-remember__hint').textContent(), /on this device only, for 14 days/);
  await offer.click();
  const kept = first.page.getByText('Your checks are remembered on this device until 16 December 2026.');
  await kept.waitFor();
  assert.equal(await first.page.evaluate(() => document.activeElement.id), 'af-remember', 'the section takes the focus its button had');
  assert.deepEqual(JSON.parse(await stored(first.page)), RECORD);
  return first;
}

/** The same device on another day, in a new tab (a new tab has no check saved in it). */
async function comeBack(visit, now) {
  const page = await visit.context.newPage();
  await page.clock.setFixedTime(now);
  const problems = watchForProblems(page, new URL(suite.url()).origin);
  await page.goto(suite.url());
  await waitForApp(page);
  return { page, problems };
}

/** The first check remembered, then `fn` with that visit and a new tab on day 3; both must
 * run without a problem. */
async function thenOnDay3(fn) {
  const first = await rememberFirstCheck();
  try {
    const day3 = await comeBack(first, DAY_3);
    await fn(first, day3);
    assert.deepEqual([...first.problems, ...day3.problems], []);
  } finally {
    await first.context.close();
  }
}

/** A day of December 2026, at 09:30 in Paris. */
const december = (day) => new Date(`2026-12-${String(day).padStart(2, '0')}T08:30:00Z`);

/** The earlier scores shown beside "any sign of getting better?", as their text ("Day 1: 6"). */
const earlierScores = (page) => page.locator('.af-earlier__score').allTextContents();

/**
 * A returning check in a new tab at `now`: the warning signs, then the trend question, where
 * the person's earlier scores are shown as `shown` and nothing is ticked for them; their own
 * answer `trend`, today's `soreness`, then the rest. Returns the page at the result.
 */
async function returningCheck(visit, now, { shown, trend, soreness, massageOn = '2026-12-01' }) {
  const day = await comeBack(visit, now);
  const { page } = day;
  const days = Math.round((now - new Date(`${massageOn}T00:00:00Z`)) / 86_400_000 - 0.4);
  await page.getByRole('heading', { name: `Day ${days} after your massage` }).waitFor();
  await page.getByText('Your checks are remembered on this device until').waitFor();
  await begin(page);
  await pick(page, 'warning-signs', 'None of these');
  await continueButton(page).click();
  await waitForHeading(page, QUESTIONS.trend.heading);
  assert.deepEqual(await checkedLabels(page, 'trend'), [], 'nothing is ticked for the person');
  assert.deepEqual(await earlierScores(page), shown, 'the earlier scores beside the question');
  if (shown.length > 0) {
    await page.getByText('They are here to help you remember. Only you can say whether it is getting better.').waitFor();
  }
  assert.equal((await page.locator('.af-progress__text').textContent()).trim(), 'Step 2 of 6');
  await answerAll(page, [['trend', trend], ['soreness', soreness], ['feel', 'Stiff and tight'], ['hydration', 'About as much as usual'], ['tried', 'Heat']]);
  await waitForHeading(page, REVIEW_HEADING);
  assert.ok((await page.locator('.af-answers').textContent()).includes(trend), 'the review shows the person\u2019s own answer');
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  await page.locator('section.af-result').waitFor();
  return day;
}

test('remembered checks: 6, 5, 5, 5 on days 1 to 4, and the person sees no sign of improvement: a provider, asked not worked out', async () => {
  const first = await rememberFirstCheck();
  try {
    // On the first day's result, the timeline opens on the person's own rating, and its
    // caption says what the dots are rather than "not a measure of your soreness".
    const timeline = first.page.locator('details.af-timeline-section');
    assert.equal(await timeline.evaluate((el) => el.open), true);
    assert.equal(await timeline.locator('.af-timeline__points circle').count(), 1);
    assert.equal((await timeline.locator('.af-timeline__ratings').textContent()).trim(), 'Your soreness, 0 to 10. Day 1: 6.');
    const caption = await timeline.locator('.af-timeline__caption').textContent();
    assert.match(caption, /The dots are the scores you gave at your checks\./);
    assert.doesNotMatch(caption, /not a measure of your soreness/);
    await assertNoAxeViolations(first.page, 'a result with a remembered check');

    // Day 2: the start screen knows the massage, and the trend is asked, with day 1 beside it.
    const day2 = await returningCheck(first, december(3), { shown: ['Day 1: 6'], trend: 'Yes, it is getting better', soreness: '5' });
    assert.equal(await day2.page.locator('section.af-result').getAttribute('data-urgency'), 'self-care');
    const day3 = await returningCheck(first, december(4), { shown: ['Day 1: 6', 'Day 2: 5'], trend: 'Yes, it is getting better', soreness: '5' });
    assert.equal(await day3.page.locator('section.af-result').getAttribute('data-urgency'), 'self-care');
    await day3.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).soreness.length === 4, KEY);
    // Day 4: one early drop, then the same: the person sees no sign of improvement, and says so.
    const day4 = await returningCheck(first, december(5), { shown: ['Day 1: 6', 'Day 2: 5', 'Day 3: 5'], trend: 'No, it is about the same', soreness: '5' });
    await day4.page.locator('section.af-result[data-urgency="contact-provider"]').waitFor();
    assert.match(await day4.page.locator('.af-urgency__summary').textContent(), /four days or more without getting better/);
    await day4.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).soreness.length === 5, KEY);
    assert.deepEqual(JSON.parse(await stored(day4.page)).soreness, [null, 6, 5, 5, 5]);
    const later = day4.page.locator('details.af-timeline-section');
    assert.equal((await later.locator('.af-timeline__ratings').textContent()).trim(), 'Your soreness, 0 to 10. Day 1: 6. Day 2: 5. Day 3: 5. Day 4: 5.');
    // Changing today's soreness on the review never changes the answer the person gave.
    await day4.page.getByRole('button', { name: 'Change answers' }).click();
    await waitForHeading(day4.page, REVIEW_HEADING);
    await changeButton(day4.page, 'Soreness now').click();
    await pick(day4.page, 'soreness', '2');
    await continueButton(day4.page, 'Save and go back to review').click();
    await waitForHeading(day4.page, REVIEW_HEADING);
    assert.ok((await day4.page.locator('.af-answers').textContent()).includes('No, it is about the same'));
    await assertNoAxeViolations(day4.page, 'the review of a returning check');
    assert.deepEqual([...first.problems, ...day2.problems, ...day3.problems, ...day4.problems], []);
  } finally {
    await first.context.close();
  }
});

test('remembered checks: a low score on the day of the massage is never a baseline; the person judges on day 3', async () => {
  // Checked on the evening of the massage (1 December), before this soreness usually shows up.
  const first = await open(new Date('2026-12-01T18:00:00Z'));
  try {
    await first.page.goto(suite.url());
    await waitForApp(first.page);
    const dayOf = [['warning-signs', 'None of these'], ['elapsed', 'Today'], ...FIRST_CHECK.slice(3).map(([key, label]) => (key === 'soreness' ? [key, '2'] : [key, label]))];
    assert.equal(await toResult(first.page, dayOf), 'self-care');
    await first.page.getByRole('button', { name: 'Remember this check on this device' }).click();
    await first.page.getByRole('button', { name: 'Forget it now' }).waitFor();
    assert.deepEqual(JSON.parse(await stored(first.page)).soreness, [2]);
    // Day 3: it rose to 6, as this soreness usually does, and eased since yesterday: she says it
    // is getting better. The day-0 score is not shown as one to compare with.
    const day3 = await returningCheck(first, december(4), { shown: [], trend: 'Yes, it is getting better', soreness: '6' });
    await day3.page.locator('section.af-result[data-urgency="self-care"]').waitFor();
    assert.deepEqual([...first.problems, ...day3.problems], []);
  } finally {
    await first.context.close();
  }
});

test('remembered checks: no soreness left on days 2 and 3 is never "lasted without getting better"', async () => {
  const first = await open(december(3));
  try {
    await first.page.goto(suite.url());
    await waitForApp(first.page);
    const day2 = FIRST_CHECK.map(([key, label]) => (key === 'elapsed' ? [key, 'Two days ago'] : key === 'soreness' ? [key, '0'] : [key, label]));
    assert.equal(await toResult(first.page, day2), 'self-care');
    await first.page.getByRole('button', { name: 'Remember this check on this device' }).click();
    await first.page.getByRole('button', { name: 'Forget it now' }).waitFor();
    const day3 = await returningCheck(first, december(4), { shown: ['Day 2: 0'], trend: 'No, it is about the same', soreness: '0' });
    await day3.page.locator('section.af-result[data-urgency="self-care"]').waitFor();
    assert.doesNotMatch(await day3.page.locator('section.af-result').textContent(), /without getting better/);
    assert.deepEqual([...first.problems, ...day3.problems], []);
  } finally {
    await first.context.close();
  }
});

test('one massage, one history: a card for a new massage starts a new record, says so first, and merges nothing', async () => {
  // Remembered: a deep tissue massage on 1 December, a lot of tension, scores 6 and 5.
  const old = { ...RECORD, soreness: [null, 6, 5] };
  const visit = await open(december(5));
  try {
    // Written once for the whole device (every tab of the context), before the app starts.
    await visit.context.addInitScript((value) => {
      if (!localStorage.getItem('test.seeded')) {
        localStorage.setItem('test.seeded', '1');
        localStorage.setItem('aftercare.checkins', value);
      }
    }, JSON.stringify(old));
    // A therapist's card for a Swedish massage on 4 December, a little tension, opened on the
    // 5th (engine::prefill::encode, tests/checkins.rs checks the link).
    await visit.page.goto(new URL('#p=1AnhBIp', suite.url()).href);
    await waitForApp(visit.page);
    await visit.page.getByRole('heading', { name: 'Day 1 after your massage' }).waitFor();
    const start = await visit.page.locator('section.af-start').textContent();
    assert.match(start, /Your remembered checks are about your massage on 1 December 2026\. This check is about a different massage, so its result will start a new record in their place\./);
    assert.match(start, /6 short questions this time\./, 'the count follows the path');
    await begin(visit.page);
    await pick(visit.page, 'warning-signs', 'None of these');
    await continueButton(visit.page).click();
    await waitForHeading(visit.page, QUESTIONS.trend.heading);
    assert.deepEqual(await earlierScores(visit.page), [], 'none of the other massage\u2019s scores');
    await answerAll(visit.page, [['trend', 'Not sure'], ['soreness', '3'], ['feel', 'Stiff and tight'], ['hydration', 'About as much as usual'], ['tried', 'Heat']]);
    await waitForHeading(visit.page, REVIEW_HEADING);
    await visit.page.getByRole('button', { name: 'See my result', exact: true }).click();
    await visit.page.locator('section.af-result[data-urgency="self-care"]').waitFor();
    await visit.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).massageOn === '2026-12-04', KEY);
    assert.deepEqual(JSON.parse(await stored(visit.page)), { version: 1, massageOn: '2026-12-04', massage: 0, tension: 0, keptUntil: '2026-12-19', soreness: [null, 3] });
    assert.equal((await visit.page.locator('.af-timeline__ratings').textContent()).trim(), 'Your soreness, 0 to 10. Day 1: 3.');
    // The next day: day 2 of the new massage, with its own score beside the question.
    const next = await returningCheck(visit, december(6), { shown: ['Day 1: 3'], trend: 'Yes, it is getting better', soreness: '2', massageOn: '2026-12-04' });
    await next.page.locator('section.af-result[data-urgency="self-care"]').waitFor();
    assert.deepEqual([...visit.problems, ...next.problems], []);
  } finally {
    await visit.context.close();
  }
});

test('a returning person\u2019s start screen: Start on a 390\u00d7844 phone\u2019s first screen, and the count the path asks', async () => {
  // (the record, the address, the day, the count the start screen gives)
  const cases = [
    [{ ...RECORD, soreness: [null, 6, 5] }, '', december(4), '6 short questions this time.'],
    [{ ...RECORD, soreness: [3] }, '', new Date('2026-12-01T19:00:00Z'), '5 short questions this time.'],
    [{ ...RECORD, soreness: [null, 6, 5] }, '#p=1AnhBIp', december(5), '6 short questions this time.'],
  ];
  for (const [record, fragment, now, count] of cases) {
    const context = await suite.browser().newContext({ timezoneId: 'Europe/Paris', viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(WAIT);
    try {
      await context.addInitScript((value) => localStorage.setItem('aftercare.checkins', value), JSON.stringify(record));
      const page = await context.newPage();
      await page.clock.setFixedTime(now);
      const problems = watchForProblems(page, new URL(suite.url()).origin);
      await page.goto(new URL(fragment, suite.url()).href);
      await waitForApp(page);
      const points = await page.locator('.af-start__points li').allTextContents();
      assert.equal(points[0].trim(), count, `${fragment || 'remembered'}: ${points.join(' | ')}`);
      assert.ok(!points.join(' ').includes('Eight or nine'), 'not the ordinary count');
      const start = await page.getByRole('button', { name: 'Start the check' }).boundingBox();
      assert.ok(start.y + start.height <= 844, `${fragment || 'remembered'}: Start ends at ${start.y + start.height} px, below the first screen`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test('a shared result shows only what its link carries, never the reader\u2019s own scores', async () => {
  const visit = await open(DAY_3);
  try {
    await visit.context.addInitScript((value) => localStorage.setItem('aftercare.checkins', value), JSON.stringify({ ...RECORD, soreness: [null, 9, 8] }));
    // Someone else's result: their soreness 4, day 1, getting better.
    const other = await open(DAY_3);
    await other.page.goto(suite.url());
    await waitForApp(other.page);
    const theirs = [['warning-signs', 'None of these'], ['elapsed', 'About a day ago'], ['trend', 'Yes, it is getting better'], ['soreness', '4'], ['feel', 'Stiff and tight'], ['massage', 'Deep tissue'], ['tension', 'A lot'], ['hydration', 'About as much as usual'], ['tried', 'Heat']];
    assert.equal(await toResult(other.page, theirs), 'self-care');
    // Their link, as the tab keeps their answers (the share link's own format).
    const fragment = await other.page.evaluate(() => `#r=${JSON.parse(sessionStorage.getItem('aftercare.session')).answers}`);
    await other.context.close();
    await visit.page.goto(new URL(fragment, suite.url()).href);
    await waitForApp(visit.page);
    await visit.page.getByText('A shared result').waitFor();
    assert.equal(await visit.page.locator('.af-timeline__points').count(), 0, 'no chart of the reader\u2019s scores');
    assert.equal(await visit.page.locator('.af-timeline__ratings').count(), 0);
    assert.doesNotMatch(await visit.page.locator('section.af-result').textContent(), /Day 1: 9/);
    assert.deepEqual(visit.problems, []);
  } finally {
    await visit.context.close();
  }
});

test('a warning sign on a remembered check still goes straight to care, with no chart or offer beside it', () =>
  thenOnDay3(async (_, day3) => {
    await begin(day3.page);
    await pick(day3.page, 'warning-signs', 'Severe, sharp or shooting pain in one spot');
    await continueButton(day3.page, 'See what to do now').click();
    await day3.page.locator('section.af-result[data-urgency="urgent-care"]').waitFor();
    assert.equal(await day3.page.locator('.af-timeline__points').count(), 0, 'no chart of the ratings');
    assert.equal(await day3.page.locator('.af-remember').count(), 0, 'nothing about remembering');
    assert.deepEqual(JSON.parse(await stored(day3.page)), RECORD, 'the record is kept as it was');
  }));

test('"Forget it now" removes the record at once, on the result and on the start screen', async () => {
  const first = await rememberFirstCheck();
  try {
    await first.page.getByRole('button', { name: 'Forget it now' }).click();
    await first.page.getByText('Forgotten. Nothing from your checks is kept on this device.').waitFor();
    assert.equal(await stored(first.page), null);
    assert.equal(await first.page.evaluate(() => document.activeElement.id), 'af-remember');
    assert.equal(await first.page.getByRole('button', { name: 'Remember this check on this device' }).count(), 0, 'not offered again at once');
    // Remembered again, then forgotten from the start screen of the next visit.
    const again = await comeBack(first, DAY_1);
    assert.equal(await again.page.getByText('Day 1 after your massage').count(), 0, 'an ordinary start');
    assert.equal(await toResult(again.page, FIRST_CHECK), 'self-care');
    await again.page.getByRole('button', { name: 'Remember this check on this device' }).click();
    await again.page.getByRole('button', { name: 'Forget it now' }).waitFor();
    const day3 = await comeBack(first, DAY_3);
    await day3.page.getByRole('heading', { name: 'Day 3 after your massage' }).waitFor();
    await day3.page.getByRole('button', { name: 'Forget it now' }).click();
    await day3.page.getByText('Forgotten. Nothing from your checks is kept on this device.').waitFor();
    assert.equal(await stored(day3.page), null);
    // The check about to begin forgets it too: an ordinary one, asking when the massage was.
    assert.equal(await day3.page.getByRole('heading', { name: 'Day 3 after your massage' }).count(), 0);
    await begin(day3.page);
    await answerAll(day3.page, [['warning-signs', 'None of these']]);
    await waitForHeading(day3.page, QUESTIONS.elapsed.heading);
    assert.deepEqual([...first.problems, ...again.problems, ...day3.problems], []);
  } finally {
    await first.context.close();
  }
});

test('a record whose 14 days are over is removed quietly; a stranger\u2019s is removed with a warning', async () => {
  const cases = [
    { value: JSON.stringify(RECORD), now: new Date('2026-12-17T09:00:00Z'), warned: false },
    { value: 'not json', warned: true },
    { value: JSON.stringify({ ...RECORD, version: 2 }), warned: true },
    { value: JSON.stringify({ ...RECORD, soreness: [null, 11] }), warned: true },
    { value: JSON.stringify({ ...RECORD, massage: 7 }), warned: true },
    { value: JSON.stringify({ ...RECORD, keptUntil: '2027-01-30' }), warned: true },
    { value: JSON.stringify({ ...RECORD, massageOn: '2026-12-09' }), warned: true },
    { value: JSON.stringify({ ...RECORD, soreness: 'six' }), warned: true },
    { value: '{"version":1}', warned: true },
    { value: '<img src=x onerror=alert(1)>', warned: true },
    // Issue 27: what a record claims must hang together, whatever its keptUntil says.
    { value: JSON.stringify({ ...RECORD, massageOn: '2025-01-01' }), warned: true },
    { value: JSON.stringify({ ...RECORD, soreness: Array(40).fill(null) }), warned: true },
    { value: JSON.stringify({ ...RECORD, massageOn: '2026-13-01', keptUntil: '2026-12-02' }), warned: true },
    { value: JSON.stringify({ ...RECORD, massageOn: '2026-12-09', keptUntil: '2026-12-02' }), warned: true },
  ];
  for (const { value, now = DAY_3, warned } of cases) {
    const visit = await open(now);
    try {
      // Written before the app starts, once (a reload must not write it again).
      await visit.page.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key, value);
        }
      }, [KEY, value]);
      await visit.page.goto(suite.url());
      await waitForApp(visit.page);
      assert.equal(await stored(visit.page), null, `${value.slice(0, 40)}: removed`);
      assert.equal(await visit.page.getByText(/after your massage/).count(), 0, `${value.slice(0, 40)}: an ordinary start`);
      const dropped = visit.warnings.filter((w) => w.includes('aftercare.checkins'));
      assert.equal(dropped.length, warned ? 1 : 0, `${value.slice(0, 40)}: ${visit.warnings.join(' | ')}`);
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.context.close();
    }
  }
});

test('where this browser keeps nothing for the page, the offer says so and the calendar reminder still works', async () => {
  // As a browser that blocks storage for a third-party frame, or in some private modes:
  // reaching localStorage throws.
  const blocked = await open(DAY_1, {
    init: () => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } }),
  });
  try {
    await blocked.page.goto(suite.url());
    await waitForApp(blocked.page);
    assert.equal(await toResult(blocked.page, FIRST_CHECK), 'self-care');
    assert.equal(await blocked.page.getByRole('button', { name: 'Remember this check on this device' }).count(), 0);
    await blocked.page.getByText('This browser will not keep checks for this page, so this one cannot be remembered. The calendar reminder still works.').waitFor();
    assert.equal(await blocked.page.getByRole('link', { name: 'Remind me to check again' }).count(), 1);
    assert.deepEqual(blocked.problems, []);
  } finally {
    await blocked.context.close();
  }
});

test('days are counted on the device\u2019s own calendar: checked just past midnight in Auckland, opened in Los Angeles', async () => {
  // 00:30 on 3 December in Auckland is 11:30 on 2 December in UTC, and 03:30 on the 2nd in
  // Los Angeles: the massage "two days ago" in Auckland was on 1 December.
  const moment = new Date('2026-12-02T11:30:00Z');
  const auckland = await open(moment, { timezoneId: 'Pacific/Auckland' });
  let state;
  try {
    await auckland.page.goto(suite.url());
    await waitForApp(auckland.page);
    const answers = FIRST_CHECK.map(([key, label]) => (key === 'elapsed' ? [key, 'Two days ago'] : [key, label]));
    assert.equal(await toResult(auckland.page, answers), 'self-care');
    await auckland.page.getByRole('button', { name: 'Remember this check on this device' }).click();
    await auckland.page.getByText('Your checks are remembered on this device until 17 December 2026.').waitFor();
    assert.deepEqual(JSON.parse(await stored(auckland.page)).soreness, [null, null, 6]);
    state = await auckland.context.storageState();
  } finally {
    await auckland.context.close();
  }
  const losAngeles = await open(moment, { timezoneId: 'America/Los_Angeles', storageState: state });
  try {
    await losAngeles.page.goto(suite.url());
    await waitForApp(losAngeles.page);
    // Still the 2nd here: day 1, the record kept (its check is "tomorrow"), and no earlier
    // check to compare with, so the trend is asked.
    await losAngeles.page.getByRole('heading', { name: 'Day 1 after your massage' }).waitFor();
    assert.notEqual(await stored(losAngeles.page), null, 'the record survives the flight');
    await losAngeles.page.getByRole('button', { name: 'Start the check' }).click();
    await waitForHeading(losAngeles.page, QUESTIONS['warning-signs'].heading);
    await pick(losAngeles.page, 'warning-signs', 'None of these');
    await continueButton(losAngeles.page).click();
    await waitForHeading(losAngeles.page, QUESTIONS.trend.heading);
    assert.deepEqual(losAngeles.problems, []);
  } finally {
    await losAngeles.context.close();
  }
});

// tests/e2e/reminder.test.mjs: "Remind me to check again" (issue 17). A result without a warning
// sign offers an iCalendar file, read here by Mozilla's ical.js as a calendar app would: one
// event on the morning of day 3 after the massage with an alarm, saying nothing beyond checking
// how one's back is, whose link reopens the check with the massage's day and kind, the tension
// and the soreness carried in its fragment, so the next check asks only what may have changed.
// A damaged or future-dated link says so and starts an ordinary check. The browser's clock is
// set, so the days are known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { DIST } from './serve.mjs';
import { ORDINARY, QUESTIONS, REVIEW_HEADING, WAIT, answerAll, appSuite, pick, continueButton, toResult, waitForApp, waitForHeading, watchForProblems } from './helpers.mjs';

const suite = appSuite();

// 10:30 on 1 December 2026 in Paris: the day of the massage in ORDINARY ("Today").
const CHECKED = new Date('2026-12-01T09:30:00Z');
const TIMEZONE = 'Europe/Paris';

/** A page in a fresh context whose clock reads `now`. */
async function pageAt(now, contextOptions = {}) {
  const context = await suite.browser().newContext({ timezoneId: TIMEZONE, acceptDownloads: true, ...contextOptions });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  return { context, page };
}

/** Downloads the result's reminder; returns its link's attributes and the file, parsed. */
async function downloadReminder(page) {
  const link = page.getByRole('link', { name: 'Remind me to check again' });
  assert.equal(await link.getAttribute('download'), 'aftercare-check-again.ics');
  assert.match(await link.getAttribute('href'), /^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, calendar, hint: (await page.locator('.af-reminder__hint').textContent()).trim() };
}

test('a result without a warning sign offers a reminder for the morning of day 3, which a calendar reads, and its link asks only what may have changed', async () => {
  const first = await pageAt(CHECKED);
  const problems = watchForProblems(first.page, new URL(suite.url()).origin);
  let url;
  try {
    await first.page.goto(suite.url());
    await waitForApp(first.page);
    assert.equal(await toResult(first.page, ORDINARY), 'self-care');
    const { text, calendar, hint } = await downloadReminder(first.page);
    assert.equal(hint, 'A calendar event with an alarm for the morning of 4 December 2026.');
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, 1, 'one event');
    const event = new ICAL.Event(events[0]);
    // Day 3 after a massage on 1 December, at 09:00 wherever the person is (no time zone).
    assert.equal(event.startDate.toString(), '2026-12-04T09:00:00');
    assert.equal(event.startDate.zone.tzid, 'floating');
    assert.equal(event.duration.toString(), 'PT15M');
    assert.equal(event.summary, 'Check how your back is');
    const alarms = events[0].getAllSubcomponents('valarm');
    assert.equal(alarms.length, 1, 'an alarm');
    assert.equal(alarms[0].getFirstPropertyValue('action'), 'DISPLAY');
    // Nothing of the answers in the event's words: they are in the link's fragment alone.
    assert.doesNotMatch(event.summary, /sore|pain|deep|tension|\d/i);
    url = events[0].getFirstPropertyValue('url');
    assert.equal(event.description, url);
    assert.match(url, /#p=1[A-Za-z0-9_-]{6}$/, 'the prefilled check, and nothing else, in the fragment');
    assert.equal(new URL(url).origin + new URL(url).pathname, new URL(suite.url()).href.replace(/[?#].*$/, ''));
    assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
    assert.deepEqual(problems, []);
  } finally {
    await first.context.close();
  }

  // Three days later, the reminder's link: what the link carried is filled in and not asked.
  const later = await pageAt(new Date('2026-12-04T08:05:00Z'));
  try {
    const problems = watchForProblems(later.page, new URL(suite.url()).origin);
    await later.page.goto(url);
    await waitForApp(later.page);
    await later.page.getByRole('heading', { name: 'Day 3 after your massage' }).waitFor();
    await later.page.getByText('Last time, you rated your soreness 4 out of 10.').waitFor();
    await later.page.getByRole('button', { name: 'Start the check' }).click();
    // The warning signs first, every time.
    await waitForHeading(later.page, QUESTIONS['warning-signs'].heading);
    await pick(later.page, 'warning-signs', 'None of these');
    await continueButton(later.page).click();
    // "When was your massage?" is known exactly: day 3, so the trend question comes next.
    await waitForHeading(later.page, QUESTIONS.trend.heading);
    assert.equal((await later.page.locator('.af-progress__text').textContent()).trim(), 'Step 2 of 6');
    await answerAll(later.page, [['trend', 'No, it is about the same'], ['soreness', '4'], ['feel', 'Stiff and tight']]);
    // The kind of massage and the tension are known too: on to what may have changed.
    await waitForHeading(later.page, QUESTIONS.hydration.heading);
    await answerAll(later.page, [['hydration', 'About as much as usual'], ['tried', 'Heat']]);
    await waitForHeading(later.page, REVIEW_HEADING);
    const review = await later.page.locator('.af-answers').textContent();
    for (const answer of ['Three days ago', 'Deep tissue', 'A lot']) assert.ok(review.includes(answer), `the review shows "${answer}": ${review}`);
    // Day 3 with no sign of getting better: the article's reason to contact a provider.
    await later.page.getByRole('button', { name: 'See my result', exact: true }).click();
    await later.page.locator('section.af-result[data-urgency="contact-provider"]').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await later.context.close();
  }
});

test('a result with a warning sign offers no reminder: its advice is to get care now', async () => {
  const { context, page } = await pageAt(CHECKED);
  try {
    await page.goto(suite.url());
    await waitForApp(page);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await waitForHeading(page, QUESTIONS['warning-signs'].heading);
    await pick(page, 'warning-signs', 'A fever');
    await continueButton(page, 'See what to do now').click();
    await page.locator('section.af-result').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Remind me to check again' }).count(), 0);
  } finally {
    await context.close();
  }
});

test('a damaged or future-dated reminder link says so, and the check starts as any other', async () => {
  const cases = [
    ['#p=1AneCjX', 'It looks incomplete or damaged. You can take the check from the start.'],
    // The massage of 1 December (the link pinned in tests/prefill.rs), opened on 30 November.
    ['#p=1AneCjU', 'Its massage date is after today. You can take the check from the start.'],
  ];
  for (const [fragment, why] of cases) {
    const { context, page } = await pageAt(new Date('2026-11-30T12:00:00Z'));
    try {
      await page.goto(new URL(fragment, suite.url()).href);
      await waitForApp(page);
      await page.getByRole('heading', { name: 'This reminder link can\u2019t be used' }).waitFor();
      await page.getByText(why).waitFor();
      await page.getByRole('button', { name: 'Start the check' }).click();
      await waitForHeading(page, QUESTIONS['warning-signs'].heading);
      await pick(page, 'warning-signs', 'None of these');
      await continueButton(page).click();
      await waitForHeading(page, QUESTIONS.elapsed.heading);
    } finally {
      await context.close();
    }
  }
});

test('from the one-file copy the reminder says to open the file again, with no address that works nowhere else', async () => {
  const { context, page } = await pageAt(CHECKED);
  try {
    await page.goto(pathToFileURL(join(DIST, 'aftercare-offline.html')).href);
    // The one-file copy starts the app itself (no window.wasmBindings): a press of Start
    // before it is ready is kept, as on the hosted page.
    await page.getByRole('button', { name: 'Start the check' }).waitFor();
    assert.equal(await toResult(page, ORDINARY), 'self-care');
    const { calendar } = await downloadReminder(page);
    const event = calendar.getFirstSubcomponent('vevent');
    assert.equal(event.getFirstPropertyValue('url'), null);
    assert.equal(event.getFirstPropertyValue('description'), 'Open the Aftercare file you downloaded to check again.');
  } finally {
    await context.close();
  }
});

test('days are counted on the device\u2019s own calendar: just past midnight, and in another time zone', async () => {
  // 00:30 on 2 December in Auckland is still 1 December in UTC: the massage ("Today") is on
  // 2 December there, and day 3 is 5 December.
  const early = await pageAt(new Date('2026-12-01T11:30:00Z'), { timezoneId: 'Pacific/Auckland' });
  let url;
  try {
    await early.page.goto(suite.url());
    await waitForApp(early.page);
    assert.equal(await toResult(early.page, ORDINARY), 'self-care');
    const { calendar, hint } = await downloadReminder(early.page);
    assert.equal(hint, 'A calendar event with an alarm for the morning of 5 December 2026.');
    url = calendar.getFirstSubcomponent('vevent').getFirstPropertyValue('url');
  } finally {
    await early.context.close();
  }
  // Opened in Los Angeles at 02:00 on 4 December (10:00 UTC): two days after 2 December there.
  const west = await pageAt(new Date('2026-12-04T10:00:00Z'), { timezoneId: 'America/Los_Angeles' });
  try {
    await west.page.goto(url);
    await waitForApp(west.page);
    await west.page.getByRole('heading', { name: 'Day 2 after your massage' }).waitFor();
  } finally {
    await west.context.close();
  }
});

// tests/e2e/a11y.test.mjs: accessibility, audited.
//
// One walk (`walk` below) reaches every screen and state the check has, in one tab: the start
// screen, every question (the "is it getting better" question too, asked only from day 3), the
// missing-answer message, the warning-sign notice, "Why we ask" open, the "continue where you
// left off" offer after a reload, the review, each result tier, a shared result opened from the
// link the Share button copies, and the start screen's message for a damaged link (#r=garbage).
// The same walk is run:
//   - with axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in the light and in the dark colour scheme;
//   - at 320×640 (light) and at 200% zoom of a 1280×800 window (640×400 CSS px at device
//     scale 2; dark), asserting no sideways scrolling and that the screen's primary button
//     can be scrolled to and is neither clipped nor covered (and axe again, for what only
//     shows when narrow);
//   - reading Chromium's accessibility tree (what a screen reader is given): each question's
//     group is named by the question and every option by its label, focus lands on the new
//     screen's heading at every step, the warning-sign notice and the missing-answer message
//     are alerts (the bad-link message a status), each review "Change" button names its
//     question, and the result's timeline chart is an image named by its description.
// Each state is a subtest, so a failure names the screen, the scheme and the viewport.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSource } from './harness.mjs';
import {
  appSuite,
  ORDINARY,
  QUESTIONS,
  REVIEW_HEADING,
  START_HEADING,
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  begin,
  changeButton,
  continueButton,
  pick,
  waitForHeading,
  waitForResult,
  openSection,
  waitForApp,
} from './helpers.mjs';

const { openFresh } = appSuite();

const AXE = axeSource();

/**
 * axe-core, injected with page.evaluate (which the page's Content-Security-Policy does not
 * govern, unlike an added <script>), then run by the shared helper.
 */
async function assertAxeClean(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  await assertNoAxeViolations(page, where);
}

/** The ordinary answers, but three days on: the trend question is asked after "when". */
const DAY_THREE = [
  ['warning-signs', 'None of these'],
  ['elapsed', 'Three days ago'],
  ['trend', 'No, it is getting worse'],
  ...ORDINARY.slice(2),
];

const LINK_ERROR_HEADING = 'This shared link can’t be opened';
const RESUME_HEADING = 'Continue where you left off?';
const SHARED_HEADING = 'A shared result';
const WARNING_HEADING = 'This needs more than home care';
const CHART_PATTERN = 'Chart: this kind of soreness usually shows up between 24 and 72 hours';
const CHART_CHECK = 'If it has not got any better after three or four days, contact a healthcare provider.';

/** A question screen, as the walk reports it. */
function questionState(page, key, extra = {}) {
  const trend = key === 'trend' ? ' (asked only from day 3)' : '';
  return { page, name: `question "${QUESTIONS[key].heading}"${trend}`, primary: 'Continue', question: key, ...extra };
}

/** A result screen, as the walk reports it. */
function resultState(page, tier, extra = {}) {
  return { page, name: `the ${tier} result`, primary: 'Change answers', result: tier, ...extra };
}

/**
 * Walks every screen and state once, from a freshly opened app (`openFresh`), awaiting
 * `visit(state)` at each. A state is { page, name, primary } (primary: the name of the
 * screen's main button), plus `question` (its key), `result` (its tier), `error`, `notice`,
 * `linkError`, `review`.
 * Every screen change is checked to move focus to the new screen's h1.
 */
async function walk({ context, page }, visit) {
  const base = page.url().split('#')[0];
  // The app's start screen, not the prerendered one it replaces while a check may be looking.
  await waitForApp(page);
  await visit({ page, name: 'the start screen', primary: 'Start the check' });

  // The first question, Continue with nothing ticked, then a warning sign: straight to help.
  await begin(page);
  await visit(questionState(page, 'warning-signs'));
  await continueButton(page).click();
  await page.locator('.af-question .af-error').waitFor();
  await visit({ page, name: 'the missing-answer message', primary: 'Continue', error: true });
  await pick(page, 'warning-signs', 'Severe, sharp or shooting pain in one spot');
  await page.locator('.af-question .af-notice--warning').waitFor();
  await visit({ page, name: 'the warning-sign notice', primary: 'See what to do now', notice: true });
  await continueButton(page, 'See what to do now').click();
  assert.equal(await waitForResult(page), 'urgent-care');
  await visit(resultState(page, 'urgent-care'));

  // Again, without a warning sign; a reload after the first answer offers to continue.
  await page.getByRole('button', { name: 'Start again', exact: true }).click();
  await waitForHeading(page, START_HEADING);
  await begin(page);
  await pick(page, 'warning-signs', 'None of these');
  await continueButton(page).click();
  await waitForHeading(page, QUESTIONS.elapsed.heading);
  await page.reload();
  await page.getByRole('heading', { name: RESUME_HEADING }).waitFor();
  await visit({ page, name: 'the "continue where you left off" offer', primary: 'Continue' });
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  // Every other question, three days on (so the trend question is asked).
  for (const [key, label] of DAY_THREE.slice(1)) {
    await waitForHeading(page, QUESTIONS[key].heading);
    await visit(questionState(page, key));
    if (key === 'soreness') {
      await page.locator('summary.af-why__summary').click();
      await page.locator('details.af-why[open]').waitFor();
      await visit(questionState(page, key, { name: `question "${QUESTIONS[key].heading}" with "Why we ask" open` }));
    }
    await pick(page, key, label);
    await continueButton(page).click();
  }
  await waitForHeading(page, REVIEW_HEADING);
  await visit({ page, name: 'the review', primary: 'See my result', review: true });

  // Day 3 and getting worse: contact a provider. Changed to getting better: self-care.
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  assert.equal(await waitForResult(page), 'contact-provider');
  await visit(resultState(page, 'contact-provider'));
  await page.getByRole('button', { name: 'Change answers', exact: true }).click();
  await waitForHeading(page, REVIEW_HEADING);
  await changeButton(page, 'Any sign of getting better').click();
  await pick(page, 'trend', 'Yes, it is getting better');
  await continueButton(page, 'Save and go back to review').click();
  await waitForHeading(page, REVIEW_HEADING);
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
  assert.equal(await waitForResult(page), 'self-care');
  await visit(resultState(page, 'self-care'));

  // Share: the link the app copies, opened in another tab.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share this result', exact: true }).click();
  await page.getByText('Link copied').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#r=/, `the copied link carries the answers: ${link}`);
  const shared = await context.newPage();
  try {
    await shared.goto(link);
    await shared.getByRole('heading', { name: SHARED_HEADING }).waitFor();
    assert.equal(await shared.locator('section.af-result').getAttribute('data-urgency'), 'self-care');
    await visit(resultState(shared, 'self-care', { name: 'a shared result opened from its link', primary: 'Take the check yourself' }));
  } finally {
    await shared.close();
  }

  // A damaged link: the start screen with a message.
  const damaged = await context.newPage();
  try {
    await damaged.goto(`${base}#r=garbage`);
    await damaged.getByRole('heading', { name: LINK_ERROR_HEADING }).waitFor();
    await visit({ page: damaged, name: 'the start screen with the bad-link message (#r=garbage)', primary: 'Start the check', linkError: true });
  } finally {
    await damaged.close();
  }
}

/**
 * Opens the app with `contextOptions` and walks it, running `check(state)` as a subtest of
 * `t` at every state.
 */
async function walkWith(t, contextOptions, check) {
  const app = await openFresh(contextOptions);
  try {
    await walk(app, (state) => t.test(state.name, () => check(state)));
  } finally {
    await app.context.close();
  }
}

describe('axe-core: no WCAG 2.2 A or AA violation on any screen or state', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`every screen and state in the ${colorScheme} colour scheme`, (t) =>
      walkWith(t, { colorScheme }, async ({ page, name }) => {
        assert.equal(
          await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
          colorScheme === 'dark',
        );
        await assertAxeClean(page, `${name} (${colorScheme})`);
      }));
  }
});

/**
 * Fails unless the button named `name` can be scrolled to and then lies wholly inside the
 * viewport, on top (a click at its centre reaches it).
 */
async function assertPrimaryInReach(page, name, where) {
  const button = page.getByRole('button', { name, exact: true });
  assert.equal(await button.count(), 1, `${where}: one "${name}" button`);
  await button.scrollIntoViewIfNeeded();
  const box = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      left: r.left,
      right: r.right,
      top: r.top,
      bottom: r.bottom,
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
      onTop: hit !== null && (hit === el || el.contains(hit)),
      covered: hit && !(hit === el || el.contains(hit)) ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : null,
    };
  });
  const inside = box.left >= 0 && box.right <= box.width + 0.5 && box.top >= 0 && box.bottom <= box.height + 0.5;
  assert.ok(inside, `${where}: the "${name}" button is not wholly in view: ${JSON.stringify(box)}`);
  assert.ok(box.onTop, `${where}: the "${name}" button is covered by ${box.covered}`);
}

describe('320 px wide and 200% zoom: no sideways scrolling, the primary button in reach', () => {
  const viewports = [
    ['320×640 CSS px (a small phone), light', { viewport: { width: 320, height: 640 } }, 320, 1],
    // A 1280×800 window at 200% zoom lays out as 640×400 CSS pixels at twice the density.
    ['200% zoom of a 1280×800 window (640×400 CSS px at device scale 2), dark', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, colorScheme: 'dark' }, 640, 2],
  ];
  for (const [label, options, width, scale] of viewports) {
    test(`every screen and state at ${label}`, (t) =>
      walkWith(t, options, async ({ page, name, primary }) => {
        const where = `${name} at ${label}`;
        const metrics = await page.evaluate(() => [document.documentElement.clientWidth, devicePixelRatio]);
        assert.deepEqual(metrics, [width, scale], 'the layout width and density under test');
        await assertNoHorizontalScroll(page, where);
        await assertPrimaryInReach(page, primary, where);
        await assertAxeClean(page, where);
      }));
  }
});

// ---- Right to left ---------------------------------------------------------------------------

/**
 * The box of every element the page lays out as a box (not inline text runs, which a
 * right-to-left line reorders, and not the shapes inside the timeline's chart, which is
 * drawn left to right on purpose), measured from the page's left and right edges, with the
 * page's `dir` set to `dir` (or none).
 */
function layoutBoxes(page, dir) {
  return page.evaluate((dir) => {
    const root = document.documentElement;
    if (dir) root.setAttribute('dir', dir);
    else root.removeAttribute('dir');
    const page = root.getBoundingClientRect();
    const boxes = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('svg') && element.localName !== 'svg') continue;
      const display = getComputedStyle(element).display;
      if (display === 'inline' || display === 'none' || display === 'contents') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const name = `${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
      // The left and right edges inside the box (a notice's thick border, a list's indent),
      // which a box's own position does not show.
      const style = getComputedStyle(element);
      const [left, right] = ['left', 'right'].map((side) => `${style[`border-${side}-width`]} ${style[`padding-${side}`]}`);
      boxes.push({ name, fromLeft: box.left - page.left, fromRight: page.right - box.right, top: box.top - page.top, width: box.width, left, right });
    }
    return boxes;
  }, dir);
}

/**
 * Fails unless the page, set right to left, is the mirror image of itself left to right:
 * every box as far from the right edge as it was from the left, at the same height and width,
 * with the border and padding it had on its left now on its right. Leaves the page right to
 * left.
 */
async function assertMirrors(page, where) {
  // The app running: the prerendered start screen shows before that, and the page would
  // change between the two measures.
  await waitForApp(page);
  const ltr = await layoutBoxes(page, null);
  const rtl = await layoutBoxes(page, 'rtl');
  assert.equal(rtl.length, ltr.length, `${where}: the same boxes either way`);
  const off = ltr
    .map((box, i) => [box, rtl[i]])
    .filter(([a, b]) => Math.abs(a.fromLeft - b.fromRight) > 1 || Math.abs(a.top - b.top) > 1 || Math.abs(a.width - b.width) > 1 || a.left !== b.right)
    .map(([a, b]) =>
      a.left !== b.right
        ? `${a.name}: border and padding "${a.left}" on the left left to right, but "${b.right}" on the right right to left`
        : `${a.name}: ${Math.round(a.fromLeft)}px from the left and ${Math.round(a.top)}px down left to right, but ${Math.round(b.fromRight)}px from the right and ${Math.round(b.top)}px down right to left`,
    );
  assert.deepEqual(off, [], `${where}: not mirrored right to left`);
}

describe('right to left (as a language such as Arabic or Hebrew will set it): every screen mirrors', () => {
  // Reduced motion: no chevron is caught turning when the direction changes.
  test('every screen and state at 320×640, mirrored, with no sideways scrolling and no axe violation', (t) =>
    walkWith(t, { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' }, async ({ page, name }) => {
      const where = `${name}, right to left`;
      try {
        await assertMirrors(page, where);
        await assertNoHorizontalScroll(page, where);
        await assertAxeClean(page, where);
      } finally {
        await page.evaluate(() => document.documentElement.removeAttribute('dir'));
      }
    }));
});

// ---- What a screen reader is given ----------------------------------------------------------

/** Chromium's accessibility tree for the page (what assistive technology reads), unignored nodes only. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: node.role?.value ?? '',
        name: (node.name?.value ?? '').replace(/\s+/g, ' ').trim(),
        description: (node.description?.value ?? '').replace(/\s+/g, ' ').trim(),
      }));
  } finally {
    await cdp.detach();
  }
}

/** The question's group is named by the question; each option is a radio or checkbox named by its label. */
async function assertQuestionSpoken(page, key) {
  const { heading, options } = QUESTIONS[key];
  const nodes = await axTree(page);
  const groups = nodes.filter((n) => n.role === 'group' && n.name === heading);
  assert.equal(groups.length, 1, `one group named "${heading}"; groups: ${JSON.stringify(nodes.filter((n) => n.role === 'group').map((n) => n.name))}`);
  assert.ok(nodes.some((n) => n.role === 'heading' && n.name === heading), `a heading "${heading}"`);
  const role = key === 'warning-signs' || key === 'tried' ? 'checkbox' : 'radio';
  const inputs = nodes.filter((n) => n.role === 'checkbox' || n.role === 'radio');
  assert.equal(inputs.length, options.length, `${key}: ${options.length} options, found ${JSON.stringify(inputs.map((n) => n.name))}`);
  for (const [index, label] of options.entries()) {
    const spoken = inputs[index];
    assert.equal(spoken.role, role, `${key} option ${index} is a ${role}`);
    // The name is the label, with the option's detail line after it where there is one.
    assert.ok(spoken.name === label || spoken.name.startsWith(`${label} `), `${key} option ${index} is named "${label}", not "${spoken.name}"`);
  }
  // The DOM behind it: a fieldset whose legend holds the heading, every input with a <label>.
  const dom = await page.evaluate(() => {
    const fieldset = document.querySelector('fieldset');
    return {
      legendHasHeading: fieldset?.querySelector(':scope > legend > h1#af-heading') !== null,
      unlabelled: [...document.querySelectorAll('input')].filter((i) => i.labels.length === 0).map((i) => i.id),
    };
  });
  assert.deepEqual(dom, { legendHasHeading: true, unlabelled: [] });
}

/** The live region (role alert or status, or aria-live) the element matching `selector` is in, or null. */
function liveRegionAround(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const region = el?.closest('[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"]');
    return region ? region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}` : null;
  }, selector);
}

describe('what a screen reader is given', () => {
  test('questions, options, focus on every new screen, alerts and the chart', (t) =>
    walkWith(t, {}, async (state) => {
      const { page, question, result } = state;
      if (question) await assertQuestionSpoken(page, question);
      if (state.error) {
        assert.equal(await liveRegionAround(page, '.af-question .af-error'), 'alert', 'the missing-answer message is an alert');
        const group = (await axTree(page)).find((n) => n.role === 'group' && n.name === QUESTIONS['warning-signs'].heading);
        assert.match(group.description, /^Please tick at least one box/, 'the group is described by the message');
      }
      if (state.notice) {
        assert.equal(await liveRegionAround(page, '.af-question .af-notice--warning .af-notice__heading'), 'alert', 'the warning-sign notice is an alert');
        const nodes = await axTree(page);
        assert.ok(nodes.some((n) => n.role === 'alert'), 'Chromium exposes an alert');
        assert.ok(nodes.some((n) => n.role === 'heading' && n.name === WARNING_HEADING));
      }
      if (state.review) {
        // Each "Change" button says which answer it changes, so a list of buttons makes sense.
        const names = (await axTree(page)).filter((n) => n.role === 'button' && /^Change\b/.test(n.name)).map((n) => n.name);
        assert.equal(names.length, DAY_THREE.length, `a Change button per answer: ${JSON.stringify(names)}`);
        assert.equal(new Set(names).size, names.length, `distinct names: ${JSON.stringify(names)}`);
        assert.ok(names.every((name) => /^Change:? \S/.test(name)), `each names its question: ${JSON.stringify(names)}`);
      }
      if (state.linkError) {
        assert.equal(await liveRegionAround(page, '.af-start .af-notice .af-notice__heading'), 'status', 'the bad-link message is a status');
      }
      if (result) {
        // The timeline chart, once its section is opened: one image, named by its description.
        await openSection(page, 'Your recovery timeline');
        const images = (await axTree(page)).filter((n) => n.role === 'image' && n.name.startsWith(CHART_PATTERN));
        assert.equal(images.length, 1, 'the timeline chart is an image named by its description');
        assert.ok(images[0].name.endsWith(CHART_CHECK), `the chart's name ends with the day 3–4 advice: "${images[0].name}"`);
        // The walk's other results are three days on, and say so; the early exit never asked "when".
        const here = result === 'urgent-care' ? /You are/ : /You are at day 3,/;
        assert.equal(here.test(images[0].name), result !== 'urgent-care', `where they are in the window: "${images[0].name}"`);
        const chart = await page.evaluate(() => {
          const svg = document.querySelector('svg.af-timeline__chart');
          const title = document.getElementById(svg.getAttribute('aria-labelledby'));
          return { role: svg.getAttribute('role'), title: title?.tagName.toLowerCase(), inSvg: svg.contains(title) };
        });
        assert.deepEqual(chart, { role: 'img', title: 'title', inSvg: true });
      }
    }));

  test('the warning-sign notice is added as an alert when a sign is ticked, and gone when unticked', async () => {
    const { context, page } = await openFresh();
    try {
      await begin(page);
      assert.equal(await page.locator('[role="alert"]').count(), 0, 'no alert before a sign is ticked');
      await pick(page, 'warning-signs', 'Numbness, tingling or weakness');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), new RegExp(WARNING_HEADING));
      // Unticking it removes the notice, so ticking another adds (and announces) it again.
      await page.locator('label[for="af-warning-signs-1"]').click();
      await alert.waitFor({ state: 'detached' });
      await pick(page, 'warning-signs', 'A fever');
      await alert.waitFor();
    } finally {
      await context.close();
    }
  });

  test('"Link copied" after Share is said in a live region', async () => {
    const { context, page } = await openFresh();
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await begin(page);
      await pick(page, 'warning-signs', 'A fever');
      await continueButton(page, 'See what to do now').click();
      await waitForResult(page);
      // The region is there, empty, before the message: so the message is announced.
      const region = page.locator('.af-share [aria-live="polite"]');
      assert.equal(await region.textContent(), '', 'an empty live region waits for the message');
      await page.getByRole('button', { name: 'Share this result', exact: true }).click();
      await page.locator('.af-share__message').waitFor();
      assert.equal(await liveRegionAround(page, '.af-share__message'), 'aria-live=polite');
    } finally {
      await context.close();
    }
  });
});

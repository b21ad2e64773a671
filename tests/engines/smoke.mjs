// tests/engines/smoke.mjs: the smoke suite that firefox.test.mjs and webkit.test.mjs run, each
// in its own engine. Not a test file itself (node --test only runs *.test.mjs).
//
// The full browser tests (tests/e2e/) run in Chromium only. These two tests check the other
// engines a person may open the check in: Firefox (Gecko), and WebKit, the engine of every
// browser on an iPhone. Each takes the check from the start screen to the result with the
// ORDINARY answers of tests/e2e/helpers.mjs, as a person would, by clicking:
//   - in the embed: the demo spa page (dist/examples/spa.html) served from one local origin
//     (http://localhost:B) loads embed.js from the check's own server (http://127.0.0.1:A),
//     which frames the check; the answers are given inside the frame, and the spa's page must
//     get the `aftercare:result` event and size the frame;
//   - as the one-file copy, dist/aftercare-offline.html opened from file://.
//
// The engines are driven by different protocols (WebDriver BiDi through puppeteer-core for
// Firefox, classic W3C WebDriver for WebKit), so the suite drives a small "tab" that each test
// file makes for its engine:
//   engine                   the engine's name, for failure messages
//   goto(url)                open url in the top window and wait for it to load
//   run(fn, ...args)         run fn(...args) in the current document, return its JSON result
//   click(fn, ...args)       fn(...args) returns an element: click it with the engine's own
//                            pointer input, as a person would; true once clicked, false if
//                            nothing was clicked because fn returned null or the element left
//                            the page before the click
//   enterFrame(selector)     run and click inside the <iframe> of the top document matching
//                            selector from now on
//   leaveFrame()             run and click in the top document again
// `fn` is sent to the browser as source text: it must not use anything from this file (found()
// below builds such a function out of another).
//
// Every wait is a condition polled until it holds (never a fixed sleep), and every failure
// says what the page showed instead.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, serveDir } from '../e2e/serve.mjs';
import { ORDINARY, QUESTIONS, RESULT_TITLES, REVIEW_HEADING, START_HEADING, WAIT, optionIndex } from '../e2e/helpers.mjs';

/** The page's title once the app runs its start screen. */
const START_TITLE = `${START_HEADING} \u2013 Aftercare`;

/** What the ORDINARY answers lead to. */
const EXPECTED_URGENCY = 'self-care';
const EXPECTED_HEADLINE = RESULT_TITLES[EXPECTED_URGENCY];

/** How long one test, or starting the browser, may take before it fails. */
export const TEST_TIMEOUT = 60_000;

/** How often a wait polls its condition. */
const POLL = 50;

// ----- In the browser (sent as source text) ---------------------------------------------

/** What the screen shows now, for failure messages. */
function showing() {
  const heading = document.getElementById('af-heading');
  const active = document.activeElement;
  return {
    address: location.href.slice(0, 120),
    heading: heading ? heading.textContent.trim() : null,
    focused: active ? `${active.tagName.toLowerCase()}#${active.id || ''}` : null,
    progress: document.querySelector('.af-progress__text')?.textContent.trim() ?? null,
    error: document.querySelector('.af-error')?.textContent.trim() ?? null,
    // The start-up's marks: af-loading, af-failed, data-af-pressed (scripts/post-build/startup.mjs).
    root: [...document.documentElement.attributes].map((a) => (a.value ? `${a.name}="${a.value}"` : a.name)).join(' '),
  };
}

/** True once h1#af-heading reads `want` and, if `focused`, holds focus. */
function headingIs(want, focused) {
  const heading = document.getElementById('af-heading');
  return (
    heading !== null &&
    heading.tagName === 'H1' &&
    heading.textContent.trim() === want &&
    (!focused || document.activeElement === heading)
  );
}

/** The enabled button whose text is `name`, or null. */
function buttonNamed(name) {
  return [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name && !b.disabled) ?? null;
}

/** The label of the input #id, or null. */
function labelFor(id) {
  return document.querySelector(`label[for="${id}"]`);
}

/** A function for the browser that is true when `find(...args)` finds an element. */
function found(find) {
  return new Function('...args', `return (${find})(...args) !== null;`);
}

// ----- Waits and clicks -------------------------------------------------------------------

/** Polls `fn(...args)` in the tab until it returns something truthy; fails naming `what`. */
async function waitUntil(tab, what, fn, ...args) {
  const deadline = Date.now() + WAIT;
  let lastError = null;
  for (;;) {
    try {
      const value = await tab.run(fn, ...args);
      if (value) return value;
      lastError = null;
    } catch (error) {
      // A frame that is still loading (or navigating) cannot run scripts yet: try again.
      lastError = error;
    }
    if (Date.now() > deadline) {
      let shows;
      try {
        shows = JSON.stringify(await tab.run(showing));
      } catch (error) {
        shows = `nothing readable (${error.message})`;
      }
      assert.fail(
        `${tab.engine}: waited ${WAIT / 1000} s for ${what}; the page shows ${shows}` +
          (lastError ? `; the last try failed: ${lastError.message}` : ''),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL));
  }
}

/** Waits for h1#af-heading to read `text` (and hold focus, unless told otherwise). */
function waitForHeading(tab, text, { focused = true } = {}) {
  return waitUntil(tab, `the heading "${text}"${focused ? ' with focus' : ''}`, headingIs, text, focused);
}

/** True when the document fits its frame exactly: embed.js has sized the frame to the screen. */
function fitsFrame() {
  return Math.abs(document.documentElement.scrollHeight - window.innerHeight) <= 1;
}

/**
 * Clicks the element `find(arg)` finds (`what`), once it is there. In the embed, first waits for
 * the frame to fit the new screen: embed.js resizes it after each screen, moving the spa's page
 * under the pointer, and a click aimed before that could miss.
 */
async function clickWhenThere(tab, what, find, arg, { embedded }) {
  const deadline = Date.now() + WAIT;
  for (;;) {
    await waitUntil(tab, what, found(find), arg);
    if (embedded) await waitUntil(tab, 'embed.js to fit the frame to the screen', fitsFrame);
    if (await tab.click(find, arg)) return;
    // Nothing was clicked: the element left the page between finding and clicking it (a screen
    // rendered again); find it again.
    assert.ok(Date.now() < deadline, `${tab.engine}: ${what} kept leaving the page before it could be clicked`);
  }
}

/** Clicks the button named `name`. */
function clickButton(tab, name, options) {
  return clickWhenThere(tab, `a button "${name}"`, buttonNamed, name, options);
}

/** On question `key`, clicks the label of the option `label` and waits until it is checked. */
async function pick(tab, key, label, options) {
  const id = `af-${key}-${optionIndex(key, label)}`;
  await clickWhenThere(tab, `the label of "${label}" (#${id})`, labelFor, id, options);
  await waitUntil(tab, `"${label}" (#${id}) to be checked`, (i) => document.getElementById(i)?.checked === true, id);
}

// ----- The check ---------------------------------------------------------------------------

/**
 * From the start screen to the result with the ORDINARY answers; checks the result. `embedded`:
 * the tab is inside the spa page's frame.
 */
async function startToResult(tab, options = { embedded: false }) {
  await waitForHeading(tab, START_HEADING, { focused: false });
  // The start screen is first the HTML prerendered at build time; the app then takes it over in
  // place, with a Start button of its own, and names the page after the screen (as
  // tests/e2e/check.test.mjs checks). Start once it has, so this test always takes the app's own
  // path: a press made before or during the takeover is kept by the start-up script instead, a
  // path tests/e2e/prerender.test.mjs tests (a press down on one button and up on the other once
  // left the one file on its start screen about one run in 40 here in WebKit).
  await waitUntil(tab, `the app to take over the start screen (the title "${START_TITLE}")`, (t) => document.title === t, START_TITLE);
  await clickButton(tab, 'Start the check', options);
  for (const [key, label] of ORDINARY) {
    // Focus moves to each new heading; waiting for it also waits for any scroll it causes.
    await waitForHeading(tab, QUESTIONS[key].heading);
    await pick(tab, key, label, options);
    await clickButton(tab, 'Continue', options);
  }
  await waitForHeading(tab, REVIEW_HEADING);
  await clickButton(tab, 'See my result', options);
  await waitUntil(tab, 'the result screen (section.af-result)', () => document.querySelector('section.af-result') !== null);
  const result = await tab.run(() => ({
    urgency: document.querySelector('section.af-result').getAttribute('data-urgency'),
    headline: document.getElementById('af-heading')?.textContent.trim() ?? null,
  }));
  assert.deepEqual(
    result,
    { urgency: EXPECTED_URGENCY, headline: EXPECTED_HEADLINE },
    `${tab.engine}: the ORDINARY answers' result`,
  );
  await waitForHeading(tab, EXPECTED_HEADLINE);
}

// ----- The suite -------------------------------------------------------------------------

/**
 * Declares the smoke tests for one engine. `launch()` starts the browser and resolves to
 * { newTab(), close() }; newTab() resolves to a fresh tab (above) with its own close().
 */
export function engineSmokeSuite(engine, launch) {
  let browser;
  let widget; // dist/ on http://127.0.0.1:A
  let host; // the spa's page on http://localhost:B
  let hostRoot;

  before(
    async () => {
      for (const file of ['index.html', 'embed.js', 'aftercare-offline.html', 'examples/spa.html', 'examples/spa.css']) {
        assert.ok(existsSync(join(DIST, file)), `${DIST}/${file} is missing: run \`trunk build --release\` first`);
      }
      widget = await serveDir({ root: DIST, port: 0 });
      const widgetOrigin = new URL(widget.url).origin;
      // The demo page as a spa would serve it, loading embed.js from the check's host, under
      // the policy README's "Deploying" section asks of a host page (as tests/e2e/embed.test.mjs).
      hostRoot = await mkdtemp(join(tmpdir(), `aftercare-${engine.toLowerCase()}-`));
      const demo = await readFile(join(DIST, 'examples', 'spa.html'), 'utf8');
      assert.ok(demo.includes('src="../embed.js"'), 'the demo page loads ../embed.js');
      await mkdir(join(hostRoot, 'examples'));
      await writeFile(join(hostRoot, 'examples', 'spa.html'), demo.replace('src="../embed.js"', `src="${widgetOrigin}/embed.js"`));
      await copyFile(join(DIST, 'examples', 'spa.css'), join(hostRoot, 'examples', 'spa.css'));
      host = await serveDir({
        root: hostRoot,
        port: 0,
        headers: {
          'Content-Security-Policy': `default-src 'self'; script-src 'self' ${widgetOrigin}; frame-src 'self' ${widgetOrigin}; img-src 'self' data:`,
        },
      });
      browser = await launch();
    },
    { timeout: TEST_TIMEOUT },
  );

  after(
    async () => {
      try {
        await browser?.close();
      } finally {
        await widget?.close();
        await host?.close();
        if (hostRoot) await rm(hostRoot, { recursive: true, force: true });
      }
    },
    { timeout: TEST_TIMEOUT },
  );

  /** Runs fn(tab) on a fresh tab, closing it afterwards. */
  async function withTab(fn) {
    const tab = await browser.newTab();
    try {
      await fn(tab);
    } finally {
      await tab.close();
    }
  }

  describe(`${engine}: the check from start to result`, () => {
    test('in the embed: a spa page on one origin frames the check from another with embed.js', { timeout: TEST_TIMEOUT }, () =>
      withTab(async (tab) => {
        await tab.goto(`http://localhost:${host.port}/examples/spa.html`);
        // Note the spa page's events from now on, and bring the lazy frame into view so it loads.
        await tab.run(() => {
          window.__results = [];
          document.addEventListener('aftercare:result', (event) => window.__results.push(event.detail.urgency));
          document.querySelector('[data-aftercare]').scrollIntoView();
        });
        await waitUntil(tab, 'embed.js to add the frame', () => document.querySelector('[data-aftercare] > iframe') !== null);
        await tab.enterFrame('[data-aftercare] > iframe');
        await startToResult(tab, { embedded: true });

        await tab.leaveFrame();
        const results = await waitUntil(tab, 'the spa page to get the aftercare:result event', () =>
          window.__results.length ? window.__results : null,
        );
        assert.deepEqual(results, [EXPECTED_URGENCY], `${tab.engine}: the spa page's aftercare:result events`);
        const height = await tab.run(() => document.querySelector('[data-aftercare] > iframe').style.height);
        assert.match(height, /^\d+px$/, `${tab.engine}: embed.js sets the frame's height from the check's messages`);
      }));

    test('the one-file copy from file://', { timeout: TEST_TIMEOUT }, () =>
      withTab(async (tab) => {
        await tab.goto(pathToFileURL(join(DIST, 'aftercare-offline.html')).href);
        await startToResult(tab);
      }));
  });
}

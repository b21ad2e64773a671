// tests/e2e/embed.test.mjs: the embed script (dist/embed.js) and the demo spa page
// (dist/examples/spa.html) in Chromium, with real, different origins: the widget is dist/ served
// from http://127.0.0.1:A/, and the spa's pages come from a second server at
// http://localhost:B/ (another host, so another site too). That second server serves a
// temporary folder: a copy of the demo page whose `<script src="../embed.js">` points at the
// widget server's embed.js instead, as a spa's page would load it from our host, and the small
// pages the tests below write. (Real files, not page.route: Chromium's local network access
// check treats a document fulfilled by page.route as public and blocks its requests to
// 127.0.0.1.)
//
// Two parts:
//   - embed.js alone, against a stand-in widget page (on a third origin) that the test makes
//     post messages: which elements get a frame, the frame's URL and attributes, and which
//     messages count (only well-formed ones from the widget frame's own origin).
//   - the real widget in the demo page: the frame's height follows the screens (growing and
//     shrinking) with no inner scrollbar, the three events fire and no history entry is added,
//     forged messages change nothing, and the spa's configuration is applied (or, when
//     invalid, ignored with a warning).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { launchBrowser, startServer } from './harness.mjs';
import { DIST, serveDir } from './serve.mjs';
import {
  ORDINARY,
  QUESTIONS,
  REVIEW_HEADING,
  START_HEADING,
  WAIT,
  assertNoAxeViolations,
  assertNoHorizontalScroll,
  begin,
  continueButton,
  optionIndex,
  pick,
  waitChecked,
  waitForHeading,
  waitForResult,
} from './helpers.mjs';

const TITLE = 'Aftercare: sore back after a massage check';
const SPA = 'Blue Lotus Day Spa';
const ACCENT = 'rgb(122, 59, 105)'; // data-accent="#7a3b69" on the demo page
const FOLLOW_UP = 'https://bluelotus.example/book';
const EVENTS = ['aftercare:ready', 'aftercare:step', 'aftercare:result'];

let widgetServer;
let hostServer;
let hostRoot;
let browser;
let WIDGET; // the widget's origin, http://127.0.0.1:A
let HOST; // the spa pages' origin, http://localhost:B
let STAND_IN; // a stand-in widget's origin, http://127.0.0.1:B

// The demo page's snippet (its opening tag: the fallback link follows), replaced by the
// invalid-configuration page.
const DEMO_SNIPPET =
  '<div data-aftercare data-accent="#7a3b69" data-name="Blue Lotus Day Spa" data-followup="https://bluelotus.example/book">';
const FALLBACK_LINK = 'Sore after a massage? Take the aftercare check';

before(async () => {
  for (const file of ['embed.js', 'examples/spa.html', 'examples/spa.css']) {
    assert.ok(
      existsSync(join(DIST, file)),
      `dist/${file} is missing: index.html must copy embed/embed.js and examples/ into the build`,
    );
  }
  widgetServer = await startServer();
  WIDGET = new URL(widgetServer.url).origin;
  hostRoot = await mkdtemp(join(tmpdir(), 'aftercare-embed-'));
  // The spa's pages run under a strict policy of their own that allows just what README's
  // "If your site has its own Content-Security-Policy" says a host page needs for the widget: its frame and its script.
  const hostHeaders = {};
  hostServer = await serveDir({ root: hostRoot, port: 0, headers: hostHeaders });
  HOST = `http://localhost:${hostServer.port}`;
  STAND_IN = `http://127.0.0.1:${hostServer.port}`;
  hostHeaders['Content-Security-Policy'] =
    `default-src 'self'; script-src 'self' ${WIDGET}; frame-src 'self' ${WIDGET} ${STAND_IN}; img-src 'self' data:`;

  // The demo page as a spa would serve it, loading embed.js from the widget's host.
  const demo = await readFile(join(DIST, 'examples', 'spa.html'), 'utf8');
  assert.ok(demo.includes('src="../embed.js"'), 'the demo page loads ../embed.js');
  assert.equal(demo.split(DEMO_SNIPPET).length, 2, 'the demo page has the snippet, once');
  const spa = demo.replace('src="../embed.js"', `src="${WIDGET}/embed.js"`);
  await mkdir(join(hostRoot, 'examples'));
  await writeFile(join(hostRoot, 'examples', 'spa.html'), spa);
  await copyFile(join(DIST, 'examples', 'spa.css'), join(hostRoot, 'examples', 'spa.css'));
  // The same page with an invalid configuration.
  await writeFile(
    join(hostRoot, 'examples', 'bad-config.html'),
    spa.replace(
      DEMO_SNIPPET,
      '<div data-aftercare data-accent="red; background:url(x)" data-followup="javascript:alert(1)" ' +
        'data-name="<img src=x onerror=alert(1)>">',
    ),
  );
  // A stand-in widget (served from STAND_IN) whose messages the tests post, and a page that is
  // not the widget.
  const page = (title, text) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<link rel="icon" href="data:,"></head><body><p>${text}</p></body></html>`;
  // The stand-in says it is there, as the check's start-up script does, so embed.js keeps it.
  await writeFile(
    join(hostRoot, 'stand-in.html'),
    page('Stand-in', 'Stand-in widget').replace('</body>', '<script src="stand-in.js"></script></body>'),
  );
  await writeFile(join(hostRoot, 'stand-in.js'), "parent.postMessage({ source: 'aftercare', type: 'loading' }, '*');\n");
  await writeFile(join(hostRoot, 'elsewhere.html'), page('Elsewhere', 'Elsewhere'));

  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await widgetServer?.close();
  await hostServer?.close();
  if (hostRoot) await rm(hostRoot, { recursive: true, force: true });
});

/**
 * A fresh context and page, recording what the host page sees before anything loads:
 * `window.__aftercare` lists every aftercare event that bubbled to the document (a copy of its
 * detail and the detail's keys). Also records console errors, warnings, dialogs, page errors,
 * failed requests and HTTP errors, from the page and its frames.
 */
async function newHostPage(contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  // In every frame, the colour scheme its root asks for when its markup has been read, which
  // is before the check's wasm has arrived.
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__themeWhenRead = document.documentElement.getAttribute('data-af-theme');
    });
  });
  const problems = [];
  const warnings = [];
  const dialogs = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('request', (request) => {
    const address = new URL(request.url());
    if (!['data:', 'blob:'].includes(address.protocol) && ![HOST, WIDGET, STAND_IN].includes(address.origin)) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  page.on('console', (message) => {
    const at = message.location()?.url ?? '';
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (at ${at})`);
    if (message.type() === 'warning') warnings.push({ text: message.text(), at });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript((types) => {
    if (window !== window.top) return;
    window.__aftercare = [];
    for (const type of types) {
      document.addEventListener(type, (event) => {
        window.__aftercare.push({
          type: event.type,
          detail: JSON.parse(JSON.stringify(event.detail)),
          keys: Object.keys(event.detail).sort(),
          fromHost: event.target instanceof Element && event.target.hasAttribute('data-aftercare'),
        });
      });
    }
  }, EVENTS);
  return { context, page, problems, warnings, dialogs };
}

/** A fresh host page on `path` of the host origin (the demo page unless told). */
async function openHostPage(path = 'examples/spa.html', contextOptions = {}) {
  const app = await newHostPage(contextOptions);
  await app.page.goto(`${HOST}/${path}`);
  return app;
}

/** The demo page, from the host origin, with the widget from the widget origin. */
const openDemo = () => openHostPage('examples/spa.html');

/**
 * The demo page, with every frame noting what it writes to the clipboard (a frame may write
 * the clipboard but not read it back).
 */
async function openDemoNotingCopies() {
  const app = await newHostPage();
  await app.context.grantPermissions(['clipboard-write'], { origin: WIDGET });
  await app.context.addInitScript(() => {
    const clipboard = navigator.clipboard;
    if (!clipboard) return;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text) => {
      window.__copied = text;
      return write(text);
    };
  });
  await app.page.goto(`${HOST}/examples/spa.html`);
  return app;
}

/** Runs `fn(app)` on a fresh host page and closes its context afterwards. */
async function withHost(open, fn) {
  const app = await open();
  try {
    await fn(app);
  } finally {
    await app.context.close();
  }
}

/** The iframe inside the host element (scrolled to, so the lazy frame loads) and its Frame. */
async function widgetFrame(page, host = '[data-aftercare]') {
  const iframe = page.locator(`${host} > iframe`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  assert.ok(frame, 'the iframe has a frame');
  return { iframe, frame };
}

/** The real widget: its frame, once the start screen is mounted and the ready event arrived. */
async function readyWidget(page) {
  const { iframe, frame } = await widgetFrame(page);
  await frame.getByRole('button', { name: 'Start the check' }).waitFor();
  await page.waitForFunction(() => window.__aftercare.some((e) => e.type === 'aftercare:ready'));
  return { iframe, frame };
}

/** The events the host page has seen so far. */
function events(page, type) {
  return page.evaluate((type) => window.__aftercare.filter((e) => !type || e.type === type), type);
}

/**
 * Waits until the widget's document fits its frame (no inner scrollbar), then checks it from
 * outside too; returns the frame's height in CSS pixels.
 */
async function waitFits(iframe, frame, where) {
  try {
    await frame.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
    const inside = await frame.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
    const style = await iframe.evaluate((el) => el.style.height);
    assert.fail(`${where}: the widget's document (${inside[0]}px) does not fit its frame (${inside[1]}px, style.height "${style}")`);
  }
  // Inside and outside are read one after the other while the frame may still be settling
  // (it shrinks as well as grows), so poll until both readings agree, within the usual wait.
  const deadline = Date.now() + WAIT;
  for (;;) {
    const scrollHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
    const { clientHeight, styleHeight } = await iframe.evaluate((el) => ({
      clientHeight: el.clientHeight,
      styleHeight: el.style.height,
    }));
    assert.match(styleHeight, /^\d+px$/, `${where}: the frame's height is set from the widget's messages`);
    if (scrollHeight <= clientHeight + 1) return clientHeight;
    assert.ok(Date.now() < deadline, `${where}: scrollHeight ${scrollHeight} > clientHeight ${clientHeight} + 1`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * In the widget frame, answers the given questions from the first one, waiting on each for
 * its heading to take focus first: focus moving into the frame scrolls the host page, and a
 * click aimed before that scroll could miss. Ends on the review.
 */
async function answerInFrame(frame, answers = ORDINARY) {
  for (const [key, label] of answers) {
    await waitForHeading(frame, QUESTIONS[key].heading);
    // With the keyboard, as `press` does and for the same reason: a click on an answer could
    // land where it was before the frame resized (a CI run missed "Deep tissue" that way).
    const index = optionIndex(key, label);
    await frame.locator(`#af-${key}-${index}`).press(' ');
    await waitChecked(frame, key, index, true);
    await press(continueButton(frame));
  }
  await waitForHeading(frame, REVIEW_HEADING);
}

/**
 * Activates a button in the frame with the keyboard. A mouse click lands where the button was
 * a moment ago, and the frame keeps resizing to each new screen (growing or shrinking the host
 * page under it): about one run in seven, "See my result" was missed that way. These tests are
 * about the embedding, and the check's mouse clicks are tested on the hosted page.
 */
async function press(button) {
  await button.press('Enter');
}

/** In the widget frame, from the start screen to the first question, with the keyboard. */
async function beginInFrame(frame) {
  await press(frame.getByRole('button', { name: 'Start the check' }));
  await waitForHeading(frame, QUESTIONS['warning-signs'].heading);
}

/** In the widget frame, from the start screen to the result; returns its urgency. */
async function resultInFrame(frame, answers = ORDINARY) {
  await beginInFrame(frame);
  await answerInFrame(frame, answers);
  await press(frame.getByRole('button', { name: 'See my result', exact: true }));
  return waitForResult(frame);
}

/**
 * Posts `messages` to the host page, from the widget frame (`from: frame`) or from the host page
 * itself (`from: page`), then a probe message from the same window; messages between the same
 * two windows arrive in order, so when the probe arrives every message before it has been
 * handled. Returns the frame's style.height and the number of aftercare events at that moment.
 */
async function postAndSettle(page, from, messages, host = '[data-aftercare]') {
  const token = `probe-${Math.random()}`;
  await page.evaluate(
    ([token, host]) => {
      window.__probe = new Promise((resolve) => {
        window.addEventListener('message', function listen(event) {
          if (event.data !== token) return;
          window.removeEventListener('message', listen);
          resolve({
            height: document.querySelector(`${host} > iframe`).style.height,
            events: window.__aftercare.length,
          });
        });
      });
    },
    [token, host],
  );
  await from.evaluate(
    ([messages, token]) => {
      const target = window === window.top ? window : window.parent;
      for (const message of messages) target.postMessage(message, '*');
      target.postMessage(token, '*');
    },
    [messages, token],
  );
  return page.evaluate(() => window.__probe);
}

// ----- embed.js alone, with a stand-in widget -------------------------------------------

/** Writes a host page with `body` (and `head`) to the host origin; opens it. */
async function openTestHost(name, body, { head = '', contextOptions = {} } = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
  await writeFile(join(hostRoot, `${name}.html`), html);
  return openHostPage(`${name}.html`, contextOptions);
}

/** Whether this browser has Web Share: embed.js names it in the frame's `allow` only then. */
const hasWebShare = (page) => page.evaluate(() => 'share' in navigator);

describe('embed.js', () => {
  test('a compact embed shows a line and a Start button, with no empty box below', () =>
    withHost(
      () => openTestHost('compact', `<div id="a" data-aftercare data-compact data-name="Blue Lotus"></div><script src="${WIDGET}/embed.js"></script>`),
      async ({ page, problems }) => {
        const { iframe, frame } = await readyWidget(page);
        await frame.getByRole('button', { name: 'Start the check' }).waitFor();
        assert.match(await frame.locator('.af-screen__lead').innerText(), /Guidance, not a diagnosis/);
        const height = await waitFits(iframe, frame, 'the compact start');
        const content = await frame.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(height <= content + 1, `the frame (${height}px) is no taller than the compact start (${content}px)`);
        assert.ok(height < 480, `shorter than the full start's reserved room: ${height}px`);
        assert.deepEqual(problems, []);
      },
    ));

  test('a check that crashes as it starts shows the warning signs, in a frame that fits them', () =>
    withHost(
      async () => {
        const app = await newHostPage();
        // A broken browser in the check's frame only: creating elements throws, so the app's
        // first render stops the wasm before it has said "ready" or measured anything. The
        // start-up script shows the fallback and tells the host its height, as nothing of the
        // app can.
        await app.context.addInitScript(() => {
          if (window === window.top) return;
          Document.prototype.createElement = () => {
            throw new DOMException('broken for the test', 'NotSupportedError');
          };
        });
        await app.page.goto(`${HOST}/examples/spa.html`);
        return app;
      },
      async ({ page, problems }) => {
        const { iframe, frame } = await widgetFrame(page);
        await frame.locator('#af-fallback').waitFor({ state: 'visible' });
        assert.ok(await frame.getByRole('heading', { name: 'Sorry, the check couldn\u2019t run' }).isVisible(), 'it says so');
        assert.ok(await frame.getByRole('heading', { name: 'Whatever the check would say, get care for these' }).isVisible(), 'the warning signs show');
        await waitFits(iframe, frame, 'the fallback after a crash');
        assert.ok(problems.some((p) => /Aftercare could not start|Aftercare stopped/.test(p)), `the crash is logged: ${problems.join('\n')}`);
      },
    ));

  test('each [data-aftercare] gets one frame of the widget, with its options as given', () =>
    withHost(
      // The script runs in <head>, before the elements exist (they are found at
      // DOMContentLoaded), and is included a second time at the end: still one frame each.
      () =>
        openTestHost(
          'options',
          `<div id="a" data-aftercare data-accent="#abc" data-name="Tom &amp; Jerry's #1 &lt;Spa&gt;"
               data-followup="https://x.example/book?day=mon&amp;t=10#form" data-compact></div>
           <div id="b" data-aftercare data-compact="false" data-title="Our aftercare check"></div>
           <div id="c" data-aftercare data-compact="true"></div>
           <div id="d" data-aftercare data-src="javascript:alert(1)"></div>
           <script src="${WIDGET}/embed.js" data-booking-origins="https://x.example"></script>`,
          { head: `<script src="${WIDGET}/embed.js" data-booking-origins="https://x.example"></script>` },
        ),
      async ({ page, problems, warnings, dialogs }) => {
        await page.waitForFunction(() => document.querySelectorAll('iframe').length >= 3);
        const frames = await page.evaluate(() =>
          Object.fromEntries(
            ['a', 'b', 'c', 'd'].map((id) => {
              const host = document.getElementById(id);
              const list = host.querySelectorAll('iframe');
              const f = list[0];
              if (!f) return [id, { count: 0 }];
              const url = new URL(f.src);
              const style = getComputedStyle(f);
              return [
                id,
                {
                  count: list.length,
                  base: url.origin + url.pathname,
                  params: [...url.searchParams],
                  title: f.title,
                  loading: f.getAttribute('loading'),
                  allow: f.getAttribute('allow'),
                  width: f.style.width,
                  minHeight: f.style.minHeight,
                  border: style.borderTopWidth + ' ' + style.borderTopStyle,
                  fullWidth: f.getBoundingClientRect().width === host.getBoundingClientRect().width,
                },
              ];
            }),
          ),
        );
        const origin = ['origin', HOST];
        const light = ['theme', 'light'];
        assert.deepEqual(frames.a.params, [
          ['embed', '1'],
          origin,
          ['accent', '#abc'],
          ['name', "Tom & Jerry's #1 <Spa>"],
          ['followup', 'https://x.example/book?day=mon&t=10#form'],
          ['compact', '1'],
          light,
        ]);
        assert.deepEqual(frames.b.params, [['embed', '1'], origin, light], 'no options, and compact="false" is off');
        assert.deepEqual(frames.c.params, [['embed', '1'], origin, ['compact', '1'], light]);
        assert.deepEqual(frames.d, { count: 0 }, 'a data-src that is not http(s) gets no frame');
        const allow = (await hasWebShare(page)) ? 'clipboard-write; web-share' : 'clipboard-write';
        for (const id of ['a', 'b', 'c']) {
          const f = frames[id];
          assert.equal(f.count, 1, `#${id} has one frame although the script ran twice`);
          assert.equal(f.base, `${WIDGET}/index.html`, `#${id}: the widget beside embed.js`);
          assert.equal(f.loading, 'lazy');
          assert.equal(f.allow, allow);
          assert.equal(f.width, '100%');
          // The room kept until the check says how tall it is (less for the compact start),
          // released once it has.
          const kept = id === 'b' ? '480px' : '320px';
          assert.ok([kept, '0px'].includes(f.minHeight), `#${id}: min-height ${f.minHeight}`);
          assert.equal(f.border, '0px none');
          assert.ok(f.fullWidth, `#${id}: the frame fills its element's width`);
        }
        assert.equal(frames.a.title, TITLE);
        assert.equal(frames.b.title, 'Our aftercare check', 'data-title names the frame');
        assert.deepEqual(dialogs, []);
        // Refusing the javascript: address is explained (both copies of the script say so).
        const refused = problems.filter((p) => p.startsWith('console error: Aftercare: the check must be at an http or https address'));
        assert.ok(refused.length >= 1, problems.join('\n'));
        assert.deepEqual(problems.filter((p) => !refused.includes(p)), []);
        assert.deepEqual(warnings.filter((w) => /web-share|Unrecognized feature/i.test(w.text)), [], 'no warning about a feature this browser lacks');
      },
    ));

  test("data-src on another site than embed.js's is refused with a console error, unless the script tag lists that site", async () => {
    const body = (allow) =>
      `<div data-aftercare data-src="${STAND_IN}/stand-in.html"><a href="elsewhere.html">${FALLBACK_LINK}</a></div>` +
      `<script src="${WIDGET}/embed.js"${allow}></script>`;
    await withHost(
      () => openTestHost('other-site', body('')),
      async ({ page, problems }) => {
        await page.waitForLoadState('load');
        assert.equal(await page.locator('iframe').count(), 0, 'no frame of a site the page did not list');
        await page.getByRole('link', { name: FALLBACK_LINK }).waitFor();
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0], /^console error: Aftercare: data-src "http:\/\/127\.0\.0\.1:\d+" is not on the site embed\.js came from .*data-allow-origins/);
      },
    );
    await withHost(
      () => openTestHost('other-site-listed', body(` data-allow-origins="https://unrelated.example ${STAND_IN}"`)),
      async ({ page, problems }) => {
        const { frame } = await widgetFrame(page);
        await frame.getByText('Stand-in widget').waitFor();
        assert.equal(await page.getByRole('link', { name: FALLBACK_LINK }).count(), 0, 'the link makes way for the frame');
        assert.deepEqual(problems, []);
      },
    );
  });

  test('a booking link only to the page\u2019s own site or one the script tag lists; any other is refused with a console error naming the fix', async () => {
    // As a div slipped into a spa's page through a comment box would be.
    const body = (followup, listed) =>
      `<div data-aftercare data-name="Blue Lotus Day Spa" data-followup="${followup}"></div>` +
      `<script src="${WIDGET}/embed.js"${listed}></script>`;
    const followupOf = async (page) => {
      const iframe = page.locator('iframe');
      await iframe.waitFor({ state: 'attached' });
      return new URL(await iframe.getAttribute('src')).searchParams.get('followup');
    };
    await withHost(
      () => openTestHost('booking-elsewhere', body('https://evil.example/book', '')),
      async ({ page, problems }) => {
        assert.equal(await followupOf(page), null, 'the frame is not given the link');
        const { frame } = await widgetFrame(page);
        assert.equal(await resultInFrame(frame), 'self-care');
        assert.equal(await frame.getByRole('link', { name: /follow-up/i }).count(), 0, 'no "Book a follow-up" to evil.example');
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0], /^console error: Aftercare: data-followup "https:\/\/evil\.example\/book" is not on this page.s site .*data-booking-origins/);
      },
    );
    await withHost(
      () => openTestHost('booking-own-site', body(`${HOST}/book`, '')),
      async ({ page, problems }) => {
        assert.equal(await followupOf(page), `${HOST}/book`, 'the page\u2019s own site');
        assert.deepEqual(problems, []);
      },
    );
    await withHost(
      () => openTestHost('booking-listed', body('https://bluelotus.example/book', ' data-booking-origins="https://bluelotus.example"')),
      async ({ page, problems }) => {
        assert.equal(await followupOf(page), 'https://bluelotus.example/book', 'a site the script tag lists');
        const { frame } = await widgetFrame(page);
        assert.equal(await resultInFrame(frame), 'self-care');
        await frame.getByRole('link', { name: 'Book a follow-up with Blue Lotus Day Spa' }).waitFor();
        assert.deepEqual(problems, []);
      },
    );
  });

  test('data-lang puts the check in that language, on its own page, with the frame named in it; without it the visitor\u2019s browser decides', () =>
    withHost(
      () =>
        openTestHost(
          'languages',
          `<div id="es" data-aftercare data-lang="es"></div><div id="de" data-aftercare data-lang="de"></div>` +
            `<div id="odd" data-aftercare data-lang="constructor"></div><script src="${WIDGET}/embed.js"></script>`,
          { contextOptions: { locale: 'fr-FR' } },
        ),
      async ({ page, problems }) => {
        const { iframe, frame } = await widgetFrame(page, '#es');
        const src = new URL(await iframe.getAttribute('src'));
        assert.equal(src.searchParams.get('lang'), 'es');
        // Its own page: the start screen and the fallback are in Spanish before the check runs.
        assert.equal(src.pathname, '/es.html');
        // A language the check does not speak, or no language at all, opens the page that
        // picks one; the frame is named in the browser's language.
        for (const id of ['#de', '#odd']) {
          const other = page.locator(`${id} > iframe`);
          await other.waitFor({ state: 'attached' });
          assert.equal(new URL(await other.getAttribute('src')).pathname, '/index.html', id);
          assert.equal(await other.getAttribute('title'), 'Aftercare\u00a0: questionnaire pour le mal de dos après un massage', id);
        }
        assert.equal(await iframe.getAttribute('title'), 'Aftercare: cuestionario para el dolor de espalda después de un masaje');
        await frame.getByRole('heading', { name: '\u00bfLe duele la espalda después de un masaje?' }).waitFor();
        assert.equal(await frame.evaluate(() => document.documentElement.lang), 'es');
        assert.deepEqual(problems, []);
      },
    ));

  test('the calendar reminder in the widget downloads, and its link is the check\u2019s own page, never the spa\u2019s', () =>
    withHost(
      () => openTestHost('reminder', `<div data-aftercare></div><script src="${WIDGET}/embed.js"></script>`, { contextOptions: { acceptDownloads: true } }),
      async ({ page, problems }) => {
        const { frame } = await widgetFrame(page);
        assert.equal(await resultInFrame(frame), 'self-care');
        const link = frame.getByRole('link', { name: 'Remind me to check again' });
        const [download] = await Promise.all([page.waitForEvent('download'), press(link)]);
        const event = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8'))).getFirstSubcomponent('vevent');
        const url = new URL(event.getFirstPropertyValue('url'));
        // The hosted check, with the prefill in its fragment: not the spa page, and none of the
        // frame's settings (its query holds the spa's origin).
        assert.equal(url.origin, new URL(WIDGET).origin);
        assert.equal(url.search, '');
        assert.match(url.hash, /^#p=1[A-Za-z0-9_-]{6}$/);
        assert.deepEqual(problems, []);
      },
    ));

  test('a wrong address gives the div its own link back, and says why in the console', () =>
    withHost(
      () =>
        openTestHost(
          'wrong-address',
          `<div data-aftercare data-src="${WIDGET}/no-such-page.html"><a href="elsewhere.html">${FALLBACK_LINK}</a></div>` +
            `<script src="${WIDGET}/embed.js"></script>`,
        ),
      async ({ page, problems }) => {
        await page.locator('[data-aftercare] > iframe').waitFor({ state: 'attached' });
        assert.equal(await page.getByRole('link', { name: FALLBACK_LINK }).count(), 0, 'set aside while the frame loads');
        // Nothing in the frame says it is the check: a few seconds after it loads, the link is back.
        await page.getByRole('link', { name: FALLBACK_LINK }).waitFor({ timeout: WAIT });
        assert.equal(await page.locator('iframe').count(), 0, 'no empty box');
        const notFound = (p) => p.startsWith(`HTTP 404: ${WIDGET}/no-such-page.html`) || /Failed to load resource: .* 404 .*no-such-page/.test(p);
        assert.deepEqual(problems.filter((p) => !notFound(p)), [
          `console error: Aftercare: nothing answered from "${WIDGET}/no-such-page.html": is that the address of the check? ` +
            `The div\u2019s own content is shown instead. (at ${WIDGET}/embed.js)`,
        ]);
      },
    ));

  test('only well-formed messages from the widget frame, from its origin, count', () =>
    withHost(
      // Also a frame of the same page from the widget's origin that embed.js did not make.
      () => openTestHost('messages', `<div id="w" data-aftercare data-src="${STAND_IN}/stand-in.html"></div>
        <iframe id="other" title="Another frame" src="${STAND_IN}/stand-in.html"></iframe>
        <script async src="${WIDGET}/embed.js" data-allow-origins="${STAND_IN}"></script>`),
      async ({ page, problems }) => {
        const { iframe, frame } = await widgetFrame(page);
        await frame.getByText('Stand-in widget').waitFor();
        assert.equal(new URL(frame.url()).pathname, '/stand-in.html', 'data-src chooses the widget page');
        assert.equal(await iframe.evaluate((el) => el.style.height), '', 'no height before a message');

        // Well-formed: a height (rounded up), and each event, with only its own fields.
        let now = await postAndSettle(page, frame, [
          { source: 'aftercare', type: 'height', height: 612.2 },
          { source: 'aftercare', type: 'ready', extra: 'dropped' },
          { source: 'aftercare', type: 'step', screen: 'start' },
          { source: 'aftercare', type: 'step', screen: 'question', step: 2, total: 8, html: '<b>x</b>' },
          { source: 'aftercare', type: 'step', screen: 'review' },
          { source: 'aftercare', type: 'result', urgency: 'contact-provider', answers: [1, 2] },
        ]);
        assert.equal(now.height, '613px');
        assert.deepEqual(await events(page), [
          { type: 'aftercare:ready', detail: {}, keys: [], fromHost: true },
          { type: 'aftercare:step', detail: { screen: 'start', step: null, total: null }, keys: ['screen', 'step', 'total'], fromHost: true },
          { type: 'aftercare:step', detail: { screen: 'question', step: 2, total: 8 }, keys: ['screen', 'step', 'total'], fromHost: true },
          { type: 'aftercare:step', detail: { screen: 'review', step: null, total: null }, keys: ['screen', 'step', 'total'], fromHost: true },
          { type: 'aftercare:result', detail: { urgency: 'contact-provider' }, keys: ['urgency'], fromHost: true },
        ]);

        // Malformed, from the widget frame: nothing changes.
        const malformed = [
          { type: 'height', height: 3 },
          { source: 'other', type: 'height', height: 3 },
          { source: 'aftercare', type: 'height', height: '999px' },
          { source: 'aftercare', type: 'height', height: '999' },
          { source: 'aftercare', type: 'height', height: -1 },
          { source: 'aftercare', type: 'height', height: 100001 },
          { source: 'aftercare', type: 'height', height: NaN },
          { source: 'aftercare', type: 'height', height: Infinity },
          { source: 'aftercare', type: 'height' },
          { source: 'aftercare', type: 'resize', height: 3 },
          { source: 'aftercare', type: 'step', screen: 'question', step: '1', total: 8 },
          { source: 'aftercare', type: 'step', screen: 'question', step: 1.5, total: 8 },
          { source: 'aftercare', type: 'step', screen: 'question' },
          { source: 'aftercare', type: 'step', screen: 'payment' },
          { source: 'aftercare', type: 'result', urgency: 'fine' },
          { source: 'aftercare', type: 'result' },
          ['aftercare', 'height', 3],
          'aftercare:height:3',
          null,
          42,
        ];
        now = await postAndSettle(page, frame, malformed);
        assert.deepEqual(now, { height: '613px', events: 5 }, 'malformed messages from the frame are ignored');

        // Well-formed, but from the host page itself (another source): nothing changes.
        now = await postAndSettle(page, page, [
          { source: 'aftercare', type: 'height', height: 5 },
          { source: 'aftercare', type: 'result', urgency: 'urgent-care' },
        ]);
        assert.deepEqual(now, { height: '613px', events: 5 }, 'messages from the host page are ignored');

        // Well-formed, from the widget's origin but another frame: nothing changes.
        const other = await (await page.locator('#other').elementHandle()).contentFrame();
        await other.getByText('Stand-in widget').waitFor();
        now = await postAndSettle(page, other, [
          { source: 'aftercare', type: 'height', height: 5 },
          { source: 'aftercare', type: 'ready' },
        ]);
        assert.deepEqual(now, { height: '613px', events: 5 }, 'messages from another frame are ignored');

        // Well-formed, from the frame after it navigated to another origin: nothing changes.
        await frame.evaluate((url) => {
          window.location.href = url;
        }, `${HOST}/elsewhere.html`);
        await frame.waitForURL(`${HOST}/elsewhere.html`);
        await frame.getByText('Elsewhere').waitFor();
        now = await postAndSettle(page, frame, [
          { source: 'aftercare', type: 'height', height: 5 },
          { source: 'aftercare', type: 'ready' },
        ]);
        assert.deepEqual(now, { height: '613px', events: 5 }, "messages from another origin in the frame are ignored");
        assert.deepEqual(problems, []);
      },
    ));
});

// ----- The real widget in the demo page -------------------------------------------------

describe('colours: light, dark or the device', () => {
  // The text colour of each palette (styles/base.css).
  const LIGHT = 'rgb(23, 38, 45)';
  const DARK = 'rgb(229, 237, 240)';

  /** The embed with `attributes` on a device set to `scheme`: its text colour and root. */
  async function embedded(name, attributes, scheme) {
    const body = `<div data-aftercare ${attributes}></div><script src="${WIDGET}/embed.js"></script>`;
    let seen;
    await withHost(
      () => openTestHost(name, body, { contextOptions: { colorScheme: scheme } }),
      async ({ page, problems }) => {
        const { frame } = await readyWidget(page);
        seen = await frame.evaluate(() => ({
          color: getComputedStyle(document.body).color,
          whenRead: window.__themeWhenRead,
        }));
        assert.deepEqual(problems, []);
      },
    );
    return seen;
  }

  test('the embed is light by default, even on a device set to dark, from before the app starts', async () => {
    assert.deepEqual(await embedded('theme-default', '', 'dark'), { color: LIGHT, whenRead: 'light' });
  });

  test('data-theme="dark" is dark on a light device, and "auto" follows the device', async () => {
    assert.deepEqual(await embedded('theme-dark', 'data-theme="dark"', 'light'), { color: DARK, whenRead: 'dark' });
    assert.deepEqual(await embedded('theme-auto-dark', 'data-theme="auto"', 'dark'), { color: DARK, whenRead: null });
    assert.deepEqual(await embedded('theme-auto-light', 'data-theme="auto"', 'light'), { color: LIGHT, whenRead: null });
  });

  test('data-theme with another value is light, with a console error', () =>
    withHost(
      () => openTestHost('theme-bad', `<div data-aftercare data-theme="night"></div><script src="${WIDGET}/embed.js"></script>`, { contextOptions: { colorScheme: 'dark' } }),
      async ({ page, problems }) => {
        const { frame } = await readyWidget(page);
        assert.equal(await frame.evaluate(() => getComputedStyle(document.body).color), LIGHT);
        assert.deepEqual(problems, [`console error: Aftercare: data-theme "night" is not light, dark or auto, so light is used. (at ${WIDGET}/embed.js)`]);
      },
    ));

  test('the hosted page follows the device', async () => {
    for (const scheme of ['light', 'dark']) {
      const app = await newHostPage({ colorScheme: scheme });
      try {
        await app.page.goto(`${WIDGET}/index.html`);
        await app.page.getByRole('button', { name: 'Start the check' }).waitFor();
        assert.equal(await app.page.evaluate(() => getComputedStyle(document.body).color), scheme === 'dark' ? DARK : LIGHT, scheme);
      } finally {
        await app.context.close();
      }
    }
  });
});

describe('the demo spa page', () => {
  test('loads the widget in a lazy, titled frame with the spa configuration', () =>
    withHost(openDemo, async ({ page, problems }) => {
      assert.equal(await page.locator('header').getByText(SPA).count(), 1, "the page's header names the spa");
      const iframe = page.locator('#aftercare [data-aftercare] > iframe');
      await iframe.waitFor({ state: 'attached' });
      const attrs = await iframe.evaluate((el) => ({
        title: el.title,
        loading: el.getAttribute('loading'),
        src: el.src,
      }));
      assert.equal(attrs.title, TITLE);
      assert.equal(attrs.loading, 'lazy');
      const src = new URL(attrs.src);
      assert.equal(src.origin + src.pathname, `${WIDGET}/index.html`);
      assert.deepEqual(Object.fromEntries(src.searchParams), {
        embed: '1',
        origin: HOST,
        accent: '#7a3b69',
        name: SPA,
        followup: FOLLOW_UP,
        theme: 'light',
      });
      assert.equal(await page.getByRole('link', { name: FALLBACK_LINK }).count(), 0, 'the fallback link makes way for the check');
      const { frame } = await readyWidget(page);
      await waitForHeading(frame, START_HEADING, { focused: false });
      // Framed, the widget offers no download (offline.test.mjs checks it installs no worker).
      assert.equal(await frame.getByRole('link', { name: 'Download for offline use' }).count(), 0);
      // Only our two origins: the demo page uses nothing from elsewhere.
      const origins = await page.evaluate(() =>
        [...new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin))],
      );
      for (const origin of origins) assert.ok([HOST, WIDGET].includes(origin), `a request to ${origin}`);
      await assertNoAxeViolations(page, 'the demo page');
      await assertNoHorizontalScroll(page, 'the demo page');
      assert.deepEqual(problems, []);
    }));

  test("the frame's height follows each screen, with no inner scrollbar", () =>
    withHost(openDemo, async ({ page, problems }) => {
      const { iframe, frame } = await readyWidget(page);
      const start = await waitFits(iframe, frame, 'the start screen');

      await begin(frame);
      for (const [key, label] of ORDINARY) {
        await waitForHeading(frame, QUESTIONS[key].heading);
        await waitFits(iframe, frame, `the question "${key}"`);
        await pick(frame, key, label);
        await continueButton(frame).click();
      }
      await waitForHeading(frame, REVIEW_HEADING);
      await waitFits(iframe, frame, 'the review');
      await frame.getByRole('button', { name: 'See my result', exact: true }).click();
      await waitForResult(frame);
      const result = await waitFits(iframe, frame, 'the result');

      assert.ok(result > start * 1.5, `the result's frame (${result}px) is much taller than the start's (${start}px)`);
      // The host page scrolls instead: its document holds the whole widget.
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(pageHeight > result, `the host page (${pageHeight}px) is taller than the frame (${result}px)`);
      assert.deepEqual(problems, []);
    }));

  test('the frame shrinks again when a shorter screen follows a taller one', () =>
    withHost(openDemo, async ({ page, problems }) => {
      const { iframe, frame } = await readyWidget(page);
      const start = await waitFits(iframe, frame, 'the start screen');
      await resultInFrame(frame);
      const result = await waitFits(iframe, frame, 'the result');
      await frame.getByRole('button', { name: 'Start again', exact: true }).click();
      await waitForHeading(frame, START_HEADING, { focused: false });
      // The same start screen again: the frame goes back to (about) its first height.
      try {
        await page.waitForFunction(
          ([limit]) => document.querySelector('[data-aftercare] > iframe').clientHeight <= limit,
          [start + 2],
          { timeout: WAIT },
        );
      } catch (error) {
        if (!/Timeout/i.test(String(error))) throw error;
        const now = await iframe.evaluate((el) => el.clientHeight);
        const inside = await frame.evaluate(() => ({
          documentHeight: document.documentElement.scrollHeight,
          bodyMinHeight: getComputedStyle(document.body).minHeight,
          contentHeight: Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0),
        }));
        assert.fail(
          `after Start again the frame stays ${now}px (start was ${start}px, result ${result}px); ` +
            `inside the frame: ${JSON.stringify(inside)}`,
        );
      }
      await waitFits(iframe, frame, 'the start screen again');
      assert.deepEqual(problems, []);
    }));

  test("a result shared from the embed carries the answers only: not the spa's settings, origin or embed", () =>
    withHost(openDemoNotingCopies, async ({ page, problems }) => {
      const { frame } = await readyWidget(page);
      assert.equal(await resultInFrame(frame), 'self-care');
      assert.match(await frame.locator('.af-share__privacy').innerText(), /The link holds your answers and the day of the check/);
      await press(frame.getByRole('button', { name: 'Share this result' }));
      await frame.getByText('Link copied').waitFor();
      const link = new URL(await frame.evaluate(() => window.__copied));
      assert.equal(link.origin, WIDGET, 'the check itself, not the spa page');
      assert.equal(link.search, '', `no embed, origin, name, accent or booking address: ${link.href}`);
      assert.match(link.hash, /^#r=2[A-Za-z0-9_-]{9}$/, 'the answers and the day of the check, nothing else');
      assert.deepEqual(problems, []);
    }));

  test('the host element receives ready, each step, and the result', () =>
    withHost(openDemo, async ({ page, problems }) => {
      const { frame } = await readyWidget(page);
      const history = await page.evaluate(() => window.history.length);
      assert.equal(await resultInFrame(frame), 'self-care');
      await page.waitForFunction(() => window.__aftercare.some((e) => e.type === 'aftercare:result'));
      assert.equal(await page.evaluate(() => window.history.length), history, 'the embedded check adds no history entries');

      const all = await events(page);
      assert.ok(all.every((e) => e.fromHost), 'every event is dispatched on the [data-aftercare] element and bubbles');
      const ready = all.filter((e) => e.type === 'aftercare:ready');
      assert.deepEqual(ready.map((e) => e.detail), [{}], 'one ready event, with an empty detail');

      // Screens in order (repeats of the same screen collapsed).
      const steps = all.filter((e) => e.type === 'aftercare:step').map((e) => e.detail);
      const screens = steps.filter((s, i) => i === 0 || JSON.stringify(s) !== JSON.stringify(steps[i - 1]));
      const questions = ORDINARY.map((_, i) => ({ screen: 'question', step: i + 1, total: ORDINARY.length }));
      const want = [...questions, { screen: 'review', step: null, total: null }, { screen: 'result', step: null, total: null }];
      const start = { screen: 'start', step: null, total: null };
      assert.deepEqual(
        JSON.stringify(screens[0]) === JSON.stringify(start) ? screens.slice(1) : screens,
        want,
        'a step event for each question (step and total), the review and the result',
      );

      const results = all.filter((e) => e.type === 'aftercare:result');
      assert.deepEqual(results, [
        { type: 'aftercare:result', detail: { urgency: 'self-care' }, keys: ['urgency'], fromHost: true },
      ]);
      assert.deepEqual(problems, []);
    }));

  test('forged or malformed messages change neither the height nor the events', () =>
    withHost(openDemo, async ({ page, problems }) => {
      const { iframe, frame } = await readyWidget(page);
      await waitFits(iframe, frame, 'the start screen');
      const before = await postAndSettle(page, page, []);
      assert.match(before.height, /^\d+px$/);

      // From the host page itself: the right shape, the wrong window.
      let now = await postAndSettle(page, page, [
        { source: 'aftercare', type: 'height', height: 5 },
        { source: 'aftercare', type: 'result', urgency: 'urgent-care' },
      ]);
      assert.deepEqual(now, before, 'a message from the host page is ignored');

      // From the widget frame: the wrong shape.
      now = await postAndSettle(page, frame, [
        { source: 'aftercare', type: 'height', height: '999px' },
        { type: 'height', height: 3 },
        { source: 'aftercare', type: 'result', urgency: 'maybe' },
      ]);
      assert.deepEqual(now, before, 'a malformed message from the widget frame is ignored');

      // The widget still drives the frame.
      await begin(frame);
      await waitFits(iframe, frame, 'the first question');
      assert.deepEqual(problems, []);
    }));

  test("the spa's name, accent and follow-up link are applied", () =>
    withHost(openDemo, async ({ page, problems, warnings }) => {
      const { frame } = await readyWidget(page);
      await frame.getByText(SPA).first().waitFor();
      const start = frame.getByRole('button', { name: 'Start the check' });
      assert.equal(await start.evaluate((el) => getComputedStyle(el).backgroundColor), ACCENT);

      assert.equal(await resultInFrame(frame), 'self-care');
      const link = frame.getByRole('link', { name: /Book a follow-up/ });
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), FOLLOW_UP);
      const fromWidget = warnings.filter((w) => /aftercare/i.test(w.text)).map((w) => w.text);
      assert.deepEqual(fromWidget, [], 'a valid configuration logs no warning');
      assert.deepEqual(problems, []);
    }));

  test('an accent too close to the background is refused in that theme, with a console warning, and the buttons stay visible', async () => {
    // (data-accent, data-theme, the primary button's colour, whether the console warns)
    const OUR_LIGHT = 'rgb(11, 107, 115)';
    const OUR_DARK = 'rgb(92, 198, 196)';
    const cases = [
      ['#ffffff', 'light', OUR_LIGHT, true],
      ['#f4f6f7', 'light', OUR_LIGHT, true],
      ['#7a3b69', 'light', ACCENT, false],
      ['#7a3b69', 'dark', OUR_DARK, true],
      ['#111111', 'dark', OUR_DARK, true],
      ['#ffd24a', 'dark', 'rgb(255, 210, 74)', false],
    ];
    for (const [accent, theme, button, warned] of cases) {
      await withHost(
        () => openTestHost('accent', `<div data-aftercare data-accent="${accent}" data-theme="${theme}"></div><script src="${WIDGET}/embed.js"></script>`),
        async ({ page, problems, warnings }) => {
          const { frame } = await readyWidget(page);
          const start = frame.getByRole('button', { name: 'Start the check' });
          assert.equal(await start.evaluate((el) => getComputedStyle(el).backgroundColor), button, `${accent} on ${theme}`);
          const faint = warnings.filter((w) => /too close to the .* background/.test(w.text));
          assert.equal(faint.length, warned ? 1 : 0, `${accent} on ${theme}: ${JSON.stringify(warnings.map((w) => w.text))}`);
          if (warned) assert.match(faint[0].text, new RegExp(`the accent ${accent} is too close to the ${theme} background`));
          assert.deepEqual(problems, []);
        },
      );
    }
  });

  test('an invalid configuration is ignored, with a warning, and the check still works', () =>
    withHost(
      () => openHostPage('examples/bad-config.html'),
      async ({ page, problems, warnings, dialogs }) => {
        const { frame } = await readyWidget(page);
        const name = '<img src=x onerror=alert(1)>';
        await frame.getByText(name).first().waitFor();
        assert.equal(await frame.locator('img').count(), 0, 'the name is text, not markup');
        const start = frame.getByRole('button', { name: 'Start the check' });
        const background = await start.evaluate((el) => getComputedStyle(el).backgroundColor);
        assert.notEqual(background, 'rgb(255, 0, 0)', 'the invalid accent is not applied');

        assert.equal(await resultInFrame(frame), 'self-care');
        assert.equal(await frame.getByRole('link', { name: /follow-up/i }).count(), 0, 'no follow-up link');
        assert.equal(await frame.locator('a[href^="javascript:"]').count(), 0);

        // The widget's own warnings, from its script inside the frame.
        const fromWidget = warnings
          .filter((w) => w.at.startsWith(WIDGET) && !w.at.endsWith('/embed.js') && /aftercare/i.test(w.text))
          .map((w) => w.text);
        for (const param of ['accent', 'followup']) {
          assert.ok(
            fromWidget.some((text) => text.includes(param)),
            `a console warning in the frame names "${param}"; warnings: ${JSON.stringify(fromWidget)}`,
          );
        }
        assert.deepEqual(dialogs, [], 'nothing ran');
        assert.deepEqual(problems, []);
      },
    ));
});

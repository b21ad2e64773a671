// tests/e2e/hardened.test.mjs: the release build under a strict Content-Security-Policy and in
// broken or hostile conditions. The policy is really sent and a violation really fails a test;
// the pages carry no inline code; a wasm that cannot start, a start-up that never runs and a
// crash all leave useful content (the warning signs) rather than an empty box; storage that
// throws, is full or holds garbage never stops the check; a garbage link loses no answers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './harness.mjs';
import { CSP, DIST, serveDir } from './serve.mjs';
import {
  ORDINARY,
  QUESTIONS,
  START_HEADING,
  WAIT,
  answerAll,
  assertNoAxeViolations,
  begin,
  input,
  openApp,
  optionIndex,
  pick,
  toResult,
  toReview,
  waitChecked,
  waitForHeading,
  watchForProblems,
} from './helpers.mjs';

const FAILED_HEADING = 'Sorry, the check couldn\u2019t run';
const WAITING_HEADING = 'The check is taking a while to start';
const LOADING_HEADING = 'Still loading on a slow connection';

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDir({ root: DIST, port: 0 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context and page, problems recorded, not yet navigated. */
async function freshPage(contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  const problems = watchForProblems(page, new URL(server.url).origin);
  return { context, page, problems };
}

/** Runs `fn(app)` on a fresh page, then closes its context. */
async function withPage(fn, contextOptions) {
  const app = await freshPage(contextOptions);
  try {
    await fn(app);
  } finally {
    await app.context.close();
  }
}

/**
 * Waits for index.html's static fallback to be shown with `heading`; checks what it says: the
 * warning signs always, and a way to start again unless the app is still loading.
 */
async function assertFallback(page, heading, where) {
  const fallback = page.locator('#af-fallback');
  await fallback.waitFor({ state: 'visible', timeout: WAIT });
  const text = (await fallback.innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes(heading), `${where}: the fallback says "${heading}"; it says: ${text}`);
  for (const sign of ['sharp or shooting pain in one spot', 'numbness, tingling or weakness', 'bruise that spreads', 'A fever']) {
    assert.ok(text.includes(sign), `${where}: the fallback names "${sign}"`);
  }
  assert.ok(text.includes('not a diagnosis'), `${where}: guidance, not a diagnosis`);
  const loading = heading === LOADING_HEADING;
  assert.equal(await page.getByRole('link', { name: 'Start again' }).count(), loading ? 0 : 1, `${where}: a way to start again, unless still loading`);
  assert.equal(text.includes('no need to reload'), loading, `${where}: "no need to reload" only while still loading`);
  await assertNoAxeViolations(page, where);
}

// ----- The policy -------------------------------------------------------------------------

test('every file is served with the strict policy, and a violation would fail a test', () =>
  withPage(async ({ page, problems }) => {
    const response = await page.goto(server.url);
    assert.equal(response.headers()['content-security-policy'], CSP);
    assert.match(CSP, /default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    assert.doesNotMatch(CSP, /unsafe-inline|nonce-/);
    await page.getByRole('button', { name: 'Start the check' }).waitFor();
    assert.deepEqual(problems, [], 'the app starts under the policy with nothing blocked');
    // The watch really catches what the policy blocks: an inline script and an inline style.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
    });
    await untilRecorded(problems, 2);
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'the inline script did not run');
    assert.ok(problems.some((p) => /CSP violation: script-src/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /CSP violation: style-src/.test(p)), problems.join('\n'));
  }));

/** Waits (up to WAIT) until `problems` has `count` entries: violations arrive asynchronously. */
async function untilRecorded(problems, count) {
  const deadline = Date.now() + WAIT;
  while (problems.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
}

test('the built pages carry no inline script or style, and the app loads nothing from elsewhere', () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const script of index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    assert.match(script[1], /\bsrc=/, `every script has a src: ${script[0].slice(0, 80)}`);
    assert.equal(script[2].trim(), '', 'and no code inline');
  }
  assert.doesNotMatch(index, /<style\b/i, 'no <style>');
  assert.doesNotMatch(index, /\sstyle=/i, 'no style attribute');
  assert.doesNotMatch(index, /\son[a-z]+=/i, 'no inline event handler');
  for (const address of index.matchAll(/\b(?:src|href)=["']?([^"'\s>]+)/gi)) {
    assert.doesNotMatch(address[1], /^(https?:)?\/\//, `a same-origin address: ${address[1]}`);
  }
});

test('a shared result opens under the policy without a violation', () =>
  withPage(async ({ page, problems }) => {
    // Answers from the first visit's share link, opened as the doctor would.
    const first = await openApp(browser, server.url);
    let link;
    try {
      assert.equal(await toResult(first.page), 'self-care');
      link = await first.page.evaluate(() => `${location.origin}${location.pathname}#r=${JSON.parse(sessionStorage.getItem('aftercare.session')).answers}`);
      assert.deepEqual(first.problems, []);
    } finally {
      await first.context.close();
    }
    await page.goto(link);
    await page.getByText('A shared result').waitFor();
    assert.equal(await page.locator('section.af-result').getAttribute('data-urgency'), 'self-care');
    assert.deepEqual(problems, []);
  }));

// ----- When the app cannot run ------------------------------------------------------------

test('a wasm download that fails shows the static fallback at once, not an empty box', () =>
  withPage(async ({ page, problems }) => {
    await page.route('**/*.wasm', (route) => route.abort('failed'));
    const started = Date.now();
    await page.goto(server.url);
    await assertFallback(page, FAILED_HEADING, 'wasm blocked');
    assert.ok(Date.now() - started < 3000, 'at once, not after the slow-start delay');
    assert.equal(await page.locator('#af-start').isVisible(), false, 'no start screen whose button would do nothing');
    assert.equal(await page.getByRole('heading', { name: START_HEADING }).isVisible(), false);
    assert.ok(problems.some((p) => /Aftercare could not start/.test(p)), 'the failure is logged');
  }));

test('a wasm changed on the way (not the one the build hashed) is refused, and the fallback shown', () =>
  withPage(async ({ page, problems }) => {
    await page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 1] ^= 0xff;
      await route.fulfill({ response, body });
    });
    await page.goto(server.url);
    await assertFallback(page, FAILED_HEADING, 'tampered wasm');
    assert.ok(problems.some((p) => /integrity/i.test(p)), `the integrity check refused it: ${problems.join('\n')}`);
  }));

test('a host policy that forbids WebAssembly shows the fallback, with no other violation', async () => {
  const strict = await serveDir({ root: DIST, port: 0, headers: { 'Content-Security-Policy': CSP.replace(" 'wasm-unsafe-eval'", '') } });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = watchForProblems(page, new URL(strict.url).origin);
    await page.goto(strict.url);
    await assertFallback(page, FAILED_HEADING, 'wasm forbidden');
    const others = problems.filter((p) => !/wasm-eval|wasm-unsafe-eval|could not start|WebAssembly/i.test(p));
    assert.deepEqual(others, [], 'only the refused WebAssembly');
  } finally {
    await context.close();
    await strict.close();
  }
});

test('a start-up script that never runs still leaves the fallback, after a few seconds', () =>
  withPage(async ({ page }) => {
    await page.route('**/start-*.js', (route) => route.abort('failed'));
    await page.goto(server.url);
    assert.equal(await page.locator('#af-fallback').isVisible(), false, 'not flashed while the app may still start');
    await assertFallback(page, WAITING_HEADING, 'no start-up');
  }));

for (const reducedMotion of ['no-preference', 'reduce']) {
  test(`a wasm that never arrives shows the warning signs after a few seconds, saying it is still loading (reduced motion: ${reducedMotion})`, () =>
    withPage(
      async ({ page }) => {
        // Held forever: the request is never answered.
        await page.route('**/*.wasm', () => {});
        await page.goto(server.url, { waitUntil: 'domcontentloaded' });
        // Once styled, hidden at first: not flashed while the app may still start.
        await page.waitForFunction(() => getComputedStyle(document.getElementById('af-fallback')).visibility === 'hidden');
        await assertFallback(page, LOADING_HEADING, `stalled wasm, reduced motion ${reducedMotion}`);
      },
      { reducedMotion },
    ));
}

// A slow connection is not a failure: until the app starts, the page never says it could not
// run and never offers to start again (which would throw away what has arrived).
for (const speed of [50, 20]) {
  test(`on a slow connection (400 ms, ${speed} KB/s) the page says it is still loading, never that it failed, until the app starts`, () =>
    withPage(async ({ page, problems }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: speed * 1024,
        uploadThroughput: speed * 1024,
      });
      const started = Date.now();
      await page.goto(server.url, { waitUntil: 'commit', timeout: WAIT * 6 });
      const seen = new Set();
      const start = page.getByRole('button', { name: 'Start the check' });
      while (!(await start.isVisible().catch(() => false))) {
        assert.ok(Date.now() - started < WAIT * 9, `the app started within ${WAIT * 9} ms`);
        const shown = await page.evaluate(() => {
          // Nothing is painted before the stylesheets have arrived (they block rendering).
          const styled = [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet);
          const fallback = document.getElementById('af-fallback');
          if (!styled || !fallback || !fallback.isConnected || getComputedStyle(fallback).visibility !== 'visible') return null;
          return fallback.innerText.replace(/\s+/g, ' ');
        });
        if (shown) {
          seen.add(shown.includes('Still loading on a slow connection') ? 'loading' : shown);
          assert.ok(!/couldn\u2019t run|taking a while|Start again|Starting again/.test(shown), `while loading, the page said: ${shown}`);
        }
        await page.waitForTimeout(200);
      }
      const took = Date.now() - started;
      // Past the fallback's 4 s delay, the person was told it is still loading.
      if (took > 5000) assert.deepEqual([...seen], ['loading'], `after ${took} ms`);
      console.log(`slow connection ${speed} KB/s: the app started after ${took} ms; the page showed ${[...seen].join(', ') || 'nothing but the app'}`);
      assert.deepEqual(problems, []);
    }));
}

test('an uncaught JavaScript error shows the same screen as a crash', () =>
  withPage(async ({ page, problems }) => {
    await page.goto(server.url);
    await toReview(page);
    // An exception no code catches, thrown by the page's own JavaScript.
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('an uncaught error for the test');
      });
    });
    await assertFallback(page, FAILED_HEADING, 'after an uncaught error');
    await page.waitForFunction(() => document.activeElement?.id === 'af-fallback-heading');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('aftercare.session')), null, 'the saved check is dropped');
    assert.ok(problems.some((p) => /Aftercare stopped/.test(p)), `it is logged: ${problems.join('\n')}`);
  }));

test('a crash shows a friendly error with the warning signs and a way to start again', () =>
  withPage(async ({ page, problems }) => {
    // A broken browser: once told to, creating elements throws, so the next screen the app
    // renders panics inside Yew. The release wasm stops at once on a panic, and the start-up
    // script's error handler must take over.
    await page.addInitScript(() => {
      for (const [proto, name] of [[Document.prototype, 'createElement'], [Document.prototype, 'createElementNS'], [Node.prototype, 'cloneNode']]) {
        const original = proto[name];
        proto[name] = function (...args) {
          if (window.__breakDom) throw new DOMException('broken for the test', 'NotSupportedError');
          return original.apply(this, args);
        };
      }
    });
    await page.goto(server.url);
    await toReview(page);
    await page.evaluate(() => {
      window.__breakDom = true;
    });
    // The result is built of elements the review does not have: Yew must create them.
    await page.getByRole('button', { name: 'See my result', exact: true }).click();
    await page.locator('#af-fallback').waitFor({ state: 'visible' });
    // The crash has happened; the audit below needs a working document again.
    await page.evaluate(() => {
      window.__breakDom = false;
    });
    await assertFallback(page, FAILED_HEADING, 'after a crash');
    await page.waitForFunction(() => document.activeElement?.id === 'af-fallback-heading');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('aftercare.session')), null, 'the saved check is dropped');
    assert.ok(problems.some((p) => /panicked|unreachable|RuntimeError/i.test(p)), `the crash is logged: ${problems.join('\n')}`);
    // Start again: a fresh page that works.
    await page.getByRole('link', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Start the check' }).waitFor();
    assert.equal(await page.locator('#af-fallback').isVisible(), false);
    await begin(page);
  }));

// ----- Storage that fails -----------------------------------------------------------------

const BROKEN_STORAGE = {
  'storage that throws (a sandboxed frame, blocked storage)': () => {
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  'storage that is full': () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};

for (const [name, breakStorage] of Object.entries(BROKEN_STORAGE)) {
  test(`${name}: the check still works, and a reload simply starts again`, () =>
    withPage(async ({ page, problems }) => {
      await page.addInitScript(breakStorage);
      await page.goto(server.url);
      await begin(page);
      await answerAll(page, ORDINARY.slice(0, 3));
      await page.reload();
      await waitForHeading(page, START_HEADING, { focused: false });
      assert.equal(await page.getByText('Continue where you left off?').count(), 0, 'nothing to resume, and no false promise');
      assert.equal(await toResult(page), 'self-care');
      assert.deepEqual(problems, []);
    }));
}

test('corrupt saved data is ignored and replaced; the check starts cleanly', () =>
  withPage(async ({ page, problems }) => {
    // The record (src/platform/storage.rs) and the string kept before it had a version.
    const garbage = [
      '', '.', 'q9.1AAAAAA', 'result.', 'x'.repeat(5000), '\u0000\ud800', 'result.1AAAAAA', '{"screen":"result"}', '{', '[]', 'null',
      '{"version":2,"screen":"elapsed","answers":"1BQVmgE"}', '{"version":1,"screen":"nowhere","answers":"1BQVmgE"}',
      '{"version":1,"screen":"result","answers":"1AAAAAA"}', '{"version":"1","screen":"elapsed","answers":"1BQVmgE"}',
      '{"version":1,"screen":"elapsed","answers":7}', '{"version":1,"screen":"elapsed"}',
    ];
    await page.goto(server.url);
    for (const value of garbage) {
      await page.evaluate((value) => sessionStorage.setItem('aftercare.session', value), value);
      await page.reload();
      await waitForHeading(page, START_HEADING, { focused: false });
      assert.equal(await page.getByText('Continue where you left off?').count(), 0, `no resume from ${JSON.stringify(value.slice(0, 30))}`);
    }
    await begin(page);
    const [key, label] = ORDINARY[0];
    await pick(page, key, label);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(page, QUESTIONS[ORDINARY[1][0]].heading);
    const saved = JSON.parse(await page.evaluate(() => sessionStorage.getItem('aftercare.session')));
    assert.deepEqual(Object.keys(saved), ['version', 'screen', 'answers'], 'replaced with a real save');
    assert.equal(saved.version, 1);
    assert.match(saved.screen, /^[a-z-]+$/);
    assert.match(saved.answers, /^1[A-Za-z0-9_-]{6}$/);
    assert.deepEqual(problems, []);
  }));

test('a check the previous version saved in the tab (before the record had a version) still continues after the update', () =>
  withPage(async ({ page, problems }) => {
    await page.goto(server.url);
    await begin(page);
    const [key, label] = ORDINARY[0];
    await pick(page, key, label);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(page, QUESTIONS[ORDINARY[1][0]].heading);
    const { screen, answers } = JSON.parse(await page.evaluate(() => sessionStorage.getItem('aftercare.session')));
    await page.evaluate((legacy) => sessionStorage.setItem('aftercare.session', legacy), `${screen}.${answers}`);
    await page.reload();
    await page.getByText('Continue where you left off?').waitFor();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(page, QUESTIONS[ORDINARY[1][0]].heading);
    assert.deepEqual(problems, []);
  }));

test('a garbage link pasted mid-check explains itself and loses no answer', () =>
  withPage(async ({ page, problems }) => {
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await page.goto(server.url);
    await begin(page);
    await answerAll(page, ORDINARY.slice(0, 2));
    const [key, label] = ORDINARY[2];
    await pick(page, key, label);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(page, QUESTIONS[ORDINARY[3][0]].heading);
    await page.evaluate(() => {
      location.hash = 'r=<script>alert(1)</script>';
    });
    await page.getByText('This shared link can\u2019t be opened').waitFor();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(page, QUESTIONS[ORDINARY[3][0]].heading);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForHeading(page, QUESTIONS[key].heading);
    await waitChecked(page, key, optionIndex(key, label), true);
    assert.ok(await input(page, key, optionIndex(key, label)).isChecked());
    assert.deepEqual(dialogs, [], 'the link is never run as code');
    assert.deepEqual(problems, []);
  }));

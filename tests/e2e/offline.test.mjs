// tests/e2e/offline.test.mjs: the check with no network. The hosted page installs a service
// worker that precaches the build, so after one visit a reload with the network off still runs
// the whole check; a new build is announced and switched to only when the person chooses; the
// one-file copy runs from file:// without a single request; the embed never installs a worker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  continueButton,
  input,
  openApp,
  optionIndex,
  pick,
  toResult,
  waitChecked,
  waitForApp,
  waitForHeading,
} from './helpers.mjs';

const POST_BUILD = fileURLToPath(new URL('../../scripts/post-build.mjs', import.meta.url));
const UPDATE_READY = 'A new version of this check is ready.';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A copy of dist/ under a sub-path of a fresh folder, served; removed by `close`. */
async function publishCopy(headers = { 'Content-Security-Policy': CSP }) {
  const root = mkdtempSync(join(tmpdir(), 'aftercare-offline-'));
  const site = join(root, 'tools', 'aftercare');
  cpSync(DIST, site, { recursive: true });
  const server = await serveDir({ root, port: 0, headers });
  return {
    site,
    url: `${server.url}tools/aftercare/`,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Waits until a service worker controls the page; returns its cache's name and keys. */
async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: WAIT * 3 });
  return page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    const keys = (await cache.keys()).map((request) => new URL(request.url).pathname);
    return { names, keys };
  });
}

/**
 * Publishes a changed build into `site`, as Trunk and the post-build step would: one stylesheet
 * gains a rule, so it gets a new hashed name and integrity in every page, and the post-build
 * step writes a new one-file copy and a new worker (a new cache version) for it.
 */
function publishChangedBuild(site) {
  const old = readdirSync(site).find((file) => /^styles-[0-9a-f]+\.css$/.test(file));
  const before = readFileSync(join(site, old));
  const after = Buffer.concat([before, Buffer.from('\n.af-published-later{}\n')]);
  const renamed = `styles-${createHash('sha256').update(after).digest('hex').slice(0, 16)}.css`;
  const sri = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
  writeFileSync(join(site, renamed), after);
  rmSync(join(site, old));
  // index.html and each language's page (en.html, es.html, …) name it.
  const pages = readdirSync(site).filter((file) => file === 'index.html' || /^[a-z]{2}\.html$/.test(file));
  assert.ok(pages.length > 1, `the build has its pages: ${pages}`);
  for (const name of pages) {
    const page = readFileSync(join(site, name), 'utf8');
    assert.ok(page.includes(old) && page.includes(sri(before)), `${name} names the stylesheet with its integrity`);
    writeFileSync(join(site, name), page.replace(old, renamed).replace(sri(before), sri(after)));
  }
  execFileSync('node', [POST_BUILD, site]);
}

/** Every file under dir, as '/'-separated relative paths. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

test('the hosted page is installable: a manifest with relative start and scope, and icons that load', async () => {
  const site = await publishCopy();
  const app = await openApp(browser, site.url);
  try {
    const href = await app.page.locator('link[rel="manifest"]').getAttribute('href');
    assert.ok(href, 'the page links a manifest');
    const manifestUrl = new URL(href, site.url).href;
    const manifest = await (await app.page.request.get(manifestUrl)).json();
    assert.equal(manifest.name.startsWith('Aftercare'), true);
    assert.equal(manifest.short_name, 'Aftercare');
    assert.ok(manifest.description.length > 20, 'a description');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((icon) => icon.sizes);
    for (const size of ['any', '192x192', '512x512']) assert.ok(sizes.includes(size), `an icon of size ${size}`);
    assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'), 'a maskable icon');
    for (const icon of manifest.icons) {
      const url = new URL(icon.src, manifestUrl).href;
      assert.ok(url.startsWith(site.url), `${icon.src} is inside the sub-path`);
      const response = await app.page.request.get(url);
      assert.equal(response.status(), 200, `${icon.src} loads`);
      assert.equal(response.headers()['content-type'].split(';')[0], icon.type);
      if (icon.type === 'image/png') {
        const png = await response.body();
        const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        assert.equal(`${width}x${height}`, icon.sizes, `${icon.src} is really ${icon.sizes}`);
      }
    }
    assert.deepEqual(app.problems, []);
  } finally {
    await app.context.close();
    await site.close();
  }
});

/** What the worker precaches: the build less itself, the demo pages, the one-file copy and the
 * card maker (kept only on a device that opened it: tests/e2e/card.test.mjs). */
function precached(site) {
  return filesUnder(site)
    .filter((file) => file !== 'sw.js' && !file.startsWith('examples/') && !file.startsWith('card/') && file !== 'aftercare-offline.html')
    .map((file) => `/tools/aftercare/${file}`)
    .sort();
}

for (const deployment of ['published whole', 'published as the README says, without examples/']) {
  test(`after one visit the check runs with the network off (${deployment})`, async () => {
    const site = await publishCopy();
    if (deployment !== 'published whole') rmSync(join(site.site, 'examples'), { recursive: true });
    const app = await openApp(browser, site.url);
    try {
      const { names, keys } = await waitForWorker(app.page);
      assert.equal(names.length, 1, 'one versioned cache: the worker installed');
      assert.deepEqual(keys.sort(), precached(site.site), 'what the app needs, by its hashed names, and nothing of examples/');
      // A repeat visit is answered by the worker, not the network.
      const fromNetwork = [];
      app.page.on('response', (response) => {
        if (!response.fromServiceWorker() && response.url().startsWith(site.url)) fromNetwork.push(response.url());
      });
      await app.page.reload();
      await app.page.getByRole('button', { name: 'Start the check' }).waitFor();
      assert.deepEqual(fromNetwork.filter((url) => !url.endsWith('/sw.js')), [], 'a repeat visit comes from the cache');
      await app.context.setOffline(true);
      await app.page.reload();
      await app.page.getByRole('button', { name: 'Start the check' }).waitFor();
      assert.equal(await toResult(app.page), 'self-care');
      // The embed's address (with its configuration) is the same cached page.
      await app.page.goto(`${site.url}?compact=1`);
      // The app itself: the prerendered start screen has the same heading, with the full lead
      // (reading it before the app replaced it is how CI failed here in stop 22).
      await waitForApp(app.page);
      await waitForHeading(app.page, START_HEADING, { focused: false });
      assert.match(await app.page.locator('main .af-screen__lead').textContent(), /^Eight or nine short questions\./, 'compact, as asked');
      assert.deepEqual(app.problems, [], 'nothing failed to load');
    } finally {
      await app.context.close();
      await site.close();
    }
  });
}

test('the one-file copy is kept for offline use the first time it is downloaded', async () => {
  const site = await publishCopy();
  const app = await openApp(browser, site.url);
  try {
    await waitForWorker(app.page);
    const address = `${site.url}aftercare-offline.html`;
    const inCache = () => app.page.evaluate(async (url) => Boolean(await caches.match(url)), address);
    assert.equal(await inCache(), false, 'not precached: most people never download it');
    assert.equal((await app.page.evaluate(async (url) => (await fetch(url)).status, address)), 200);
    await app.page.waitForFunction(async (url) => Boolean(await caches.match(url)), address);
    await app.context.setOffline(true);
    assert.equal((await app.page.evaluate(async (url) => (await fetch(url)).status, address)), 200, 'then offline too');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.context.close();
    await site.close();
  }
});

test('a new build is announced, never forced: answers are kept, and switching is the person\u2019s choice', async () => {
  const site = await publishCopy();
  const app = await openApp(browser, site.url);
  const { page } = app;
  try {
    await waitForWorker(page);
    await begin(page);
    await answerAll(page, ORDINARY.slice(0, 2));
    const [key, label] = ORDINARY[2];
    await pick(page, key, label);
    const index = optionIndex(key, label);

    publishChangedBuild(site.site);

    // The person comes back to the tab: the page looks for a new version.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.locator('.af-update[aria-live="polite"]').getByText(UPDATE_READY);
    await notice.waitFor({ timeout: WAIT * 3 });
    await waitForHeading(page, QUESTIONS[key].heading, { focused: false });
    assert.ok(await input(page, key, index).isChecked(), 'the answer on screen is untouched');
    await assertNoAxeViolations(page, 'a question with the new-version notice');

    // "Not now": the notice goes, the check carries on.
    await page.getByRole('button', { name: 'Not now' }).click();
    await notice.waitFor({ state: 'detached' });
    await continueButton(page).click();
    await waitForHeading(page, QUESTIONS[ORDINARY[3][0]].heading);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForHeading(page, QUESTIONS[key].heading);

    // Opened again later, the waiting version is offered again; now the person switches.
    await page.reload();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(page, QUESTIONS[key].heading);
    await notice.waitFor({ timeout: WAIT * 3 });
    await Promise.all([page.waitForEvent('load', { timeout: WAIT * 3 }), page.getByRole('button', { name: 'Use the new version' }).click()]);

    // The reloaded page runs the new build and continues the check where it was, unasked.
    await page.waitForFunction(
      () => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.selectorText === '.af-published-later')),
      null,
      { timeout: WAIT * 3 },
    );
    await waitForHeading(page, QUESTIONS[key].heading, { focused: false });
    await waitChecked(page, key, index, true);
    assert.equal(await page.getByText('Continue where you left off?').count(), 0, 'not asked to continue');
    assert.equal(await page.getByText(UPDATE_READY).count(), 0, 'no notice once on the new version');
    const names = await page.evaluate(() => caches.keys());
    assert.equal(names.length, 1, 'the old version\u2019s cache is deleted');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.context.close();
    await site.close();
  }
});

test('"Use the new version" works in a second open tab too, after the first tab switched', async () => {
  const site = await publishCopy();
  const app = await openApp(browser, site.url);
  const first = app.page;
  try {
    await waitForWorker(first);
    const second = await app.context.newPage();
    const secondProblems = [];
    second.on('pageerror', (error) => secondProblems.push(error.message));
    await second.goto(site.url);
    await waitForWorker(second);
    await begin(second);
    const [key, label] = ORDINARY[0];
    await pick(second, key, label);
    const index = optionIndex(key, label);

    publishChangedBuild(site.site);
    for (const page of [first, second]) {
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.getByText(UPDATE_READY).waitFor({ timeout: WAIT * 3 });
    }
    // The first tab switches: the new version takes over the whole site, both tabs included.
    await Promise.all([first.waitForEvent('load', { timeout: WAIT * 3 }), first.getByRole('button', { name: 'Use the new version' }).click()]);
    await second.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

    // The second tab still offers the switch; taking it reloads into the new version too,
    // keeps that tab's answers, and leaves no marker behind.
    await Promise.all([second.waitForEvent('load', { timeout: WAIT * 3 }), second.getByRole('button', { name: 'Use the new version' }).click()]);
    await second.waitForFunction(
      () => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.selectorText === '.af-published-later')),
      null,
      { timeout: WAIT * 3 },
    );
    await waitForHeading(second, QUESTIONS[key].heading, { focused: false });
    await waitChecked(second, key, index, true);
    assert.equal(await second.getByText(UPDATE_READY).count(), 0, 'no notice once on the new version');
    assert.equal(await second.evaluate(() => sessionStorage.getItem('aftercare.switching')), null, 'the switch marker is gone');
    assert.deepEqual([...app.problems, ...secondProblems], []);
  } finally {
    await app.context.close();
    await site.close();
  }
});

test('inside a frame, even one of its own origin, the widget installs no worker', async () => {
  // The page that frames it is on the same origin, so the policy lets it frame its own pages.
  const site = await publishCopy({ 'Content-Security-Policy': `${CSP}; frame-src 'self'` });
  writeFileSync(join(site.site, 'framed.html'), '<!doctype html><title>host</title><iframe title="check" src="index.html?embed=1"></iframe>');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const workerRequests = [];
    page.on('request', (request) => request.url().endsWith('/sw.js') && workerRequests.push(request.url()));
    await page.goto(`${site.url}framed.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Start the check' }).waitFor({ timeout: WAIT });
    // The app registers its worker as it mounts; give a registration every chance to show.
    await page.waitForTimeout(500);
    assert.deepEqual(workerRequests, [], 'the worker script is never fetched');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.equal(await frame.getByRole('link', { name: 'Download for offline use' }).count(), 0);
  } finally {
    await context.close();
    await site.close();
  }
});

test('the hosted page offers the one-file copy for download', async () => {
  const site = await publishCopy();
  const app = await openApp(browser, site.url);
  try {
    const link = app.page.getByRole('link', { name: 'Download for offline use' });
    assert.equal(await link.getAttribute('href'), 'aftercare-offline.html');
    assert.equal(await link.getAttribute('download'), 'aftercare-offline.html');
    const [download] = await Promise.all([app.page.waitForEvent('download'), link.click()]);
    const saved = readFileSync(await download.path(), 'utf8');
    assert.equal(saved, readFileSync(join(site.site, 'aftercare-offline.html'), 'utf8'));
  } finally {
    await app.context.close();
    await site.close();
  }
});

test('the one file runs the whole check from file:// without a single request', async () => {
  const file = pathToFileURL(join(DIST, 'aftercare-offline.html')).href;
  const context = await browser.newContext({ offline: true });
  context.setDefaultTimeout(WAIT);
  try {
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(file);
    await waitForHeading(page, START_HEADING, { focused: false });
    assert.equal(await toResult(page), 'self-care');
    assert.deepEqual(requests, [file], 'the only request is the file itself');
    assert.deepEqual(problems, []);
    // A link to a file on this device would open nowhere else: print, but no share link.
    assert.equal(await page.getByRole('button', { name: /^Share/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /Print/ }).count(), 1);
    assert.equal(await page.getByRole('link', { name: 'Download for offline use' }).count(), 0);
    assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  } finally {
    await context.close();
  }
});

test('the one file holds everything: no address outside itself', () => {
  const html = readFileSync(join(DIST, 'aftercare-offline.html'), 'utf8');
  const addresses = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1]);
  assert.ok(addresses.length > 0);
  for (const address of addresses) assert.match(address, /^(data:|#|aftercare-offline\.html$)/, `${address} is inside the file`);
  assert.doesNotMatch(html, /rel=["']?(manifest|modulepreload|preload)/);
});

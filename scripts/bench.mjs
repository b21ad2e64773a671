// scripts/bench.mjs: how fast the check is on screen and ready, against a plain HTML page, in
// one run (`make bench`, after a release build). It prints figures and ratios and never fails
// on a timing: machines are noisy, so a budget is read, not asserted.
//
// Two pages, served from one local server with the production policy:
//   floor  dist/index.html with every script and preload taken out: the prerendered start
//          screen as plain HTML and CSS, the fastest this page could be;
//   app    dist/index.html as built (or the build in BENCH_APP_DIST, to measure an older
//          build against the same floor: the "before" of a change).
// For each, the median of RUNS loads (7 unless BENCH_RUNS says otherwise) in a fresh context:
//   (a) first screen visible: navigation to the frame in which the Start button is laid out
//       with the styles applied;
//   (b) app ready: navigation to the app running (the start-up script's `wasmBindings`);
//   (c) answer painted: a press of Start, a tap on an answer and a press of Continue, each to
//       the start of the frame that shows it (within one frame: at most 16.7 ms). Twice: pressed
//       the moment the app is ready, when its start-up work and every first run (the browser's
//       first layout of a question, the first call of each code path) land on the press; and
//       after a pause, as a person reading the start screen first would press.
// (a) and (b) again on an emulated slow connection (400 ms latency, 50 KB/s), then Lighthouse's
// mobile preset (simulated slow 4G and CPU) on both pages, driving the same Chromium.
// Files are served gzip-compressed, as from any real host: the simulated connections then carry
// the bytes a visitor's would (the budgets are in gzip too).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/harness.mjs';
import { DIST, serveDir } from '../tests/e2e/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const SLOW = { latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024, offline: false };
const FRAME_MS = 1000 / 60;

// ----- The two pages ------------------------------------------------------------------------

const root = mkdtempSync(join(tmpdir(), 'aftercare-bench-'));
cpSync(process.env.BENCH_APP_DIST || DIST, root, { recursive: true });
const index = readFileSync(join(DIST, 'index.html'), 'utf8');
const floor = index.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*\brel=(?:modulepreload|preload)\b[^>]*>/gi, '');
if (!floor.includes('id="af-start"')) throw new Error('bench: dist/index.html has no prerendered start screen (make build)');
writeFileSync(join(root, 'floor.html'), floor);
const server = await serveDir({ root, port: 0, gzip: true });
const PAGES = { floor: `${server.url}floor.html`, app: server.url };
// Every figure below assumes compressed files: say so loudly if they are not.
const probe = await fetch(PAGES.app, { headers: { 'Accept-Encoding': 'gzip' } });
if (probe.headers.get('content-encoding') !== 'gzip') throw new Error('bench: the local server sent the page uncompressed');

// ----- Measuring in the browser ---------------------------------------------------------------

// Notes in the page the moment of the first frame in which Start is laid out and styled. (Run
// in the page, so it holds its own lookup of Start: by id, or by its text in older builds.)
function noteFirstScreen() {
  const startButton = () =>
    document.getElementById('af-start') ?? [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the check');
  const check = () => {
    const start = startButton();
    const styled = [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet);
    if (start && styled && start.getBoundingClientRect().height > 0 && getComputedStyle(start).visibility === 'visible') {
      window.__firstScreen = performance.now();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

/** One load of `url`: (a), and for the app (b) and (c). */
async function load(url, { slow = false, answer = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
  }
  await page.addInitScript(noteFirstScreen);
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__firstScreen !== undefined, null, { timeout: 120_000, polling: 50 });
  const figures = { first: await page.evaluate(() => window.__firstScreen) };
  if (url !== PAGES.floor) {
    await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 120_000, polling: 20 });
    figures.ready = await page.evaluate(() => performance.now());
    if (answer) Object.assign(figures, await page.evaluate(measureAnswers, answer));
  }
  await context.close();
  return figures;
}

// In the page: a press of Start and a tap on the first answer; after a pause, also "None of
// these" and Continue, to the next question. Each is timed to the frame that shows its effect
// (the next animation frame after the DOM has changed). `when` is 'at-once' (the moment the app
// is ready) or 'after-pause' (half a second later, and a fifth of a second between presses).
async function measureAnswers(when) {
  // From `t0` (just before the press) to the start of the first frame whose paint shows the
  // change: animation-frame callbacks run just before the frame is painted, so the first one
  // that finds `changed()` true belongs to the frame that paints it.
  const painted = (t0, changed) =>
    new Promise((resolve) => {
      const check = () => (changed() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
  // At once means no task in between: a timer of 0 ms would still let the browser work first.
  const pause = (ms) => (when === 'at-once' ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms)));
  const press = (element, changed) => {
    const t0 = performance.now();
    element.click();
    return painted(t0, changed);
  };
  const heading = () => document.getElementById('af-heading')?.textContent ?? '';
  const startButton = () =>
    document.getElementById('af-start') ?? [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the check');
  await pause(500);
  const start = await press(startButton(), () => heading().includes('safety check'));
  await pause(200);
  const option = document.querySelector('.af-option__input');
  const pick = await press(option, () => option.checked);
  if (when === 'at-once') return { start, pick };
  await pause(200);
  const options = document.querySelectorAll('.af-option__input');
  const none = options[options.length - 1];
  await press(none, () => none.checked && !option.checked);
  await pause(200);
  const next = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Continue');
  const before = heading();
  const advance = await press(next, () => heading() !== before);
  return { start, pick, advance };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;

async function series(name, url, options) {
  const runs = [];
  // Interleaved with nothing else: one page's loads in a row, after one warm-up load.
  await load(url, options);
  for (let i = 0; i < RUNS; i++) runs.push(await load(url, options));
  const pick = (key) => (runs[0][key] === undefined ? undefined : median(runs.map((r) => r[key])));
  return { name, first: pick('first'), ready: pick('ready'), start: pick('start'), pick: pick('pick'), advance: pick('advance') };
}

// ----- Lighthouse ---------------------------------------------------------------------------

async function lighthouseRun(url) {
  // Installed by scripts/bench.sh into target/bench-tools, not a dev dependency.
  const tools = process.env.BENCH_TOOLS;
  if (!tools) throw new Error('bench: BENCH_TOOLS is not set: run it with make bench (scripts/bench.sh), or BENCH_LIGHTHOUSE=0');
  const { default: lighthouse } = await import(pathToFileURL(join(tools, 'lighthouse', 'core', 'index.js')).href);
  const chromeLauncher = await import(pathToFileURL(join(tools, 'chrome-launcher', 'dist', 'index.js')).href);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    const audits = result.lhr.audits;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

// ----- The run ------------------------------------------------------------------------------

try {
  console.log(`bench: ${RUNS} loads of each page (medians), Chromium ${browser.version()}`);
  const fast = [await series('floor', PAGES.floor), await series('app', PAGES.app, { answer: 'at-once' })];
  const paused = await series('app', PAGES.app, { answer: 'after-pause' });
  const slow = [await series('floor', PAGES.floor, { slow: true }), await series('app', PAGES.app, { slow: true })];

  const [floorFast, appFast] = fast;
  const [floorSlow, appSlow] = slow;
  const frames = (value) => `${ms(value)} (${(value / FRAME_MS).toFixed(2)} frames)`;
  console.log('\n| page | (a) first screen | (b) app ready |');
  console.log('| --- | --- | --- |');
  console.log(`| floor (plain HTML) | ${ms(floorFast.first)} | n/a |`);
  console.log(`| app | ${ms(appFast.first)} (${(appFast.first / floorFast.first).toFixed(2)}× the floor; target ≤ 1.15×) | ${ms(appFast.ready)} |`);
  console.log('\n(c) press to the frame that shows it (target: an answer within one frame, 16.7 ms; Start → question within two):');
  console.log('| pressed | Start → question | answer | Continue → next question |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| the moment the app is ready | ${frames(appFast.start)} | ${frames(appFast.pick)} | n/a |`);
  console.log(`| after a pause (0.5 s) | ${frames(paused.start)} | ${frames(paused.pick)} | ${frames(paused.advance)} |`);
  console.log(`\nslow connection (400 ms latency, 50 KB/s):`);
  console.log(`| page | (a) first screen | (b) app ready |`);
  console.log('| --- | --- | --- |');
  console.log(`| floor | ${ms(floorSlow.first)} | n/a |`);
  console.log(`| app | ${ms(appSlow.first)} (${(appSlow.first / floorSlow.first).toFixed(2)}× the floor; target ≤ 1.15×) | ${ms(appSlow.ready)} (target ≤ 5 s) |`);

  if (process.env.BENCH_LIGHTHOUSE === '0') {
    console.log('\nLighthouse: skipped (BENCH_LIGHTHOUSE=0)');
  } else {
    const lhFloor = await lighthouseRun(PAGES.floor);
    const lhApp = await lighthouseRun(PAGES.app);
    console.log(`\nLighthouse, mobile preset (simulated slow 4G, 4× slower CPU):`);
    console.log('| page | performance | largest paint | first paint | blocking time |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const [name, lh] of [['floor', lhFloor], ['app', lhApp]]) {
      console.log(`| ${name} | ${lh.score} | ${ms(lh.lcp)} | ${ms(lh.fcp)} | ${ms(lh.tbt)} |`);
    }
    console.log(`largest paint: app ${(lhApp.lcp / lhFloor.lcp).toFixed(2)}× the floor (target ≤ 1.20×); performance ${lhApp.score} (target ≥ 99)`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}

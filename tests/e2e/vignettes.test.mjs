// tests/e2e/vignettes.test.mjs: the clinical vignettes marked "browser" in
// tests/vignettes/vignettes.json, run through the real app in Chromium as the person would:
// each answer clicked, then the result checked for its tier, its heading, what it must and
// must not say, the plan's order, and the spa's booking link shown on self-care results only.
// The check runs embedded in a frame, as on a spa's page: only an embedding page can set the
// spa's name and booking link. tests/vignettes.rs runs every vignette natively.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import {
  appSuite,
  QUESTIONS,
  REVIEW_HEADING,
  begin,
  continueButton,
  pick,
  texts,
  waitForHeading,
  waitForResult,
} from './helpers.mjs';

const suite = JSON.parse(readFileSync(new URL('../vignettes/vignettes.json', import.meta.url), 'utf8'));
const inBrowser = suite.vignettes.filter((v) => v.browser);
const SPA = { followup: 'https://spa.example/book', name: 'Blue Lotus' };

/**
 * The check in a frame on a spa's page (another local server, as the embed tests use), with the
 * spa's settings in the frame's address as the snippet puts them; a tall frame, so nothing
 * resizes under a click. Returns the frame.
 */
async function embedded(top, id) {
  const url = new URL(top.url());
  url.search = new URLSearchParams({ embed: '1', ...SPA }).toString();
  url.hash = '';
  writeFileSync(
    join(hostRoot, `${id}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spa</title><link rel="icon" href="data:,"></head>` +
      `<body><iframe title="Aftercare" src="${url.href}" style="display:block;width:390px;height:4000px;border:0"></iframe></body></html>`,
  );
  await top.goto(`${host.url}${id}.html`);
  const frame = await (await top.locator('iframe').elementHandle()).contentFrame();
  await frame.getByRole('button', { name: 'Start the check' }).waitFor();
  return frame;
}

/** Answers the vignette's questions in the order the check asks them, then opens the result. */
async function answer(page, vignette) {
  await begin(page);
  for (const key of Object.keys(QUESTIONS)) {
    if (!(key in vignette.answers)) continue;
    const given = vignette.answers[key];
    const labels = Array.isArray(given) ? given : [given];
    const none = QUESTIONS[key].options.at(-1);
    for (const label of labels.length ? labels : [none]) await pick(page, key, label);
    if (key === 'warning-signs' && labels.length) {
      // A warning sign goes straight to the result.
      await continueButton(page, 'See what to do now').click();
      return;
    }
    await continueButton(page).click();
  }
  await waitForHeading(page, REVIEW_HEADING);
  await page.getByRole('button', { name: 'See my result', exact: true }).click();
}

let host;
let hostRoot;
before(async () => {
  hostRoot = mkdtempSync(join(tmpdir(), 'aftercare-spa-'));
  host = await serveDir({ root: hostRoot, port: 0, headers: {} });
});
after(async () => {
  await host?.close();
  rmSync(hostRoot, { recursive: true, force: true });
});

describe('clinical vignettes in the browser', () => {
  const { openFresh } = appSuite();

  test('a handful of the vignettes run in the browser', () => {
    assert.ok(inBrowser.length >= 5, `${inBrowser.length} vignettes marked browser`);
  });

  for (const vignette of inBrowser) {
    test(`${vignette.id} ${vignette.name} (${vignette.rule}): ${vignette.tier}`, () =>
      openFresh().then(async ({ context, page: top, problems }) => {
        try {
          const page = await embedded(top, vignette.id);
          await answer(page, vignette);

          assert.equal(await waitForResult(page), vignette.tier, vignette.person);
          assert.equal((await page.locator('h1#af-heading').textContent()).trim(), vignette.title);
          // Everything the person can read once they open each step and section.
          const closed = page.locator('section.af-result details:not([open]) > summary');
          while (await closed.count()) await closed.first().click();
          const text = (await page.locator('section.af-result').innerText()).replace(/\s+/g, ' ');
          for (const phrase of vignette.must_say) assert.ok(text.includes(phrase), `says "${phrase}"`);
          for (const phrase of [...vignette.must_not_say, ...suite.never_say]) {
            assert.ok(!text.toLowerCase().includes(phrase.toLowerCase()), `does not say "${phrase}"`);
          }
          if (vignette.plan) {
            assert.deepEqual(await texts(page.locator('ol.af-plan > li .af-plan__title')), vignette.plan);
          }
          if (vignette.last_step) {
            assert.equal((await texts(page.locator('ol.af-plan > li .af-plan__title'))).at(-1), vignette.last_step);
          }
          const booking = page.getByRole('link', { name: /Book a follow-up/ });
          assert.equal(await booking.count(), vignette.tier === 'self-care' ? 1 : 0, 'the booking link only beside self-care');
          // Nothing to press before the urgency: the first link or button comes after it.
          const before = await page.evaluate(() => {
            const urgency = document.querySelector('.af-urgency');
            const controls = [...document.querySelectorAll('section.af-result a, section.af-result button')];
            return controls.filter((c) => urgency.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING).length;
          });
          assert.equal(before, 0, 'no link or button before the urgency');
          // The spa's page itself is the only other origin, and it is ours to serve.
          assert.deepEqual(problems.filter((p) => !p.includes(host.url)), [], 'no console error, CSP violation, failed or cross-origin request');
        } finally {
          await context.close();
        }
      }));
  }
});

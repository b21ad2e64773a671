// tests/e2e/timeline.test.mjs: the recovery timeline's labels never overlap each other and never
// leave the chart, from a 320 px phone to a 1280 px desktop, wherever "you are here" falls.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, ORDINARY, begin, continueButton, openSection, pick, toResult, waitForResult } from './helpers.mjs';

const WIDTHS = [320, 390, 768, 1280];
const DAYS = ['Today', 'About a day ago', 'Two days ago', 'Three days ago', 'Four days ago or longer'];

/** The answers of an ordinary run on `day`, with "getting better" from the day after on. */
function onDay(day) {
  const later = DAYS.indexOf(day) >= 1 ? [['trend', 'Yes, it is getting better']] : [];
  return [ORDINARY[0], ['elapsed', day], ...later, ...ORDINARY.slice(2)];
}

/** Each label's box on screen, and the chart's. */
function labelBoxes(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.af-timeline__chart');
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return { chart: box(svg), labels: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent.trim(), ...box(t) })) };
  });
}

function overlaps(a, b) {
  const gap = 0.5; // rounding of glyph boxes
  return a.left < b.right - gap && b.left < a.right - gap && a.top < b.bottom - gap && b.top < a.bottom - gap;
}

async function checkAllWidths(page, where) {
  await openSection(page, 'Your recovery timeline');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const { chart, labels } = await labelBoxes(page);
    assert.ok(labels.length >= 8, `${where} at ${width}px: the labels are there (${labels.length})`);
    for (const label of labels) {
      const inside = label.left >= chart.left - 0.5 && label.right <= chart.right + 0.5 && label.top >= chart.top - 0.5 && label.bottom <= chart.bottom + 0.5;
      assert.ok(inside, `${where} at ${width}px: "${label.text}" leaves the chart`);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        assert.ok(!overlaps(labels[i], labels[j]), `${where} at ${width}px: "${labels[i].text}" overlaps "${labels[j].text}"`);
      }
    }
  }
}

describe('the timeline chart', () => {
  const { withApp } = appSuite();

  for (const day of DAYS) {
    test(`${day}: no label overlaps another or leaves the chart, 320 to 1280 px`, () =>
      withApp(async ({ page }) => {
        await toResult(page, onDay(day));
        await checkAllWidths(page, day);
      }));
  }

  test('with no day known (a warning sign): no overlap either', () =>
    withApp(async ({ page }) => {
      await begin(page);
      await pick(page, 'warning-signs', 'A fever');
      await continueButton(page, 'See what to do now').click();
      await waitForResult(page);
      await checkAllWidths(page, 'a warning sign');
    }));
});

// tests/engines/firefox.test.mjs: the smoke suite (smoke.mjs) in Firefox: Debian's firefox-esr,
// headless, driven over WebDriver BiDi by puppeteer-core (which downloads no browser of its
// own). The check from start to result in a spa's frame and as the one-file copy from file://,
// so a change that only Gecko minds (a CSS or DOM feature, the wasm start-up, the frame's
// messages) fails here before a person using Firefox finds it.
//
//   node --test tests/engines/firefox.test.mjs      (after `trunk build --release`)
import puppeteer from 'puppeteer-core';
import { engineSmokeSuite } from './smoke.mjs';

/** Debian's Firefox ESR (scripts/setup.sh installs it). */
export const FIREFOX = '/usr/bin/firefox-esr';

async function launchFirefox() {
  let browser;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  } catch (error) {
    throw new Error(`Firefox: could not start ${FIREFOX} (scripts/setup.sh installs it): ${error.message}`);
  }
  return {
    async newTab() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      let frame = page.mainFrame();
      return {
        engine: 'Firefox',
        async goto(url) {
          frame = page.mainFrame();
          await page.goto(url);
        },
        run: (fn, ...args) => frame.evaluate(fn, ...args),
        async click(find, ...args) {
          const handle = await frame.evaluateHandle(find, ...args);
          const element = handle.asElement();
          if (!element) {
            await handle.dispose();
            return false;
          }
          try {
            // Scrolls the element into view, then a real mouse click at its middle.
            await element.click();
            return true;
          } catch (error) {
            // Puppeteer finds where to click before it clicks: an element that has left the
            // page by then fails there, with nothing clicked.
            if (await element.evaluate((e) => e.isConnected).catch(() => false)) throw error;
            return false;
          } finally {
            await element.dispose();
          }
        },
        async enterFrame(selector) {
          const iframe = await page.mainFrame().$(selector);
          if (!iframe) throw new Error(`Firefox: no ${selector} to enter`);
          frame = await iframe.contentFrame();
          await iframe.dispose();
        },
        leaveFrame() {
          frame = page.mainFrame();
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

engineSmokeSuite('Firefox', launchFirefox);

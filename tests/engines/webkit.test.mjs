// tests/engines/webkit.test.mjs: the smoke suite (smoke.mjs) in WebKit, the engine of every
// browser on an iPhone: Debian's WebKitWebDriver (package webkit2gtk-driver) starts the
// MiniBrowser that Debian's WebKitGTK ships, with --automation, and this file speaks plain W3C
// WebDriver to it over HTTP (node's fetch, no client library). The check from start to result
// in a spa's frame and as the one-file copy from file://, so a change that only WebKit minds
// fails here before a person on an iPhone finds it.
//
// MiniBrowser has no headless mode: it needs an X display, so run this file under xvfb-run:
//   xvfb-run -a node --test tests/engines/webkit.test.mjs    (after `trunk build --release`)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { engineSmokeSuite } from './smoke.mjs';

/** Debian's WebDriver for WebKitGTK and the browser it drives (scripts/setup.sh installs both). */
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** How long the driver may take to answer, and a new session (the browser) to start. */
const DRIVER_START = 10_000;
const SESSION_START = 30_000;
/** How long any other WebDriver command may take. */
const COMMAND = 20_000;

/** The key under which WebDriver names an element in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free port on 127.0.0.1 (WebKitWebDriver cannot be told to pick one and say which). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port; resolves once it answers /status. */
async function startDriver() {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('WebKit: MiniBrowser needs a display and there is none: run this file under `xvfb-run -a` (scripts/test.sh does)');
  }
  const port = await freePort();
  // In a process group of its own, with the MiniBrowsers it starts: stop() ends them all, even
  // a browser whose session could not be closed (which would otherwise keep this file running).
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `status ${code}`)));
  let spawnError = null;
  child.once('error', (error) => (spawnError = error));
  async function stop() {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    if (child.exitCode === null && child.signalCode === null) await exited;
    child.stdout.destroy();
    child.stderr.destroy();
  }
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + DRIVER_START;
  for (;;) {
    if (spawnError) throw new Error(`WebKit: could not start ${WEBKIT_DRIVER}: ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`WebKit: ${WEBKIT_DRIVER} exited (${await exited}) before answering: ${output.trim()}`);
    }
    try {
      const status = await (await fetch(`${base}/status`, { signal: AbortSignal.timeout(1_000) })).json();
      if (status.value?.ready) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`WebKit: ${WEBKIT_DRIVER} did not answer on ${base} within ${DRIVER_START / 1000} s: ${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { base, output: () => output.trim(), stop };
}

/** Sends one WebDriver command; resolves to its value, or throws the driver's error. */
async function command(driver, method, path, body, timeout = COMMAND) {
  let response;
  try {
    response = await fetch(`${driver.base}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    const why = error.name === 'TimeoutError' ? `no answer within ${timeout / 1000} s` : error.message;
    throw new Error(`WebKit: ${method} ${path}: ${why}; the driver said: ${driver.output() || 'nothing'}`);
  }
  let value;
  try {
    ({ value } = await response.json());
  } catch {
    throw new Error(`WebKit: ${method} ${path}: HTTP ${response.status} without a WebDriver answer`);
  }
  if (!response.ok || value?.error) {
    const error = new Error(`WebKit: ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? ''}`.trim());
    error.code = value?.error;
    throw error;
  }
  return value;
}

/** The script that runs `fn` on WebDriver's arguments. */
const script = (fn) => `return (${fn}).apply(null, arguments);`;

/** One tab is one WebDriver session, with a MiniBrowser of its own. */
async function newTab(driver) {
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  const { sessionId } = await command(driver, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, SESSION_START);
  const session = (method, path, body) => command(driver, method, `/session/${sessionId}${path}`, body);
  const run = (fn, ...args) => session('POST', '/execute/sync', { script: script(fn), args });
  let frameSelector = null; // the <iframe> that run and click are in, if any
  const enterFrame = async (selector) => {
    await session('POST', '/frame', { id: null });
    // Found by a script rather than Find Element, which now and then failed here ("Could not
    // parse element info") right after the spa page was scrolled.
    const iframe = await run((s) => document.querySelector(s), selector);
    if (!iframe) throw new Error(`WebKit: no ${selector} to enter`);
    await session('POST', '/frame', { id: iframe });
    frameSelector = selector;
  };
  const leaveFrame = async () => {
    await session('POST', '/frame', { id: null });
    frameSelector = null;
  };
  // WebKit scrolls nothing outside a frame from another origin into view, neither for Element
  // Click nor for the frame's own scrollIntoView, and a click below the window's edge is lost.
  // So this scrolls the spa's page itself, as a person would, until `element` (in the frame) is
  // in the middle of the window.
  const bringIntoWindow = async (element) => {
    const box = await run((e) => {
      const { top, height } = e.getBoundingClientRect();
      return { top, height };
    }, element);
    const selector = frameSelector;
    await leaveFrame();
    await run(
      (selector, box) => {
        const frame = document.querySelector(selector).getBoundingClientRect();
        const top = scrollY + frame.top + box.top + box.height / 2 - innerHeight / 2;
        window.scrollTo({ top, behavior: 'instant' });
      },
      selector,
      box,
    );
    await enterFrame(selector);
  };
  return {
    engine: 'WebKit',
    async goto(url) {
      await leaveFrame();
      await session('POST', '/url', { url });
    },
    run,
    async click(find, ...args) {
      try {
        const element = await run(find, ...args);
        if (!element) return false;
        if (frameSelector) await bringIntoWindow(element);
        // WebDriver's Element Click scrolls the element into view inside its own document,
        // checks that nothing covers its middle and clicks there with the pointer.
        await session('POST', `/element/${element[ELEMENT]}/click`, {});
        return true;
      } catch (error) {
        // An element that has left the page is refused before anything is clicked.
        if (error.code === 'stale element reference') return false;
        throw error;
      }
    },
    enterFrame,
    leaveFrame,
    close: () => session('DELETE', ''),
  };
}

engineSmokeSuite('WebKit', async () => {
  const driver = await startDriver();
  return { newTab: () => newTab(driver), close: () => driver.stop() };
});

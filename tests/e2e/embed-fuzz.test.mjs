// tests/e2e/embed-fuzz.test.mjs: fuzzing of embed/embed.js, the snippet's script, with no
// browser: it runs in a node:vm context against a minimal fake DOM (a current script, host
// elements with a dataset, a fake iframe that records every property, attribute and style it
// is given, window listeners, CustomEvent), and is fed
//   - random data-* attribute sets (hostile links and schemes, markup, control, bidi and
//     random Unicode including lone surrogates, very long values, bad data-src) and script
//     tags (with and without data-allow-origins): it never throws; a frame's address is
//     always http(s), on the script's own origin or one its tag lists; the settings reach the
//     frame's query exactly as given, and only as query values; the div's own content (the
//     fallback link) is set aside, never lost; every host left without a frame gets a console
//     error; nothing else is written to the page; with data-mode="popup" the div holds a
//     button (data-label as its text, or the words; the accent only when it is a colour) and
//     a dialog that gets the frame when the button is pressed;
//   - random orders of the frame loading and the check's messages: the frame makes way for
//     the div's own content again exactly when it loaded and its own window never spoke;
//   - random message events (random shapes, wrong sources and origins, NaN, infinite,
//     negative and huge heights, __proto__ and constructor keys): it never throws; a frame's
//     height is only ever set, to a whole 0..100000 px, by a message from that frame's own
//     window and origin, and never on a popup's; the host receives only the three documented
//     events, in their exact shapes; "escape" closes a popup only from its own frame; no
//     prototype is polluted.
// Both the source and the minified copy a build publishes (dist/embed.js) are run.
// Every random choice comes from one seeded generator: a failure names the seed, and
// EMBED_FUZZ_SEED=<seed> repeats the run. EMBED_FUZZ_CASES sets the number of cases of each
// part (default 100,000; scripts/fuzz.sh runs more).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';

const SOURCE = readFileSync(new URL('../../embed/embed.js', import.meta.url), 'utf8');
const CASES = Number(process.env.EMBED_FUZZ_CASES || 100_000);
const SEED = process.env.EMBED_FUZZ_SEED ? Number(process.env.EMBED_FUZZ_SEED) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;

const MARK = 'data-aftercare-loaded';
const DEFAULT_TITLE = 'Aftercare: sore back after a massage check';
const DEFAULT_OPEN = 'Sore after your massage? Check it here';
const DEFAULT_ACCENT = '#0b6b73';
const ACCENT = /^#([0-9a-f]{3}){1,2}$/i;
const SCREENS = ['start', 'question', 'review', 'result'];
const URGENCY = ['self-care', 'contact-provider', 'urgent-care'];

/** mulberry32: a small seeded generator, so every run can be repeated from its seed. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n) => Math.floor(next() * n);
  const pick = (items) => items[below(items.length)];
  const chance = (p) => next() < p;
  /** Any UTF-16 code unit sequence: ASCII, controls, BMP, astral pairs and lone surrogates. */
  const char = () => {
    switch (below(6)) {
      case 0: return String.fromCharCode(below(0x20));
      case 1: return String.fromCharCode(0x20 + below(0x5f));
      case 2: return String.fromCharCode(below(0x10000));
      case 3: return String.fromCodePoint(0x10000 + below(0x100000));
      case 4: return String.fromCharCode(0xd800 + below(0x800));
      default: return pick(['\u202e', '\u2066', '\u200b', '\ufeff', '\u2028', '\u0000', '\u00a0', '"', "'", '<', '>', '&', '%', '#', '?', '/', '\\', ':', '@']);
    }
  };
  const text = (max) => {
    let s = '';
    for (let i = below(max + 1); i > 0; i--) s += char();
    return s;
  };
  return { next, below, pick, chance, char, text };
}

/** Values meant to hurt, as in tests/fuzz.rs, and good ones to splice them into. */
const HOSTILE = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'javascript://%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', 'file:///etc/passwd',
  '//evil.example', '///evil.example', '\\\\evil.example', '/\\evil.example', 'https:evil.example', 'https:/evil.example',
  'http://user:pass@evil.example', 'https://spa.example@evil.example', 'https://evil.example\\@spa.example', 'https://evil.example:99999',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</title><script>', '&lt;b&gt;',
  '{{7*7}}', '${7*7}', "'; DROP TABLE spas; --", '#7a3b69', '#ABC', '#abcd', 'red', '1', '0', 'true', 'false', '', ' ',
  'Blue Lotus Day Spa', 'https://spa.example/book', '\u0000', '\u001b[31m', '\r\n', '\u202e', '\u2066', '\u200b', '\ufeff',
  '\u2028', '\ud800', '\udfff', '𝕳𝖊𝖑𝖑𝖔', 'é', 'ß', 'İ', '👍🏽', 'ﷺ', 'ｊａｖａｓｃｒｉｐｔ:', '&embed=0', '&origin=https://evil.example',
  '?name=x#y', '%', '%ZZ', '%00', '%E2%80%AE', '+', '=', '__proto__', 'constructor', 'toString',
];

/** data-src values: http(s) addresses here and elsewhere, relative ones, other schemes, junk. */
const SOURCES = [
  'https://aftercare.example/tools/index.html', 'https://widget.example:8443/app/index.html?embed=0&origin=https://evil.example&name=x',
  'http://127.0.0.1:8080/index.html', 'HTTPS://AFTERCARE.EXAMPLE/index.html', '  https://aftercare.example/index.html  ',
  'index.html', '../index.html', '/index.html', '?x=1', '#frag', '//evil.example/index.html', '\\\\evil.example/x', '',
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://aftercare.example/1', 'about:blank', 'ftp://files.example/x',
  'ws://aftercare.example/', 'http://[', 'https://', 'https://:443', ':::', 'http://user:pass@evil.example/', 'https://[::1]:8443/',
  'https://bücher.example/x', 'https://evil.example:99999/',
];

const SCRIPT_SRCS = [
  'https://aftercare.example/embed.js', 'https://aftercare.example/tools/aftercare/embed.js?v=3#x', 'http://127.0.0.1:8080/embed.js',
  'https://widget.example:8443/a/b/embed.js', 'https://xn--bcher-kva.example/embed.js',
];
const PAGE_URLS = ['https://spa.example/book/now.html', 'http://localhost:3000/', 'https://spa.example/a/b/?q=1#top'];

/** A string like one a page might put in a data-* attribute. */
function attributeValue(r) {
  switch (r.below(9)) {
    case 0:
    case 1: return r.pick(HOSTILE);
    case 2:
    case 3: return r.text(12);
    case 4:
    case 5: return r.pick(HOSTILE) + r.text(4) + r.pick(HOSTILE);
    // Long: up to 800 characters, past every limit the widget sets (60, 200 and 500).
    case 6: return r.pick(['a', 'é', '👍', ' ', '\u202e', '%41', '<']).repeat(1 + r.below(800));
    default: return r.pick(['#7a3b69', '#abc', 'Blue Lotus Day Spa', 'https://spa.example/book', 'https://evil.example/book', 'HTTP://LOCALHOST:3000/x', '', '1', 'true', 'Spa <b>&amp;</b>']);
  }
}

/** A dataset as a real DOMStringMap holds it: string values only, for the attributes present. */
function dataset(r) {
  const data = Object.create(null);
  for (const key of ['accent', 'name', 'followup', 'title', 'theme']) {
    if (r.chance(0.5)) data[key] = attributeValue(r);
  }
  if (r.chance(0.5)) data.compact = r.chance(0.5) ? r.pick(['', 'true', '1']) : attributeValue(r);
  if (r.chance(0.3)) data.theme = r.pick(['light', 'dark', 'auto']);
  if (r.chance(0.3)) data.mode = r.chance(0.7) ? r.pick(['popup', 'inline']) : r.pick(['Popup', 'modal', '', ' popup', attributeValue(r)]);
  if (r.chance(0.3)) data.label = attributeValue(r);
  if (r.chance(0.3)) data.src = r.chance(0.6) ? r.pick(SOURCES) : r.chance(0.5) ? r.pick(SOURCES) + attributeValue(r) : attributeValue(r);
  if (r.chance(0.2)) data[r.pick(['aftercare', 'origin', 'embed', 'other', 'srcdoc', 'onload'])] = attributeValue(r);
  return data;
}

/** A string as URLSearchParams stores it: lone surrogates become U+FFFD. */
const wellFormed = (s) => String(s).toWellFormed();

/** The element each fake frame is in, if any. */
const parents = new WeakMap();

/** A fake element that records what is done to it; `content` is what the page put inside. */
function fakeHost(data, content = []) {
  const host = {
    dataset: data,
    attributes: new Map(),
    children: [...content],
    events: [],
    get firstChild() {
      return this.children[0] ?? null;
    },
    removeChild(child) {
      const at = this.children.indexOf(child);
      assert.ok(at >= 0, 'removeChild of a node that is not a child');
      this.children.splice(at, 1);
      parents.delete(child);
      return child;
    },
    hasAttribute(name) {
      return this.attributes.has(String(name).toLowerCase());
    },
    setAttribute(name, value) {
      this.attributes.set(String(name).toLowerCase(), String(value));
    },
    appendChild(child) {
      this.children.push(child);
      parents.set(child, this);
      return child;
    },
    dispatchEvent(event) {
      this.events.push(event);
      return true;
    },
  };
  return host;
}

/** A style object that records every write, in order. */
function recordingStyle() {
  const styleWrites = [];
  const style = new Proxy(
    {},
    {
      set(target, key, value) {
        styleWrites.push([key, value]);
        target[key] = value;
        return true;
      },
    },
  );
  return { style, styleWrites };
}

/** A fake iframe: every property, attribute and style write is recorded. */
function fakeFrame() {
  const { style, styleWrites } = recordingStyle();
  const record = { tag: 'iframe', props: {}, attributes: new Map(), style, styleWrites, contentWindow: { frame: true }, listeners: [] };
  const frame = new Proxy(record, {
    get(target, key, receiver) {
      if (key === 'style' || key === 'contentWindow') return target[key];
      if (key === 'setAttribute') return (name, value) => target.attributes.set(String(name).toLowerCase(), String(value));
      if (key === 'addEventListener') return (type, listener) => target.listeners.push([type, listener]);
      if (key === 'parentNode') return parents.get(receiver) ?? null;
      if (key === 'isConnected') return parents.has(receiver) && (parents.get(receiver).dataset !== undefined || parents.has(parents.get(receiver)));
      return target.props[key];
    },
    set(target, key, value) {
      target.props[key] = value;
      return true;
    },
  });
  return { frame, record };
}

/** A fake button or dialog: its properties, attributes, styles, listeners and children. */
function fakeElement(tag) {
  const { style, styleWrites } = recordingStyle();
  return {
    tag,
    style,
    styleWrites,
    attributes: new Map(),
    listeners: [],
    children: [],
    open: false,
    setAttribute(name, value) {
      this.attributes.set(String(name).toLowerCase(), String(value));
    },
    addEventListener(type, listener) {
      this.listeners.push([type, listener]);
    },
    appendChild(child) {
      this.children.push(child);
      parents.set(child, this);
      return child;
    },
    showModal() {
      this.open = true;
    },
    close() {
      if (!this.open) return;
      this.open = false;
      for (const [type, listener] of this.listeners) if (type === 'close') listener();
    },
    focus() {
      context.document.activeElement = this;
    },
    press(type = 'click') {
      for (const [event, listener] of this.listeners) if (event === type) listener();
    },
  };
}

class FakeCustomEvent {
  constructor(type, init) {
    this.type = type;
    this.init = init;
  }
}

// The source, and the minified copy the build publishes (scripts/post-build/embed.mjs) when
// there is a build: both must keep every rule.
const BUILT = new URL('../../dist/embed.js', import.meta.url);
const COPIES = [
  { name: 'embed/embed.js', script: new vm.Script(SOURCE, { filename: 'embed/embed.js' }) },
  ...(existsSync(BUILT) ? [{ name: 'dist/embed.js', script: new vm.Script(readFileSync(BUILT, 'utf8'), { filename: 'dist/embed.js' }) }] : []),
];
const errors = [];
const timers = [];
const context = vm.createContext({
  URL,
  CustomEvent: FakeCustomEvent,
  console: { error: (text) => errors.push(String(text)) },
  setTimeout: (callback, ms) => timers.push([callback, ms]),
});
const contextObjectProto = vm.runInContext('Object.prototype', context);
const contextArrayProto = vm.runInContext('Array.prototype', context);

/**
 * Runs `script` (a copy of embed.js) once on a page with these hosts, its script tag listing
 * `allowOrigins` (a string or null), in a browser with or without Web Share. Returns the frames it created, the
 * window's message listeners, the document's DOMContentLoaded listeners and the console
 * errors; the timers it set are in `timers`.
 */
function load({ script, scriptSrc, pageUrl, readyState = 'complete', hosts, allowOrigins = null, bookingOrigins = null, share = true }) {
  const frames = [];
  const messageListeners = [];
  const readyListeners = [];
  errors.length = 0;
  timers.length = 0;
  context.navigator = share ? { share() {} } : {};
  context.matchMedia = () => ({ matches: false });
  context.location = { origin: new URL(pageUrl).origin, href: pageUrl };
  context.window = {
    addEventListener(type, listener) {
      assert.equal(type, 'message');
      messageListeners.push(listener);
    },
  };
  context.document = {
    currentScript:
      scriptSrc == null
        ? null
        : {
            src: scriptSrc,
            getAttribute: (name) => (name === 'data-allow-origins' ? allowOrigins : name === 'data-booking-origins' ? bookingOrigins : null),
          },
    baseURI: pageUrl,
    readyState,
    querySelectorAll(selector) {
      assert.equal(selector, '[data-aftercare]');
      return hosts;
    },
    documentElement: { style: {} },
    createElement(tag) {
      if (tag === 'button' || tag === 'dialog') return fakeElement(tag);
      assert.equal(tag, 'iframe');
      const made = fakeFrame();
      frames.push(made.record);
      return made.frame;
    },
    addEventListener(type, listener) {
      assert.equal(type, 'DOMContentLoaded');
      readyListeners.push(listener);
    },
  };
  script.runInContext(context);
  return { frames, messageListeners, readyListeners, errors: [...errors] };
}

/** The origins a frame may come from: the script's own (when http(s)) and those its tag lists. */
/** The http(s) origin of an address, or null. */
function httpOrigin(address) {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function allowedOrigins(scriptSrc, allowOrigins) {
  // No current script (a module, or a script added by other code): no tag, so no list either.
  if (scriptSrc == null) return [];
  const listed = (allowOrigins ?? '').split(/\s+/).filter(Boolean).map(httpOrigin);
  return [scriptSrc ? httpOrigin(scriptSrc) : null, ...listed].filter(Boolean);
}

/** The sites a booking link may go to: the page's own, and those the script tag lists. */
function bookingSites(pageOrigin, scriptSrc, bookingOrigins) {
  const listed = scriptSrc == null ? [] : (bookingOrigins ?? '').split(/\s+/).filter(Boolean).map(httpOrigin);
  return [pageOrigin, ...listed].filter(Boolean);
}

/** Whether embed.js refuses `followup`: an http(s) address on a site not in `booking`. */
function refusesFollowup(followup, booking) {
  const site = httpOrigin(followup);
  return site ? !booking.includes(site) : /^\s*https?:/i.test(followup);
}

/** The address the frame of a host should have, or null when it should get none. */
function expectedAddress(data, scriptSrc, pageUrl, allowed) {
  let url;
  try {
    url = data.src ? new URL(data.src, pageUrl) : new URL('index.html', scriptSrc ?? undefined);
  } catch {
    return null;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && allowed.includes(url.origin) ? url : null;
}

/** Checks one host after loading: its frame (or none) and everything written to the page. */
function checkHost(host, content, pageOrigin, scriptSrc, pageUrl, allowed, where, booking = [pageOrigin]) {
  const data = host.dataset;
  const expected = expectedAddress(data, scriptSrc, pageUrl, allowed);
  if (!expected) {
    assert.deepEqual(host.children, content, `${where}: a frame for an unusable address, or its content lost`);
    assert.equal(host.attributes.size, 0, `${where}: host marked without a frame`);
    return null;
  }
  assert.deepEqual([...host.attributes], [[MARK, '']], `${where}: host attributes`);
  let frame;
  if (data.mode === 'popup') {
    // A button and a dialog, the content set aside; the frame joins the dialog at the first
    // press, after its close button.
    assert.deepEqual(host.children.map((child) => child.tag), ['button', 'dialog'], `${where}: popup`);
    const [button, dialog] = host.children;
    assert.equal(button.textContent, data.label || DEFAULT_OPEN, `${where}: the button's words`);
    assert.equal(button.type, 'button');
    assert.deepEqual(Object.keys(button).filter((key) => key === 'innerHTML' || key === 'outerHTML'), [], `${where}: markup`);
    const accent = ACCENT.test(data.accent || '') ? data.accent : DEFAULT_ACCENT;
    assert.equal(button.style.background, accent, `${where}: the button's colour`);
    assert.ok(['#fff', '#000'].includes(button.style.color), `${where}: the button's words' colour`);
    assert.deepEqual(dialog.children.map((child) => child.tag), ['button'], `${where}: no frame before the press`);
    button.press();
    assert.equal(dialog.open, true, `${where}: the dialog opens`);
    assert.equal(dialog.children.length, 2, `${where}: the frame in the dialog`);
    frame = dialog.children[1];
    dialog.children[0].press();
    assert.equal(dialog.open, false, `${where}: the close button closes it`);
  } else {
    assert.equal(host.children.length, 1, `${where}: expected exactly one frame, the content set aside`);
    frame = host.children[0];
  }
  const src = frame.src;
  assert.equal(typeof src, 'string', `${where}: frame src`);
  const url = new URL(src);
  assert.ok(url.protocol === 'http:' || url.protocol === 'https:', `${where}: frame src ${src}`);
  if (!data.src) {
    // The widget next to the script, whatever else the page set.
    const script = new URL(scriptSrc);
    assert.equal(url.origin, script.origin, `${where}: frame left the script's origin: ${src}`);
    assert.equal(url.pathname, new URL('index.html', script).pathname, `${where}: frame path`);
  } else {
    assert.equal(url.origin, expected.origin, `${where}: frame origin ${src} for data-src ${JSON.stringify(data.src)}`);
    assert.equal(url.pathname, expected.pathname, `${where}: frame path`);
  }
  // The settings: in the query, exactly as given, each once; embed and origin always ours.
  const q = url.searchParams;
  const given = data.src ? expected.searchParams : new URLSearchParams();
  assert.deepEqual(q.getAll('embed'), ['1'], `${where}: embed`);
  assert.deepEqual(q.getAll('origin'), [pageOrigin], `${where}: origin`);
  for (const key of ['accent', 'name', 'followup']) {
    const want = data[key] != null ? [wellFormed(data[key])] : given.getAll(key);
    // A booking link to a site neither the page's nor listed is not passed on (issue 27).
    const refused = key === 'followup' && data.followup != null && refusesFollowup(data.followup, booking);
    assert.deepEqual(q.getAll(key), refused ? [] : want, `${where}: ${key}`);
  }
  const compact = data.compact === '' || data.compact === 'true' || data.compact === '1';
  assert.deepEqual(q.getAll('compact'), compact ? ['1'] : given.getAll('compact'), `${where}: compact`);
  const theme = ['light', 'dark', 'auto'].includes(data.theme) ? data.theme : 'light';
  assert.deepEqual(q.getAll('theme'), [theme], `${where}: theme (light unless light, dark or auto is given)`);
  const known = new Set(['embed', 'origin', 'accent', 'name', 'followup', 'compact', 'theme']);
  for (const key of new Set(q.keys())) {
    if (!known.has(key)) assert.deepEqual(q.getAll(key), given.getAll(key), `${where}: stray parameter ${key}`);
  }
  assert.equal(url.hash, data.src ? expected.hash : '', `${where}: hash`);
  return frame;
}

/** Checks a frame's record: only the expected properties, attributes, styles and listeners. */
function checkFrameRecord(record, data, share, where) {
  const compact = data.compact === '' || data.compact === 'true' || data.compact === '1';
  const popup = data.mode === 'popup';
  assert.deepEqual(Object.keys(record.props).sort(), ['src', 'title'], `${where}: frame properties`);
  assert.equal(record.props.title, data.title || DEFAULT_TITLE, `${where}: title`);
  assert.deepEqual(
    [...record.attributes],
    [
      // Web Share named only where the browser has it: elsewhere it earns a console warning.
      ['allow', share ? 'clipboard-write; web-share' : 'clipboard-write'],
      // Inline, the frame loads when it scrolls into view; a popup's loads when it opens.
      ...(popup ? [] : [['loading', 'lazy']]),
    ],
    `${where}: frame attributes`,
  );
  assert.deepEqual(record.listeners.map(([type]) => type), ['load'], `${where}: frame listeners`);
  assert.deepEqual(
    record.styleWrites,
    [
      ['display', 'block'],
      ['width', '100%'],
      ['border', '0'],
      ...(popup ? [['flex', '1'], ['minHeight', '0']] : [['minHeight', compact ? '320px' : '480px']]),
    ],
    `${where}: frame style`,
  );
}

function prototypeKeys() {
  return [Object.prototype, Array.prototype, contextObjectProto, contextArrayProto].map((p) => Reflect.ownKeys(p).map(String).sort().join());
}

/** Runs `fn`; a failure names the seed and, through `where()`, the case. */
function withSeed(where, fn) {
  try {
    fn();
  } catch (error) {
    error.message = `[EMBED_FUZZ_SEED=${SEED}] ${where()}: ${error.message}`;
    throw error;
  }
}

for (const copy of COPIES) {
  test(`${copy.name}: ${CASES} random data-* attribute sets (seed ${SEED})`, () => {
    const r = generator(SEED);
    const protos = prototypeKeys();
    let sets = 0;
    let framed = 0;
    let run = 0;
    const start = performance.now();
    while (sets < CASES) {
      run++;
      const scriptSrc = r.chance(0.03) ? r.pick([null, '', 'about:blank', 'data:text/javascript,1']) : r.pick(SCRIPT_SRCS);
      const pageUrl = r.pick(PAGE_URLS);
      // The script tag lists other sites now and then: ones data-src names, junk, or both.
      const allowOrigins = r.chance(0.7)
        ? null
        : Array.from({ length: 1 + r.below(3) }, () => (r.chance(0.6) ? r.pick(SOURCES) : attributeValue(r))).join(r.pick([' ', '  ', '\n']));
      // And sites a booking link may go to: the page's own, others, junk.
      const bookingOrigins = r.chance(0.7)
        ? null
        : Array.from({ length: 1 + r.below(3) }, () => r.pick(['https://spa.example', 'http://localhost:3000', 'https://evil.example', 'spa.example', attributeValue(r)])).join(' ');
      const share = r.chance(0.5);
      const contents = [];
      const hosts = Array.from({ length: 1 + r.below(3) }, () => {
        const content = Array.from({ length: r.below(3) }, (_, i) => ({ fallback: i }));
        contents.push(content);
        return fakeHost(dataset(r), content);
      });
      // Now and then a host the script already mounted (a second copy of the snippet).
      if (r.chance(0.05)) hosts[0].setAttribute(MARK, '');
      const premarked = hosts[0].attributes.size > 0;
      const readyState = r.chance(0.2) ? 'loading' : 'complete';
      const where = () => `page load ${run} ${json({ scriptSrc, pageUrl, readyState, allowOrigins, bookingOrigins, share, data: hosts.map((h) => h.dataset) })}`;
      withSeed(where, () => {
        const loaded = load({ script: copy.script, scriptSrc, pageUrl, readyState, hosts, allowOrigins, bookingOrigins, share });
        const allowed = allowedOrigins(scriptSrc, allowOrigins);
        // A second scan (DOMContentLoaded) adds nothing to a host that has its frame.
        for (const listener of loaded.readyListeners) listener();
        assert.equal(loaded.readyListeners.length, readyState === 'loading' ? 1 : 0);
        const pageOrigin = new URL(pageUrl).origin;
        let made = 0;
        let refused = 0;
        hosts.forEach((host, i) => {
          const where = `host ${i}`;
          if (i === 0 && premarked) {
            assert.deepEqual(host.children, contents[0], `${where}: mounted twice`);
            return;
          }
          const frame = checkHost(host, contents[i], pageOrigin, scriptSrc, pageUrl, allowed, where, bookingSites(pageOrigin, scriptSrc, bookingOrigins));
          if (frame) {
            made++;
            checkFrameRecord(loaded.frames[made - 1], host.dataset, share, where);
          } else {
            refused++;
          }
        });
        assert.equal(loaded.frames.length, made, 'frames created but not placed');
        assert.equal(loaded.messageListeners.length, made, 'one message listener per frame');
        // Each host left without a frame is explained in the console (a bad data-src, a site not
        // listed, a bad data-theme or data-allow-origins item may add more).
        assert.ok(loaded.errors.length >= refused, `${refused} hosts refused, ${loaded.errors.length} console errors`);
        assert.ok(loaded.errors.every((e) => e.startsWith('Aftercare: ')), 'console errors name the widget');
        assert.deepEqual(timers, [], 'no timer before a frame loads');
        framed += made;
      });
      sets += hosts.length;
    }
    assert.deepEqual(prototypeKeys(), protos, 'a prototype was changed');
    const ms = performance.now() - start;
    console.log(`embed fuzz: ${sets} data-* sets in ${run} page loads, ${framed} frames, ${ms.toFixed(0)} ms, seed ${SEED}`);
    assert.ok(framed > sets / 3 && framed < sets, 'the fuzz reaches both outcomes');
  });

  /** A number a message might carry as a height (or not a number at all). */
  function height(r) {
    switch (r.below(4)) {
      case 0:
        return r.pick([NaN, Infinity, -Infinity, -0, 0, -1, 1e5, 1e5 + 1, 1e5 - 0.5, 99999.01, 1e-300, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e21]);
      case 1:
        return r.pick(['100', '100px', '', null, undefined, true, [], [500], { valueOf: 5 }, 5n, new Number(5), new Date(5)]);
      case 2:
        return r.next() * 2e5 - 5e4;
      default:
        return r.below(100_001);
    }
  }

  /** A random value of any shape a message can carry. */
  function anything(r, depth = 0) {
    switch (r.below(depth > 2 ? 5 : 8)) {
      case 0: return r.pick([null, undefined, true, false, 0, -1, NaN, '', 'aftercare', 'height', 'question', 1n]);
      case 1: return r.text(8);
      case 2: return height(r);
      case 3: return r.pick(HOSTILE);
      case 4: return r.pick(['source', 'type', 'height', 'screen', 'step', 'total', 'urgency']);
      case 5: return Array.from({ length: r.below(4) }, () => anything(r, depth + 1));
      case 6: {
        // Keys a message should never be able to use, as JSON.parse or a structured clone
        // would produce them: own properties named __proto__, constructor, prototype.
        const entries = Array.from({ length: r.below(4) }, () => [
          r.pick(['__proto__', 'constructor', 'prototype', 'source', 'type', 'height', 'toString', 'hasOwnProperty', r.text(3)]),
          json(anything(r, depth + 1)),
        ]);
        return JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);
      }
      default: {
        const object = {};
        for (let i = r.below(4); i > 0; i--) object[r.pick(['source', 'type', 'height', 'screen', 'step', 'total', 'urgency', r.text(3)])] = anything(r, depth + 1);
        return object;
      }
    }
  }

  /** A message that is nearly right: the widget's shape with one or more parts wrong. */
  function message(r) {
    if (r.chance(0.25)) return anything(r);
    const m = r.chance(0.5) ? {} : JSON.parse('{"__proto__":{"source":"aftercare","type":"height","height":1}}');
    m.source = r.chance(0.85) ? 'aftercare' : r.pick(['Aftercare', 'aftercare ', '', null, ['aftercare'], { toString: 'aftercare' }]);
    m.type = r.chance(0.85) ? r.pick(['height', 'height', 'height', 'ready', 'step', 'result', 'escape']) : r.pick(['Height', 'heights', '', null, 'constructor', '__proto__', 1]);
    if (r.chance(0.8)) m.height = height(r);
    if (r.chance(0.8)) m.screen = r.chance(0.8) ? r.pick(SCREENS) : r.pick(['Question', 'indexOf', 'length', '0', 0, null, ['start'], 'constructor']);
    const step = () => (r.chance(0.7) ? r.below(20) : r.pick([-1, 1.5, NaN, Infinity, '3', null, 2 ** 53, -0, 1e300]));
    if (r.chance(0.8)) m.step = step();
    if (r.chance(0.8)) m.total = step();
    if (r.chance(0.8)) m.urgency = r.chance(0.8) ? r.pick(URGENCY) : r.pick(['urgent', 'Self-care', 'self-care ', null, 0, 'length']);
    if (r.chance(0.1)) m[r.text(3)] = anything(r);
    return m;
  }

  /** What a message from the frame's own window and origin should do: [kind, value]. */
  function expectedEffect(d) {
    if (!d || typeof d !== 'object' || d.source !== 'aftercare') return null;
    switch (d.type) {
      case 'height': {
        const h = d.height;
        return typeof h === 'number' && h >= 0 && h <= 1e5 ? ['height', `${Math.ceil(h)}px`] : null;
      }
      case 'ready':
        return ['event', 'aftercare:ready', {}];
      case 'step': {
        const screen = d.screen;
        if (!SCREENS.includes(screen)) return null;
        if (screen !== 'question') return ['event', 'aftercare:step', { screen, step: null, total: null }];
        const whole = (n) => Number.isInteger(n) && n >= 0;
        if (!whole(d.step) || !whole(d.total)) return null;
        return ['event', 'aftercare:step', { screen, step: d.step, total: d.total }];
      }
      case 'result':
        return URGENCY.includes(d.urgency) ? ['event', 'aftercare:result', { urgency: d.urgency }] : null;
      case 'escape':
        return ['escape'];
      default:
        return null;
    }
  }

  test(`${copy.name}: ${CASES} random message events (seed ${SEED})`, () => {
    const r = generator(SEED ^ 0x9e3779b9);
    const protos = prototypeKeys();
    const pageUrl = 'https://spa.example/book/now.html';
    const hosts = [
      fakeHost(Object.assign(Object.create(null), { accent: '#7a3b69' })),
      fakeHost(Object.assign(Object.create(null), { src: 'https://widget.example:8443/app/index.html' })),
      fakeHost(Object.assign(Object.create(null), { src: 'javascript:alert(1)' })),
      fakeHost(Object.assign(Object.create(null), { src: 'http://127.0.0.1:8080/index.html' })),
      fakeHost(Object.assign(Object.create(null), { mode: 'popup' })),
    ];
    const loaded = load({ script: copy.script, scriptSrc: 'https://aftercare.example/tools/embed.js', pageUrl, hosts, allowOrigins: 'https://widget.example:8443 http://127.0.0.1:8080/' });
    // The popup's frame joins its dialog at the first press of its button.
    const [popupButton, dialog] = hosts[4].children;
    popupButton.press();
    const mounted = [...hosts.slice(0, 4).filter((h) => h.children.length === 1), hosts[4]];
    assert.equal(mounted.length, 4);
    assert.equal(loaded.messageListeners.length, 4);
    const frames = mounted.map((host, i) => {
      const popup = host === hosts[4];
      const frame = popup ? dialog.children[1] : host.children[0];
      return { host, popup, record: loaded.frames[i], origin: new URL(frame.src).origin };
    });
    const windows = frames.map((f) => f.record.contentWindow);
    const origins = frames.map((f) => f.origin);
    const otherSources = [null, undefined, context.window, {}, { frame: true }, hosts[0]];
    const otherOrigins = ['null', '', 'https://evil.example', 'https://spa.example', 'https://aftercare.example/', 'HTTPS://AFTERCARE.EXAMPLE', 'https://aftercare.example:443', 'https://widget.example', 'http://127.0.0.1:8081'];
    const tally = { height: 0, event: 0, closed: 0, ignored: 0 };
    const start = performance.now();
    for (let n = 0; n < CASES; n++) {
      const target = r.below(frames.length);
      const source = r.chance(0.75) ? windows[target] : r.chance(0.5) ? r.pick(windows) : r.pick(otherSources);
      const origin = r.chance(0.75) ? origins[target] : r.chance(0.5) ? r.pick(origins) : r.chance(0.7) ? r.pick(otherOrigins) : r.text(12);
      const data = message(r);
      const event = { data, origin, source, type: 'message' };
      if (!dialog.open) popupButton.press();
      const before = frames.map((f) => [f.record.styleWrites.length, f.host.events.length]);
      withSeed(() => `message ${n} ${describe(event)}`, () => {
        for (const listener of loaded.messageListeners) listener(event);
        frames.forEach((frame, i) => {
          const ownMessage = source === windows[i] && origin === origins[i];
          const effect = ownMessage ? expectedEffect(data) : null;
          const writes = frame.record.styleWrites.slice(before[i][0]);
          const events = frame.host.events.slice(before[i][1]);
          if (effect && effect[0] === 'height' && !frame.popup) {
            // The height, then the room kept for it is released.
            assert.deepEqual(writes, [['height', effect[1]], ['minHeight', '0']], `frame ${i}: height`);
            const px = Number(effect[1].slice(0, -2));
            assert.ok(/^(0|[1-9][0-9]*)px$/.test(effect[1]) && px >= 0 && px <= 100_000, `frame ${i}: height ${effect[1]}`);
            tally.height++;
          } else {
            assert.deepEqual(writes, [], `frame ${i}: style changed by a message it should ignore`);
          }
          // Escape from a popup's own frame closes it (and the host hears that); inline, or
          // from anywhere else, it changes nothing.
          const closes = frame.popup && effect && effect[0] === 'escape';
          if (frame.popup) assert.equal(dialog.open, !closes, `frame ${i}: the popup ${closes ? 'closes' : 'stays open'}`);
          if (closes) {
            assert.deepEqual(events.map((e) => e.type), ['aftercare:close'], `frame ${i}: close`);
            tally.closed++;
          } else if (effect && effect[0] === 'event') {
            assert.equal(events.length, 1, `frame ${i}: one event`);
            const [e] = events;
            assert.equal(e.type, effect[1]);
            assert.deepEqual(Object.keys(e.init).sort(), ['bubbles', 'detail']);
            assert.equal(e.init.bubbles, true);
            assert.deepEqual({ ...e.init.detail }, effect[2], `frame ${i}: event detail`);
            assert.deepEqual(Object.keys(e.init.detail), Object.keys(effect[2]), `frame ${i}: event detail keys`);
            tally.event++;
          } else {
            assert.deepEqual(events, [], `frame ${i}: event from a message it should ignore`);
          }
          if (!effect || (effect[0] === 'height' && frame.popup)) tally.ignored++;
        });
      });
    }
    // Every height ever set is a whole number of pixels in range; the only other write after
    // mounting releases the room kept before the first height.
    for (const frame of frames) {
      for (const [key, value] of frame.record.styleWrites.slice(4)) {
        if (key === 'minHeight') {
          assert.equal(value, '0');
          continue;
        }
        assert.equal(key, 'height');
        assert.match(value, /^(0|[1-9][0-9]*)px$/);
        assert.ok(Number(value.slice(0, -2)) <= 100_000);
      }
    }
    assert.deepEqual(prototypeKeys(), protos, 'a prototype was changed');
    assert.equal(({}).source, undefined, 'Object.prototype polluted');
    const ms = performance.now() - start;
    console.log(`embed fuzz: ${CASES} messages, ${tally.height} heights set, ${tally.event} events, ${tally.closed} popups closed, ${tally.ignored} ignored (per frame), ${ms.toFixed(0)} ms, seed ${SEED}`);
    assert.ok(tally.height > CASES / 50 && tally.event > CASES / 50 && tally.closed > CASES / 500, 'the fuzz reaches every outcome');
  });

  test(`${copy.name}: ${CASES / 10} random orders of the frame loading and the check speaking (seed ${SEED})`, () => {
    const r = generator(SEED ^ 0x51ce77ed);
    const origin = 'https://aftercare.example';
    const tally = { removed: 0, kept: 0 };
    for (let n = 0; n < CASES / 10; n++) {
      const content = [{ fallback: 0 }, { fallback: 1 }];
      const host = fakeHost(Object.create(null), content);
      const loaded = load({ script: copy.script, scriptSrc: `${origin}/embed.js`, pageUrl: 'https://spa.example/', hosts: [host] });
      const record = loaded.frames[0];
      const listener = loaded.messageListeners[0];
      const onLoad = record.listeners[0][1];
      // The frame's window: the empty page it starts on can be read; another site's cannot.
      let blank = false;
      Object.defineProperty(record.contentWindow, 'location', {
        get() {
          if (blank) return { href: 'about:blank' };
          throw new Error('SecurityError: another origin');
        },
      });
      const steps = [];
      let spoke = false;
      let removed = false;
      const due = [];
      const fireTimer = () => {
        const [callback, ms] = timers.shift();
        assert.ok(ms >= 2000, `a check gets at least 2 s after loading to speak: ${ms} ms`);
        const expectRemoved = !spoke && !removed;
        callback();
        due.shift();
        if (expectRemoved) removed = true;
      };
      withSeed(() => `order ${n}: ${steps.join(', ')}`, () => {
        for (let i = 1 + r.below(6); i > 0; i--) {
          const step = r.pick(['blank load', 'load', 'own message', 'stranger message', 'timer']);
          steps.push(step);
          if (step === 'blank load') {
            blank = true;
            onLoad();
            blank = false;
          } else if (step === 'load') {
            onLoad();
            due.push(true);
          } else if (step === 'own message') {
            listener({ source: record.contentWindow, origin, data: { source: 'aftercare', type: r.pick(['loading', 'ready', 'height', 'anything']) } });
            spoke = true;
          } else if (step === 'stranger message') {
            const [source, from, data] = r.pick([
              [{}, origin, { source: 'aftercare', type: 'loading' }],
              [record.contentWindow, 'https://evil.example', { source: 'aftercare', type: 'loading' }],
              [record.contentWindow, origin, { source: 'other', type: 'loading' }],
              [record.contentWindow, origin, 'aftercare'],
            ]);
            listener({ source, origin: from, data });
          } else if (timers.length > 0) {
            fireTimer();
          }
          assert.equal(timers.length, due.length, 'one timer per loaded page, none for the empty one');
        }
        while (timers.length > 0) fireTimer();
        if (removed) {
          assert.deepEqual(host.children, content, 'the div\u2019s own content is back, in order');
          assert.ok(errors.some((e) => /nothing answered from "https:\/\/aftercare\.example\/index\.html"/.test(e)), `a console error: ${errors}`);
          tally.removed++;
        } else {
          assert.equal(host.children.length, 1, 'the frame stays');
          assert.equal(host.children[0].src, `${origin}/index.html?embed=1&origin=https%3A%2F%2Fspa.example&theme=light`);
          tally.kept++;
        }
      });
    }
    console.log(`embed fuzz: ${CASES / 10} orders, ${tally.removed} frames gave way to the div's content, ${tally.kept} kept, seed ${SEED}`);
    assert.ok(tally.removed > CASES / 100 && tally.kept > CASES / 100, 'the fuzz reaches both outcomes');
  });
}

/** JSON for any value the generators make (a BigInt as a string, undefined as null). */
function json(value) {
  try {
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)) ?? 'null';
  } catch {
    return JSON.stringify(String(value));
  }
}

/** A short description of an event for a failure message. */
function describe(event) {
  const source = event.source === null ? 'null' : typeof event.source;
  return `data=${json(event.data)} origin=${json(event.origin)} source=${source}`;
}

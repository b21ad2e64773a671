// scripts/post-build/startup.mjs: moves Trunk's inline start-up script into its own file.
// Trunk writes `<script type=module>import init … await init(…)</script>` into index.html; a
// strict Content-Security-Policy (`script-src 'self'`) refuses inline scripts, and a static
// host cannot add a nonce, so the code goes to `start-<hash>.js` and the page loads it by
// address, with an integrity hash like Trunk's other files. Running it again on a page that
// has no inline script changes nothing.
//
// One change on the way: the glue is imported dynamically, inside a try, so a glue or wasm
// that cannot load or start (a failed download, an old browser, a host policy without
// 'wasm-unsafe-eval') shows the page's static fallback at once (html.af-failed) instead of
// an empty box.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity, linkTags, shortHash } from './html.mjs';
import { minifyScript } from './minify.mjs';

export async function externalizeStartup(dir, words) {
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    (match) => !/\bsrc\s*=/.test(match[1]) && match[2].trim() !== '',
  );
  if (inline.length === 0) return null;
  if (inline.length > 1) throw new Error(`startup: expected one inline script in index.html, found ${inline.length}`);
  const [whole, , code] = inline[0];
  const { script, wasmPreload } = guarded(code.trim(), html, words);
  // Minified like the glue (its source is the snippets below, which keep their comments).
  const bytes = Buffer.from(`${await minifyScript(script, { module: true, ecma: 2020 })}\n`);
  const name = `start-${shortHash(bytes)}.js`;
  writeFileSync(join(dir, name), bytes);
  const tag = `<script type=module src=./${name} integrity=${integrity(bytes)}></script>`;
  // The wasm's preload goes: it would share a slow connection with the stylesheets the first
  // screen waits for. The start-up script fetches the wasm itself, with the same integrity
  // hash, as soon as it runs (after the styles, which scripts wait for), and the glue in
  // parallel. The glue keeps its modulepreload, which is what checks its integrity.
  writeFileSync(indexPath, html.replace(whole, tag).replace(wasmPreload, ''));
  return name;
}

// Framed, the origin of the embedding page, as the page was given it (`origin=`), when it is
// one: messages go only there (the browser delivers them only if the parent really is it).
// Here and in the one-file copy, which is never framed.
// The page's query, which HOST, EARLY and chooseLanguage read (the last occurrence of a name
// counts, as in the app).
export const QUERY = `const afQuery = new URLSearchParams(location.search);\n`;

export const HOST =
  `const afHost = ((host) => window.parent !== window && host && /^https?:\\/\\/[^/?#@\\\\]+$/.test(host) ? host : null)(\n` +
  `  afQuery.getAll('origin').pop());\n`;

// Before the app starts: keep hold of the static fallback (the app takes it out of the page while
// it runs) and show it, in place of the screen, when an error escapes every handler: a
// JavaScript exception, or the wasm stopping (a panic aborts: Cargo.toml's release profile).
// Plain DOM calls that need nothing of the app, which after a
// crash cannot be trusted to run. Here and in the one-file copy.
export const UNCAUGHT =
  `const fallback = document.getElementById('af-fallback');\n` +
  `const showFallback = () => {\n` +
  `  const place = document.querySelector('main.af-app') ?? document.getElementById('af-root') ?? document.body;\n` +
  `  if (fallback && !place.contains(fallback)) place.append(fallback);\n` +
  `  document.documentElement.classList.add('af-failed');\n` +
  `  document.getElementById('af-fallback-heading')?.focus();\n` +
  // Embedded, the host sizes its frame to the fallback (the app's own reports stopped with it).
  `  if (afHost) try { window.parent.postMessage({ source: 'aftercare', type: 'height', height: place.offsetTop + place.offsetHeight }, afHost); } catch {}\n` +
  `};\n` +
  `const stopped = (error) => {\n` +
  `  if (document.documentElement.classList.contains('af-failed')) return;\n` +
  `  console.error('Aftercare stopped:', error);\n` +
  `  try { sessionStorage.removeItem('aftercare.session'); } catch {}\n` +
  `  showFallback();\n` +
  `};\n` +
  `addEventListener('error', (event) => stopped(event.error ?? event.message));\n` +
  `addEventListener('unhandledrejection', (event) => stopped(event.reason));\n`;

// Before the wasm arrives, in the hosted page only (the one-file copy is opened without a query
// and never framed):
//   - html.af-loading says the app is on its way, so the static fallback, if a slow
//     connection makes it appear, says "still loading" rather than "start again" (FAILED and
//     the error handler below replace it with af-failed when loading really fails);
//   - the colour scheme a `theme=light|dark` asks for goes on the root before the first paint,
//     so a light spa page never flashes a dark box (the app checks the value again and warns
//     of a bad one; the last occurrence counts, as there);
//   - framed, it tells the embedding page at once that this is the check (embed.js waits for
//     that, and puts the spa's fallback link back when a wrong address never says it). The
//     message carries nothing, and goes only to the origin the page was given;
//   - framed, it passes Escape on to the embedding page, whose keys a frame's never reach, so
//     the embed's popup closes on it as any dialog does (from the first paint, not only once
//     the app runs).
export const EARLY =
  `{\n` +
  `document.documentElement.classList.add('af-loading');\n` +
  `const theme = afQuery.getAll('theme').pop();\n` +
  `if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-af-theme', theme);\n` +
  `if (afHost) try { window.parent.postMessage({ source: 'aftercare', version: 1, type: 'loading' }, afHost); } catch {}\n` +
  `if (afHost) addEventListener('keydown', (event) => {\n` +
  `  if (event.key === 'Escape') try { window.parent.postMessage({ source: 'aftercare', version: 1, type: 'escape' }, afHost); } catch {}\n` +
  `});\n` +
  `}\n`;

// A tab the embed's popup opened from a box too small for its dialog (embed.js, `opener=1`)
// takes the spa's settings only when the page that opened it, itself in a frame, answers
// "confirm" from the origin the address names, within two seconds (SECURITY.md, "Opened from
// a box"). Asked here, while the wasm downloads; the answer goes on the root as
// data-af-opened-by-embed, which only this page's own script can set, and the app reads it
// when it starts (platform::opened_by_embed). Any other page resolves at once.
export const OPENER =
  `const afOpened = new Promise((resolve) => {\n` +
  `  const origin = afQuery.getAll('origin').pop();\n` +
  `  const opener = window.opener;\n` +
  `  if (window.parent !== window || !/^(1|true)$/.test(afQuery.getAll('opener').pop()) || !origin || !opener || opener.top === opener) return resolve();\n` +
  `  setTimeout(resolve, 2000);\n` +
  `  addEventListener('message', (event) => {\n` +
  `    if (event.source !== opener || event.origin !== origin || event.data?.source !== 'aftercare' || event.data.type !== 'confirm') return;\n` +
  `    document.documentElement.setAttribute('data-af-opened-by-embed', '');\n` +
  `    resolve();\n` +
  `  });\n` +
  `  try { opener.postMessage({ source: 'aftercare', version: 1, type: 'opened' }, origin); } catch { resolve(); }\n` +
  `});\n`;

// The page shows the start screen from HTML before the app is ready (scripts/post-build/
// prerender.mjs). A press of its Start button marks the root `data-af-pressed`, which shows
// "Getting the check ready" under it and which the app reads when it starts
// (platform::take_early_press), so the press is not lost. A press counts from its start (the
// pointer or key going down), not only as a click: one that begins on this button and ends
// on the app's, as the app takes over, is no click on either. Once the app runs, its own
// button takes over: PRESS_KEPT stops listening.
export const KEEP_PRESS =
  `const afKeepPress = (event) => {\n` +
  `  if (event.type === 'pointerdown' && event.button !== 0) return;\n` +
  `  if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;\n` +
  `  if (event.target instanceof Element && event.target.closest('#af-start')) document.documentElement.setAttribute('data-af-pressed', '');\n` +
  `};\n` +
  `for (const type of ['click', 'pointerdown', 'keydown']) document.addEventListener(type, afKeepPress);\n`;
export const PRESS_KEPT = `for (const type of ['click', 'pointerdown', 'keydown']) document.removeEventListener(type, afKeepPress);\n`;

// What a start that failed does, here and in the one-file copy: show the static fallback at once,
// in place of the prerendered start screen, whose button would do nothing.
export const FAILED =
  `} catch (error) {\n` +
  `  console.error('Aftercare could not start:', error);\n` +
  `  showFallback();\n` +
  `}\n`;

// The visitor's language, of those the build has words for (`codes`, English first): the one
// picked with the language switch in this tab, else the page's `lang=` (an embedding page's
// data-lang arrives as that), else the language the page is for (`es.html`: scripts/post-build/
// pages.mjs), else the first of the browser's preferred languages the check speaks, else
// English. A shared result (`#r=`) is for whoever opens it, so there the page's language does
// not count: a link shared from es.html opens in the reader's language, not the sender's.
// A tag counts by its language alone ("es-MX" is "es"). Here and in the one-file copy. The
// app reads the words that come of it, and sets <html lang> from them.
export const chooseLanguage = (codes) =>
  `const afLang = ((codes, query) => {\n` +
  `  const primary = (tag) => String(tag ?? '').toLowerCase().split('-')[0];\n` +
  `  if (query != null && !codes.includes(primary(query))) console.warn(\`Aftercare: ignored lang=\${query}\`);\n` +
  `  const page = location.hash.startsWith('#r=') ? null : codes.find((code) => location.pathname.endsWith(\`/\${code}.html\`));\n` +
  `  let chosen = null;\n` +
  `  try { chosen = sessionStorage.getItem('aftercare.lang'); } catch {}\n` +
  `  for (const tag of [chosen, query, page, ...(navigator.languages ?? [navigator.language])]) {\n` +
  `    if (codes.includes(primary(tag))) return primary(tag);\n` +
  `  }\n` +
  `  return codes[0];\n` +
  `})(${JSON.stringify(codes)}, afQuery.getAll('lang').pop());\n`;

// Fetches a language's words file with the integrity hash the build gave it, as text: for the
// start, and (as `afLoadWords`) for the app when the person switches language.
const fetchWords = (words) =>
  `const afWordsFiles = ${JSON.stringify(Object.fromEntries(Object.entries(words).map(([code, w]) => [code, [w.file, w.integrity]])))};\n` +
  // A file that is missing or not the build's own fails its integrity check, so the fetch fails.
  `const afLoadWords = globalThis.afLoadWords = (code) => fetch(afWordsFiles[code][0], { integrity: afWordsFiles[code][1] }).then((response) => response.text());\n`;

// Trunk's start-up code with its static import made dynamic, the wasm fetched with the
// integrity hash Trunk gave its preload (the glue's own fetch carries none, so the browser
// would not check the wasm that runs) before the glue is imported, so both download at once,
// and the whole start in a try. Returns the script and the preload tag it replaces.
function guarded(code, html, words) {
  const importLine = /^import\s+(\w+)\s*,\s*\*\s*as\s+(\w+)\s+from\s+('[^']+'|"[^"]+")\s*;?\s*$/m;
  const found = code.match(importLine);
  if (!found) throw new Error(`startup: Trunk's start-up script has no import this step knows:\n${code}`);
  const [line, init, bindings, path] = found;
  const wasm = code.match(/module_or_path:\s*('([^']+\.wasm)'|"([^"]+\.wasm)")/);
  if (!wasm) throw new Error(`startup: Trunk's start-up script loads no .wasm this step knows:\n${code}`);
  const wasmPath = wasm[2] ?? wasm[3];
  const preload = linkTags(html).find(({ attrs }) => attrs.get('href') === wasmPath && attrs.get('integrity'));
  if (!preload) throw new Error(`startup: index.html has no preload with an integrity hash for ${wasmPath}`);
  const fetchWasm = `fetch(${wasm[1]}, { integrity: ${JSON.stringify(preload.attrs.get('integrity'))} })`;
  // Trunk's `TrunkApplicationStarted` event goes: nothing listens for it (the tests and the
  // bench wait for its `window.wasmBindings`, which stays), and every first visit carried it.
  const started = 'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));';
  if (!code.includes(started)) throw new Error(`startup: Trunk's start-up script does not fire TrunkApplicationStarted as this step expects:\n${code}`);
  const rest = code.replace(line, '').replace(started, '').replace(wasm[0], `module_or_path: afWasm`).trim().replace(/\n\s*\n+/g, '\n');
  const script =
    `// Starts Aftercare: Trunk's start-up script, moved here by scripts/post-build/startup.mjs.\n` +
    QUERY +
    HOST +
    chooseLanguage(Object.keys(words)) +
    fetchWords(words) +
    EARLY +
    OPENER +
    KEEP_PRESS +
    UNCAUGHT +
    `try {\n` +
    // The wasm's download starts once the prerendered start screen has been painted (the
    // browser's first-paint entry; or after 100 ms where paints are held back, in a hidden
    // tab or a frame out of view). Started earlier, on a fast connection the app can replace
    // that screen before its first paint, and the page's largest paint then waits for the
    // wasm (Lighthouse's largest paint was 2.3 s instead of 1.1 s in 15 runs of 20). This
    // script runs only once the styles have arrived, so it costs about a frame.
    `  await new Promise((resolve) => {\n` +
    `    setTimeout(resolve, 100);\n` +
    `    try { new PerformanceObserver((_, observer) => { observer.disconnect(); resolve(); }).observe({ type: 'paint', buffered: true }); } catch { resolve(); }\n` +
    `  });\n` +
    // Handled here too, so a failed download is not reported as unhandled before init sees it.
    `  const afWasm = ${fetchWasm};\n` +
    `  afWasm.catch(() => {});\n` +
    // The words of the visitor's language, at the same time; the app takes them when it starts.
    `  const afWords = afLoadWords(afLang);\n` +
    `  afWords.catch(() => {});\n` +
    `  const ${bindings} = await import(${path});\n` +
    `  const ${init} = ${bindings}.default;\n` +
    `  globalThis.afWords = await afWords;\n` +
    `  await afOpened;\n` +
    rest.split('\n').map((l) => `  ${l}`).join('\n') + '\n' +
    `  ${PRESS_KEPT}` +
    FAILED;
  return { script, wasmPreload: preload.tag };
}

// scripts/post-build.mjs: Trunk's post_build hook (Trunk.toml), run on every build before the
// files move into dist/. Also runs by hand on a built folder: `node scripts/post-build.mjs dist`
// (the browser tests do this to publish a changed build). In order:
//   0. the prerendered start screen goes into index.html, and after it the page that shows
//      when the app cannot run (src/bin/prerender.rs made both);
//   1. each language's words file is named by its hash; the inline start-up script becomes a
//      file (a strict CSP allows no inline script) that fetches the visitor's language beside
//      the wasm; and the stylesheets become one file (they compress better together);
//   2. aftercare-offline.html, the whole app in one file for use from disk (minified);
//   3. the wasm-bindgen glue and embed.js minified (Trunk leaves them as they are);
//   4. a page for each language (en.html, es.html, …), index.html with that language's start
//      screen, fallback and head, once index.html is final;
//   5. card/, the therapist's card maker: its own wasm, built here (scripts/post-build/card.mjs);
//   6. sw.js, the service worker that precaches what the app needs (not examples/, not 2),
//      last, since its version is a hash of every file before it.
import { minifyEmbed, minifyGlue } from './post-build/minify.mjs';
import { insertPrerendered } from './post-build/prerender.mjs';
import { writeLanguagePages } from './post-build/pages.mjs';
import { externalizeStartup } from './post-build/startup.mjs';
import { nameWordsFiles, writeEmbedWords } from './post-build/words.mjs';
import { bundleStyles } from './post-build/styles.mjs';
import { writeSingleFile, SINGLE_FILE } from './post-build/single-file.mjs';
import { writeServiceWorker, WORKER } from './post-build/service-worker.mjs';
import { buildCardMaker } from './post-build/card.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: node scripts/post-build.mjs <built folder>  (Trunk sets TRUNK_STAGING_DIR)');
  process.exit(2);
}

const prerendered = insertPrerendered(dir);
if (prerendered) console.log(`post-build: start screen (${prerendered.bytes} bytes) and fallback (${prerendered.fallbackBytes} bytes) prerendered into index.html`);
const embedWords = writeEmbedWords(dir);
if (embedWords) console.log(`post-build: embed.js speaks ${embedWords.join(', ')}`);
const words = nameWordsFiles(dir);
console.log(`post-build: words files ${Object.values(words).map((w) => w.file).join(', ')}`);
const startup = await externalizeStartup(dir, words);
if (startup) console.log(`post-build: start-up script moved to ${startup}`);
const styles = bundleStyles(dir);
if (styles) console.log(`post-build: ${styles.files} stylesheets as one, ${styles.name}, ${styles.bytes} bytes`);
const single = await writeSingleFile(dir, words);
console.log(`post-build: ${SINGLE_FILE}, ${single.raw} bytes, ${single.gzip} gzip`);
const glue = await minifyGlue(dir);
console.log(`post-build: ${glue.name} minified, ${glue.before} to ${glue.after} bytes`);
const embed = await minifyEmbed(dir);
if (embed) console.log(`post-build: embed.js minified, ${embed.before} to ${embed.after} bytes`);
const pages = writeLanguagePages(dir, Object.keys(words));
if (pages) console.log(`post-build: a page for each language: ${pages.join(', ')}`);
const card = buildCardMaker(dir);
if (card) console.log(`post-build: the card maker, card/${card.start}, ${card.glue} and ${card.wasm}`);
const worker = writeServiceWorker(dir);
console.log(`post-build: ${WORKER} version ${worker.version}, precaching ${worker.files.length} files`);

// scripts/post-build/pages.mjs: a page for each language the check speaks, so that what shows
// before the app starts (the start screen, the <noscript> line, the static fallback with the
// warning signs, the page's title and description) is in the reader's language too, even in
// a browser that runs no script:
//   - index.html, in English, where the start-up script picks the language for the app (the
//     one picked in this tab, `?lang=`, then the browser's preferred languages);
//   - en.html, es.html, fr.html, …: the same page in that language, which also asks the app
//     for it (startup.mjs, chooseLanguage, reads the page's name as it reads `?lang=`). The
//     embed opens the one its `data-lang` names (embed/embed.js), and each page's <noscript>
//     links to the others.
// Each is index.html as built, with the prerendered start screen and fallback of its language
// (src/bin/prerender.rs wrote them, in every language, with the page's title, description and
// app name as `page-<code>.txt`) in place of the English, its <html lang>, <title> and
// description, and a web app manifest in its language.
// Everything else (scripts, styles, integrity hashes) is shared, so a page costs a visit only
// its own words. Runs after every step that changes index.html. Run again on a built folder,
// it finds no prerendered files and changes nothing.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributes } from './html.mjs';
import { fallbackOf, prerendered } from './prerender.mjs';

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

// `html` with `find` replaced by `replacement`, where `find` must occur exactly once.
function replaceOnce(html, find, replacement, what) {
  const at = html.indexOf(find);
  if (at < 0 || html.indexOf(find, at + 1) >= 0) throw new Error(`pages: index.html must hold ${what} exactly once`);
  return html.slice(0, at) + replacement + html.slice(at + find.length);
}

// The `content` of the one <meta> whose name or property is `key`, set to `value`.
function setMeta(html, key, value) {
  const tags = [...html.matchAll(/<meta\b[^>]*>/gi)].filter(({ 0: tag }) => {
    const attrs = attributes(tag);
    return attrs.get('name') === key || attrs.get('property') === key;
  });
  if (tags.length !== 1) throw new Error(`pages: index.html must have one <meta> for ${key}, not ${tags.length}`);
  const tag = tags[0][0];
  const content = /\bcontent=("[^"]*"|'[^']*'|[^\s"'=<>`]+)/.exec(tag);
  if (!content) throw new Error(`pages: the <meta> for ${key} has no content`);
  return replaceOnce(html, tag, tag.replace(content[0], () => `content="${escapeAttribute(value)}"`), `the <meta> for ${key}`);
}

// The page's head in one language: its lang, title and description.
function setHead(html, code, [title, description, summary]) {
  const root = /<html\b[^>]*>/i.exec(html);
  if (!root || !/\blang=("?)en\1(?=[\s>])/.test(root[0])) throw new Error('pages: index.html does not start with <html lang=en>');
  html = html.replace(root[0], root[0].replace(/\blang=("?)en\1(?=[\s>])/, `lang=${code}`));
  html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(title)}</title>`);
  html = setMeta(html, 'description', description);
  html = setMeta(html, 'og:title', title);
  return setMeta(html, 'og:description', summary);
}

// A language's page links a web app manifest in its language (`manifest-es.webmanifest`: the
// English one with its name, description and language), which starts an installed copy on
// that language's page. index.html and en.html keep the English manifest, whose installed copy
// starts on the page that picks the language.
function linkManifest(dir, html, code, [, , summary, name]) {
  const link = /<link\b[^>]*\brel=("?)manifest\1[^>]*>/.exec(html)?.[0];
  const href = link && attributes(link).get('href');
  if (!href || !existsSync(join(dir, href))) throw new Error('pages: index.html links no web app manifest in the build');
  const manifest = JSON.parse(readFileSync(join(dir, href), 'utf8'));
  const file = `manifest-${code}.webmanifest`;
  const translated = { ...manifest, name, description: summary, lang: code, start_url: `./${code}.html` };
  writeFileSync(join(dir, file), `${JSON.stringify(translated, null, 2)}\n`);
  return replaceOnce(html, link, link.replace(href, file), 'the manifest link');
}

/** Writes `<code>.html` for each language in `codes` (English first), and index.html's head
 * from English's words. Returns the pages written, or null when done already. */
export function writeLanguagePages(dir, codes) {
  const read = (name) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`pages: no ${name} in the build (src/bin/prerender.rs writes one for each language)`);
    return readFileSync(path, 'utf8');
  };
  if (!existsSync(join(dir, prerendered('en')))) return null;
  if (codes[0] !== 'en') throw new Error(`pages: the languages must start with English, not ${codes[0]}`);
  const indexPath = join(dir, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  const english = { screen: read(prerendered('en')), fallback: read(fallbackOf('en')) };
  const pages = [];
  for (const code of codes) {
    const head = read(`page-${code}.txt`).split('\n');
    if (head.length !== 4) throw new Error(`pages: page-${code}.txt must hold a title, a description, a summary and an app name, a line each`);
    let html = index;
    if (code !== 'en') {
      html = replaceOnce(html, english.screen, read(prerendered(code)), 'the English start screen');
      html = replaceOnce(html, english.fallback, read(fallbackOf(code)), 'the English fallback');
      html = linkManifest(dir, html, code, head);
    }
    html = setHead(html, code, head);
    writeFileSync(join(dir, `${code}.html`), html);
    if (code === 'en') writeFileSync(indexPath, html);
    pages.push(`${code}.html`);
  }
  for (const code of codes) {
    for (const name of [prerendered(code), fallbackOf(code), `page-${code}.txt`]) rmSync(join(dir, name));
  }
  return pages;
}

// tests/e2e/pseudo.mjs: the pseudo-locale, a language for tests only. A copy of the build whose
// English words file holds every string accented, each word lengthened by about 40% and the
// whole marked ⟦…⟧, so a test sees at once any text that does not come from the words (English
// leaking through: it has no marks) and any layout that breaks on the longer words of a real
// translation. With `rtl`, the words also set the page right to left, as Arabic or Hebrew will.
// The copy's start-up script and page carry the integrity hashes of the changed files, so the
// browser checks them as it checks the real build.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDir } from './serve.mjs';

export const OPEN = '\u27e6';
export const CLOSE = '\u27e7';

const ACCENTS = Object.fromEntries(
  [...'aeiouyncsAEIOUYNCS'].map((c, i) => [c, [...'áéíóúýñçšÁÉÍÓÚÝÑÇŠ'][i]]),
);

/** One string in the pseudo-locale: accented, each word about 40% longer, marked. */
export function pseudo(text) {
  if (text === '') return text;
  const words = text.split(' ').map((word) => {
    const letters = [...word].filter((c) => /\p{L}/u.test(c)).length;
    return [...word].map((c) => ACCENTS[c] ?? c).join('') + '\u02d1'.repeat(Math.round(letters * 0.4));
  });
  return `${OPEN}${words.join(' ')}${CLOSE}`;
}

// A Subresource Integrity value as the build writes it (scripts/post-build/html.mjs).
const sri = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

/**
 * Serves a copy of dist/ whose English words are the pseudo-locale (right to left with `rtl`).
 * Returns { url, close }.
 */
export async function servePseudoLocale({ rtl = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'aftercare-pseudo-'));
  cpSync(DIST, root, { recursive: true });
  const replace = (file, from, to) => {
    const text = readFileSync(join(root, file), 'utf8');
    if (!text.includes(from)) throw new Error(`pseudo-locale: ${file} does not name ${from.slice(0, 40)}…`);
    writeFileSync(join(root, file), text.split(from).join(to));
  };
  const wordsFile = readdirSync(root).find((file) => /^words-en-[0-9a-f]+\.txt$/.test(file));
  const start = readdirSync(root).find((file) => /^start-[0-9a-f]+\.js$/.test(file));
  const before = readFileSync(join(root, wordsFile));
  // The language's tag and direction stay what they are (the first two strings), save that
  // `rtl` turns the direction round; every other string is text a person reads.
  const [code, , ...text] = before.toString('utf8').split('\n');
  const after = Buffer.from([code, rtl ? 'rtl' : 'ltr', ...text.map(pseudo)].join('\n'));
  writeFileSync(join(root, wordsFile), after);
  const startBefore = readFileSync(join(root, start));
  replace(start, sri(before), sri(after));
  replace('index.html', sri(startBefore), sri(readFileSync(join(root, start))));
  const server = await serveDir({ root, port: 0 });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

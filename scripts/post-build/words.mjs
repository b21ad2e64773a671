// scripts/post-build/words.mjs: the words of each language. The wasm holds no text: Trunk's
// pre_build hook (src/bin/prerender.rs) writes each language's words as `words-<lang>.txt`
// (its strings in field order, one per line: src/content/words.rs), and the start-up script
// fetches the visitor's language beside the wasm. This step names each file by a hash of its
// bytes, as Trunk names the wasm and the glue, so a host may cache it for ever, and returns
// the address and integrity hash of each, which the start-up script checks as it fetches.
// Run again on a built folder, it finds the files already named and changes nothing.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity, shortHash } from './html.mjs';

const FRESH = /^words-([a-z]{2,3})\.txt$/;
const NAMED = /^words-([a-z]{2,3})-[0-9a-f]{16}\.txt$/;

// Writes what embed.js shows in every language (src/content, which src/bin/prerender.rs wrote
// to embed-words.txt: a line each, the code, the frame's title, the popup's button and its
// close button, separated by tabs) into embed.js's WORDS, before it is minified. Run again on
// a built folder, it finds no such file and changes nothing.
export function writeEmbedWords(dir) {
  const file = join(dir, 'embed-words.txt');
  if (!existsSync(file)) return null;
  const words = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => {
        const [code, ...strings] = line.split('\t');
        if (strings.length !== 3) throw new Error(`words: embed-words.txt has a line without three strings: ${JSON.stringify(line)}`);
        return [code, strings];
      }),
  );
  rmSync(file);
  const embed = join(dir, 'embed.js');
  if (!existsSync(embed)) return null;
  const source = readFileSync(embed, 'utf8');
  const declared = /var WORDS = \{[^}]*\};/;
  if (!declared.test(source)) throw new Error('words: embed.js has no `var WORDS = { … };` for its words');
  writeFileSync(embed, source.replace(declared, () => `var WORDS = ${JSON.stringify(words)};`));
  return Object.keys(words);
}

// { en: { file, integrity, text }, … }, English first.
export function nameWordsFiles(dir) {
  const languages = {};
  for (const name of readdirSync(dir).sort()) {
    const fresh = name.match(FRESH);
    const named = name.match(NAMED);
    if (!fresh && !named) continue;
    const code = (fresh ?? named)[1];
    if (languages[code]) throw new Error(`words: two words files for "${code}" in the build: ${languages[code].file} and ${name}`);
    const bytes = readFileSync(join(dir, name));
    let file = name;
    if (fresh) {
      file = `words-${code}-${shortHash(bytes)}.txt`;
      renameSync(join(dir, name), join(dir, file));
    }
    languages[code] = { file, integrity: integrity(bytes), text: bytes.toString('utf8') };
  }
  if (!languages.en) throw new Error('words: no English words file in the build (src/bin/prerender.rs writes words-en.txt)');
  const { en, ...others } = languages;
  return { en, ...others };
}

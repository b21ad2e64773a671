// scripts/post-build/styles.mjs: the page's stylesheets as one file. The styles stay in source
// files by concern (styles/base.css, question.css, result.css), which Trunk minifies one by
// one; served as one, they compress better (gzip shares one window across them: 6.1 KB as
// three files, 5.0 KB as one) and the first screen waits for one request, not three. In the
// order index.html links them, so the cascade is unchanged. Running it again on a page that
// links one stylesheet changes nothing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity, linkTags, localPath, shortHash } from './html.mjs';

export function bundleStyles(dir) {
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  const sheets = linkTags(html).filter(({ attrs }) => attrs.get('rel') === 'stylesheet');
  if (sheets.length < 2) return null;
  const paths = sheets.map(({ attrs }) => {
    const href = attrs.get('href') ?? '';
    if (!/^\.\/[\w.-]+\.css$/.test(href)) throw new Error(`styles: a stylesheet this step does not know: ${href}`);
    return join(dir, localPath(href));
  });
  const bytes = Buffer.from(paths.map((path) => readFileSync(path, 'utf8').trim()).join('\n'));
  const name = `styles-${shortHash(bytes)}.css`;
  writeFileSync(join(dir, name), bytes);
  let page = html.replace(sheets[0].tag, `<link href=./${name} integrity=${integrity(bytes)} rel=stylesheet>`);
  for (const { tag } of sheets.slice(1)) page = page.replace(tag, '');
  writeFileSync(indexPath, page);
  for (const path of paths) rmSync(path);
  return { name, files: sheets.length, bytes: bytes.length };
}

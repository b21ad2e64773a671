// scripts/post-build/html.mjs: the little HTML handling the post-build steps need. Trunk's
// release output is minified, so attribute values may or may not be quoted; these helpers
// read either form and only ever rewrite whole tags.
import { createHash } from 'node:crypto';

// The attributes of one start tag, e.g. `<link href=./a.css rel=stylesheet>`, as a Map.
export function attributes(tag) {
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  const found = new Map();
  for (const match of inner.matchAll(/([^\s"'=<>`]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) {
    const value = match[2] ?? '';
    found.set(match[1].toLowerCase(), value.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return found;
}

// Every `<link …>` start tag in the page, with its attributes.
export function linkTags(html) {
  return [...html.matchAll(/<link\b[^>]*>/gi)].map((match) => ({ tag: match[0], attrs: attributes(match[0]) }));
}

// A Subresource Integrity value for these bytes, as Trunk writes them (index.html asks Trunk
// for SHA-256, the shortest digest integrity takes: each hash is 44 characters that do not
// compress, in every first visit, where SHA-384's are 64).
export function integrity(bytes) {
  return 'sha256-' + createHash('sha256').update(bytes).digest('base64');
}

// A short content hash for a file name, like Trunk's.
export function shortHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

// A local path from an href Trunk wrote (`./name.css`), relative to the build folder.
export function localPath(href) {
  return href.replace(/^\.\//, '');
}

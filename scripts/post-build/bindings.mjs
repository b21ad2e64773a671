// scripts/post-build/bindings.mjs: short names for what the wasm and its wasm-bindgen glue call
// each other by. wasm-bindgen names every import after the JavaScript it calls plus a 16-digit
// hash (`__wbg_createElement_2c5a…`), and every closure export after its Rust type; the names
// are written twice, in the wasm and in the glue, and the hashes do not compress: about 2 KB
// gzip of every first visit. This step renames each import (and its module) and each long
// export to a name of a letter or two, in both files, and updates the wasm's integrity hash in
// index.html's preload, which the start-up script's fetch uses (scripts/post-build/startup.mjs).
//
// Only names the wasm declares are renamed, and in the glue only where it uses them: as keys of
// its import object, and as `wasm.<name>` (the glue's JavaScript function that wraps an export
// and shares its name is renamed with it). A wasm this step cannot read (a section of a form it
// does not know) stops the build with a message; the browser tests run the renamed build. Run
// again on a renamed build, it finds nothing to rename and changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrity, linkTags, localPath } from './html.mjs';

/** Names this step leaves alone: already short (memory, main, and its own output). */
const SHORT = 8;

export function shortenBindings(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  const links = linkTags(html);
  const glueLink = links.find(({ attrs }) => attrs.get('rel') === 'modulepreload' && /\.js$/.test(attrs.get('href') ?? ''));
  const wasmLink = links.find(({ attrs }) => attrs.get('rel') === 'preload' && /\.wasm$/.test(attrs.get('href') ?? ''));
  if (!glueLink || !wasmLink) return null; // the start-up step has run: this build is done
  const gluePath = join(dir, localPath(glueLink.attrs.get('href')));
  const wasmPath = join(dir, localPath(wasmLink.attrs.get('href')));
  const wasm = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, 'utf8');

  const module = parseModule(wasm);
  const longImports = module.imports.filter((entry) => entry.field.length > SHORT);
  const longExports = module.exports.filter((entry) => entry.name.length > SHORT);
  if (longImports.length === 0 && longExports.length === 0) return null;

  const importNames = shortNames(module.imports.map((entry) => entry.field));
  const exportNames = shortNames(module.exports.map((entry) => entry.name));
  const moduleNames = new Map([...new Set(module.imports.map((entry) => entry.module))].map((name, i) => [name, `m${i}`]));

  for (const entry of longImports) {
    const pattern = new RegExp(`\\b${entry.field}\\b`, 'g');
    if (!pattern.test(glue)) throw new Error(`bindings: the glue never names the wasm's import ${entry.field}`);
    glue = glue.replace(pattern, importNames.get(entry.field));
  }
  for (const entry of longExports) {
    const short = exportNames.get(entry.name);
    glue = glue.replace(new RegExp(`\\bwasm\\.${entry.name}\\b`, 'g'), `wasm.${short}`);
    // The glue's own function of the same name, which wraps the call (terser shortens it later).
    glue = glue.replace(new RegExp(`\\b${entry.name}\\b`, 'g'), `wbgExport_${short}`);
  }
  const left = [...longImports.map((entry) => entry.field), ...longExports.map((entry) => entry.name)].filter((name) => glue.includes(name));
  if (left.length > 0) throw new Error(`bindings: the glue uses these names in a way this step does not know: ${left.join(', ')}`);
  for (const [name, short] of moduleNames) {
    const quoted = [`"${name}"`, `'${name}'`].find((form) => glue.includes(`${form}:`));
    if (!quoted) throw new Error(`bindings: the glue has no import object for the module ${name}`);
    glue = glue.replace(`${quoted}:`, `"${short}":`);
  }

  const renamed = writeModule(wasm, module, {
    module: (name) => moduleNames.get(name),
    import: (name) => (name.length > SHORT ? importNames.get(name) : name),
    export: (name) => (name.length > SHORT ? exportNames.get(name) : name),
  });
  writeFileSync(wasmPath, renamed);
  writeFileSync(gluePath, glue);
  const old = wasmLink.attrs.get('integrity');
  if (old) {
    html = html.replace(wasmLink.tag, wasmLink.tag.replace(old, integrity(renamed)));
    writeFileSync(indexPath, html);
  }
  return { imports: longImports.length, exports: longExports.length, before: wasm.length, after: renamed.length };
}

/** A short name for each of `names` (in order): a, b, …, z, A, …, Z, aa, ab, … never one of `names` itself. */
function shortNames(names) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const taken = new Set(names);
  const result = new Map();
  let next = 0;
  const make = (n) => (n < letters.length ? letters[n] : make(Math.floor(n / letters.length) - 1) + letters[n % letters.length]);
  for (const name of names) {
    let short;
    do short = make(next++);
    while (taken.has(short));
    result.set(name, short);
  }
  return result;
}

// ----- The few parts of the wasm binary format this needs --------------------------------

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/** An unsigned LEB128 number at `offset`: its value and the offset after it. */
function readU32(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    if (byte === undefined) throw new Error('bindings: the wasm ends inside a number');
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return { value, offset };
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return Buffer.from(out);
}

function readName(bytes, offset) {
  const length = readU32(bytes, offset);
  const end = length.offset + length.value;
  return { value: bytes.subarray(length.offset, end).toString('utf8'), offset: end };
}

const writeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([writeU32(bytes.length), bytes]);
};

/** Where an import's description ends: a function, table, memory, global or tag. */
function skipImportDescription(bytes, offset) {
  const kind = bytes[offset++];
  const limits = (at) => {
    const flags = bytes[at++];
    at = readU32(bytes, at).offset;
    return flags & 1 ? readU32(bytes, at).offset : at;
  };
  switch (kind) {
    case 0x00: // function: its type
      return readU32(bytes, offset).offset;
    case 0x01: // table: a reference type of one byte, then its limits
      if (![0x70, 0x6f].includes(bytes[offset])) break;
      return limits(offset + 1);
    case 0x02: // memory
      return limits(offset);
    case 0x03: // global: a value type of one byte, then mutability
      if (![0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f].includes(bytes[offset])) break;
      return offset + 2;
    case 0x04: // tag: an attribute, then its type
      return readU32(bytes, offset + 1).offset;
  }
  throw new Error(`bindings: an import of a form this step does not know (kind ${kind}, then ${bytes[offset]})`);
}

/** The module's sections, and its imports and exports with where their names sit. */
function parseModule(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) throw new Error('bindings: not a wasm module');
  const sections = [];
  const imports = [];
  const exports = [];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const size = readU32(bytes, offset + 1);
    const start = size.offset;
    const end = start + size.value;
    sections.push({ id, from: offset, start, end });
    if (id === IMPORT_SECTION) {
      let at = readU32(bytes, start);
      for (let i = 0, at2 = at.offset; i < at.value; i++) {
        const module = readName(bytes, at2);
        const field = readName(bytes, module.offset);
        const descriptionEnd = skipImportDescription(bytes, field.offset);
        imports.push({ module: module.value, field: field.value, description: bytes.subarray(field.offset, descriptionEnd) });
        at2 = descriptionEnd;
      }
    } else if (id === EXPORT_SECTION) {
      const count = readU32(bytes, start);
      for (let i = 0, at = count.offset; i < count.value; i++) {
        const name = readName(bytes, at);
        const index = readU32(bytes, name.offset + 1);
        exports.push({ name: name.value, description: bytes.subarray(name.offset, index.offset) });
        at = index.offset;
      }
    }
    offset = end;
  }
  return { sections, imports, exports };
}

/** The module again, with its import and export sections written with the new names. */
function writeModule(bytes, module, rename) {
  const parts = [bytes.subarray(0, 8)];
  for (const section of module.sections) {
    let payload;
    if (section.id === IMPORT_SECTION) {
      payload = Buffer.concat([
        writeU32(module.imports.length),
        ...module.imports.flatMap((entry) => [writeName(rename.module(entry.module)), writeName(rename.import(entry.field)), entry.description]),
      ]);
    } else if (section.id === EXPORT_SECTION) {
      payload = Buffer.concat([
        writeU32(module.exports.length),
        ...module.exports.flatMap((entry) => [writeName(rename.export(entry.name)), entry.description]),
      ]);
    } else {
      parts.push(bytes.subarray(section.from, section.end));
      continue;
    }
    parts.push(Buffer.from([section.id]), writeU32(payload.length), payload);
  }
  return Buffer.concat(parts);
}

// scripts/size-ledger.mjs: what the wasm's bytes are spent on, by crate and by our own module,
// so a feature's cost shows in its own commit (`make size` prints it). Reads twiggy's CSV
// (`twiggy top -n <all> -f csv`) of a copy of the shipped wasm that keeps its function names
// (scripts/size.sh makes it: wasm-bindgen --keep-debug, then wasm-opt -Oz -g, as Trunk does
// but for the names), on standard input.
//
// Each function is booked to the crate (or, for ours, the module) whose path its name starts
// with, after any `<`, `&`, `mut` or `dyn`: so `<aftercare::ui::result::ResultScreen as
// yew::…>::run` is ours (ui::result), while Yew's generic code instantiated for our types
// stays Yew's, and so does our components' view code where wasm-opt inlined it into Yew's
// generic component functions (legacy symbol names carry no type arguments to book it by).
// Sizes are of the code itself (twiggy's shallow bytes), before gzip.
import { readFileSync } from 'node:fs';

const TOP = Number(process.env.LEDGER_TOP || 12);

function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line.trim()) continue;
    // Name (quoted when it holds a comma or quote), ShallowSize, ...
    const match = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (!match) continue;
    const name = match[1].startsWith('"') ? match[1].slice(1, -1).replace(/""/g, '"') : match[1];
    rows.push({ name, size: Number(match[2]) });
  }
  return rows;
}

/** The ledger line a twiggy item is booked to, or null for what is not code or data. */
function account(name) {
  if (name.startsWith('custom section') || name.includes('function names') || name.includes('"names" section')) return null;
  if (name.startsWith('data segment') || name.startsWith('data[')) return 'data: strings and tables';
  if (/^(table|elem|import|export|type|global|memory|start)\b/.test(name) || name.startsWith('wasm magic')) return 'wasm headers, imports and exports';
  const path = name.replace(/^(?:[<&(]|mut |dyn |const )+/, '').match(/^([A-Za-z_][\w]*)(?:\[[0-9a-f]+\])?((?:::[A-Za-z_]\w*)*)/);
  if (!path) return 'other';
  const [, crate, rest] = path;
  if (['char', 'str', 'bool', 'u8', 'u16', 'u32', 'u64', 'usize', 'i32', 'i64', 'f32', 'f64'].includes(crate)) return 'core';
  if (crate === 'aftercare') {
    // Module names only: not the type, function or the symbol's hash (`h` and 16 hex digits).
    const parts = rest.split('::').filter((p) => p && !/^h[0-9a-f]{16}$/.test(p));
    const lowercase = parts.filter((p) => /^[a-z_]/.test(p));
    return `aftercare::${lowercase.slice(0, 2).join('::') || '(root)'}`;
  }
  if (/^(?:__|wbg|wasm_bindgen|__wbindgen)/.test(crate)) return 'wasm_bindgen';
  return crate;
}

const rows = parseCsv(readFileSync(0, 'utf8'));
const totals = new Map();
for (const { name, size } of rows) {
  const key = account(name);
  if (key) totals.set(key, (totals.get(key) ?? 0) + size);
}
const all = [...totals.values()].reduce((a, b) => a + b, 0);
const line = ([key, size]) => `${String(size).padStart(9)}  ${((100 * size) / all).toFixed(1).padStart(5)}%  ${key}`;

const sorted = [...totals].sort((a, b) => b[1] - a[1]);
console.log(`wasm code and data by crate (bytes before gzip; ${all} in all):`);
const crates = new Map();
for (const [key, size] of sorted) {
  const crate = key.startsWith('aftercare::') ? 'aftercare (ours)' : key;
  crates.set(crate, (crates.get(crate) ?? 0) + size);
}
for (const entry of [...crates].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(line(entry));
console.log(`\nours, by module:`);
for (const entry of sorted.filter(([key]) => key.startsWith('aftercare::')).slice(0, TOP)) console.log(line(entry));

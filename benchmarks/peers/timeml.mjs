// Reads TimeML (.tml) files the way Dossier's TimeMLReader does: the text is the concatenated text of the TEXT
// element with tags removed; gold TIMEX3 extents are offsets into it; the DCT is the CREATION_TIME TIMEX3's value.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (entities[e] ?? m));
const attr = (tag, name) => (tag.match(new RegExp(`\\b${name}="([^"]*)"`)) ?? [])[1];

export function readTimeML(path) {
  const xml = readFileSync(path, 'utf8');
  const dctTag = [...xml.matchAll(/<TIMEX3\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'functionInDocument') === 'CREATION_TIME');
  const dct = dctTag ? attr(dctTag, 'value')?.slice(0, 10) : undefined;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error(`${path}: no <TEXT> element; is it a TimeML file?`);
  const body = xml.slice(open + 6, close);
  let text = '';
  const gold = [];
  const stack = [];
  for (const m of body.matchAll(/<[^>]+>|[^<]+/g)) {
    const piece = m[0];
    if (piece[0] !== '<') { text += decode(piece); continue; }
    if (piece.startsWith('<TIMEX3')) {
      const t = { start: text.length, type: attr(piece, 'type') ?? '', value: attr(piece, 'value') ?? null };
      if (piece.endsWith('/>')) { gold.push({ ...t, end: text.length }); } else { stack.push(t); }
    } else if (piece === '</TIMEX3>') {
      const t = stack.pop();
      gold.push({ ...t, end: text.length });
    }
  }

  gold.sort((a, b) => a.start - b.start);
  return { name: path.split('/').pop().replace(/\.tml$/, ''), text, dct, gold };
}

export function readTimeMLFolder(folder) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p); else if (name.endsWith('.tml')) files.push(p);
    }
  };
  walk(folder);
  return files.sort().map(readTimeML);
}

// The TempEval-3 figures as Dossier's TempEvalScorer computes them: each gold expression is paired with the first
// unused overlapping system expression (relaxed); strict = same span; value correct = same value string.
export function score(gold, system) {
  let strict = 0, relaxed = 0, value = 0;
  const used = new Array(system.length).fill(false);
  for (const g of gold) {
    const i = system.findIndex((s, k) => !used[k] && s.start < g.end && g.start < s.end);
    if (i < 0) continue;
    used[i] = true;
    relaxed++;
    if (system[i].start === g.start && system[i].end === g.end) strict++;
    if (system[i].value === g.value) value++;
  }
  return { gold: gold.length, system: system.length, strict, relaxed, value };
}

export function add(a, b) {
  return { gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, value: a.value + b.value };
}

export function figures(t) {
  const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const ratio = (a, b) => (b === 0 ? 0 : a / b);
  return {
    gold: t.gold,
    system: t.system,
    strictF1: f1(ratio(t.strict, t.system), ratio(t.strict, t.gold)),
    relaxedF1: f1(ratio(t.relaxed, t.system), ratio(t.relaxed, t.gold)),
    valueAccuracy: ratio(t.value, t.relaxed),
    valueF1: f1(ratio(t.value, t.system), ratio(t.value, t.gold)),
  };
}

// Dossier side by side with npm peers on the same text, in one run (see docs/benchmarks.md):
//   speed:   the first N Timeline17 articles (the ones `dossier bench --articles N` reads) through compromise,
//            wink-nlp with its English model, chrono-node, and Dossier's pipeline (`dossier bench --format json`);
//   quality: chrono-node and Dossier's temporal stage on TempEval-3 (TimeBank + AQUAINT), scored alike.
// Usage: node benchmarks/peers/run.mjs [--articles 200] [--repeat 3] [--data ../shared/data] [--dossier PATH.dll] [--json]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { readTimeMLFolder, score, add, figures } from './timeml.mjs';
import { timexValue } from './chrono-value.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const articlesWanted = Number(arg('--articles', '200'));
const repeat = Number(arg('--repeat', '3'));
const data = resolve(arg('--data', process.env.DOSSIER_DATA || join(here, '..', '..', '..', 'shared', 'data')));
const dossierDll = resolve(arg('--dossier', join(here, '..', '..', 'src', 'Dossier.Cli', 'bin', 'Release', 'net10.0', 'Dossier.Cli.dll')));
if (!existsSync(join(here, 'node_modules'))) { console.error('run bash benchmarks/peers/install.sh first'); process.exit(2); }
if (!existsSync(dossierDll)) { console.error(`${dossierDll}: not built (dotnet build src/Dossier.Cli -c Release) or pass --dossier`); process.exit(2); }
process.env.TZ = 'UTC';

const { default: nlp } = await import('compromise');
const { default: winkNLP } = await import('wink-nlp');
const { default: winkModel } = await import('wink-eng-lite-web-model');
const chrono = await import('chrono-node');
const versions = Object.fromEntries(['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'chrono-node']
  .map((p) => [p, JSON.parse(readFileSync(join(here, 'node_modules', p, 'package.json'), 'utf8')).version]));

// The same articles, in the same order, as `dossier bench --articles N`: articles.jsonl.gz files in ordinal path order.
function timeline17(limit) {
  const files = [];
  const walk = (dir) => { for (const n of readdirSync(dir)) { const p = join(dir, n); if (statSync(p).isDirectory()) walk(p); else if (n === 'articles.jsonl.gz') files.push(p); } };
  walk(join(data, 'timeline17'));
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const list = [];
  for (const f of files) {
    for (const line of gunzipSync(readFileSync(f)).toString('utf8').split('\n')) {
      if (list.length >= limit) return list;
      if (line.trim()) { const r = JSON.parse(line); list.push({ id: r.id, text: r.text, published: r.published }); }
    }
  }
  return list;
}

const countWords = (t) => (t.match(/\S+/g) ?? []).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// Runs fn over every article `repeat` times after a warm-up; the median wall and process CPU seconds.
function measure(articles, fn) {
  for (const a of articles.slice(0, 5)) fn(a);
  const wall = [], cpu = [];
  let out = 0;
  for (let r = 0; r < repeat; r++) {
    const c0 = process.cpuUsage(); const t0 = process.hrtime.bigint();
    for (const a of articles) out += fn(a);
    const t1 = process.hrtime.bigint(); const c1 = process.cpuUsage(c0);
    wall.push(Number(t1 - t0) / 1e9); cpu.push((c1.user + c1.system) / 1e6);
  }
  return { wall: median(wall), cpu: median(cpu), out: out / repeat };
}

const articles = timeline17(articlesWanted);
const words = articles.reduce((s, a) => s + countWords(a.text), 0);
const load = [loadavg().map((x) => x.toFixed(2)).join(' ')];

const wink = winkNLP(winkModel, ['sbd', 'pos', 'ner']);
const its = wink.its;
const winkTokens = winkNLP(winkModel, ['sbd']);
const peers = {
  'compromise: tokens, sentences, POS': measure(articles, (a) => { const d = nlp(a.text); return d.sentences().length + d.terms().length; }),
  'compromise: + entities (people, places, organizations)': measure(articles, (a) => {
    const d = nlp(a.text); return d.terms().length + d.people().length + d.places().length + d.organizations().length; }),
  'wink-nlp: tokens, sentences': measure(articles, (a) => { const d = winkTokens.readDoc(a.text); return d.sentences().length() + d.tokens().length(); }),
  'wink-nlp: tokens, sentences, POS, entities': measure(articles, (a) => {
    const d = wink.readDoc(a.text); return d.tokens().out(its.pos).length + d.entities().length() + d.sentences().length(); }),
  'chrono-node: date expressions': measure(articles, (a) => chrono.parse(a.text, new Date(`${a.published}T12:00:00Z`)).length),
};

// Dossier: its own benchmark over the same articles, per stage (thread CPU) and in total (process CPU).
const bench = JSON.parse(execFileSync('dotnet', [dossierDll, 'bench', '--t17', join(data, 'timeline17'), '--articles', String(articlesWanted), '--repeat', String(repeat), '--format', 'json'],
  { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] }));
const stage = Object.fromEntries(bench.stages.map((s) => [s.stage, s]));
const cpuOf = (...names) => names.reduce((s, n) => s + stage[n].cpu_seconds, 0);
const wallOf = (...names) => names.reduce((s, n) => s + stage[n].seconds, 0);
const dossier = {
  'Dossier: tokens, sentences': { cpu: cpuOf('tokenizer'), wall: wallOf('tokenizer') },
  'Dossier: tokens, sentences, POS': { cpu: cpuOf('tokenizer', 'tagger'), wall: wallOf('tokenizer', 'tagger') },
  'Dossier: tokens, sentences, POS, entities': { cpu: cpuOf('tokenizer', 'tagger', 'ner'), wall: wallOf('tokenizer', 'tagger', 'ner') },
  'Dossier: tokens, sentences, date expressions (resolved)': { cpu: cpuOf('tokenizer', 'temporal'), wall: wallOf('tokenizer', 'temporal') },
  'Dossier: whole pipeline (+ lemmas, parse, entity resolution, events)': { cpu: bench.process_cpu_seconds, wall: bench.seconds },
};
load.push(loadavg().map((x) => x.toFixed(2)).join(' '));

const rows = [];
const speed = (name, m) => ({ name, wall: m.wall, cpu: m.cpu, wordsPerCpuSecond: words / m.cpu, wordsPerSecond: words / m.wall });
for (const [k, m] of Object.entries(peers)) rows.push(speed(k, m));
for (const [k, m] of Object.entries(dossier)) rows.push(speed(k, m));
const ratio = (a, b) => rows.find((r) => r.name === a).wordsPerCpuSecond / rows.find((r) => r.name === b).wordsPerCpuSecond;
const ratios = {
  'Dossier / compromise, tokens+sentences+POS': ratio('Dossier: tokens, sentences, POS', 'compromise: tokens, sentences, POS'),
  'Dossier / compromise, + entities': ratio('Dossier: tokens, sentences, POS, entities', 'compromise: + entities (people, places, organizations)'),
  'Dossier / wink-nlp, tokens+sentences': ratio('Dossier: tokens, sentences', 'wink-nlp: tokens, sentences'),
  'Dossier / wink-nlp, tokens+sentences+POS+entities': ratio('Dossier: tokens, sentences, POS, entities', 'wink-nlp: tokens, sentences, POS, entities'),
  'Dossier / chrono-node, dates': ratio('Dossier: tokens, sentences, date expressions (resolved)', 'chrono-node: date expressions'),
  'Dossier whole pipeline / wink-nlp (sbd, pos, ner)': ratio('Dossier: whole pipeline (+ lemmas, parse, entity resolution, events)', 'wink-nlp: tokens, sentences, POS, entities'),
};

// Quality: chrono-node and Dossier on TempEval-3, the same text and DCTs, one scorer (TimeBank + AQUAINT).
const docs = [...readTimeMLFolder(join(data, 'tempeval3', 'TimeBank')), ...readTimeMLFolder(join(data, 'tempeval3', 'AQUAINT'))];
const jsonl = docs.map((d) => JSON.stringify({ id: d.name, text: d.text, published: d.dct })).join('\n') + '\n';
const annotated = execFileSync('dotnet', [dossierDll, 'annotate', '--jsonl', '-'], { input: jsonl, encoding: 'utf8', maxBuffer: 1 << 28 })
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const zero = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0 };
const totals = { chrono: { all: zero, dateTime: zero }, dossier: { all: zero, dateTime: zero } };
const isDateTime = (t) => t.type === 'DATE' || t.type === 'TIME';
docs.forEach((d, i) => {
  const ref = d.dct ? new Date(`${d.dct}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const chronoSpans = chrono.parse(d.text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: timexValue(r.start) }));
  const dossierSpans = (annotated[i].timexes ?? []).map((t) => ({ start: t.start, end: t.end, value: t.value ?? null, type: t.type }));
  totals.chrono.all = add(totals.chrono.all, score(d.gold, chronoSpans));
  totals.dossier.all = add(totals.dossier.all, score(d.gold, dossierSpans));
  // Dates and times only (chrono's scope): gold DATE/TIME against Dossier's DATE/TIME and all of chrono's.
  totals.chrono.dateTime = add(totals.chrono.dateTime, score(d.gold.filter(isDateTime), chronoSpans));
  totals.dossier.dateTime = add(totals.dossier.dateTime, score(d.gold.filter(isDateTime), dossierSpans.filter(isDateTime)));
});
const quality = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, { all: figures(v.all), dateTime: figures(v.dateTime) }]));

const result = { articles: articles.length, words, repeat, node: process.version, cores: cpus().length, loadAverage: load, versions, rows, ratios, tempeval3: { documents: docs.length, ...quality } };
if (args.includes('--json')) { console.log(JSON.stringify(result, null, 2)); process.exit(0); }

const n = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
console.log(`${articles.length} Timeline17 articles, ${n(words)} words; median of ${repeat} runs; load average ${load.join(' -> ')} on ${cpus().length} cores; node ${process.version}`);
console.log(`peers: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
console.log('| what | wall s | CPU s | words per CPU second | words per wall second |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.name} | ${n(r.wall, 2)} | ${n(r.cpu, 2)} | ${n(r.wordsPerCpuSecond)} | ${n(r.wordsPerSecond)} |`);
console.log('\n| ratio (words per CPU second) | |\n| --- | --- |');
for (const [k, v] of Object.entries(ratios)) console.log(`| ${k} | ${n(v, 2)}× |`);
console.log(`\nTempEval-3 (TimeBank + AQUAINT, ${docs.length} documents), both scored by timeml.mjs:\n`);
console.log('| system | timexes scored | gold | found | strict F1 | relaxed F1 | value accuracy | value F1 |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [k, v] of Object.entries(quality)) {
  for (const [scope, f] of [['all types', v.all], ['DATE and TIME', v.dateTime]]) {
    console.log(`| ${k} | ${scope} | ${f.gold} | ${f.system} | ${n(f.strictF1, 3)} | ${n(f.relaxedF1, 3)} | ${n(f.valueAccuracy, 3)} | ${n(f.valueF1, 3)} |`);
  }
}

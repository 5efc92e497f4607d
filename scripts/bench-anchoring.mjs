// Measures tag anchoring on a large document: node scripts/bench-anchoring.mjs [--size MB] [--tags N]
// Bundles src/annotations with esbuild into .bench/ first, so it needs no prior build.
//   1. fingerprint of the text;
//   2. reopening an unchanged document (fingerprint equal: tags used as saved);
//   3. reopening after an external edit (a paragraph inserted at the top, 60 scattered edits
//      of which some hit tagged text): every tag re-anchored from scratch;
//   4. the worst case, a tag whose text is gone from the whole document (full fuzzy scan);
//   5. live edits: typing at random places with all tags tracked;
//   6. sidecar serialisation and parsing of all tags.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SIZE = arg('size', 1) * 1_000_000;
const TAGS = arg('tags', 500);

mkdirSync('.bench', { recursive: true });
await esbuild.build({ entryPoints: ['src/annotations/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: '.bench/annotations.cjs', logLevel: 'warning' });
const A = createRequire(import.meta.url)('../.bench/annotations.cjs');

// Deterministic pseudo-random numbers, so runs are comparable.
// (mulberry32: a plain LCG repeats whole phrases, which makes the text unrealistic.)
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = list => list[Math.floor(random() * list.length)];

// Article-like text: a vocabulary of common words and names, so short phrases repeat.
const vocabulary = ('the of and to in a is that for on said was with he it as at by from his be have has are an not they who ' +
  'which their this but been had were or more about than after would also officials government minister police report people year years ' +
  'percent million billion Wei Xiaojun Trump China Beijing fentanyl opioid agency Ho Zhang Yan evidence investigation court statement week ' +
  'Monday Friday told reporters according 2017 2016 20,000 50 first last new former president spokesman ministry public security drug').split(' ');
function sentence() {
  const words = Array.from({ length: 8 + Math.floor(random() * 20) }, () => pick(vocabulary));
  return words[0][0].toUpperCase() + words.join(' ').slice(1) + '.';
}
const paragraphs = [];
let length = 0;
while (length < SIZE) {
  const p = Array.from({ length: 2 + Math.floor(random() * 5) }, sentence).join(' ');
  paragraphs.push(p);
  length += p.length + 2;
}
const text = paragraphs.join('\n\n');

const time = (label, fn, repeat = 1) => {
  fn(); // warm-up
  const t0 = performance.now();
  let result;
  for (let i = 0; i < repeat; i++) result = fn();
  const ms = (performance.now() - t0) / repeat;
  console.log(`${label.padEnd(64)} ${ms.toFixed(1).padStart(8)} ms`);
  return result;
};

console.log(`text: ${(text.length / 1e6).toFixed(2)} M UTF-16 units, ${paragraphs.length} paragraphs; tags: ${TAGS}\n`);

// Tags on word boundaries, 1–10 words long, as a user would select them.
const model = new A.DocumentTags();
while (model.size < TAGS) {
  let start = Math.floor(random() * (text.length - 200));
  start = text.indexOf(' ', start) + 1;
  let end = start;
  for (let w = 1 + Math.floor(random() * 10); w > 0; w--) end = text.indexOf(' ', end + 1);
  try {
    model.add({ label: pick(['claim', 'person', 'number', 'check']), start, end }, text);
  } catch {
    // white space only or overlapping a surrogate: pick another
  }
}
const sidecar = time('serialise sidecar (all tags)', () => A.serializeSidecar({ documentName: 'big.txt', text, tags: model.tags, corrections: [], verifications: [] }));
const stored = time('parse + validate sidecar', () => A.parseSidecar(sidecar).tags);
console.log(`sidecar size: ${(sidecar.length / 1024).toFixed(0)} KiB\n`);

time('fingerprint (SHA-256 of the text)', () => A.fingerprintText(text), 5);
time('reopen unchanged document (fingerprint equal)', () => A.anchorStoredTags(stored, text, true), 5);
time('re-anchor unchanged document from scratch (no fingerprint)', () => A.anchorStoredTags(stored, text, false), 3);

// An external edit: a new first paragraph, then 60 edits at random places; every third one
// lands inside a tag (a word replaced, a word deleted, or the tag's whole text deleted).
let edited = 'EDITOR’S NOTE: This article was updated to correct several details.\n\n' + text;
const shift = edited.length - text.length;
const targets = [...model.tags].sort(() => random() - 0.5).slice(0, 20);
const edits = [];
for (const t of targets) {
  const kind = pick(['replace', 'delete-word', 'delete-all']);
  const start = t.start + shift;
  if (kind === 'delete-all') edits.push({ start, end: t.end + shift, text: '' });
  else {
    const space = edited.indexOf(' ', start + 1);
    if (space > start && space < t.end + shift) edits.push({ start, end: space, text: kind === 'replace' ? 'REDACTED' : '' });
  }
}
for (let i = 0; i < 40; i++) {
  const at = Math.floor(random() * edited.length);
  edits.push({ start: at, end: at, text: ` ${sentence()} ` });
}
edits.sort((a, b) => b.start - a.start);
let last = Infinity;
for (const e of edits) {
  if (e.end > last) continue; // skip overlapping edits
  edited = edited.slice(0, e.start) + e.text + edited.slice(e.end);
  last = e.start;
}
const external = time('re-anchor after an external edit (all tags)', () => A.anchorStoredTags(stored, edited, false));
console.log(`  statuses: ${JSON.stringify(external.report.counts)}\n`);

// Worst case: a tag whose text is nowhere in the document: exact search, fuzzy search near
// the expected place, then a fuzzy scan of the whole text.
const lost = { ...stored[0], quote: { exact: 'zq'.repeat(15), prefix: '', suffix: '' } };
time('one tag gone from the document (full fuzzy scan, 30 chars)', () => A.anchorTag(lost, edited));
const lostMedium = { ...stored[0], quote: { exact: 'zq'.repeat(40), prefix: '', suffix: '' } };
time('one tag gone from the document (full fuzzy scan, 80 chars)', () => A.anchorTag(lostMedium, edited));
const lostLong = { ...stored[0], quote: { exact: 'zq'.repeat(150), prefix: '', suffix: '' } };
time('one tag gone from the document (full fuzzy scan, 300 chars)', () => A.anchorTag(lostLong, edited));

// Live edits: typing one character at random places, and a multi-cursor edit of 50 changes.
let live = text;
const typing = [];
for (let i = 0; i < 1000; i++) typing.push({ rangeOffset: Math.floor(random() * live.length), rangeLength: 0, text: 'x' });
const tracked = new A.DocumentTags(model.tags);
const t0 = performance.now();
for (const c of typing) tracked.applyEdits([c]);
console.log(`${'live edit: one keystroke, all tags tracked (mean of 1000)'.padEnd(64)} ${((performance.now() - t0) / 1000).toFixed(3).padStart(8)} ms`);
const multi = Array.from({ length: 50 }, (_, i) => ({ rangeOffset: text.length - 1 - i * 1000, rangeLength: 1, text: 'yy' }));
time('live edit: one event with 50 changes (multi-cursor)', () => new A.DocumentTags(model.tags).applyEdits(multi), 20);
// A change replacing tagged lines: every tag in it is placed again by the anchoring rule.
const lineOf = t => ({ start: text.lastIndexOf('\n', t.start - 1) + 1, end: (text.indexOf('\n', t.end) + 1 || text.length + 1) - 1 });
const lines = [...new Map(model.tags.map(t => lineOf(t)).map(l => [l.start, l])).values()].sort((a, b) => b.start - a.start);
const relined = lines.map(l => ({ rangeOffset: l.start, rangeLength: l.end - l.start, text: text.slice(l.start, l.end).replace(/\b(\w+) (\w+)\b/, '$2 $1') }));
time(`live edit: one event replacing every tagged line (${relined.length} lines)`, () => new A.DocumentTags(model.tags).applyEdits(relined), 5);
time('live edit: the whole text replaced at once, as one change', () => new A.DocumentTags(model.tags).applyEdits([{ rangeOffset: 0, rangeLength: text.length, text: edited }]), 3);
live = undefined;
// --debug: what became of each tag an edit was aimed at.
if (process.argv.includes('--debug')) {
  for (const t of targets) {
    const i = stored.findIndex(s => s.id === t.id);
    const r = external.tags[i];
    console.log(r.anchor.padEnd(9), JSON.stringify(t.quote.exact).slice(0, 60).padEnd(62), '→', r.anchor === 'orphaned' ? '' : JSON.stringify(edited.slice(r.start, r.end)).slice(0, 60));
  }
  console.log(edits.length, 'edits');
}

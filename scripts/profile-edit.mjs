#!/usr/bin/env node
// Profiles re-analysis after one-word edits in the 1 MB bench document (bench section 3's
// document and edits), to see where an edit's time goes:
//   node scripts/profile-edit.mjs [--edits N] [--kind typical|candidate|all] [--profile FILE.cpuprofile] [--verbose] [--src DIR]
// `typical` lengthens a whole lower-case word, `candidate` a capitalised one (a name candidate
// changes: "Chinese" → "Chinesely"), `all` does what bench section 3 does (the start of a word
// cut by the chosen offset: some of those are capitalised words too). It prints the median and
// the slowest edits with the work counters; --profile writes a CPU profile of the edits only
// (not of the first analysis), for `node /tmp/profsum.mjs FILE`. --src analyses with another
// checkout's src/ (to compare with an earlier commit in the same minutes).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as esbuild from 'esbuild';
import { benchCorpus } from './bench-corpus.mjs';
import { cpuTime, median, time } from './bench-measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const EDITS = Number(arg('edits', 60));
const KIND = arg('kind', 'all');
const VERBOSE = process.argv.includes('--verbose');

const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });
const bundle = join(benchDir, 'analysis-profile.cjs');
// This checkout's tsconfig and packages resolve the imports of another checkout's src/ too (a
// copy of src/ alone has neither: its `compromise-src/*` paths would not resolve).
esbuild.buildSync({
  entryPoints: [join(resolve(arg('src', join(root, 'src'))), 'analysis', 'index.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  outfile: bundle,
  logLevel: 'error',
  sourcemap: 'inline',
  tsconfig: join(root, 'tsconfig.json'),
  nodePaths: [join(root, 'node_modules')],
});
const { Analyzer } = createRequire(import.meta.url)(bundle);

const bigDoc = benchCorpus(root, 1 << 20).docs.join('\n\n');
const counter = { steps: 0, quotesAttributed: 0, blocksPlaced: 0, paragraphsMerged: 0, candidatesDecided: 0 };
const editor = new Analyzer({ workCounter: counter });
editor.analyze(bigDoc);

/** The next edit of `text`, i-th of the run: the word to lengthen, by the kind asked for. */
function nextEdit(text, i) {
  const at = Math.floor((((i % 9) + 1) / 10) * text.length);
  // Searched in the whole text (not a slice, as the bench does) so that a word's start is one.
  const pattern = KIND === 'candidate' ? /(?<![\p{L}'’])\p{Lu}\p{Ll}{3,}\b/gu : KIND === 'typical' ? /(?<![\p{L}'’])\p{Ll}{4,}\b/gu : null;
  let m;
  let pos;
  if (pattern) {
    pattern.lastIndex = at;
    m = pattern.exec(text);
    pos = m?.index;
  } else {
    m = /\b[a-z]{4,}\b/.exec(text.slice(at));
    pos = m && at + m.index;
  }
  if (!m) return null;
  // Joined, not concatenated with +: a + of long strings is flattened on its first read, which
  // would charge copying the 2 MB text to the analysis (an editor hands over a flat string).
  return { text: [text.slice(0, pos), m[0], 'ly', text.slice(pos + m[0].length)].join(''), word: m[0] };
}

const PROFILE = arg('profile', null);
const session = PROFILE ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
let text = bigDoc;
const rows = [];
for (let i = 0; i < EDITS; i++) {
  const e = nextEdit(text, i);
  if (!e) continue;
  text = e.text;
  for (const k of Object.keys(counter)) counter[k] = 0;
  let cpu = 0;
  const ms = time(() => (cpu = cpuTime(() => editor.analyze(text))));
  rows.push({ ms, cpu, word: e.word, ...counter });
  if (VERBOSE) console.log(`${ms.toFixed(1).padStart(7)} ms wall ${cpu.toFixed(1).padStart(6)} ms CPU  ${e.word.padEnd(14)} candidates decided ${counter.candidatesDecided}, quotes attributed ${counter.quotesAttributed}, blocks placed ${counter.blocksPlaced}, paragraphs merged ${counter.paragraphsMerged}, steps ${counter.steps}`);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(PROFILE, JSON.stringify(profile));
}
const warm = rows.slice(6);
const slow = warm.filter(r => r.ms > 3 * median(warm.map(r => r.ms)));
console.log(`${KIND} edits: median ${median(warm.map(r => r.ms)).toFixed(1)} ms wall (process CPU ${median(warm.map(r => r.cpu)).toFixed(1)} ms) over ${warm.length} edits (after 6 warm-up), max ${Math.max(...warm.map(r => r.ms)).toFixed(1)} ms wall, ${Math.max(...warm.map(r => r.cpu)).toFixed(1)} ms CPU`);
console.log(`slow (> 3× median): ${slow.length}: ${slow.map(r => `${r.word} ${r.ms.toFixed(0)} ms (${r.candidatesDecided} candidates, ${r.quotesAttributed} quotes)`).join(', ')}`);

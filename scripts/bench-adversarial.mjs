#!/usr/bin/env node
// Adversarial-shape bench (run with `npm run bench`, after bench.mjs): text shaped to make a
// per-mention walk over the document costly (test/unit/analysis/adversarialText.ts). For each shape, at two sizes (the second twice the
// first), it measures:
//   - the analysis time with nothing cached, in process CPU time (a busy machine preempts this
//     process: wall-clock time is shown too) — fastest of BENCH_RUNS runs, default 2 — and the
//     ratio of the two sizes: doubling the text must cost at most ~2.2× the time;
//   - the longest synchronous step of `analyzeAsync` at the larger size (event-loop gap, in
//     process CPU time and wall time): at most 50 ms, so that the editor never freezes;
//   - re-analysing after a one-character edit in the middle (median of 5 edits, cache warm),
//     and after one in 30 KB without sentence breaks (the editor case first reported).
// A shape over a bound is flagged, and the script exits with status 1.
// Sizes: BENCH_ADVERSARIAL_KB (default 100) and twice that.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { loadavg } from 'node:os';
import { cpuTime, eventLoopGaps, median, time } from './bench-measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS || 2);
const SIZE = Number(process.env.BENCH_ADVERSARIAL_KB || 100) * 1000;
const MAX_RATIO = 2.2;
const MAX_STEP_MS = 50;

const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });
const bundle = join(benchDir, 'analysis-adversarial.cjs');
esbuild.buildSync({
  stdin: {
    contents: [
      "export { Analyzer } from './src/analysis';",
      "export { splitBlocks } from './src/analysis/pipeline/blocks';",
      "export { analyzeParagraph } from './src/analysis/pipeline/paragraph';",
      "export { adversarialShapes } from './test/unit/analysis/adversarialText';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  outfile: bundle,
  logLevel: 'error',
});
const { Analyzer, splitBlocks, analyzeParagraph, adversarialShapes: shapes } = createRequire(import.meta.url)(bundle);

/** A shape at exactly `n` characters: every unit is at least as long as the first. */
const ofLength = (make, n) => make(Math.ceil(n / make(1).length)).slice(0, n);

/** Process CPU milliseconds (user + system) and wall milliseconds spent in fn. */
const cpuAndWall = fn => {
  let wall = 0;
  const cpu = cpuTime(() => (wall = time(fn)));
  return { cpu, wall };
};

/** Longest event-loop gap while `analyzeAsync` runs on `text` with nothing cached: wall and process CPU ms. */
async function longestStep(text) {
  const { gaps, cpuGaps } = await eventLoopGaps(() => new Analyzer().analyzeAsync(text));
  return { wall: gaps[0], cpu: cpuGaps[0] };
}

/** The longest parse of one paragraph block (process CPU ms, up to 40 distinct blocks): a step of its own in analyzeAsync. */
function longestParagraph(text) {
  const distinct = [...new Set(splitBlocks(text).map(b => b.text))].slice(0, 40);
  return Math.max(...distinct.map(t => cpuAndWall(() => analyzeParagraph(t)).cpu));
}

/** Median process CPU and wall ms to re-analyse after inserting one character in the middle (5 edits after 2 warm-up edits). */
function editTime(text) {
  const analyzer = new Analyzer();
  analyzer.analyze(text);
  const times = [];
  for (let i = 0; i < 7; i++) {
    const at = Math.floor(text.length * (0.3 + 0.05 * i));
    text = text.slice(0, at) + 'x' + text.slice(at);
    const t = cpuAndWall(() => analyzer.analyze(text));
    if (i >= 2) times.push(t);
  }
  return { cpu: median(times.map(t => t.cpu)), wall: median(times.map(t => t.wall)) };
}

// Warm the JIT on every shape first.
for (const make of Object.values(shapes)) {
  for (let i = 0; i < 2; i++) new Analyzer().analyze(ofLength(make, 20000));
  await new Analyzer().analyzeAsync(ofLength(make, 20000));
}

console.log(`load average before: ${loadavg().map(x => x.toFixed(2)).join(' ')} on this machine`);
console.log(`\nAdversarial shapes at ${SIZE / 1000} KB and ${(2 * SIZE) / 1000} KB, quote marks at twice that (fastest of ${RUNS} runs, nothing cached; bounds: ratio ≤ ${MAX_RATIO}, longest step ≤ ${MAX_STEP_MS} ms)`);
console.log(`${'shape'.padEnd(20)} ${'small cpu (wall)'.padStart(18)} ${'large cpu (wall)'.padStart(18)} ${'ratio'.padStart(6)}  ${'longest step cpu / wall'.padStart(24)} ${'(paragraph)'.padStart(11)}  ${'1-char edit cpu (wall)'.padStart(22)}`);
let flagged = 0;
/** Quote marks are quick to analyse: twice the size, so the larger text holds 200,000 marks and more. */
const scale = name => (/“/.test(name) ? 2 : 1);
for (const [name, make] of Object.entries(shapes)) {
  const small = ofLength(make, SIZE * scale(name));
  const large = ofLength(make, 2 * SIZE * scale(name));
  const fastest = t => {
    const rs = Array.from({ length: RUNS }, () => cpuAndWall(() => new Analyzer().analyze(t)));
    return { cpu: Math.min(...rs.map(r => r.cpu)), wall: Math.min(...rs.map(r => r.wall)) };
  };
  const tSmall = fastest(small);
  const tLarge = fastest(large);
  const ratio = tLarge.cpu / tSmall.cpu;
  const fmt = t => `${t.cpu.toFixed(0)} (${t.wall.toFixed(0)}) ms`;
  const step = await longestStep(large);
  const paragraph = longestParagraph(large);
  const edit = editTime(large);
  const over = [];
  if (ratio > MAX_RATIO) over.push(`ratio over ${MAX_RATIO}`);
  if (step.cpu > MAX_STEP_MS) over.push(`step over ${MAX_STEP_MS} ms`);
  if (over.length) flagged++;
  console.log(
    `${name.padEnd(20)} ${fmt(tSmall).padStart(18)} ${fmt(tLarge).padStart(18)} ${ratio.toFixed(2).padStart(6)}  ${`${step.cpu.toFixed(1)} / ${step.wall.toFixed(1)} ms`.padStart(24)} ${`(${paragraph.toFixed(1)})`.padStart(11)}  ${`${edit.cpu.toFixed(1)} (${edit.wall.toFixed(1)}) ms`.padStart(22)}${over.length ? '  ← ' + over.join(', ') : ''}`,
  );
}
// A 30 KB stretch of pronoun cues without sentence breaks: the editor case first reported.
const edit30 = editTime(ofLength(shapes['no sentence breaks'], 30000));
console.log(`\none-character edit in 30 KB without sentence breaks: median ${edit30.cpu.toFixed(1)} ms CPU (${edit30.wall.toFixed(1)} ms wall)`);
console.log(`load average after: ${loadavg().map(x => x.toFixed(2)).join(' ')}`);
console.log('(the longest step is flagged on process CPU time: on a busy machine the wall-clock gap also counts time the process was preempted;');
console.log(' "paragraph" is the longest parse of one paragraph block, itself one step: a longer step than that is the document pass)');
if (flagged) {
  console.log(`${flagged} shape(s) over a bound`);
  process.exitCode = 1;
}

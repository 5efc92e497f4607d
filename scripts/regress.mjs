#!/usr/bin/env node
// `npm run regress`: runs the regression corpus (test/regress/, see its README) through the CLI,
// `node dist/cli.js analyze --jsonl` in one run, and prints every probe whose output differs
// from the recorded output (test/regress/recorded.json), labelled fixed / broken / changed by
// what the change does to agreement with the probe's hand-written gold, then a summary line.
// Exits 1 when anything differs, so CI notices; `npm run regress -- --accept` records the
// current output as the new expectation.
//
//   npm run regress                 build, then compare
//   npm run regress -- --accept     build, then record the current output
//   node scripts/regress.mjs --no-build   compare against the dist/cli.js already built
//   npm run regress -- --disagreements    list every probe the output disagrees with (the known errors)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test', 'regress');
const recordingPath = join(corpusDir, 'recorded.json');

const argv = process.argv.slice(2);
const unknown = argv.filter(a => a !== '--accept' && a !== '--no-build' && a !== '--disagreements');
if (unknown.length) {
  console.error(`Unknown option ${unknown[0]}. Options: --accept, --no-build, --disagreements`);
  process.exit(2);
}
const accept = argv.includes('--accept');
const disagreements = argv.includes('--disagreements');

if (!argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

// The logic is TypeScript (type-checked, linted and unit-tested with the rest): bundle it in memory.
const bundled = await esbuild.build({ entryPoints: [join(corpusDir, 'regressCorpus.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error' });
const corpus = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`);

/** Every probe of every .txt file under test/regress/, in path order. */
function readProbes() {
  const files = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.txt'))
    .sort();
  return files.flatMap(name => {
    const group = relative(corpusDir, join(corpusDir, name)).replace(/\\/g, '/').replace(/\.txt$/, '');
    try {
      return corpus.parseProbeFile(readFileSync(join(corpusDir, name), 'utf8'), group);
    } catch (error) {
      if (error instanceof corpus.ProbeFormatError) {
        console.error(`test/regress/${error.message}`);
        process.exit(2);
      }
      throw error;
    }
  });
}

/** One `analyze --jsonl` run over all probes; their reduced outputs by id. */
function analyzeAll(probes) {
  const input = probes.map(p => JSON.stringify({ id: p.id, text: p.text })).join('\n') + '\n';
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--jsonl'], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    console.error(`analyze --jsonl failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(2);
  }
  const current = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const result = JSON.parse(line);
    current.set(result.id, corpus.reduceAnalysis(result));
  }
  return current;
}

const probes = readProbes();
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run `node scripts/build.mjs` first (or `npm run regress`).');
  process.exit(2);
}
const current = analyzeAll(probes);
const recorded = new Map(existsSync(recordingPath) ? Object.entries(JSON.parse(readFileSync(recordingPath, 'utf8'))) : []);
const comparison = corpus.compareRuns(probes, recorded, current);

if (disagreements) {
  // The known errors: every probe whose current output disagrees with its gold, changed or not.
  const lines = probes.map(p => corpus.formatDisagreement(p.id, current.get(p.id), p.gold)).filter(Boolean);
  for (const line of lines) console.log(line + '\n');
  console.log(`${lines.length} of ${probes.length} probes disagree with their gold.`);
  process.exit(0);
}

for (const difference of comparison.differences) console.log(corpus.formatDifference(difference) + '\n');
console.log(corpus.formatSummary(comparison));

if (accept) {
  writeFileSync(recordingPath, corpus.formatRecording(probes.map(p => [p.id, current.get(p.id)])));
  console.log(`Recorded the current output of ${probes.length} probes in ${relative(root, recordingPath)}.`);
  process.exit(0);
}
if (comparison.differences.length) {
  console.log(
    `\nThe output changed on ${comparison.differences.length} probe(s). If every change above is intended, record it with` +
      ' `npm run regress -- --accept` and commit test/regress/recorded.json with the change.',
  );
  process.exit(1);
}
console.log('No change against the recorded output.');

#!/usr/bin/env node
// Runs the shared extraction scorer on every dev set and prints one table (set × measure).
// The eval folder is `../shared/eval` next to the repository, or $SOURCE_ANNOTATOR_EVAL_DIR.
// Build first (`npm run eval` does): the predictor is the CLI, `node dist/cli.js analyze --jsonl`.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.SOURCE_ANNOTATOR_EVAL_DIR ? resolve(process.env.SOURCE_ANNOTATOR_EVAL_DIR) : resolve(root, '..', 'shared', 'eval');
const scorer = join(evalDir, 'score.mjs');
const dataDir = join(evalDir, 'data');
if (!existsSync(scorer) || !existsSync(dataDir)) {
  console.log(`No eval sets found at ${evalDir} (set SOURCE_ANNOTATOR_EVAL_DIR to the folder holding score.mjs and data/). Nothing to measure.`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run `node scripts/build.mjs` first (or `npm run eval`).');
  process.exit(1);
}

const sets = readdirSync(dataDir).filter(f => f.endsWith('.jsonl')).sort();
const cmd = `node ${JSON.stringify(join(root, 'dist', 'cli.js'))} analyze --jsonl`;
const rows = [];
let failed = false;
for (const file of sets) {
  const run = spawnSync(process.execPath, [scorer, '--data', join(dataDir, file), '--cmd', cmd, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    console.error(`${file}: scorer failed (exit ${run.status})\n${run.stderr.slice(-2000)}`);
    failed = true;
    continue;
  }
  const r = JSON.parse(run.stdout.trim().split('\n').pop());
  const f1 = k => (r[k] ? r[k].f1.toFixed(3) : '–');
  rows.push({
    set: file.replace(/\.jsonl$/, ''),
    docs: String(r.docs),
    'people F1': f1('people'),
    'people~ F1': f1('people~overlap'),
    'numbers F1': f1('numbers~overlap'),
    'quotes F1': f1('quotes'),
    speaker: r.speaker ? `${r.speaker.accuracy.toFixed(3)} (${r.speaker.correct}/${r.speaker.of})` : '–',
    'words/s': String(r.wordsPerSec),
  });
}

if (rows.length) {
  const cols = Object.keys(rows[0]);
  const width = cols.map(c => Math.max(c.length, ...rows.map(r => r[c].length)));
  const line = cells => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  console.log(line(cols));
  console.log(width.map(w => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(cols.map(c => r[c])));
  console.log('\npeople = exact span F1; people~ = overlap; numbers = overlap; quotes = content Jaccard ≥ 0.6; speaker = accuracy on matched quotes with a gold speaker; words/s includes process start-up.');
}
process.exit(failed ? 1 : 0);

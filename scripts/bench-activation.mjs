#!/usr/bin/env node
// Activation bench (part of `npm run bench`). NOT VS Code's own figure: it times, in fresh Node
// processes, loading dist/extension.js and calling its `activate()` with a stub `vscode` module
// (test/support/activationProbe.cjs), median of N runs. That is the extension's own share of
// what "Show Running Extensions" reports (module evaluation + activate), without the extension
// host's overhead. Target: ≤ 150 ms. `node scripts/bench-activation.mjs <bundle>` times another
// build (e.g. an older one, or a --production one) the same way.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench-measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = resolve(process.argv[2] ?? resolve(root, 'dist', 'extension.js'));
if (!existsSync(bundle)) throw new Error(`No bundle at ${bundle}: run node scripts/build.mjs first.`);
const probe = resolve(root, 'test', 'support', 'activationProbe.cjs');
const RUNS = Number(process.env.BENCH_RUNS || 9);
const TARGET_MS = 150;

const runs = [];
for (let i = 0; i < RUNS; i++) {
  const r = spawnSync(process.execPath, [probe, bundle], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`activation run failed:\n${r.stderr}`);
  runs.push(JSON.parse(r.stdout));
}
const load = median(runs.map(r => r.loadMs));
const activate = median(runs.map(r => r.activateMs));
const total = median(runs.map(r => r.loadMs + r.activateMs));
console.log(`Activation, Node with a stub vscode (${relative(root, bundle)}; median of ${RUNS} fresh processes):`);
console.log(`  load ${load.toFixed(1)} ms + activate() ${activate.toFixed(1)} ms = ${total.toFixed(1)} ms  (target ≤ ${TARGET_MS} ms: ${total <= TARGET_MS ? 'met' : 'NOT met'})`);

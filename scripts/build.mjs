// Builds everything with esbuild:
//   dist/extension.js      the extension for desktop and remote VS Code (Node extension host)
//   dist/web/extension.js  the same extension for VS Code for the Web (web-worker host)
//   dist/cli.js            the command line
//   out/                   with --tests: src/ and test/ transpiled file by file for mocha
// With --production (run by `vscode:prepublish`, so by `npm run package`): minified bundles
// without source maps, into an emptied dist/ so that no development build's .map is left
// beside them. Development builds link a .map next to each bundle. `--dist <dir>` writes the
// bundles to another folder instead of dist/ (the packaging test builds into a temp folder).
// Type-checking is `npm run typecheck` (esbuild strips types without checking them).
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compromisePatches } from './compromise-patches.mjs';

const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const production = process.argv.includes('--production');
const distIndex = process.argv.indexOf('--dist');
const dist = distIndex >= 0 ? process.argv[distIndex + 1] : 'dist';
if (!dist) throw new Error('--dist needs a folder.');

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
  // A few lines of compromise's source edited as it is bundled (why: scripts/compromise-patches.mjs).
  plugins: [compromisePatches()],
};

const bundles = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: join(dist, 'extension.js'), platform: 'node' },
  // The browser bundle must not pull in Node built-ins: esbuild fails the build if it does,
  // which is how we keep src/analysis and src/annotations portable.
  { ...common, entryPoints: ['src/extension.ts'], outfile: join(dist, 'web', 'extension.js'), platform: 'browser', mainFields: ['browser', 'module', 'main'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: join(dist, 'cli.js'), platform: 'node', banner: { js: '#!/usr/bin/env node' } },
];

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

if (production) {
  if (watch || tests) throw new Error('--production builds only the bundles in dist/: use it without --watch and --tests.');
  rmSync(dist, { recursive: true, force: true });
}

// Imports compromise's ES-module source, which Node cannot `require`: the unit-test build
// bundles this one file (with those modules) where it transpiles every other file alone.
const BUNDLED_FOR_TESTS = join('src', 'analysis', 'text', 'compromisePasses.ts');

if (tests) {
  rmSync('out', { recursive: true, force: true });
  bundles.push({
    entryPoints: [...filesUnder('src').filter(f => f !== BUNDLED_FOR_TESTS), ...filesUnder('test')],
    outdir: 'out',
    outbase: '.',
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  bundles.push({ entryPoints: [BUNDLED_FOR_TESTS], outfile: join('out', BUNDLED_FOR_TESTS.replace(/\.ts$/, '.js')), bundle: true, format: 'cjs', platform: 'node', target: 'es2022', sourcemap: 'inline', logLevel: 'warning', plugins: [compromisePatches()] });
}

if (watch) {
  const contexts = await Promise.all(bundles.map(b => esbuild.context(b)));
  await Promise.all(contexts.map(c => c.watch()));
  console.log('[watch] build finished, watching for changes…');
} else {
  await Promise.all(bundles.map(b => esbuild.build(b)));
}

// `npm test`: first the static checks (esbuild strips types without checking them, so a type
// error would otherwise land): `tsc --noEmit`, eslint (which also keeps the pure layers free of
// `vscode` and Node built-ins, see eslint.config.mjs) and scripts/check-import-cycles.mjs, each
// counted as one passed or failed check. Then it builds, runs the unit tests on plain Node
// (mocha, .mocharc.json), the regression corpus (scripts/regress.mjs: one passed or failed
// check, failed when the analysis output differs from test/regress/recorded.json), the
// integration tests inside a real VS Code (scripts/integration.mjs),
// then the browser bundle's smoke test in VS Code's web-worker extension host
// (scripts/web-smoke.mjs), then `npm start` with no chromium on the PATH, serving the workbench
// and stopping cleanly (scripts/harness/start-check.mjs), then a representative part of the integration tests against the
// packaged .vsix installed into the minimum and the newest VS Code (scripts/harness/installed.mjs;
// last, since packaging rebuilds dist/ as production bundles), and closes with one line
// "N passed, N failed" counting all of them.
// Exits non-zero if anything failed, the harnesses included.
//
//   npm test                       everything
//   npm test -- --grep <text>      only tests whose full title matches, in the unit and
//                                  integration suites and the `npm start` check (the checks,
//                                  the regression corpus and the web smoke test are left out)
//   npm test -- --unit             only the unit tests and the regression corpus (no VS Code
//                                  needed; no checks)
//   npm run check                  only the checks (npm test -- --checks)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './harness/install.mjs';
import { runIntegrationTests } from './integration.mjs';
import { runWebSmoke } from './web-smoke.mjs';
import { runInstalledTests } from './harness/installed.mjs';
import { runStartCheck, START_CHECK_TITLE } from './harness/start-check.mjs';
import { exitOnSignals } from './harness/workbench.mjs';

const UNIT_DIR = join(REPO_ROOT, 'out', 'test', 'unit');
const MOCHA = join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const STATS_REPORTER = join(REPO_ROOT, 'scripts', 'harness', 'mocha-stats-reporter.mjs');
const CHECKS = [
  { name: 'Type check (tsc --noEmit -p .)', args: [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'] },
  { name: 'Lint (eslint .)', args: [join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.'] },
  { name: 'Import cycles (scripts/check-import-cycles.mjs)', args: [join(REPO_ROOT, 'scripts', 'check-import-cycles.mjs')] },
];

function parseArgs(argv) {
  const options = { unitOnly: false, checksOnly: false, grep: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--unit') options.unitOnly = true;
    else if (argv[i] === '--checks') options.checksOnly = true;
    else if (argv[i] === '--grep') options.grep = argv[++i];
    else if (argv[i].startsWith('--grep=')) options.grep = argv[i].slice('--grep='.length);
    else throw new Error(`Unknown option ${argv[i]}. Options: --grep <text>, --unit, --checks`);
  }
  return options;
}

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

/** Runs one check, its output collected so that checks run side by side do not interleave. */
function runCheck({ name, args }) {
  return new Promise(resolveCheck => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('error', error => resolveCheck({ name, ok: false, output: `${output}${error.message}\n`, seconds: 0 }));
    child.on('close', code => resolveCheck({ name, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/** tsc, eslint and the import-cycle check, side by side; one passed or failed count each. */
async function runChecks(skipReason) {
  heading('Checks (type check, lint, import cycles)');
  if (skipReason) {
    console.log(`Left out with ${skipReason} (npm run check runs them).`);
    return { passed: 0, failed: 0, pending: 0 };
  }
  const results = await Promise.all(CHECKS.map(runCheck));
  for (const { name, ok, output, seconds } of results) {
    console.log(`${ok ? '✔' : '✘'} ${name} (${seconds.toFixed(1)} s)${ok ? '' : ' FAILED'}`);
    if (output.trim()) console.log(output.trimEnd().replace(/^/gm, '    '));
  }
  const failed = results.filter(result => !result.ok).length;
  return { passed: results.length - failed, failed, pending: 0 };
}

function build() {
  heading('Build (node scripts/build.mjs --tests)');
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs'), '--tests'], { cwd: REPO_ROOT, stdio: 'inherit' });
  return result.status === 0;
}

function hasUnitTests() {
  return existsSync(UNIT_DIR) && readdirSync(UNIT_DIR, { recursive: true, encoding: 'utf8' }).some(name => name.endsWith('.test.js'));
}

/** Runs mocha as `npx mocha` would (same .mocharc.json), with a reporter that also saves counts. */
function runUnitTests(grep) {
  heading('Unit tests (mocha on Node)');
  if (!hasUnitTests()) {
    console.log('No unit tests found under out/test/unit.');
    return { passed: 0, failed: 0, pending: 0 };
  }
  const temp = mkdtempSync(join(tmpdir(), 'source-annotator-unit-'));
  const statsFile = join(temp, 'stats.json');
  try {
    const args = [MOCHA, '--reporter', STATS_REPORTER];
    if (grep) args.push('--grep', grep);
    const result = spawnSync(process.execPath, args, {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, SOURCE_ANNOTATOR_UNIT_STATS: statsFile },
    });
    let stats;
    try {
      stats = JSON.parse(readFileSync(statsFile, 'utf8'));
    } catch {
      // mocha stopped before it ran anything (a test file that does not load, a bad option)
      console.log(`\nmocha exited with code ${result.status} before reporting results.`);
      return { passed: 0, failed: 1, pending: 0 };
    }
    if (result.status !== 0 && stats.failed === 0) return { ...stats, failed: 1 };
    return stats;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** `npm run regress` on the bundles just built: one check, failed when any probe's output changed. */
function runRegress(grep) {
  heading('Regression corpus (scripts/regress.mjs)');
  if (grep) {
    console.log('Left out with --grep (npm run regress runs it).');
    return { passed: 0, failed: 0, pending: 0 };
  }
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'regress.mjs'), '--no-build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  return result.status === 0 ? { passed: 1, failed: 0, pending: 0 } : { passed: 0, failed: 1, pending: 0 };
}

async function runIntegration(grep) {
  heading('Integration tests (VS Code extension host)');
  const results = await runIntegrationTests({ grep });
  if (results.harnessError) console.error(`\n[harness] ${results.harnessError}`);
  return results;
}

async function runWeb(grep) {
  heading('Web smoke test (browser bundle, web-worker extension host)');
  // Its checks are one scenario, not separately selectable tests.
  if (grep) {
    console.log('Left out with --grep.');
    return { passed: 0, failed: 0, pending: 0 };
  }
  return runWebSmoke();
}

async function runStart(grep) {
  heading('npm start without chromium (scripts/harness/start-check.mjs)');
  if (grep && !new RegExp(grep).test(START_CHECK_TITLE)) {
    console.log('Left out with --grep.');
    return { passed: 0, failed: 0, pending: 0 };
  }
  return runStartCheck();
}

async function runInstalled(grep) {
  heading('Installed .vsix (minimum and newest VS Code)');
  return runInstalledTests({ grep });
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const started = Date.now();
  const checks = await runChecks(options.unitOnly ? '--unit' : options.grep ? '--grep' : undefined);
  if (options.checksOnly) {
    console.log(`\n${checks.passed} passed, ${checks.failed} failed`);
    return checks.failed > 0 ? 1 : 0;
  }
  if (!build()) {
    console.log('\nThe build failed; no tests ran.');
    console.log(`\n${checks.passed} passed, ${checks.failed + 1} failed`);
    return 1;
  }
  const unit = runUnitTests(options.grep);
  const regress = runRegress(options.grep);
  const none = { passed: 0, failed: 0, pending: 0 };
  const integration = options.unitOnly ? none : await runIntegration(options.grep);
  const web = options.unitOnly ? none : await runWeb(options.grep);
  const start = options.unitOnly ? none : await runStart(options.grep);
  const installed = options.unitOnly ? none : await runInstalled(options.grep);

  const passed = checks.passed + unit.passed + regress.passed + integration.passed + web.passed + start.passed + installed.passed;
  const failed = checks.failed + unit.failed + regress.failed + integration.failed + web.failed + start.failed + installed.failed;
  const pending = unit.pending + integration.pending + web.pending + start.pending + installed.pending;
  heading('Summary');
  // Not in the closing line's format, so that only the last line reads as the total.
  if (!options.unitOnly && !options.grep) console.log(`Checks             ${checks.passed} passed / ${checks.failed} failed`);
  console.log(`Unit tests         ${unit.passed} passed / ${unit.failed} failed`);
  if (!options.grep) console.log(`Regression corpus  ${regress.passed ? 'unchanged' : 'CHANGED (see above; npm run regress -- --accept if intended)'}`);
  if (!options.unitOnly) {
    console.log(`Integration tests  ${integration.passed} passed / ${integration.failed} failed`);
    console.log(`Web smoke checks   ${web.passed} passed / ${web.failed} failed`);
    console.log(`npm start check    ${start.passed} passed / ${start.failed} failed`);
    console.log(`Installed .vsix    ${installed.passed} passed / ${installed.failed} failed`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (pending) console.log(`\n(${pending} skipped)`);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

exitOnSignals();
// Exit explicitly: nothing the run started should keep the process alive.
process.exit(await main());

// Tests what users install: packages the extension into a .vsix (as `npm run package` does, the
// production bundles included), installs it into the minimum VS Code this extension supports
// (1.100, test/harness/) and into the newest VS Code that installs from npm (test/harness-newest/,
// on the Node 24 it needs), and runs a representative part of the integration suite in each with
// the extension coming from the installed .vsix, not from the repo. This is what rust-analyzer
// does with its minimum and the current stable VS Code.
//
// Which tests: provenance (the extension under test really is the installed one, and activates),
// foundation (the three things the extension is for: highlights, hover cards, tags saved to the
// sidecar) and editor (navigation, settings, the Outline, the Entities view and the status bar).
// Together they touch every contribution point the .vsix must carry; the full suite runs on the
// repo's folder (scripts/integration.mjs), and running all of it twice more would double CI time.
// smoke.test.ts is left out: it checks the harness against the repo's seeds/, which a .vsix lacks.
//
//   node scripts/harness/installed.mjs                  package, then run on both VS Code versions
//   node scripts/harness/installed.mjs --grep hover     only tests whose title matches
// Note: packaging rebuilds dist/ as the production bundles (vscode:prepublish).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HARNESSES, REPO_ROOT } from './install.mjs';
import { exitOnSignals } from './workbench.mjs';
import { argsOrExit, exitWithSummary, isMain } from './script.mjs';
import { runIntegrationTests } from '../integration.mjs';

export const INSTALLED_TEST_FILES = ['provenance.test.js', 'foundation.test.js', 'editor.test.js'];
const VSCE = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Packages the extension as `npm run package` does, into `file`. */
function packageVsix(file) {
  const result = spawnSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', file], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(file)) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`Packaging the .vsix failed (vsce package, exit ${result.status}):\n${output}`);
  }
}

/**
 * Packages once, then runs INSTALLED_TEST_FILES against the installed .vsix on each VS Code.
 * Never throws: a packaging or harness failure counts as one failed test, like runIntegrationTests.
 * @param {{ grep?: string, log?: (message: string) => void }} [options]
 */
export async function runInstalledTests({ grep, log = message => console.log(`[installed] ${message}`) } = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'source-annotator-vsix-'));
  try {
    const vsix = join(temp, 'source-annotator.vsix');
    const started = Date.now();
    try {
      packageVsix(vsix);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`\n[installed] ${message}`);
      return { passed: 0, failed: 1, pending: 0, failures: [{ title: 'packaging the .vsix', error: message }] };
    }
    log(`packaged in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const total = { passed: 0, failed: 0, pending: 0, failures: [] };
    for (const harness of [HARNESSES.minimum, HARNESSES.newest]) {
      log(`the installed .vsix on the ${harness.name} VS Code…`);
      const results = await runIntegrationTests({ harness, vsix, files: INSTALLED_TEST_FILES, grep });
      if (results.harnessError) console.error(`\n[harness] ${results.harnessError}`);
      total.passed += results.passed;
      total.failed += results.failed;
      total.pending += results.pending;
      total.failures.push(...results.failures.map(failure => ({ ...failure, title: `[${harness.name}] ${failure.title}` })));
    }
    return total;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--grep') options.grep = argv[++i];
    else if (argv[i].startsWith('--grep=')) options.grep = argv[i].slice('--grep='.length);
    else throw new Error(`Unknown option ${argv[i]}. Options: --grep <text|/regex/>`);
  }
  return options;
}

if (isMain(import.meta.url)) {
  exitOnSignals();
  exitWithSummary(await runInstalledTests(argsOrExit(parseArgs)));
}

// Runs the integration tests (out/test/integration/**/*.test.js) inside a real VS Code: the VS
// Code server from test-harness/, its workbench in headless Chromium, the extension loaded from
// this repo, and a fresh temp copy of seeds/ as the workspace (tests may write sidecars there;
// the repo stays clean). Expects a build with --tests (npm run test:integration does it).
//
//   node scripts/integration.mjs                  run the suite, print "N passed, N failed"
//   node scripts/integration.mjs --grep hover     only tests whose title matches
//   node scripts/integration.mjs --screenshots    also save the tests' screenshot() calls as media/<name>.png
//   node scripts/integration.mjs --headed         show the browser (needs a display)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setInterval, clearInterval } from 'node:timers';
import { ensureHarness, REPO_ROOT } from './harness/install.mjs';
import { HARNESS_ENV, TEST_ENV } from './harness/environment.mjs';
import { EXPECTED_NOISE, exitOnSignals, openWorkbench, startServer, workbenchUrl } from './harness/workbench.mjs';
import { argsOrExit, exitWithSummary, isMain } from './harness/script.mjs';

const TESTS_ENTRY = join(REPO_ROOT, 'out', 'test', 'suite', 'index.js');
const AFTER_RESTART_DIR = join(REPO_ROOT, 'out', 'test', 'integration', 'after-restart');
const DEFAULT_TIMEOUT_S = 600;
// The extension under development in the installed-.vsix runs: no code, nothing contributed.
const TEST_HOST_MANIFEST = { name: 'installed-vsix-test-host', publisher: 'source-annotator-tests', version: '0.0.0', engines: { vscode: '*' } };
// Time for a just-shown decoration or hover to paint before a screenshot.
const SCREENSHOT_SETTLE_MS = 600;

/**
 * @typedef {{ passed: number, failed: number, pending: number, failures: { title: string, error: string }[] }} SuiteResults
 * @typedef {{ screenshots?: boolean, screenshotsDir?: string, grep?: string, headed?: boolean, timeoutSeconds?: number,
 *   harness?: import('./harness/install.mjs').HarnessSpec, vsix?: string, files?: string[] }} RunOptions
 *   harness: which VS Code server (the minimum by default).
 *   vsix: test this packaged extension, installed into the server, instead of the repo's folder.
 *   files: only these test files (names like "smoke.test.js"), in one session.
 */

/**
 * Runs the integration suite once. Never throws: a harness failure (install, server, browser,
 * timeout) comes back as `failed: 1` with the reason in `failures`, so callers count it.
 * @param {RunOptions} [options]
 * @returns {Promise<SuiteResults & { harnessError?: string }>}
 */
export async function runIntegrationTests(options = {}) {
  const verbose = Boolean(process.env[HARNESS_ENV.verbose]);
  const keep = Boolean(process.env[HARNESS_ENV.keep]);
  const timeoutSeconds = options.timeoutSeconds ?? (Number(process.env[HARNESS_ENV.timeout]) || DEFAULT_TIMEOUT_S);
  const temp = mkdtempSync(join(tmpdir(), 'source-annotator-it-'));
  const removeTemp = () => rmSync(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  if (!keep) process.on('exit', removeTemp); // Ctrl-C skips the finally below
  const cleanups = [];
  try {
    if (!existsSync(TESTS_ENTRY)) throw new Error(`${TESTS_ENTRY} is missing: build with \`node scripts/build.mjs --tests\` first.`);
    const { serverMain, node, chromium } = ensureHarness({ harness: options.harness });
    const dataDir = join(temp, 'vscode');
    // Where the extension under test comes from: the repo's folder, as the extension under
    // development, or the .vsix, installed the way a user's VS Code installs it.
    let extensionPath = REPO_ROOT;
    let extensionFrom = REPO_ROOT;
    if (options.vsix) {
      // The workbench runs extensionTestsPath only alongside an extension under development, so
      // the tests get an empty one of their own, which leaves the installed copy in charge.
      extensionPath = join(temp, 'test-host-extension');
      mkdirSync(extensionPath);
      writeFileSync(join(extensionPath, 'package.json'), JSON.stringify(TEST_HOST_MANIFEST, null, 2) + '\n');
      extensionFrom = join(dataDir, 'extensions');
      installVsix({ node, serverMain, vsix: options.vsix, extensionsDir: extensionFrom });
    }

    // Named like the original, so the Explorer and screenshots show "SEEDS".
    const workspace = join(temp, 'seeds');
    cpSync(join(REPO_ROOT, 'seeds'), workspace, { recursive: true });
    const resultsFile = join(temp, 'results.json');
    const logFile = join(temp, 'mocha.log');
    const env = { [TEST_ENV.results]: resultsFile, [TEST_ENV.log]: logFile, [TEST_ENV.workspace]: workspace, [TEST_ENV.extensionFrom]: extensionFrom };
    if (options.grep) env[TEST_ENV.grep] = options.grep;
    if (options.files) env[TEST_ENV.files] = options.files.join(',');
    let requests;
    if (options.screenshots) {
      requests = join(temp, 'screenshot-requests');
      mkdirSync(requests);
      env[TEST_ENV.screenshots] = requests;
    }

    // A session is one VS Code window from start to exit. Tests under integration/after-restart/
    // run in a second session on the same workspace and user data: VS Code closed and reopened.
    const session = async phase => {
      const sessionEnv = { ...env, [TEST_ENV.phase]: phase };
      const sessionCleanups = [];
      rmSync(logFile, { force: true }); // the previous session's report was printed already
      try {
        const server = await startServer({ serverMain, node, dataDir, env: sessionEnv, verbose });
        sessionCleanups.push(() => server.stop());

        const reporter = tailFile(logFile, text => process.stdout.write(text));
        sessionCleanups.push(() => reporter.stop());

        let exitCode;
        let resolveExit;
        const exited = new Promise(resolveFn => (resolveExit = resolveFn));
        const { browser, page } = await openWorkbench({
          chromium,
          url: workbenchUrl(server.origin, { folder: workspace, extensionPath, testsPath: TESTS_ENTRY }),
          headless: !options.headed,
          onAutomationExit: code => {
            exitCode = code;
            resolveExit('exited');
          },
          // The workbench's own log. Errors are worth seeing (an extension that fails to activate
          // shows up here), except the ones this offline setup always has.
          onAutomationLog: (type, args) => {
            const text = args.map(arg => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
            if (verbose || (type === 'error' && !EXPECTED_NOISE.some(re => re.test(text)))) console.log(`[workbench:${type}] ${text}`);
          },
          onConsole: (type, text) => {
            if (verbose || type === 'pageerror') console.log(`[browser:${type}] ${text}`);
          },
        });
        sessionCleanups.push(() => browser.close());
        page.on('crash', () => resolveExit(new Error('The browser page crashed.')));
        if (requests) {
          const poller = serveScreenshots(requests, page, options.screenshotsDir ?? join(REPO_ROOT, 'media'));
          sessionCleanups.push(() => poller.stop());
        }

        let timer;
        const timedOut = new Promise(resolveTimeout => {
          timer = setTimeout(() => resolveTimeout('timeout'), timeoutSeconds * 1000);
        });
        const outcome = await Promise.race([exited, timedOut]);
        clearTimeout(timer);
        reporter.flush();
        if (outcome === 'timeout') throw new Error(`The integration run did not finish within ${timeoutSeconds} s.`);
        if (outcome instanceof Error) throw outcome;

        const results = readResults(resultsFile);
        if (!results) throw new Error(`The extension host exited with code ${exitCode} without reporting results (see the output above).`);
        if (exitCode !== 0 && results.failed === 0) {
          return { ...results, failed: 1, failures: [{ title: 'extension host', error: `exited with code ${exitCode} although every test passed` }] };
        }
        return results;
      } finally {
        for (const cleanup of sessionCleanups.reverse()) {
          try {
            await cleanup();
          } catch {
            // keep cleaning up
          }
        }
      }
    };
    const first = await session('main');
    if (options.files || !existsSync(AFTER_RESTART_DIR) || !readdirSync(AFTER_RESTART_DIR).some(name => name.endsWith('.test.js')) || first.failed > 0) return first;
    console.log('\n[harness] closing VS Code and opening it again on the same workspace…');
    const second = await session('after-restart');
    return { passed: first.passed + second.passed, failed: first.failed + second.failed, pending: first.pending + second.pending, failures: [...first.failures, ...second.failures] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { passed: 0, failed: 1, pending: 0, failures: [{ title: 'integration harness', error: message }], harnessError: message };
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // keep cleaning up
      }
    }
    if (keep) console.log(`[harness] kept ${temp}`);
    else {
      removeTemp();
      process.off('exit', removeTemp);
    }
  }
}

/** Installs a .vsix into an extensions dir with the server's own CLI, as `code --install-extension` does. */
function installVsix({ node, serverMain, vsix, extensionsDir }) {
  mkdirSync(extensionsDir, { recursive: true });
  const result = spawnSync(node, [serverMain, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--accept-server-license-terms'], { encoding: 'utf8' });
  const installed = readdirSync(extensionsDir).some(name => name.startsWith('source-annotator.source-annotator-'));
  if (result.status !== 0 || !installed) {
    throw new Error(`Installing ${vsix} into the VS Code server failed (exit ${result.status}):\n${`${result.stdout ?? ''}${result.stderr ?? ''}`.trim()}`);
  }
}

function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Prints what gets appended to `file` (mocha's report, written by the suite in the host). */
function tailFile(file, write) {
  let offset = 0;
  const flush = () => {
    let size;
    try {
      size = statSync(file).size;
    } catch {
      return;
    }
    if (size < offset) offset = 0; // truncated when the suite starts
    if (size === offset) return;
    const text = readFileSync(file).subarray(offset, size).toString('utf8');
    offset = size;
    write(text);
  };
  const interval = setInterval(flush, 200);
  return { flush, stop: () => (clearInterval(interval), flush()) };
}

/** Answers screenshot() requests from the tests (see test/integration/screenshot.ts). */
function serveScreenshots(requests, page, outDir) {
  let busy = false;
  const handle = async file => {
    const id = file.slice(0, -'.request.json'.length);
    let answer;
    try {
      const { name } = JSON.parse(readFileSync(join(requests, file), 'utf8'));
      if (!/^[a-z0-9][a-z0-9._-]*$/i.test(String(name))) throw new Error(`bad screenshot name ${JSON.stringify(name)}`);
      mkdirSync(outDir, { recursive: true });
      await page.waitForTimeout(SCREENSHOT_SETTLE_MS);
      const target = join(outDir, `${name}.png`);
      await page.screenshot({ path: target });
      console.log(`[harness] screenshot saved: ${target}`);
      answer = { file: target };
    } catch (error) {
      answer = { error: error instanceof Error ? error.message : String(error) };
    }
    rmSync(join(requests, file), { force: true });
    writeFileSync(join(requests, `${id}.done.json.tmp`), JSON.stringify(answer));
    renameSync(join(requests, `${id}.done.json.tmp`), join(requests, `${id}.done.json`));
  };
  const poll = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const file of readdirSync(requests).filter(name => name.endsWith('.request.json')).sort()) await handle(file);
    } finally {
      busy = false;
    }
  };
  const interval = setInterval(() => void poll(), 100);
  return { stop: () => clearInterval(interval) };
}

function parseArgs(argv) {
  const options = { screenshots: false, headed: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--screenshots') options.screenshots = true;
    else if (arg === '--headed') options.headed = true;
    else if (arg === '--grep') options.grep = argv[++i];
    else if (arg.startsWith('--grep=')) options.grep = arg.slice('--grep='.length);
    else if (arg === '--screenshots-dir') options.screenshotsDir = resolve(argv[++i]);
    else throw new Error(`Unknown option ${arg}. Options: --grep <text|/regex/>, --screenshots, --screenshots-dir <dir>, --headed`);
  }
  options.grep ??= process.env[TEST_ENV.grep] || undefined;
  return options;
}

if (isMain(import.meta.url)) {
  exitOnSignals();
  const results = await runIntegrationTests(argsOrExit(parseArgs));
  if (results.harnessError) console.error(`\n[harness] ${results.harnessError}`);
  exitWithSummary(results);
}

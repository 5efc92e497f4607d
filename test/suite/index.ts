// The entry point VS Code loads in the extension host for the integration tests
// (extensionTestsPath = out/test/suite/index.js). It runs every out/test/integration/**/*.test.js
// with mocha (bdd, like the unit tests), reports to the harness and rejects when anything failed,
// which makes the extension host exit non-zero.
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { testEnv } from './environment';
import { sourceMappedStack } from './sourceMappedStack';

interface Failure {
  title: string;
  error: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  failures: Failure[];
}

const INTEGRATION_DIR = resolve(__dirname, '..', 'integration');

/**
 * The test files of this session: after-restart/ ones only in the "after-restart" phase, and
 * only the harness's selection when it makes one (the installed-.vsix runs).
 */
function testFiles(dir: string): string[] {
  const afterRestart = testEnv('phase') === 'after-restart';
  const selected = testEnv('files')?.split(',');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.test.js') && name.startsWith(`after-restart${sep}`) === afterRestart)
    .filter(name => selected === undefined || selected.includes(name))
    .sort()
    .map(name => join(dir, name));
}

/** A mocha grep from the environment: `/re/flags` is a regex, anything else plain text. */
function grepFromEnv(): RegExp | string | undefined {
  const grep = testEnv('grep');
  if (grep === undefined) return undefined;
  const regex = /^\/(.+)\/([a-z]*)$/.exec(grep);
  return regex ? new RegExp(regex[1], regex[2]) : grep;
}

/**
 * In the extension host, console output goes to the workbench's developer console, mixed with
 * the workbench's own log. When the harness gives us a log file, mocha's report (printed through
 * Base.consoleLog) and whatever the tests and the extension print go there instead, in order;
 * the harness prints the file as it grows.
 */
function routeOutputToLog(): void {
  const log = testEnv('log');
  if (log === undefined) return;
  writeFileSync(log, '');
  const write = (...args: unknown[]) => appendFileSync(log, format(...args) + '\n');
  Mocha.reporters.Base.consoleLog = write;
  // The extension host installs its console forwarders as accessors whose setters do nothing,
  // so plain assignment would be silently ignored; they are configurable, though.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    Object.defineProperty(console, method, { value: write, writable: true, configurable: true });
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export async function run(): Promise<void> {
  // Lets sourceMappedStack() point failures into the .ts sources (the build inlines source maps).
  process.setSourceMapsEnabled(true);
  routeOutputToLog();
  const grep = grepFromEnv();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000, color: false, ...(grep !== undefined ? { grep } : {}) });
  let results: SuiteResults;
  try {
    const files = testFiles(INTEGRATION_DIR);
    if (files.length === 0) throw new Error(`No integration tests found under ${INTEGRATION_DIR}. Did the build run with --tests?`);
    for (const file of files) mocha.addFile(file);
    results = await runMocha(mocha);
  } catch (error) {
    // A test file that throws while loading stops the run before any test: count it as one
    // failure so the harness reports it like any other.
    results = { passed: 0, failed: 1, pending: 0, failures: [{ title: 'loading the integration tests', error: errorText(error) }] };
    Mocha.reporters.Base.consoleLog(`\n  Loading the integration tests failed:\n${errorText(error)}`);
  }
  const resultsFile = testEnv('results');
  if (resultsFile !== undefined) writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed.`);
}

function runMocha(mocha: Mocha): Promise<SuiteResults> {
  return new Promise((resolveRun, rejectRun) => {
    const failures: Failure[] = [];
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats;
        resolveRun({ passed: stats?.passes ?? 0, failed: stats?.failures ?? failures.length, pending: stats?.pending ?? 0, failures });
      });
      runner.on('fail', (test, error) => {
        // Listeners run in order: this one before the reporter prints the failure at the end.
        if (error instanceof Error && error.stack !== undefined) error.stack = sourceMappedStack(error.stack);
        failures.push({ title: test.fullTitle(), error: errorText(error) });
      });
    } catch (error) {
      rejectRun(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

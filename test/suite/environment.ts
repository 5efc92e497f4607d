// The environment variables through which the integration harness (scripts/integration.mjs)
// talks to the test suite inside the extension host. The server process gets them and the
// extension host inherits them. Keep the names in sync with scripts/harness/environment.mjs.
// All are optional: under @vscode/test-cli (.vscode-test.mjs) none is set.

export const TEST_ENV = {
  /** Where run() writes `{ passed, failed, pending, failures: [{ title, error }] }`. */
  results: 'SOURCE_ANNOTATOR_TEST_RESULTS',
  /** Where run() appends mocha's report, which the harness prints as it grows. */
  log: 'SOURCE_ANNOTATOR_TEST_LOG',
  /** Absolute path of the workspace folder: a fresh temp copy of the repo's seeds/. */
  workspace: 'SOURCE_ANNOTATOR_TEST_WORKSPACE',
  /** Only run the tests whose full title matches this (a mocha grep, plain text or /regex/). */
  grep: 'SOURCE_ANNOTATOR_TEST_GREP',
  /** Folder through which screenshot() asks the harness for a capture (screenshots mode only). */
  screenshots: 'SOURCE_ANNOTATOR_SCREENSHOTS',
  /**
   * "main" (the default) runs every test except those in integration/after-restart/; "after-restart"
   * runs only those, in a second VS Code session on the same workspace (closed and reopened).
   */
  phase: 'SOURCE_ANNOTATOR_TEST_PHASE',
  /** Comma-separated test file names (e.g. "smoke.test.js"): only those run. All by default. */
  files: 'SOURCE_ANNOTATOR_TEST_FILES',
  /**
   * The folder the extension under test must be loaded from: the repo (under development) or the
   * server's extensions dir (the installed .vsix). Checked by provenance.test.ts.
   */
  extensionFrom: 'SOURCE_ANNOTATOR_TEST_EXTENSION_FROM',
} as const;

export function testEnv(name: keyof typeof TEST_ENV): string | undefined {
  const value = process.env[TEST_ENV[name]];
  return value === undefined || value === '' ? undefined : value;
}

// Environment variables the harness sets on the VS Code server, which its extension host
// inherits. Keep in sync with test/suite/environment.ts, where the test side reads them.
export const TEST_ENV = {
  results: 'SOURCE_ANNOTATOR_TEST_RESULTS',
  log: 'SOURCE_ANNOTATOR_TEST_LOG',
  workspace: 'SOURCE_ANNOTATOR_TEST_WORKSPACE',
  grep: 'SOURCE_ANNOTATOR_TEST_GREP',
  screenshots: 'SOURCE_ANNOTATOR_SCREENSHOTS',
  phase: 'SOURCE_ANNOTATOR_TEST_PHASE',
  files: 'SOURCE_ANNOTATOR_TEST_FILES',
  extensionFrom: 'SOURCE_ANNOTATOR_TEST_EXTENSION_FROM',
};

// Read by the harness itself (set them when calling npm test / npm run test:integration).
export const HARNESS_ENV = {
  /** Print everything the server and the browser say, noise included. */
  verbose: 'SOURCE_ANNOTATOR_HARNESS_VERBOSE',
  /** Keep the temp folder (workspace copy, server logs) after the run, and print where it is. */
  keep: 'SOURCE_ANNOTATOR_HARNESS_KEEP',
  /** Overall timeout of an integration run, in seconds (default 600). */
  timeout: 'SOURCE_ANNOTATOR_HARNESS_TIMEOUT',
};

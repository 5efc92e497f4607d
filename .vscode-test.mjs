// For developers with a desktop VS Code: runs the integration tests with @vscode/test-cli
// (`node scripts/build.mjs --tests && npx vscode-test`, or the Extension Test Runner extension).
// It downloads VS Code (or set SOURCE_ANNOTATOR_VSCODE_PATH to a VS Code executable), which the
// project's CI cannot do; `npm test` runs the same test files in the VS Code server instead
// (scripts/integration.mjs).
import { defineConfig } from '@vscode/test-cli';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

// Tests write sidecar files into the workspace: give them a fresh copy of seeds/ (in the
// git-ignored .vscode-test/), never the repo's own folder.
const workspace = join(root, '.vscode-test', 'seeds');
rmSync(workspace, { recursive: true, force: true });
cpSync(join(root, 'seeds'), workspace, { recursive: true });

const executable = process.env.SOURCE_ANNOTATOR_VSCODE_PATH;

const common = {
  // The oldest VS Code that package.json's engines.vscode accepts; pass --code-version stable
  // to try the newest.
  version: '1.100.3',
  ...(executable ? { useInstallation: { fromPath: executable } } : {}),
  workspaceFolder: workspace,
  launchArgs: ['--disable-extensions'],
  skipExtensionDependencies: true,
  mocha: { ui: 'bdd', timeout: 20000 },
};

// Two sessions, as in scripts/integration.mjs: the second reopens VS Code on the same workspace
// and user data and runs the tests of integration/after-restart/ (tags still there, re-anchored).
export default defineConfig([
  {
    ...common,
    label: 'integration',
    files: 'out/test/integration/*.test.js',
    // The same variables the harness sets (test/suite/environment.ts).
    env: { SOURCE_ANNOTATOR_TEST_WORKSPACE: workspace, SOURCE_ANNOTATOR_TEST_PHASE: 'main' },
  },
  {
    ...common,
    label: 'after-restart',
    files: 'out/test/integration/after-restart/*.test.js',
    env: { SOURCE_ANNOTATOR_TEST_WORKSPACE: workspace, SOURCE_ANNOTATOR_TEST_PHASE: 'after-restart' },
  },
]);

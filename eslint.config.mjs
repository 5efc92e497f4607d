// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// The pure layers run in VS Code for the Web's web worker and under the CLI alike: no VS Code
// API and no Node built-in, bare (`fs`, `path`, `fs/promises`, …) or `node:`-prefixed. They get
// file access through src/annotations/fileSystem.ts instead.
const PURE_LAYERS = ['src/analysis/**/*.ts', 'src/annotations/**/*.ts', 'src/export/**/*.ts', 'src/common/**/*.ts'];
const PURE_MESSAGE = 'src/analysis, src/annotations, src/export and src/common stay free of vscode and Node built-ins (they run in the web worker too); do this in src/editor or src/cli, or go through the FileSystem interface.';
const NODE_BUILTINS = builtinModules.filter(name => !name.startsWith('_'));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-harness/**', '.vscode-test/**', '.bench/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: PURE_LAYERS,
    rules: {
      // The typescript-eslint variant also sees `import x = require('…')`, and type-only imports.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...NODE_BUILTINS].map(name => ({ name, message: PURE_MESSAGE })),
          patterns: [{ group: ['node:*', 'vscode/*'], message: PURE_MESSAGE }],
        },
      ],
      // require('fs') and import('fs') are no loophole either.
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='require']", message: PURE_MESSAGE },
        { selector: 'ImportExpression', message: PURE_MESSAGE },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', window: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', fetch: 'readonly' },
    },
  },
);

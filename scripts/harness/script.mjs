// What every test script of the harness does when run from the command line: know it is the
// script node started, read its options (a bad one is exit code 2), and close with the one
// summary line `N passed, N failed` and exit code 1 when anything failed.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether the module at `moduleUrl` (its import.meta.url) is the script node was started with. */
export function isMain(moduleUrl) {
  return Boolean(process.argv[1]) && resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

/**
 * The script's options read by `parse` from its arguments; on a bad option, prints why and exits
 * with code 2.
 * @template T
 * @param {(argv: string[]) => T} parse
 * @returns {T}
 */
export function argsOrExit(parse) {
  try {
    return parse(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

/**
 * Prints the summary line and exits: 1 when anything failed, else 0.
 * @param {{ passed: number, failed: number, pending: number }} results
 */
export function exitWithSummary(results) {
  console.log(`\n${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  process.exit(results.failed > 0 ? 1 : 0);
}

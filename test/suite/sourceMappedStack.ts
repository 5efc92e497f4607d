// Rewrites the positions in a stack trace from the transpiled out/**/*.js to the .ts sources.
// Node does this by itself when source maps are enabled, but the extension host installs its
// own Error.prepareStackTrace, which bypasses it; so failures are mapped before mocha prints them.
// Needs process.setSourceMapsEnabled(true) before the test files load (the build inlines maps).
import { findSourceMap } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// mocha has already made paths under the working directory relative when 'fail' is emitted.
const POSITION = /([^\s()]+\.js):(\d+):(\d+)/g;

function sourcePath(generatedFile: string, source: string): string {
  if (source.startsWith('file:')) return fileURLToPath(source);
  return isAbsolute(source) ? source : resolve(dirname(generatedFile), source);
}

export function sourceMappedStack(stack: string): string {
  return stack.replace(POSITION, (whole, file: string, line: string, column: string) => {
    const generated = resolve(file.startsWith('file://') ? fileURLToPath(file) : file);
    const entry = findSourceMap(generated)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return whole;
    const source = sourcePath(generated, entry.originalSource);
    return `${isAbsolute(file) ? source : relative(process.cwd(), source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

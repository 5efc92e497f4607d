// Running git and reading its outcome, the same in the CLI and in the editor's extension host.
// The caller hands in Node's `execFile` (the CLI imports it; the editor reaches it through
// `process` so that its bundle also loads in VS Code for the Web): this file stays pure.

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The part of Node's `child_process.execFile` used here. */
export type ExecFile = (
  file: string,
  args: readonly string[],
  options: { cwd: string; encoding: 'utf8'; windowsHide: boolean; maxBuffer: number },
  callback: (error: (Error & { code?: number | string }) | null, stdout: string, stderr: string) => void,
) => unknown;

/** Sidecars and their history can be large: `git show` of one must not hit Node's 1 MB default. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/** Runs git in `cwd`; resolves with its exit code and output (code 127 when git cannot be started). */
export function runGitWith(execFile: ExecFile, args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise(resolve => {
    execFile('git', args, { cwd, encoding: 'utf8', windowsHide: true, maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => {
      if (!err) return resolve({ code: 0, stdout, stderr });
      resolve({ code: typeof err.code === 'number' ? err.code : 127, stdout, stderr: stderr || err.message });
    });
  });
}

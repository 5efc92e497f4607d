// Running git from the command line (Node only): for git-setup and for the annotator's name.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type { GitAccess } from '../annotations';

/** Runs git; resolves with its exit code and output (code 127 when git is not installed). */
export function runGit(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile('git', args, { cwd, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
      if (!err) return resolve({ code: 0, stdout, stderr });
      const failure = err as NodeJS.ErrnoException & { code?: number | string };
      resolve({ code: typeof failure.code === 'number' ? failure.code : 127, stdout, stderr: stderr || failure.message });
    });
  });
}

export const nodeGitAccess: GitAccess = {
  git: runGit,
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  },
  async writeText(path, text) {
    await writeFile(path, text);
  },
};

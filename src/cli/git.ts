// Running git from the command line (Node only): for git-setup and for the annotator's name.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type { GitAccess } from '../annotations';
import { runGitWith, type ExecFile, type GitResult } from '../common/gitRun';

/** Runs git; resolves with its exit code and output (code 127 when git is not installed). */
export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  return runGitWith(execFile as ExecFile, args, cwd);
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

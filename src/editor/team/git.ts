// Git for the editor, in the desktop and remote extension hosts only: child_process is reached
// through Node's process (not an import), so this file bundles for the web too, where git is
// simply not there and every caller falls back (the annotator setting, a clear message).
import * as vscode from 'vscode';
import type { GitAccess } from '../../annotations';
import { runGitWith, type ExecFile, type GitResult } from '../../common/gitRun';

type ChildProcess = typeof import('node:child_process');

const nodeProcess = (globalThis as { process?: NodeJS.Process }).process;
const childProcess: ChildProcess | undefined = nodeProcess?.getBuiltinModule?.('node:child_process');

/** Whether this extension host can run git (false in VS Code for the Web). */
export const canRunGit = Boolean(childProcess);

/** Runs git in `cwd` (a file path); code 127 when git cannot be started or this host has no processes. */
export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  if (!childProcess) return Promise.resolve({ code: 127, stdout: '', stderr: 'git is not available in this VS Code (web)' });
  return runGitWith(childProcess.execFile as ExecFile, args, cwd);
}

/** git plus file access through vscode.workspace.fs, for setUpGitMerging. */
export const editorGitAccess: GitAccess = {
  git: runGit,
  async readText(path) {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(path)));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  },
  async writeText(path, text) {
    await vscode.workspace.fs.writeFile(vscode.Uri.file(path), new TextEncoder().encode(text));
  },
};

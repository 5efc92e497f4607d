// The sidecar store's file access through vscode.workspace.fs, so tags work in local, remote,
// virtual and web workspaces alike. Locations are URI strings.
import * as vscode from 'vscode';
import type { FileSystem, ProcessIdentity } from '../../annotations';

const uri = (location: string) => vscode.Uri.parse(location, true);

/**
 * Node's process in the desktop and remote extension host; undefined in the web worker. Reached
 * through the global (not an import) so the same code bundles for the browser.
 */
const nodeProcess = (globalThis as { process?: NodeJS.Process }).process;
const nodeFs = nodeProcess?.getBuiltinModule?.('node:fs');

function processIdentity(): ProcessIdentity | undefined {
  const os = nodeProcess?.getBuiltinModule?.('node:os');
  if (!nodeProcess || !os) return undefined;
  const running = (pid: number) => {
    try {
      nodeProcess.kill(pid, 0);
      return true;
    } catch (err) {
      return code(err) === 'EPERM';
    }
  };
  return { host: os.hostname(), pid: nodeProcess.pid, isRunning: running };
}

function code(err: unknown): string | undefined {
  return err instanceof vscode.FileSystemError ? err.code : (err as { code?: string } | undefined)?.code;
}

export const vscodeFileSystem: FileSystem = {
  async readFile(location) {
    return vscode.workspace.fs.readFile(uri(location));
  },
  async writeFile(location, data) {
    await vscode.workspace.fs.writeFile(uri(location), data);
  },
  async rename(from, to, options) {
    await vscode.workspace.fs.rename(uri(from), uri(to), { overwrite: options.overwrite });
  },
  async delete(location) {
    await vscode.workspace.fs.delete(uri(location), { useTrash: false });
  },
  async createExclusive(location, data) {
    const target = uri(location);
    if (target.scheme === 'file' && nodeFs) {
      // A local (or remote-host) disk: O_EXCL, atomic against other windows and the CLI.
      const handle = await nodeFs.promises.open(target.fsPath, 'wx');
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
      return;
    }
    // The web and virtual file systems: vscode.workspace.fs has no exclusive create. Best
    // available: write a file of our own and rename it without overwriting, which providers
    // refuse when the target exists; but they check first and rename after, so two writers in
    // the same instant may both succeed. The lock's `confirm` before committing narrows that.
    const temporary = uri(`${location}.new-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`);
    await vscode.workspace.fs.writeFile(temporary, data);
    try {
      await vscode.workspace.fs.rename(temporary, target, { overwrite: false });
    } catch (err) {
      await Promise.resolve(vscode.workspace.fs.delete(temporary, { useTrash: false })).catch(() => undefined);
      throw err;
    }
  },
  isAlreadyExists(error) {
    return code(error) === 'FileExists' || code(error) === 'EEXIST';
  },
  processIdentity: processIdentity(),
  isNotFound(error) {
    return code(error) === 'FileNotFound' || code(error) === 'ENOENT' || code(error) === 'EntryNotFound';
  },
  async filesBeside(location) {
    const folder = vscode.Uri.joinPath(uri(location), '..');
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => vscode.Uri.joinPath(folder, name).toString());
  },
  describeError(error) {
    switch (code(error)) {
      case 'NoPermissions':
      case 'EACCES':
      case 'EPERM':
      case 'EROFS':
        return vscode.l10n.t('the location is read-only (permission denied)');
      case 'FileNotFound':
        return vscode.l10n.t('the file or folder does not exist');
      case 'FileExists':
        return vscode.l10n.t('a file with that name already exists');
      case 'Unavailable':
        return vscode.l10n.t('the file system is unavailable');
      default:
        return error instanceof Error ? error.message : String(error);
    }
  },
};

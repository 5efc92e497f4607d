// The sidecar store's file access through vscode.workspace.fs, so tags work in local, remote,
// virtual and web workspaces alike. Locations are URI strings.
import * as vscode from 'vscode';
import type { FileSystem } from '../../annotations';

const uri = (location: string) => vscode.Uri.parse(location, true);

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
        return 'the location is read-only (permission denied)';
      case 'FileNotFound':
        return 'the file or folder does not exist';
      case 'FileExists':
        return 'a file with that name already exists';
      case 'Unavailable':
        return 'the file system is unavailable';
      default:
        return error instanceof Error ? error.message : String(error);
    }
  },
};

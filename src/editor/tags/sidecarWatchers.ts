// Sidecar files changed by other programs (git, a colleague's sync, an editor): a watcher that
// reports every creation, change and deletion of the sidecars matching a pattern.
import * as vscode from 'vscode';

/** Watches the sidecars matching `pattern`; `changed` gets the sidecar's URI. Dispose to stop. */
export function watchSidecars(pattern: vscode.GlobPattern, changed: (sidecar: vscode.Uri) => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(pattern);
  watcher.onDidChange(changed);
  watcher.onDidCreate(changed);
  watcher.onDidDelete(changed);
  return watcher;
}

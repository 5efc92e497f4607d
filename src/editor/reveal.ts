// Opening a document at a range, shared by hover links, views and navigation commands, and
// the URI helpers they need.
import * as vscode from 'vscode';

/** Opens the document (if needed) and selects and reveals the range given in offsets. */
export async function revealOffsets(uri: vscode.Uri, start: number, end: number, options: { select?: boolean } = {}): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = options.select === false ? new vscode.Selection(range.start, range.start) : new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The last segment of a URI's path: the file name shown to the user. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Parses a URI given as a string by a command link, or passes a Uri through. */
export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') {
    try {
      return vscode.Uri.parse(value, true);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

// Shared helpers for the integration tests: the extension's API, opening articles, waiting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/analysis';
import type { SourceAnnotatorApi } from '../../src/editor/api';

export const EXTENSION_ID = 'source-annotator.source-annotator';
export const SEED = '000_da0d72e0fb9dfab8.txt';

export async function extensionApi(): Promise<SourceAnnotatorApi> {
  const extension = vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Opens a workspace file in an editor and waits until its highlights and tags are drawn. */
export async function openArticle(name: string, api?: SourceAnnotatorApi): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await (api ?? (await extensionApi())).settled(document.uri);
  return editor;
}

/** Polls until `check` returns a truthy value (or throws the last failure after `timeoutMs`). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

export async function readJson(uri: vscode.Uri): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as unknown;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The numbers of the text, without the header's date (shown dimmed with the header, not as a number). */
export function bodyNumbers(analysis: Analysis): Analysis['numbers'] {
  const header = analysis.article.header;
  return analysis.numbers.filter(n => !header || n.start >= header.end);
}

/** The text of every range, for readable assertions. */
export function textsOf(document: vscode.TextDocument, spans: readonly { start: number; end: number }[] | undefined): string[] {
  return (spans ?? []).map(s => document.getText().slice(s.start, s.end));
}

/** The hover cards at an offset, as plain text (Markdown escapes of any ASCII punctuation removed). */
export async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers
    .flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

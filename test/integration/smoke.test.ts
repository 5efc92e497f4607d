// Checks the harness itself: we run inside a real VS Code, with this extension under
// development, on a throwaway copy of seeds/, and the editor API the extension relies on
// (opening a document, decorating it) works. Nothing here depends on the extension's features.
import * as assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { testEnv } from '../suite/environment';

const EXTENSION_ID = 'source-annotator.source-annotator';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

describe('integration harness', () => {
  it('runs in a real VS Code with this extension under development', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
  });

  it('opens a copy of seeds/ as the workspace, not the repo folder itself', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const repoSeeds = join(extension.extensionPath, 'seeds');
    const root = workspaceRoot();
    assert.notEqual(root.fsPath, repoSeeds);
    const expectedWorkspace = testEnv('workspace');
    if (expectedWorkspace !== undefined) assert.equal(root.fsPath, expectedWorkspace);

    const seedArticles = readdirSync(repoSeeds).filter(name => name.endsWith('.txt')).sort();
    assert.ok(seedArticles.length > 0, 'the repo has seed articles');
    // Other test files add articles of their own; the repo's are all there.
    const found = new Set((await vscode.workspace.findFiles('*.txt')).map(uri => uri.path.split('/').pop()));
    for (const name of seedArticles) assert.ok(found.has(name), `${name} is in the workspace`);
  });

  it('writes into the workspace copy without touching the repo', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const probe = vscode.Uri.joinPath(workspaceRoot(), 'harness-probe.annotations.json');
    await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode('{"probe":true}\n'));
    const readBack = new TextDecoder().decode(await vscode.workspace.fs.readFile(probe));
    assert.equal(readBack, '{"probe":true}\n');
    assert.equal(existsSync(join(extension.extensionPath, 'seeds', 'harness-probe.annotations.json')), false);
    await vscode.workspace.fs.delete(probe);
  });

  it('shows a seed article and decorates a range in it', async () => {
    const [article] = await vscode.workspace.findFiles('*.txt');
    assert.ok(article, 'a seed article exists');
    const document = await vscode.workspace.openTextDocument(article);
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), article.toString());

    const firstLine = document.lineAt(0).range;
    const decoration = vscode.window.createTextEditorDecorationType({ backgroundColor: 'rgba(255, 200, 0, 0.35)' });
    try {
      editor.setDecorations(decoration, [firstLine]);
    } finally {
      decoration.dispose();
    }
  });
});

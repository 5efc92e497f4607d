// After VS Code was closed and opened again, the corrections and the verdict made in
// corrections.test.ts still win: in workspace symbols while the article is closed (read from its
// sidecar on disk), then in the highlights, the hover card, the Entities view and the sidecar.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openArticle } from '../helpers';
import { assertCorrectionsShown } from '../correctionsArticle';

describe('after reopening VS Code: corrections', () => {
  after(closeAllEditors);

  it('shows the corrected speaker, the rejected and marked people and the verdict again', async () => {
    const api = await extensionApi();
    await closeAllEditors();
    const names = async (query: string) =>
      (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query))
        .filter(s => s.location.uri.path.endsWith('/corrections.txt'))
        .map(s => s.name);
    assert.deepEqual(await names('Acme Vision'), ['Acme Vision'], 'the person marked by hand, in the closed article');
    assert.deepEqual(await names('Wei Xiaojun'), [], 'the person rejected, in the closed article');
    const editor = await openArticle('corrections.txt', api);
    await assertCorrectionsShown(api, editor.document);
  });
});

// An orphaned correction is kept, and the user can point it at text again: the text a "Mark as
// Person" correction was on is rewritten, the correction orphans (nothing is marked), and
// "Re-attach Orphaned Correction or Verdict to Selection…" puts it on the new words.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openArticle, readJson, textsOf, waitFor, workspaceFile } from './helpers';

const ARTICLE = 'Mayor Elena Marsh opened the plant on Monday.\n\nAcme Vision will hire forty people, the mayor said.\n';

describe('re-attaching an orphaned correction', () => {
  after(closeAllEditors);

  it('keeps a correction whose text is gone, and re-attaches it to the selection', async () => {
    const api = await extensionApi();
    await vscode.workspace.fs.writeFile(workspaceFile('reattach.txt'), new TextEncoder().encode(ARTICLE));
    const editor = await openArticle('reattach.txt', api);
    const { document } = editor;
    const uri = document.uri;
    const acme = document.getText().indexOf('Acme Vision');
    editor.selection = new vscode.Selection(document.positionAt(acme), document.positionAt(acme + 'Acme Vision'.length));
    await vscode.commands.executeCommand('sourceAnnotator.markAsPerson', 'Acme Vision');
    await waitFor(() => textsOf(document, api.highlights(uri).people).includes('Acme Vision'), 'Acme Vision marked as a person');
    const saved = await waitFor(async () => ((await readJson(api.sidecarUri(uri))) as { corrections?: { id: string }[] }).corrections?.[0], 'the correction saved');

    // The marked words are rewritten: the correction has no text any more, and marks nothing.
    const replaced = new vscode.WorkspaceEdit();
    replaced.replace(uri, new vscode.Range(document.positionAt(acme), document.positionAt(acme + 'Acme Vision'.length)), 'the optics firm');
    assert.ok(await vscode.workspace.applyEdit(replaced));
    await waitFor(() => !textsOf(document, api.highlights(uri).people).includes('Acme Vision'), 'nothing marked where the words were');
    assert.ok(!textsOf(document, api.highlights(uri).people).includes('the optics firm'), 'the analysis alone does not take the new words for a person');

    const firm = document.getText().indexOf('the optics firm');
    editor.selection = new vscode.Selection(document.positionAt(firm), document.positionAt(firm + 'the optics firm'.length));
    await vscode.commands.executeCommand('sourceAnnotator.reattachCorrection', saved.id);
    await waitFor(() => textsOf(document, api.highlights(uri).people).includes('the optics firm'), 'the correction on the selected words');
    const person = (await api.analysis(uri))!.people.find(p => p.text === 'the optics firm');
    assert.equal(person?.entity, 'Acme Vision', 'still a mention of the person the correction named');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

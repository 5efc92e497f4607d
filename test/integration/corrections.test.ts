// Corrections in the real VS Code: a speaker corrected from the hover card, a person rejected,
// a missed person marked, a verdict set; the highlights, the hover card, the Entities view and
// the sidecar all show the user's word. after-restart/corrections.test.ts checks it all again
// after VS Code was closed and opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, extensionApi, hoverText, openArticle, readJson, textsOf, waitFor, workspaceFile } from './helpers';
import { assertCorrectionsShown, CORRECTIONS_ARTICLE, FIRST_QUOTE, SOURCE } from './correctionsArticle';

/** The arguments of a hover card's command link, as the card wrote them. */
function linkArgs(card: string, title: string, command: string): unknown[] {
  const m = new RegExp(`\\[${title}\\]\\(command:sourceAnnotator\\.${command}\\?([^)\\s]+)\\)`).exec(card);
  assert.ok(m, `the card links "${title}"`);
  return JSON.parse(decodeURIComponent(m[1])) as unknown[];
}

describe('corrections in the editor', () => {
  let api: SourceAnnotatorApi;
  after(closeAllEditors);

  it('corrects a speaker from the hover card, rejects a person, marks a missed person and sets a verdict', async () => {
    api = await extensionApi();
    await vscode.workspace.fs.writeFile(workspaceFile('corrections.txt'), new TextEncoder().encode(CORRECTIONS_ARTICLE));
    const editor = await openArticle('corrections.txt', api);
    const { document } = editor;
    const uri = document.uri;
    const text = document.getText();
    const quoteStart = text.indexOf(FIRST_QUOTE);
    assert.equal((await api.analysis(uri))!.quotes.find(q => q.start === quoteStart)?.speaker, 'Wei Xiaojun', 'the analysis says Wei');

    const quoteCard = await hoverText(document, quoteStart + 5);
    await vscode.commands.executeCommand('sourceAnnotator.changeSpeaker', ...linkArgs(quoteCard, 'Change Speaker…', 'changeSpeaker'), 'Lance Ho');
    await waitFor(async () => (await api.analysis(uri))!.quotes.find(q => q.start === quoteStart)?.speaker === 'Lance Ho', 'the corrected speaker');

    const personCard = await hoverText(document, 2);
    await vscode.commands.executeCommand('sourceAnnotator.notAPerson', ...linkArgs(personCard, 'Not a Person', 'notAPerson'));
    await waitFor(() => !textsOf(document, api.highlights(uri).people).includes('Wei Xiaojun'), 'Wei Xiaojun no longer highlighted');

    const acme = text.indexOf('Acme Vision');
    editor.selection = new vscode.Selection(document.positionAt(acme), document.positionAt(acme + 'Acme Vision'.length));
    await vscode.commands.executeCommand('sourceAnnotator.markAsPerson', 'Acme Vision');
    await waitFor(() => textsOf(document, api.highlights(uri).people).includes('Acme Vision'), 'Acme Vision highlighted');

    const card = await hoverText(document, quoteStart + 5);
    await vscode.commands.executeCommand('sourceAnnotator.setVerdict', ...linkArgs(card, 'Set Verdict…', 'setVerdict'), { status: 'verified', source: SOURCE });
    await waitFor(async () => (await api.analysis(uri))!.quotes.find(q => q.start === quoteStart)?.verification?.status === 'verified', 'the verdict');
    await waitFor(async () => ((await readJson(api.sidecarUri(uri))) as { verifications?: unknown[] }).verifications?.length === 1, 'the verdict saved');
    await assertCorrectionsShown(api, document);

    // One undo step per correction, in the tag history: undo the verdict, then redo it.
    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    await waitFor(async () => !(await api.analysis(uri))!.quotes.find(q => q.start === quoteStart)?.verification, 'the verdict undone');
    await vscode.commands.executeCommand('sourceAnnotator.redoTagChange');
    await waitFor(async () => (await api.analysis(uri))!.quotes.find(q => q.start === quoteStart)?.verification?.status === 'verified', 'the verdict back');
  });
});

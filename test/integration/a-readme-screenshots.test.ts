// The README's screenshots, taken from the real VS Code by `npm run screenshots` (in a normal
// run screenshot() does nothing and these tests only check what the pictures would show). This
// file runs first, on the untouched workspace, with no notifications in the way.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, extensionApi, hoverText, openArticle, SEED, waitFor } from './helpers';
import { screenshot } from './screenshot';

describe('README screenshots', () => {
  let api: SourceAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('workbench.view.explorer');
    editor = await openArticle(SEED, api);
    await vscode.commands.executeCommand('notifications.clearAll');
  });
  after(closeAllEditors);

  const pointAt = (needle: string, delta = 2) => {
    const offset = editor.document.getText().indexOf(needle) + delta;
    const position = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return offset;
  };

  it('the seed article with its highlights', async () => {
    const drawn = api.highlights(editor.document.uri);
    for (const kind of ['quotes', 'people', 'numbers', 'speakers', 'metadata'] as const) assert.ok(drawn[kind]?.length, `${kind} are drawn`);
    await screenshot('seed-article-highlights');
  });

  it('the hover card of a person', async () => {
    const offset = pointAt('Wei Xiaojun');
    assert.match(await hoverText(editor.document, offset), /Wei Xiaojun.*deputy director-general/);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-person');
  });

  it('the hover card of a quote', async () => {
    await vscode.commands.executeCommand('editor.action.hideHover');
    const offset = pointAt('I have to admit regret', 10);
    assert.match(await hoverText(editor.document, offset), /Said by \*\*Wei Xiaojun\*\*/);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-quote');
  });

  it('a corrected speaker and a verified quote', async () => {
    await vscode.commands.executeCommand('editor.action.hideHover');
    const uri = editor.document.uri;
    const analysis = (await api.analysis(uri))!;
    const quote = analysis.quotes.find(q => q.text.includes('I have to admit regret'))!;
    const other = analysis.entities.find(e => e.name !== quote.speaker)!;
    const span = [uri.toString(), quote.start, quote.end];
    await vscode.commands.executeCommand('sourceAnnotator.changeSpeaker', ...span, other.name);
    const offset = pointAt('I have to admit regret', 10);
    await waitFor(async () => new RegExp(`Said by \\*\\*${other.name}\\*\\*`).test(await hoverText(editor.document, offset)), 'the corrected speaker in the hover card');
    assert.match(await hoverText(editor.document, offset), /Corrected /);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-corrected-speaker');
    await vscode.commands.executeCommand('editor.action.hideHover');
    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    await vscode.commands.executeCommand('sourceAnnotator.setVerdict', ...span, { status: 'verified', source: 'https://example.org/press-conference-transcript' });
    await waitFor(async () => /Verdict: verified/.test(await hoverText(editor.document, offset)), 'the verdict in the hover card');
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-verified-quote');
    await vscode.commands.executeCommand('editor.action.hideHover');
    // Leave the article as it was for the other tests.
    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    await waitFor(async () => !/Verdict:|Corrected /.test(await hoverText(editor.document, offset)), 'the article back as it was');
  });

  it('the Speakers view: who said what', async () => {
    await vscode.commands.executeCommand('editor.action.hideHover');
    await vscode.commands.executeCommand('workbench.view.extension.sourceAnnotator');
    await vscode.commands.executeCommand('sourceAnnotator.speakers.focus');
    const analysis = (await api.analysis(editor.document.uri))!;
    const speaker = analysis.quotes.find(q => q.speaker)!.speaker!;
    await waitFor(async () => (await api.viewItems('speakers')).some(line => line.includes(speaker)), 'the Speakers view');
    await new Promise(resolve => setTimeout(resolve, 400));
    await screenshot('speakers-view');
    await vscode.commands.executeCommand('workbench.view.explorer');
  });

  it('the views, with a tag on a person and one on a claim', async () => {
    await vscode.commands.executeCommand('editor.action.hideHover');
    const claim = editor.document.getText().indexOf('the deadly opioid');
    editor.selection = new vscode.Selection(editor.document.positionAt(claim), editor.document.positionAt(claim + 'the deadly opioid'.length));
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'claim to check');
    await vscode.commands.executeCommand('sourceAnnotator.tagEntity', editor.document.uri.toString(), 'Wei Xiaojun', 'source');
    await vscode.commands.executeCommand('workbench.view.extension.sourceAnnotator');
    await waitFor(async () => (await api.viewItems('tags')).some(line => line.startsWith('source')), 'the Tags view');
    pointAt('Wei also said that', 1);
    await new Promise(resolve => setTimeout(resolve, 400));
    await screenshot('views');
    // Leave the article as it was for the other tests.
    for (const tag of [...api.tags(editor.document.uri)]) await vscode.commands.executeCommand('sourceAnnotator.removeTag', editor.document.uri.toString(), tag.id);
    assert.equal(api.tags(editor.document.uri).length, 0);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.view.explorer');
  });
});

// Commands and behaviours of the editor experience not covered elsewhere: the analysis cache
// and typing delay, the highlight cap, hover cards of tags and tagged people, the quick picks,
// export, the sidecar file, and the views' item commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, exists, extensionApi, hoverText, openArticle, readJson, SEED, waitFor, workspaceFile } from './helpers';
import { screenshot } from './screenshot';

const ARTICLE = [
  'Maria Lopez, 52, the election director, said the count of 1,200 ballots would finish on Monday.',
  '“We counted every one of them by hand,” Lopez told reporters. She added that 3 observers watched.',
  'Lopez said 14 boxes arrived late, 7 of them from the north and 2 from the river towns.',
].join('\n\n');

async function create(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('commands and caches', () => {
  let api: SourceAnnotatorApi;
  before(async () => (api = await extensionApi()));
  afterEach(closeAllEditors);

  it('re-uses the analysis when switching editors and re-analyses after typing, after the delay', async () => {
    const a = await create('switch-a.txt', ARTICLE);
    await create('switch-b.txt', 'Ana Ruiz said 4 bridges were closed.');
    const editorA = await openArticle('switch-a.txt', api);
    const runs = api.analysisCount(a);
    await openArticle('switch-b.txt', api);
    await vscode.window.showTextDocument(editorA.document, { preview: false });
    await api.settled(a);
    assert.equal(api.analysisCount(a), runs, 'no new analysis for an unchanged document');

    const typed = vscode.window.activeTextEditor!;
    await typed.edit(b => b.insert(typed.document.positionAt(typed.document.getText().length), '\n\nTom Baker counted 99 more.'));
    assert.equal(api.analysisCount(a), runs, 'not analysed on the keystroke itself');
    await waitFor(() => api.analysisCount(a) > runs, 'the analysis after the delay');
    const end = typed.document.getText().indexOf('99');
    await waitFor(() => api.highlights(a).numbers?.some(n => n.start === end), 'the new number highlighted');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('caps the highlights of a kind at the setting, keeping those nearest the visible text', async () => {
    const uri = await create('capped.txt', ARTICLE);
    await openArticle('capped.txt', api);
    const all = (await api.analysis(uri))!.numbers.length;
    assert.ok(all > 3);
    const config = vscode.workspace.getConfiguration('sourceAnnotator');
    await config.update('highlights.maxPerKind', 3, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => api.highlights(uri).numbers?.length === 3, 'three numbers drawn');
      const first = (await api.analysis(uri))!.numbers.slice(0, 3).map(n => n.start);
      assert.deepEqual(api.highlights(uri).numbers!.map(n => n.start), first);
    } finally {
      await config.update('highlights.maxPerKind', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.highlights(uri).numbers?.length === all, 'all numbers again');
  });

  it('shows a tag card with label, note and actions, and lists the tags of a person in their card', async () => {
    const uri = await create('cards.txt', ARTICLE);
    const editor = await openArticle('cards.txt', api);
    const analysis = (await api.analysis(uri))!;
    const lopez = analysis.entities.find(e => /Lopez/.test(e.name))!;
    await vscode.commands.executeCommand('sourceAnnotator.tagEntity', uri.toString(), lopez.name, 'source');
    const tag = api.tags(uri)[0];
    assert.equal(tag.entity, lopez.name);
    const showNote = vscode.commands.executeCommand('sourceAnnotator.editTagNote', uri.toString(), tag.id);
    await new Promise(resolve => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // accepts the input box, empty
    await showNote;
    const lastMention = analysis.people[lopez.mentions.at(-1)!];
    const card = await hoverText(editor.document, lastMention.start + 1);
    assert.match(card, /\$\(tag\) \*\*source\*\* · on every mention of Maria Lopez/);
    assert.match(card, /Edit Note…\]\(command:sourceAnnotator\.editTagNote/);
    assert.match(card, /Remove\]\(command:sourceAnnotator\.removeTag/);
    assert.match(card, /Tags: `source`/, 'the person card lists the tag');
    assert.match(card, /Find All Mentions\]\(command:sourceAnnotator\.findMentions/);
    editor.selection = new vscode.Selection(editor.document.positionAt(lastMention.start + 1), editor.document.positionAt(lastMention.start + 1));
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-person');
    await vscode.commands.executeCommand('sourceAnnotator.removeTag', uri.toString(), tag.id);
    assert.equal(api.tags(uri).length, 0);
  });

  it('exports the annotations as W3C JSON, CSV and a Markdown report', async () => {
    const uri = await create('export.txt', ARTICLE);
    const editor = await openArticle('export.txt', api);
    const at = ARTICLE.indexOf('1,200 ballots');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + '1,200 ballots'.length));
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'figure');
    const target = (format: string) => workspaceFile(`export-out.${format}`);
    for (const format of ['w3c', 'csv', 'markdown']) await vscode.commands.executeCommand('sourceAnnotator.exportAnnotations', format, target(format).toString());
    const w3c = (await readJson(target('w3c'))) as { type?: string; items?: unknown[]; first?: { items?: unknown[] } } | { type?: string }[];
    assert.match(JSON.stringify(w3c), /"TextQuoteSelector"/);
    assert.match(JSON.stringify(w3c), /1,200 ballots/);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target('csv')));
    assert.match(csv, /figure/);
    assert.match(csv, /1,200 ballots/);
    const report = new TextDecoder().decode(await vscode.workspace.fs.readFile(target('markdown')));
    assert.match(report, /Maria Lopez/);
    assert.match(report, /We counted every one of them by hand/);
    assert.match(report, /figure/);
    void uri;
  });

  it('opens the sidecar file of the article', async () => {
    const uri = await create('sidecar-open.txt', ARTICLE);
    const editor = await openArticle('sidecar-open.txt', api);
    editor.selection = new vscode.Selection(0, 0, 0, 5);
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'name');
    await waitFor(() => exists(api.sidecarUri(uri)), 'the sidecar');
    await vscode.commands.executeCommand('sourceAnnotator.openSidecar');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), api.sidecarUri(uri).toString());
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'json');
  });

  it('goes to a person, quote or number from Show Entities, and opens an article from Open Article…', async () => {
    const editor = await openArticle(SEED, api);
    const analysis = (await api.analysis(editor.document.uri))!;
    const shown = vscode.commands.executeCommand('sourceAnnotator.showEntities');
    await new Promise(resolve => setTimeout(resolve, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await shown;
    const firstPerson = analysis.people[analysis.entities[0].mentions[0]];
    assert.equal(vscode.window.activeTextEditor?.document.offsetAt(vscode.window.activeTextEditor.selection.start), firstPerson.start);

    await closeAllEditors();
    const opened = vscode.commands.executeCommand('sourceAnnotator.openArticle');
    await waitFor(async () => (await api.viewItems('articles')).length > 0, 'the articles');
    await new Promise(resolve => setTimeout(resolve, 600));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await opened;
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.split('/').pop(), SEED, 'the first article in path order');
  });

  it('reveals an entity from the Entities view item’s command', async () => {
    const editor = await openArticle(SEED, api);
    const analysis = (await api.analysis(editor.document.uri))!;
    const quote = analysis.quotes.at(-1)!;
    await vscode.commands.executeCommand('sourceAnnotator.revealRange', editor.document.uri.toString(), quote.start, quote.end);
    const selection = vscode.window.activeTextEditor!.selection;
    assert.deepEqual(
      [editor.document.offsetAt(selection.start), editor.document.offsetAt(selection.end)],
      [quote.start, quote.end],
    );
  });
});

// Commands and behaviours of the editor experience not covered elsewhere: the analysis cache
// and typing delay, the highlight cap, hover cards of tags and tagged people, the quick picks,
// export, the sidecar file, and the views' item commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, exists, extensionApi, hoverText, openArticle, readJson, SEED, waitFor, workspaceFile } from './helpers';

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

    const config = vscode.workspace.getConfiguration('sourceAnnotator');
    await config.update('analysis.delay', 1000, vscode.ConfigurationTarget.Workspace);
    try {
      const typed = vscode.window.activeTextEditor!;
      const edited = Date.now();
      await typed.edit(b => b.insert(typed.document.positionAt(typed.document.getText().length), '\n\nTom Baker counted 99 more.'));
      // When the analysis ran, not that it had not run yet after some sleep (which a slow machine passes anyway).
      await waitFor(() => api.analysisCount(a) > runs, 'the analysis after the delay');
      const after = Date.now() - edited;
      assert.ok(after >= 950, `analysed ${after} ms after the edit, before the 1000 ms delay was over`);
      const end = typed.document.getText().indexOf('99');
      await waitFor(() => api.highlights(a).numbers?.some(n => n.start === end), 'the new number highlighted');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await config.update('analysis.delay', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('caps the highlights of a kind at the setting, drawing those nearest the visible text as it scrolls', async () => {
    // Two quantities a paragraph (not "Paragraph 12", which is a label rather than a number).
    const long = Array.from({ length: 300 }, (_, i) => `In round ${i + 1}, the council counted ${1000 + i} votes.`).join('\n\n');
    const uri = await create('capped.txt', long);
    const editor = await openArticle('capped.txt', api);
    const numbers = (await api.analysis(uri))!.numbers;
    assert.ok(numbers.length >= 600);
    const config = vscode.workspace.getConfiguration('sourceAnnotator');
    await config.update('highlights.maxPerKind', 20, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => api.highlights(uri).numbers?.length === 20, 'twenty numbers drawn');
      const visibleEnd = editor.document.offsetAt(editor.visibleRanges[0].end);
      assert.ok(api.highlights(uri).numbers!.every(n => n.start < visibleEnd + 2000), 'the drawn numbers are at the top, where the editor is');
      const last = numbers.at(-1)!;
      editor.revealRange(new vscode.Range(editor.document.positionAt(last.start), editor.document.positionAt(last.end)), vscode.TextEditorRevealType.InCenter);
      await waitFor(() => api.highlights(uri).numbers?.some(n => n.start === last.start), 'the numbers at the bottom drawn after scrolling');
      assert.equal(api.highlights(uri).numbers!.length, 20);
    } finally {
      await config.update('highlights.maxPerKind', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.highlights(uri).numbers?.length === numbers.length, 'all numbers again');
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

  it('reveals a quote when its Entities view item is selected', async () => {
    const editor = await openArticle(SEED, api);
    const analysis = (await api.analysis(editor.document.uri))!;
    const quote = analysis.quotes.at(-1)!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const items = await api.treeItems('entities');
    const quoteItems = items.filter(i => i.item.contextValue === 'quote');
    assert.equal(quoteItems.length, analysis.quotes.length);
    const item = quoteItems.find(i => i.item.tooltip === quote.text)!.item;
    await vscode.commands.executeCommand(item.command!.command, ...((item.command!.arguments ?? []) as unknown[]));
    const selection = vscode.window.activeTextEditor!.selection;
    assert.deepEqual(
      [editor.document.offsetAt(selection.start), editor.document.offsetAt(selection.end)],
      [quote.start, quote.end],
    );
  });
});

describe('commands from the cursor, pickers and view menus', () => {
  let api: SourceAnnotatorApi;
  before(async () => (api = await extensionApi()));
  afterEach(closeAllEditors);

  it('goes to the speaker of a quote', async () => {
    const editor = await openArticle(SEED, api);
    const quote = (await api.analysis(editor.document.uri))!.quotes.find(q => q.speakerStart !== null)!;
    await vscode.commands.executeCommand('sourceAnnotator.goToSpeaker', editor.document.uri.toString(), quote.start);
    const selection = vscode.window.activeTextEditor!.selection;
    assert.deepEqual([editor.document.offsetAt(selection.start), editor.document.offsetAt(selection.end)], [quote.speakerStart, quote.speakerEnd]);
  });

  it('moves to the next highlight of a kind picked from a list', async () => {
    const editor = await openArticle(SEED, api);
    const analysis = (await api.analysis(editor.document.uri))!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const moved = vscode.commands.executeCommand('sourceAnnotator.nextHighlightOfKind');
    await new Promise(resolve => setTimeout(resolve, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // "Quotes", the first kind
    await moved;
    assert.equal(editor.document.offsetAt(vscode.window.activeTextEditor!.selection.start), analysis.quotes[0].start);
  });

  it('tags the person at the cursor, and knows it in the context keys that drive the menus', async () => {
    const uri = await create('cursor.txt', ARTICLE);
    const editor = await openArticle('cursor.txt', api);
    const analysis = (await api.analysis(uri))!;
    const lopez = analysis.entities.find(e => /Lopez/.test(e.name))!;
    const second = analysis.people[lopez.mentions[1]];
    editor.selection = new vscode.Selection(editor.document.positionAt(second.start + 1), editor.document.positionAt(second.start + 1));
    await waitFor(() => api.contextKey('sourceAnnotator.personAtCursor') === true, 'personAtCursor');
    assert.equal(api.contextKey('sourceAnnotator.isArticle'), true);
    assert.equal(api.contextKey('sourceAnnotator.tagAtCursor'), false);
    await vscode.commands.executeCommand('sourceAnnotator.tagEntity', undefined, undefined, 'official');
    const tag = api.tags(uri)[0];
    assert.deepEqual([tag.entity, tag.start, tag.end], [lopez.name, second.start, second.end]);
    await waitFor(() => api.contextKey('sourceAnnotator.tagAtCursor') === true, 'tagAtCursor');
    await waitFor(() => api.contextKey('sourceAnnotator.hasSidecar') === true, 'hasSidecar after the first save');
    assert.equal(api.contextKey('sourceAnnotator.canUndoTagChange'), true);
  });

  it('edits a note and removes a tag from the Tags view’s item menu, as VS Code calls them', async () => {
    const uri = await create('menu.txt', ARTICLE);
    const editor = await openArticle('menu.txt', api);
    const at = ARTICLE.indexOf('3 observers');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + '3 observers'.length));
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'witness');
    const find = async () => (await api.treeItems('tags')).find(i => i.item.contextValue === 'tag' && /menu\.txt/.test(String(i.item.description)));
    const row = await waitFor(find, 'the tag in the Tags view');
    // View menus pass the tree element as the only argument.
    await vscode.commands.executeCommand('sourceAnnotator.editTagNote', row.element, undefined, 'two parties, one independent');
    assert.equal(api.tags(uri)[0].note, 'two parties, one independent');
    const card = await hoverText(editor.document, at + 1);
    assert.match(card, /two parties, one independent/);
    await vscode.commands.executeCommand('sourceAnnotator.removeTag', row.element);
    assert.equal(api.tags(uri).length, 0);
    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    assert.equal(api.tags(uri)[0].note, 'two parties, one independent', 'undo brings the tag back with its note');
  });

  it('re-attaches an orphan picked from a list to the selection', async () => {
    const uri = await create('orphan.txt', ARTICLE);
    const editor = await openArticle('orphan.txt', api);
    const at = ARTICLE.indexOf('the north');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'the north'.length));
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'region');
    await editor.edit(b => b.delete(editor.selection));
    assert.equal(api.tags(uri)[0].anchor, 'orphaned');
    await waitFor(() => api.contextKey('sourceAnnotator.hasOrphanedTags') === true, 'hasOrphanedTags');
    const target = editor.document.getText().indexOf('the river towns');
    editor.selection = new vscode.Selection(editor.document.positionAt(target), editor.document.positionAt(target + 'the river towns'.length));
    const done = vscode.commands.executeCommand('sourceAnnotator.reattachTag');
    await new Promise(resolve => setTimeout(resolve, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    const tag = api.tags(uri)[0];
    assert.deepEqual([tag.anchor, editor.document.getText().slice(tag.start, tag.end)], ['exact', 'the river towns']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

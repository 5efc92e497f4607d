// The editor experience: navigation, toggles, hover cards, symbols, references, views and the
// status bar, driven through the real commands and providers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { bodyNumbers, closeAllEditors, extensionApi, hoverText, openArticle, SEED, textsOf, waitFor } from './helpers';

describe('editor experience on the seed article', () => {
  let api: SourceAnnotatorApi;
  let editor: vscode.TextEditor;
  let text: string;

  before(async () => {
    api = await extensionApi();
    editor = await openArticle(SEED, api);
    text = editor.document.getText();
  });
  after(closeAllEditors);

  const offsetOf = (needle: string) => {
    const at = text.indexOf(needle);
    assert.ok(at >= 0, `the article contains "${needle}"`);
    return at;
  };

  it('moves to the next and previous highlight, of all kinds or of one kind', async () => {
    const analysis = await api.analysis(editor.document.uri);
    assert.ok(analysis);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourceAnnotator.nextHighlight', 'quotes');
    assert.equal(editor.document.offsetAt(editor.selection.start), analysis.quotes[0].start);
    await vscode.commands.executeCommand('sourceAnnotator.nextHighlight', 'quotes');
    assert.equal(editor.document.offsetAt(editor.selection.start), analysis.quotes[1].start);
    await vscode.commands.executeCommand('sourceAnnotator.previousHighlight', 'quotes');
    assert.equal(editor.document.offsetAt(editor.selection.start), analysis.quotes[0].start);
    // Previous from the first quote wraps around to the last one.
    await vscode.commands.executeCommand('sourceAnnotator.previousHighlight', 'quotes');
    assert.equal(editor.document.offsetAt(editor.selection.start), analysis.quotes.at(-1)!.start);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourceAnnotator.nextHighlight');
    const firstOfAll = Math.min(...[...analysis.quotes, ...analysis.people, ...bodyNumbers(analysis)].map(s => s.start).filter(s => s > 0));
    assert.equal(editor.document.offsetAt(editor.selection.start), firstOfAll);
  });

  it('turns a kind of highlight off and on again, and remembers it in the settings', async () => {
    const config = () => vscode.workspace.getConfiguration('sourceAnnotator');
    assert.ok((api.highlights(editor.document.uri).numbers ?? []).length > 0);
    await vscode.commands.executeCommand('sourceAnnotator.toggleHighlights', 'numbers');
    await waitFor(() => config().get('highlights.numbers') === false, 'the setting to be off');
    await waitFor(() => api.highlights(editor.document.uri).numbers?.length === 0, 'numbers to disappear');
    assert.ok((api.highlights(editor.document.uri).quotes ?? []).length > 0, 'quotes stay');
    await vscode.commands.executeCommand('sourceAnnotator.toggleHighlights', 'numbers');
    await waitFor(() => config().get('highlights.numbers') === true, 'the setting to be on');
    await waitFor(() => (api.highlights(editor.document.uri).numbers ?? []).length > 0, 'numbers to come back');
  });

  it('marks the mention that names a quote’s speaker', async () => {
    const analysis = await api.analysis(editor.document.uri);
    const cues = analysis!.quotes.filter(q => q.speakerStart !== null);
    assert.deepEqual(api.highlights(editor.document.uri).speakers?.map(s => s.start), cues.map(q => q.speakerStart));
  });

  it('shows a quote card with its speaker and length, and a number card with its value and sentence', async () => {
    const analysis = await api.analysis(editor.document.uri);
    const quote = analysis!.quotes.find(q => q.text.includes('China attaches'))!;
    const quoteCard = await hoverText(editor.document, quote.start + 3);
    assert.match(quoteCard, /\*\*Quote\*\* · 6 words/);
    assert.equal(quote.speaker, 'Wei Xiaojun');
    assert.match(quoteCard, /Said by \*\*Wei Xiaojun\*\* \(Wei said\)/);
    const numberCard = await hoverText(editor.document, offsetOf('20,000') + 1);
    assert.match(numberCard, /20,000/);
    assert.match(numberCard, /killed more than 20,000 Americans in 2016/);
    const multiplierCard = await hoverText(editor.document, offsetOf('50 times') + 1);
    assert.match(multiplierCard, /multiplier/);
    assert.match(multiplierCard, /50 times stronger than heroin/, 'the card says what is multiplied');
  });

  it('lists people, quotes and numbers in the Outline (document symbols)', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const analysis = await api.analysis(editor.document.uri);
    const group = (name: string) => symbols.find(s => s.name === name);
    assert.equal(group('People')?.children.length, analysis!.entities.length);
    assert.equal(group('Quotes')?.children.length, analysis!.quotes.length);
    assert.equal(group('Numbers')?.children.length, bodyNumbers(analysis!).length);
    assert.ok(group('People')!.children.some(c => c.name === 'Wei Xiaojun'));
  });

  it('finds every mention of a person and goes to the first full-name mention', async () => {
    const analysis = await api.analysis(editor.document.uri);
    const wei = analysis!.entities.find(e => e.name === 'Wei Xiaojun')!;
    const lastMention = analysis!.people[wei.mentions.at(-1)!];
    const position = editor.document.positionAt(lastMention.start + 1);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, position);
    const here = references.filter(l => l.uri.toString() === editor.document.uri.toString());
    assert.equal(here.length, wei.mentions.length);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, position);
    const target = definitions[0] as vscode.Location;
    assert.equal(editor.document.getText(target.range), 'Wei Xiaojun');
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'wei xiao');
    assert.ok(found.some(s => s.name === 'Wei Xiaojun' && s.location.uri.toString() === editor.document.uri.toString()));
  });

  it('shows the article’s entities in the Entities view and its counts in the status bar', async () => {
    const analysis = await api.analysis(editor.document.uri);
    const items = await api.viewItems('entities');
    const wei = analysis!.entities.find(e => e.name === 'Wei Xiaojun')!;
    assert.ok(items.includes(`People — ${analysis!.entities.length}`), items.join('\n'));
    assert.ok(items.includes(`  Wei Xiaojun — ${wei.mentions.length} mention${wei.mentions.length === 1 ? '' : 's'}`), items.join('\n'));
    assert.ok(items.includes(`Quotes — ${analysis!.quotes.length}`));
    const status = await waitFor(() => api.statusBarText(), 'the status bar item');
    assert.match(status, new RegExp(`\\$\\(person\\) ${analysis!.entities.length} \\$\\(quote\\) ${analysis!.quotes.length} \\$\\(symbol-number\\) ${bodyNumbers(analysis!).length}`));
    const articles = await api.viewItems('articles');
    assert.ok(articles.some(line => line.startsWith(SEED)), articles.join('\n'));
    await vscode.commands.executeCommand('workbench.view.extension.sourceAnnotator');
  });

  it('dims the header instead of highlighting its date as a number, and still reads it after a note is typed before it', async () => {
    const uri = editor.document.uri;
    const header = 'date 2017-11-03 BEIJING –';
    assert.deepEqual(textsOf(editor.document, api.highlights(uri).metadata), [header, '/kga']);
    const numbers = textsOf(editor.document, api.highlights(uri).numbers);
    assert.ok(numbers.includes('20,000'), numbers.join(' | '));
    assert.ok(!numbers.includes('2017-11-03'), 'the header’s date is not highlighted as a number');
    assert.ok(/2017-11-03 · BEIJING/.test((await api.viewItems('articles')).join('\n')));
    try {
      await editor.edit(e => e.insert(new vscode.Position(0, 0), 'DRAFT, check figures.\n'));
      await api.settled(uri);
      assert.deepEqual(textsOf(editor.document, api.highlights(uri).metadata), [header, '/kga'], 'the header is still dimmed');
      assert.ok(!textsOf(editor.document, api.highlights(uri).numbers).includes('2017-11-03'));
      const articles = await api.viewItems('articles');
      assert.ok(articles.some(line => line.startsWith(SEED) && line.includes('2017-11-03 · BEIJING')), articles.join('\n'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      // The revert's change may reach the document after the command resolves: wait for it, so
      // the next test does not read highlights while the reverted text is being analysed.
      await waitFor(() => !editor.document.isDirty && !editor.document.getText().startsWith('DRAFT'), 'the revert to reach the document');
      await api.settled(uri);
    }
  });

  it('describes the highlight at the cursor in plain words, and says what Next Highlight landed on', async () => {
    const at = offsetOf('Wei Xiaojun') + 2;
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    const described = await vscode.commands.executeCommand<string | undefined>('sourceAnnotator.describeHighlight');
    assert.ok(described?.includes('Wei Xiaojun'), described);
    assert.doesNotMatch(described ?? '', /\*\*|\$\(|command:|\\/, 'no Markdown, icons or command links');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const announced = await vscode.commands.executeCommand<string | undefined>('sourceAnnotator.nextHighlight', 'quotes');
    assert.match(announced ?? '', /^Quote: Quote · \d+ words?$/);
    const person = await vscode.commands.executeCommand<string | undefined>('sourceAnnotator.nextHighlight', 'people');
    assert.match(person ?? '', /^Person: /);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('highlights nothing in a document outside the articles glob until asked to', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Untitled note: “We will win,” said Ana Ruiz, 41.' });
    await vscode.window.showTextDocument(editor.document);
    await waitFor(() => api.statusBarText(), 'the article’s counts in the status bar');
    const otherEditor = await vscode.window.showTextDocument(other);
    // The status bar and the highlighter hear the same change of active editor, in one firing:
    // once the article's counts are gone, the highlighter has seen the note (and would have
    // started its analysis, synchronously, had it taken the note for an article).
    await waitFor(() => api.statusBarText() === undefined, 'the status bar to leave the article');
    assert.equal(api.analysesStarted(other.uri), 0, 'no analysis of the note was started');
    assert.equal(api.highlights(other.uri).quotes, undefined);
    await vscode.commands.executeCommand('sourceAnnotator.annotateDocument');
    await api.settled(other.uri);
    await waitFor(() => textsOf(other, api.highlights(other.uri).quotes).some(t => t.includes('We will win')), 'the quote highlight');
    await vscode.commands.executeCommand('sourceAnnotator.stopAnnotatingDocument');
    await waitFor(() => api.highlights(other.uri).quotes === undefined, 'the highlights to go');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    void otherEditor;
  });
});

// The foundation, as a user sees it on the seed article: highlights of each kind, the hover
// card of a person, tagging a selection into the sidecar file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { bodyNumbers, closeAllEditors, extensionApi, hoverText, openArticle, readJson, SEED, textsOf, waitFor, workspaceFile } from './helpers';

describe('foundation: the seed article in VS Code', () => {
  let api: SourceAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await extensionApi();
    editor = await openArticle(SEED, api);
  });
  after(closeAllEditors);

  it('highlights quotes, people and numbers, each with the spans the analysis found', async () => {
    const document = editor.document;
    const analysis = await api.analysis(document.uri);
    assert.ok(analysis);
    const drawn = api.highlights(document.uri);
    assert.deepEqual(drawn.quotes?.map(s => [s.start, s.end]), analysis.quotes.map(s => [s.start, s.end]));
    assert.deepEqual(drawn.people?.map(s => [s.start, s.end]), analysis.people.map(s => [s.start, s.end]));
    assert.deepEqual(drawn.numbers?.map(s => [s.start, s.end]), bodyNumbers(analysis).map(s => [s.start, s.end]));
    // What a reader of the article expects to see marked.
    const quotes = textsOf(document, drawn.quotes).join(' | ');
    assert.match(quotes, /China attaches great importance to this/);
    assert.match(quotes, /hold back the flood of cheap and deadly fentanyl/);
    assert.ok(textsOf(document, drawn.people).includes('Wei Xiaojun'));
    assert.ok(textsOf(document, drawn.numbers).includes('20,000'));
  });

  it('shows a hover card with the full name and mention count of "Wei Xiaojun"', async () => {
    const document = editor.document;
    const offset = document.getText().indexOf('Wei Xiaojun') + 2;
    const text = await hoverText(document, offset);
    const analysis = await api.analysis(document.uri);
    const wei = analysis?.entities.find(e => e.name === 'Wei Xiaojun');
    assert.ok(wei, 'Wei Xiaojun is a person of the article');
    assert.match(text, /Wei Xiaojun/);
    assert.match(text, new RegExp(`${wei.mentions.length} mentions?`));
  });

  it('tags a selection and writes it to the sidecar next to the article', async () => {
    const document = editor.document;
    const start = document.getText().indexOf('the deadly opioid');
    const end = start + 'the deadly opioid'.length;
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'claim');

    const sidecar = workspaceFile(`${SEED}.annotations.json`);
    assert.equal(api.sidecarUri(document.uri).toString(), sidecar.toString());
    const content = (await waitFor(async () => {
      const json = (await readJson(sidecar)) as { tags?: unknown[] };
      return json.tags?.length ? json : undefined;
    }, 'the sidecar with one tag')) as { version: number; tags: { label: string; target: { selector: { type: string; exact?: string; start?: number; end?: number }[] } }[] };
    assert.equal(content.version, 2);
    assert.equal(content.tags.length, 1);
    assert.equal(content.tags[0].label, 'claim');
    const selectors = content.tags[0].target.selector;
    assert.deepEqual(selectors.find(s => s.type === 'TextPositionSelector'), { type: 'TextPositionSelector', start, end });
    assert.equal(selectors.find(s => s.type === 'TextQuoteSelector')?.exact, 'the deadly opioid');
    // And the tagged text is decorated, with its label.
    await waitFor(() => api.highlights(document.uri).tags?.some(t => t.start === start && t.end === end && t.label === 'claim'), 'the tag highlight');
  });
});

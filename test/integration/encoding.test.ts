// Articles as VS Code opens them from disk: UTF-16 with a byte-order mark (decoded by VS Code,
// read from disk by the Articles view), and documents over the analysis size limit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, extensionApi, openArticle, SEED, textsOf, waitFor, workspaceFile } from './helpers';

async function write(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i] = unit & 0xff;
    bytes[3 + 2 * i] = unit >> 8;
  }
  return bytes;
}

describe('articles in UTF-16 and over the size limit', () => {
  let api: SourceAnnotatorApi;
  let seedText: string;
  const created: vscode.Uri[] = [];

  before(async () => {
    api = await extensionApi();
    seedText = (await vscode.workspace.openTextDocument(workspaceFile(SEED))).getText();
  });
  after(async () => {
    await closeAllEditors();
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('sourceAnnotator').update('analysis.maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('highlights a UTF-16 LE article at the offsets of its text, as its UTF-8 twin, and lists it by its headline', async () => {
    const uri = await write('utf16-article.txt', utf16le(seedText));
    created.push(uri);
    const listed = await waitFor(async () => (await api.viewItems('articles')).find(line => line.includes('utf16-article')), 'the UTF-16 article in the Articles view');
    const seedLine = (await api.viewItems('articles')).find(line => line.includes(SEED));
    assert.ok(seedLine);
    assert.equal(listed.replace('utf16-article.txt', SEED), seedLine, 'its date and headline are read from disk as text');

    const seed = await openArticle(SEED, api);
    const editor = await openArticle('utf16-article.txt', api);
    assert.equal(editor.document.getText(), seedText, 'VS Code drops the byte-order mark');
    const mine = api.highlights(editor.document.uri);
    const twin = api.highlights(seed.document.uri);
    for (const kind of ['people', 'quotes', 'numbers'] as const) {
      assert.ok((mine[kind] ?? []).length > 0, kind);
      assert.deepEqual(mine[kind], twin[kind], kind);
    }
    assert.ok(textsOf(editor.document, mine.people).includes('Wei Xiaojun'));
  });

  it('does not analyse a document over analysis.maxFileSize, and analyses it once the limit is raised', async () => {
    const config = () => vscode.workspace.getConfiguration('sourceAnnotator');
    await config().update('analysis.maxFileSize', 0.005, vscode.ConfigurationTarget.Workspace); // 5,242 characters
    const uri = await write('large-article.txt', new TextEncoder().encode(seedText + '\n\n' + seedText));
    created.push(uri);
    const editor = await openArticle('large-article.txt', api);
    assert.ok(editor.document.getText().length > 0.005 * 1024 * 1024);
    assert.equal(await api.analysis(uri), undefined, 'not analysed');
    for (const kind of ['people', 'quotes', 'numbers'] as const) assert.deepEqual(api.highlights(uri)[kind] ?? [], [], kind);
    assert.equal(api.statusBarText(), undefined, 'no counts for a document that was not analysed');
    assert.equal(api.analysisCount(uri), 0);

    await config().update('analysis.maxFileSize', 1, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => (api.highlights(uri).people ?? []).length > 0, 'highlights once the limit is raised');
    assert.ok(textsOf(editor.document, api.highlights(uri).people).includes('Wei Xiaojun'));
  });
});

// Tags in the real VS Code: they follow the text while it is edited, become orphans (never
// disappear) when their text is deleted, can be re-attached, undone and redone, are saved with
// the document, move with a renamed document (and are found again when it was renamed outside VS
// Code), survive a broken or hand-edited sidecar, and keep
// right offsets with a BOM and CRLF line ends. after-restart/tags.test.ts checks them again
// after VS Code was closed and the file was changed on disk.
import * as assert from 'node:assert/strict';
import { renameSync } from 'node:fs';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, exists, extensionApi, openArticle, readJson, waitFor, workspaceFile } from './helpers';
import { changedOnDisk, LIFECYCLE, LIFECYCLE_TAGS } from './lifecycleArticle';

interface StoredSelector {
  type: string;
  start?: number;
  end?: number;
  exact?: string;
}
interface StoredSidecar {
  tags: { id: string; label: string; anchor: string; target: { selector: StoredSelector[] } }[];
}

const encode = (text: string) => new TextEncoder().encode(text);

async function writeFile(name: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? encode(content) : content);
  return uri;
}

function select(editor: vscode.TextEditor, needle: string, from = 0): { start: number; end: number } {
  const text = editor.document.getText();
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `"${needle}" is in the document`);
  const end = start + needle.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  return { start, end };
}

async function edit(editor: vscode.TextEditor, change: (b: vscode.TextEditorEdit) => void): Promise<void> {
  assert.ok(await editor.edit(change), 'the edit applied');
}

/** Every anchored tag points at text equal to its quote. */
function assertTagsOnTheirText(api: SourceAnnotatorApi, document: vscode.TextDocument): void {
  const text = document.getText();
  for (const tag of api.tags(document.uri)) {
    if (tag.anchor === 'orphaned') continue;
    assert.equal(text.slice(tag.start, tag.end), tag.quote.exact, `tag "${tag.label}" points at its text`);
  }
}

async function sidecarOf(api: SourceAnnotatorApi, uri: vscode.Uri): Promise<StoredSidecar> {
  return (await readJson(api.sidecarUri(uri))) as StoredSidecar;
}

describe('tags follow the text in the editor', () => {
  let api: SourceAnnotatorApi;
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;

  before(async () => {
    api = await extensionApi();
    uri = await writeFile('lifecycle.txt', LIFECYCLE);
    editor = await openArticle('lifecycle.txt', api);
  });
  after(closeAllEditors);

  const tag = (label: string) => {
    const found = api.tags(uri).find(t => t.label === label);
    assert.ok(found, `a tag labelled "${label}"`);
    return found;
  };

  it('tags selections and a person, and saves them at once', async () => {
    for (const [label, needle] of Object.entries(LIFECYCLE_TAGS)) {
      select(editor, needle);
      await vscode.commands.executeCommand('sourceAnnotator.tagSelection', label);
    }
    const analysis = await api.analysis(uri);
    const lopez = analysis?.entities.find(e => /Lopez/.test(e.name));
    assert.ok(lopez, 'the analysis knows Maria Lopez');
    await vscode.commands.executeCommand('sourceAnnotator.tagEntity', uri.toString(), lopez.name, 'source');
    assert.equal(api.tags(uri).length, Object.keys(LIFECYCLE_TAGS).length + 1);
    const saved = await waitFor(async () => {
      const s = (await exists(api.sidecarUri(uri))) ? await sidecarOf(api, uri) : undefined;
      return s?.tags.length === 4 ? s : undefined;
    }, 'four tags in the sidecar');
    assert.deepEqual(saved.tags.map(t => t.label).sort(), ['check', 'place', 'quote', 'source']);
    // A tag on a person highlights every mention of that person.
    await waitFor(() => {
      const drawn = api.highlights(uri);
      return [...(drawn.tags ?? []), ...(drawn.tagMentions ?? [])].filter(h => h.label === 'source').length === lopez.mentions.length;
    }, 'every mention of the person tagged');
  });

  it('moves the tags with an edit above them', async () => {
    const before = new Map(api.tags(uri).map(t => [t.label, t.start]));
    const inserted = 'UPDATE: the recount was ordered by a judge.\n\n';
    await edit(editor, b => b.insert(new vscode.Position(0, 0), inserted));
    for (const t of api.tags(uri)) assert.equal(t.start, before.get(t.label)! + inserted.length, `"${t.label}" moved with its text`);
    assertTagsOnTheirText(api, editor.document);
    await waitFor(() => api.highlights(uri).tags?.some(h => h.start === tag('check').start), 'the highlight to follow');
  });

  it('does not grow a tag when typing right after it', async () => {
    const place = tag('place');
    await edit(editor, b => b.insert(editor.document.positionAt(place.end), 'X'));
    assert.equal(tag('place').end, place.end);
    assert.equal(editor.document.getText().slice(tag('place').start, tag('place').end), LIFECYCLE_TAGS.place);
    await edit(editor, b => b.delete(new vscode.Range(editor.document.positionAt(place.end), editor.document.positionAt(place.end + 1))));
  });

  it('keeps a tag whose text was deleted as an orphan, shown in the Tags view, and re-attaches it', async () => {
    const place = tag('place');
    await edit(editor, b => b.delete(new vscode.Range(editor.document.positionAt(place.start), editor.document.positionAt(place.end))));
    assert.equal(tag('place').anchor, 'orphaned');
    assert.equal(api.tags(uri).length, 4, 'no tag was dropped');
    assert.ok((await api.viewItems('tags')).some(line => /lifecycle\.txt.*orphaned/.test(line)), 'the Tags view shows the orphan');

    const target = select(editor, 'the final result');
    await vscode.commands.executeCommand('sourceAnnotator.reattachTag', uri.toString(), place.id);
    assert.deepEqual([tag('place').anchor, tag('place').start, tag('place').end], ['exact', target.start, target.end]);

    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    assert.equal(tag('place').anchor, 'orphaned', 'undo puts the orphan back');
    await vscode.commands.executeCommand('sourceAnnotator.redoTagChange');
    assert.equal(tag('place').anchor, 'exact', 'redo re-attaches it again');
    assert.equal(editor.document.getText().slice(tag('place').start, tag('place').end), 'the final result');
  });

  it('edits a note and removes a tag, both undoable', async () => {
    await vscode.commands.executeCommand('sourceAnnotator.removeTag', uri.toString(), tag('check').id);
    assert.equal(api.tags(uri).some(t => t.label === 'check'), false);
    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    assert.equal(tag('check').anchor, 'exact');
    assertTagsOnTheirText(api, editor.document);
  });

  it('saves the sidecar with the document, its offsets pointing at the saved text', async () => {
    assert.ok(await editor.document.save());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const sidecar = await waitFor(async () => {
      const s = await sidecarOf(api, uri);
      const place = s.tags.find(t => t.label === 'place');
      const position = place?.target.selector.find(sel => sel.type === 'TextPositionSelector');
      return position && text.slice(position.start, position.end) === 'the final result' ? s : undefined;
    }, 'the sidecar to describe the saved text');
    for (const t of sidecar.tags) {
      const position = t.target.selector.find(sel => sel.type === 'TextPositionSelector')!;
      const quote = t.target.selector.find(sel => sel.type === 'TextQuoteSelector')!;
      assert.equal(text.slice(position.start, position.end), quote.exact, `"${t.label}" in the file`);
    }
  });

  it('leaves the article closed and changed on disk by another program (checked after the restart)', async () => {
    await closeAllEditors();
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    await vscode.workspace.fs.writeFile(uri, encode(changedOnDisk(saved)));
  });
});

describe('tags follow a rewritten line only to their own text', () => {
  let api: SourceAnnotatorApi;
  before(async () => (api = await extensionApi()));
  after(closeAllEditors);

  it('marks a tag on "50" fuzzy over "500" when its whole line is replaced, and shows it in the Tags view', async () => {
    const uri = await writeFile('rewritten-line.txt', 'The company spoke on Monday.\nThe new alloy is 50 times stronger than steel, it said.\nShares rose.\n');
    const editor = await openArticle('rewritten-line.txt', api);
    select(editor, '50');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'figure');
    // A formatter or a paste replaces the whole line, as one change.
    await edit(editor, b => b.replace(editor.document.lineAt(1).range, 'The new alloy is 500 times stronger than steel, it said.'));
    const [tag] = api.tags(uri);
    assert.deepEqual([tag.anchor, editor.document.getText().slice(tag.start, tag.end)], ['fuzzy', '500']);
    assert.ok((await api.viewItems('tags')).some(line => /500 — rewritten-line\.txt · fuzzy/.test(line)), 'the Tags view flags it');
  });
});

describe('the sidecar file', () => {
  let api: SourceAnnotatorApi;
  before(async () => (api = await extensionApi()));
  after(closeAllEditors);

  it('moves with its document when the document is renamed', async () => {
    const from = await writeFile('rename-me.txt', 'Ana Ruiz, 41, said the bridge would reopen in May.\n');
    const editor = await openArticle('rename-me.txt', api);
    select(editor, 'the bridge');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'infrastructure');
    await waitFor(() => exists(api.sidecarUri(from)), 'the sidecar');
    const to = workspaceFile('renamed.txt');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(rename));
    await waitFor(() => exists(api.sidecarUri(to)), 'the sidecar under the new name');
    assert.equal(await exists(api.sidecarUri(from)), false, 'no sidecar left under the old name');
    const moved = (await readJson(api.sidecarUri(to))) as StoredSidecar;
    assert.deepEqual(moved.tags.map(t => t.label), ['infrastructure']);
  });

  it('finds the tags left under the old name when the document was renamed outside VS Code, and attaches them', async () => {
    const from = await writeFile('renamed-outside.txt', 'Ines Duarte said the ferry would run twice a day from June.\n');
    const editor = await openArticle('renamed-outside.txt', api);
    select(editor, 'the ferry');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'transport');
    await waitFor(() => exists(api.sidecarUri(from)), 'the sidecar');
    await closeAllEditors();
    // Another program renames the article; its sidecar keeps the old name.
    const to = workspaceFile('ferry-story.txt');
    renameSync(from.fsPath, to.fsPath);
    await openArticle('ferry-story.txt', api);
    await waitFor(() => api.contextKey('sourceAnnotator.hasLeftBehindTags'), 'the tags under the old name to be found');
    assert.deepEqual(api.tags(to), [], 'nothing is attached without asking');
    await vscode.commands.executeCommand('sourceAnnotator.attachLeftBehindTags');
    await waitFor(() => api.tags(to).length === 1, 'the tag to be attached');
    assert.equal(api.tags(to)[0].label, 'transport');
    assert.equal(api.tags(to)[0].anchor, 'exact');
    assert.ok(await exists(api.sidecarUri(to)), 'the sidecar has the new name');
    assert.equal(await exists(api.sidecarUri(from)), false, 'nothing is left under the old name');
    await waitFor(() => api.contextKey('sourceAnnotator.hasLeftBehindTags') === false, 'the command to be hidden again');
  });

  it('reports a broken sidecar, leaves it untouched and refuses to overwrite it, while other articles keep working', async () => {
    const broken = '{ "version": 1, "tags": [ oops ] }\n';
    const doc = await writeFile('broken.txt', 'Tom Baker said the team had won 3 of 4 games.\n');
    await writeFile('broken.txt.annotations.json', broken);
    const editor = await openArticle('broken.txt', api);
    const problem = await waitFor(() => api.sidecarError(doc), 'the sidecar error');
    assert.match(problem, /broken\.txt\.annotations\.json/);
    assert.match(problem, /line 1/);
    // Once the notification is gone, the views and the status bar still say the tags exist but cannot be read.
    await waitFor(() => api.statusBarText()?.includes('tags unreadable'), 'the status bar to say so');
    assert.match(api.statusBarTooltip() ?? '', /cannot be read — broken\.txt\.annotations\.json/);
    const articles = await api.viewItems('articles');
    assert.ok(articles.some(line => line.startsWith('broken.txt') && line.endsWith('tags unreadable')), articles.join('\n'));
    const tagsView = await api.viewItems('tags');
    assert.ok(tagsView.some(line => line.startsWith('Tags of broken.txt cannot be read — broken.txt.annotations.json')), tagsView.join('\n'));
    select(editor, 'the team');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'sports');
    assert.deepEqual(api.tags(doc), [], 'no tag is added while the sidecar cannot be read');
    // Saving the document does not save its tags over the broken file (waited for, not slept on).
    const refused = api.refusedSaves(doc);
    await editor.edit(e => e.insert(editor.document.positionAt(editor.document.getText().length), 'More later.\n'));
    assert.ok(await editor.document.save(), 'the article itself is saved');
    await waitFor(() => api.refusedSaves(doc) > refused, 'the tags’ save to be refused');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(api.sidecarUri(doc))), broken, 'the broken file is untouched');
    // Another article is still tagged normally.
    const other = await writeFile('fine.txt', 'Lena Ortiz said the river rose 2 metres.\n');
    const otherEditor = await openArticle('fine.txt', api);
    select(otherEditor, 'the river');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'nature');
    await waitFor(() => exists(api.sidecarUri(other)), 'the other sidecar');
    await waitFor(() => api.statusBarText()?.endsWith('$(tag) 1'), 'one tag counted');
    assert.match(api.statusBarTooltip() ?? '', /, 1 tag\. /, 'one tag, not "1 tags"');
  });

  it('lists a closed article’s tags from its sidecar on disk, and says when that sidecar breaks', async () => {
    const doc = await writeFile('closed-tags.txt', 'Rosa Mendes said the harbour would dredge 4 berths.\n');
    const editor = await openArticle('closed-tags.txt', api);
    select(editor, 'the harbour');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'ports');
    await waitFor(() => exists(api.sidecarUri(doc)), 'the sidecar');
    await closeAllEditors();
    // Closed: the views read the sidecar on disk, anchored to the article's text on disk.
    const line = (items: string[]) => items.find(l => l.startsWith('closed-tags.txt'));
    await waitFor(async () => line(await api.viewItems('articles'))?.endsWith('1 tag'), 'the Articles view to count the closed article’s tag');
    const tagsView = await api.viewItems('tags');
    assert.ok(tagsView.some(l => l.startsWith('ports')), tagsView.join('\n'));
    // Another program breaks the sidecar: the closed article's tags are unreadable, not "0 tags".
    await writeFile('closed-tags.txt.annotations.json', '{ "version": 2, "tags": [ oops ] }\n');
    await waitFor(async () => line(await api.viewItems('articles'))?.endsWith('tags unreadable'), 'the Articles view to say the tags cannot be read');
    const after = await api.viewItems('tags');
    assert.ok(after.some(l => l.startsWith('Tags of closed-tags.txt cannot be read — closed-tags.txt.annotations.json')), after.join('\n'));
  });

  it('shows a tag’s label as text the editor lays out, so a wrapped line wraps with it', async () => {
    const doc = await writeFile('wrapped.txt', `Mara Voss said ${'the council debated the budget again and again, '.repeat(12)}until late.\n`);
    const editor = await openArticle('wrapped.txt', api);
    const { end } = select(editor, 'the budget');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'fiscal policy');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const labels = async () =>
      (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc, whole)).map(h => ({
        offset: editor.document.offsetAt(h.position),
        label: typeof h.label === 'string' ? h.label : h.label.map(part => part.value).join(''),
      }));
    const shown = await waitFor(async () => (await labels()).find(h => h.label === 'fiscal policy'), 'the label as an inlay hint');
    assert.equal(shown.offset, end, 'right after the tagged text');
    const config = vscode.workspace.getConfiguration('sourceAnnotator');
    await config.update('highlights.showTagLabels', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(async () => (await labels()).length === 0, 'no labels with the setting off');
    } finally {
      await config.update('highlights.showTagLabels', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reloads a sidecar changed by hand on disk', async () => {
    const doc = await writeFile('external.txt', 'Omar Haddad said prices fell 5% in March.\n');
    const editor = await openArticle('external.txt', api);
    select(editor, 'prices fell');
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'economy');
    const sidecar = api.sidecarUri(doc);
    await waitFor(() => exists(sidecar), 'the sidecar');
    const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    await vscode.workspace.fs.writeFile(sidecar, encode(raw.replace('"economy"', '"prices"')));
    await waitFor(() => api.tags(doc).some(t => t.label === 'prices'), 'the hand edit to be loaded');
    assert.equal(api.tags(doc).length, 1);
  });

  it('keeps offsets right in a file with a byte-order mark and CRLF line ends', async () => {
    const text = 'Ana Ruiz spoke first.\r\n\r\nLater, Ana Ruiz said “it is over”.\r\n';
    const doc = await writeFile('crlf.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]));
    const editor = await openArticle('crlf.txt', api);
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    const second = text.indexOf('Ana Ruiz', 5);
    select(editor, 'Ana Ruiz', 5);
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'speaker');
    const stored = await waitFor(async () => ((await exists(api.sidecarUri(doc))) ? ((await readJson(api.sidecarUri(doc))) as StoredSidecar) : undefined), 'the sidecar');
    const position = stored.tags[0].target.selector.find(s => s.type === 'TextPositionSelector')!;
    assert.deepEqual([position.start, position.end], [second, second + 'Ana Ruiz'.length]);
  });
});

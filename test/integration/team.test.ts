// Team work in the real VS Code: a sidecar that git's merge driver left with a conflict (two
// versions of one tag) is shown as such and resolved by keeping one; the Tags view filters by
// annotator; the annotator setting is recorded as the creator of a new tag.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, extensionApi, hoverText, openArticle, readJson, waitFor, workspaceFile } from './helpers';

const TEXT = 'Wei Xiaojun said there is no sufficient evidence.\n\nLance Ho declined to comment.\n';
const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z', anchor: 'exact' };
const OURS = 't-00000000c0f1';
const THEIRS = `${OURS}-theirs`;

function stored(id: string, label: string, exact: string, extra: Record<string, unknown> = {}) {
  const start = TEXT.indexOf(exact);
  return {
    id,
    label,
    ...extra,
    ...times,
    target: { selector: [{ type: 'TextPositionSelector', start, end: start + exact.length }, { type: 'TextQuoteSelector', exact, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + exact.length, start + exact.length + 32) }] },
  };
}

/** The sidecar as merge-sidecars writes it when both branches relabelled the same tag. */
const MERGED = {
  version: 2,
  document: { name: 'team.txt' },
  tags: [
    stored(OURS, 'disputed', 'no sufficient evidence', { creator: { name: 'Ana Ruiz', email: 'ana@example.org' }, conflict: { with: THEIRS } }),
    stored(THEIRS, 'false', 'no sufficient evidence', { creator: { name: 'Ben Okafor' }, conflict: { with: OURS } }),
    stored('t-0000000000b1', 'person', 'Lance Ho', { creator: { name: 'Ben Okafor' } }),
  ],
};

describe('team: merge conflicts, annotators', () => {
  let api: SourceAnnotatorApi;
  let editor: vscode.TextEditor;
  const uri = workspaceFile('team.txt');

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(`${uri.toString()}.annotations.json`), new TextEncoder().encode(JSON.stringify(MERGED, null, 2) + '\n'));
    editor = await openArticle('team.txt', api);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('sourceAnnotator').update('annotator', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('sourceAnnotator.clearAnnotatorFilter');
    await closeAllEditors();
  });

  it('shows a conflicted tag as such in the Tags view and the hover card, and resolves it by keeping one version', async () => {
    const conflicted = async () => (await api.treeItems('tags')).filter(i => i.item.contextValue === 'tag.conflict' && /team\.txt/.test(String(i.item.description)));
    const rows = await waitFor(async () => ((await conflicted()).length === 2 ? conflicted() : undefined), 'both versions in the Tags view');
    assert.ok(rows.every(r => /conflict/.test(String(r.item.description))));
    assert.deepEqual(rows.map(r => (r.item.iconPath as vscode.ThemeIcon).id), ['git-merge', 'git-merge']);
    assert.match(rows.map(r => String(r.item.description)).join(' '), /Ana Ruiz/);
    const card = await hoverText(editor.document, TEXT.indexOf('sufficient'));
    assert.match(card, /Merge conflict/);
    assert.match(card, /Resolve Conflict/);
    assert.match(card, /by Ben Okafor/);

    // From the Tags view's inline action on the other version (the tree element), keeping it.
    const theirsRow = rows.find(r => String(r.item.description).includes('Ben Okafor'));
    assert.ok(theirsRow, 'the other version, by Ben');
    await vscode.commands.executeCommand('sourceAnnotator.resolveConflict', theirsRow.element, undefined, THEIRS);
    const labels = api.tags(uri).map(t => [t.id, t.label, t.conflict]);
    assert.deepEqual(labels.filter(([, label]) => label !== 'person'), [[THEIRS, 'false', undefined]]);
    const onDisk = await waitFor(async () => {
      const json = (await readJson(vscode.Uri.parse(`${uri.toString()}.annotations.json`))) as { tags: { id: string; label: string; conflict?: unknown }[] };
      return json.tags.length === 2 ? json : undefined;
    }, 'the resolved sidecar saved');
    assert.deepEqual(
      onDisk.tags.map(t => [t.id, t.label, t.conflict]),
      [
        ['t-0000000000b1', 'person', undefined],
        [THEIRS, 'false', undefined],
      ],
    );
    assert.equal((await conflicted()).length, 0);
    // One undo step brings both versions back.
    await vscode.commands.executeCommand('sourceAnnotator.undoTagChange');
    assert.deepEqual(api.tags(uri).filter(t => t.conflict).map(t => t.id).sort(), [OURS, THEIRS]);
    await vscode.commands.executeCommand('sourceAnnotator.resolveConflict', uri.toString(), OURS, OURS);
    assert.deepEqual(api.tags(uri).map(t => t.label).sort(), ['disputed', 'person']);
  });

  it('filters the Tags view by annotator, and records the annotator setting on new tags', async () => {
    await vscode.commands.executeCommand('sourceAnnotator.filterTagsByAnnotator', 'Ben Okafor');
    const shown = async () => (await api.treeItems('tags')).filter(i => i.item.contextValue?.startsWith('tag') && /team\.txt/.test(String(i.item.description)));
    await waitFor(async () => (await shown()).length === 1, 'only Ben’s tag');
    assert.match(String((await shown())[0].item.description), /Ben Okafor/);
    await vscode.commands.executeCommand('sourceAnnotator.clearAnnotatorFilter');
    await waitFor(async () => (await shown()).length === 2, 'every tag again');

    await vscode.workspace.getConfiguration('sourceAnnotator').update('annotator', 'Cleo Diaz <cleo@example.org>', vscode.ConfigurationTarget.Workspace);
    const start = TEXT.indexOf('Wei Xiaojun');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 11));
    await vscode.commands.executeCommand('sourceAnnotator.tagSelection', 'source');
    const created = api.tags(uri).find(t => t.label === 'source');
    assert.deepEqual(created?.creator, { name: 'Cleo Diaz', email: 'cleo@example.org' });
    assert.match(await hoverText(editor.document, start + 1), /by Cleo Diaz <cleo@example\.org>/);
  });
});

// Team work through git in the real VS Code: Set Up Git Merging makes git merge two branches'
// sidecars by annotation id (both sides' new tags kept, no conflict markers), and Compare
// Annotations with Branch… measures agreement with another branch and leads to each
// disagreement. The workspace (a temporary copy of seeds/) is made a git repository for these
// tests only; the repository is removed afterwards.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { SidecarAgreement } from '../../src/annotations';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { closeAllEditors, extensionApi, openArticle, readJson, waitFor, workspaceFile, workspaceRoot } from './helpers';

const NAME = 'branches.txt';
const TEXT = 'Wei Xiaojun said there is no sufficient evidence.\n\nLance Ho declined to comment on the 40 cases.\n';
const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z', anchor: 'exact' };

function stored(id: string, label: string, exact: string) {
  const start = TEXT.indexOf(exact);
  return {
    id,
    label,
    ...times,
    target: { selector: [{ type: 'TextPositionSelector', start, end: start + exact.length }, { type: 'TextQuoteSelector', exact, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + exact.length, start + exact.length + 32) }] },
  };
}

const sidecar = (...tags: ReturnType<typeof stored>[]) => JSON.stringify({ version: 2, document: { name: NAME }, tags }, null, 2) + '\n';
const SHARED = stored('t-0000000000a1', 'claim', 'no sufficient evidence');

describe('team: git merging and comparing with a branch', () => {
  let api: SourceAnnotatorApi;
  const root = workspaceRoot().fsPath;
  const article = workspaceFile(NAME);
  const sidecarUri = vscode.Uri.parse(`${article.toString()}.annotations.json`);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  before(async () => {
    api = await extensionApi();
    git('init', '-q');
    git('checkout', '-q', '-b', 'main');
    await write(article, TEXT);
    await write(sidecarUri, sidecar(SHARED, stored('t-0000000000a2', 'person', 'Wei Xiaojun')));
    git('add', NAME, `${NAME}.annotations.json`);
    git('commit', '-q', '-m', 'A: two tags');
    git('checkout', '-q', '-b', 'review');
    // B kept the shared tag, labelled Wei Xiaojun differently and tagged a number A did not.
    await write(sidecarUri, sidecar(SHARED, stored('t-0000000000a2', 'official', 'Wei Xiaojun'), stored('t-0000000000b1', 'figure', '40')));
    git('commit', '-q', '-am', 'B: relabelled, one more');
    git('checkout', '-q', 'main');
  });
  after(async () => {
    await closeAllEditors();
    rmSync(join(root, '.git'), { recursive: true, force: true });
    rmSync(join(root, '.gitattributes'), { force: true });
  });

  it('compares the article’s tags with another branch: agreement, a report, and each disagreement to visit', async () => {
    const editor = await openArticle(NAME, api);
    const result = await vscode.commands.executeCommand<SidecarAgreement | undefined>('sourceAnnotator.compareWithBranch', 'review');
    assert.ok(result, 'the comparison ran');
    assert.deepEqual([result.tags.matched, result.tags.onlyA, result.tags.onlyB], [1, 1, 2]);
    assert.deepEqual(
      result.disagreements.map(d => [d.text, d.a, d.b]),
      [['Wei Xiaojun', 'person', 'official'], ['40', null, 'figure']],
    );
    const report = await waitFor(() => vscode.workspace.textDocuments.find(d => d.languageId === 'markdown' && d.getText().startsWith(`# Annotations of ${NAME}`)), 'the report');
    assert.match(report.getText(), /\| Tags \| 0\.400 \|/);
    assert.match(report.getText(), /## 2 disagreements/);

    // Show Annotation Disagreements: picking the first one selects "Wei Xiaojun" in the article.
    await vscode.window.showTextDocument(editor.document.uri, { selection: new vscode.Range(0, 0, 0, 0) });
    const shown = vscode.commands.executeCommand('sourceAnnotator.showDisagreements');
    let picked = false;
    void shown.then(() => (picked = true));
    // The list opens asynchronously: accept until it has been there to accept.
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise(resolve => setTimeout(resolve, 100));
      return picked;
    }, 'a disagreement to be picked');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), article.toString());
    assert.equal(active.document.getText(active.selection), 'Wei Xiaojun');
  });

  it('says clearly when the other branch has no sidecar for the article', async () => {
    await openArticle(NAME, api);
    // A branch with nothing in it, made without touching the files of the workspace.
    const emptyTree = execFileSync('git', ['mktree'], { cwd: root, input: '', encoding: 'utf8' }).trim();
    git('branch', 'empty', git('commit-tree', emptyTree, '-m', 'nothing').trim());
    const result = await vscode.commands.executeCommand<SidecarAgreement | undefined>('sourceAnnotator.compareWithBranch', 'empty');
    assert.equal(result, undefined, 'no comparison without the other side');
  });

  it('sets up git merging once, after which git merges two branches’ sidecars by annotation id', async () => {
    await openArticle(NAME, api);
    const first = await vscode.commands.executeCommand<{ changes: string[] } | undefined>('sourceAnnotator.setUpGitMerging');
    assert.ok(first && first.changes.length >= 2, `set up: ${JSON.stringify(first)}`);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('.gitattributes'))), /^\*\.annotations\.json merge=source-annotator$/m);
    const again = await vscode.commands.executeCommand<{ changes: string[] } | undefined>('sourceAnnotator.setUpGitMerging');
    assert.deepEqual(again?.changes, [], 'the second run changes nothing');

    // Two branches each add a tag to the same sidecar: a line-based merge would conflict.
    await closeAllEditors();
    git('add', '.gitattributes');
    git('commit', '-q', '-m', 'merge driver');
    git('checkout', '-q', '-b', 'ana');
    await write(sidecarUri, sidecar(SHARED, stored('t-0000000000a2', 'person', 'Wei Xiaojun'), stored('t-00000000ana1', 'official', 'Lance Ho')));
    git('commit', '-q', '-am', 'Ana tags Lance Ho');
    git('checkout', '-q', 'main');
    await write(sidecarUri, sidecar(SHARED, stored('t-0000000000a2', 'person', 'Wei Xiaojun'), stored('t-00000000ben1', 'figure', '40')));
    git('commit', '-q', '-am', 'Ben tags 40');
    git('merge', '-q', '--no-edit', 'ana');
    const merged = (await readJson(sidecarUri)) as { tags: { id: string; label: string }[] };
    assert.deepEqual(merged.tags.map(t => t.id).sort(), ['t-0000000000a1', 't-0000000000a2', 't-00000000ana1', 't-00000000ben1']);
  });
});

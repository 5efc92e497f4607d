// The Tags view: every tag of the workspace, grouped by label. Selecting a tag opens its
// article at the tag; orphaned tags are shown as such and can be re-attached.
import * as vscode from 'vscode';
import { TreeRefresh } from './treeRefresh';
import { describeCreator } from '../../annotations';
import { excerpt } from '../../common/text';
import { fileName } from '../reveal';
import type { Services } from '../services';
import type { WorkspaceTag } from '../tags/tagTypes';
import type { AnchorStatus } from '../../annotations';

/** The annotator filter's value for tags that record no creator. */
export const NO_CREATOR = '';

export type TagsViewItem =
  | { kind: 'label'; label: string; tags: WorkspaceTag[] }
  | { kind: 'tag'; tag: WorkspaceTag }
  /** An article whose sidecar cannot be read: its tags exist but cannot be listed. */
  | { kind: 'unreadable'; uri: vscode.Uri; problem: string };

export class TagsView implements vscode.TreeDataProvider<TagsViewItem>, vscode.Disposable {
  private readonly refresher = new TreeRefresh();
  readonly onDidChangeTreeData = this.refresher.event;
  private readonly disposables: vscode.Disposable[] = [];
  private annotator: string | undefined;

  constructor(private readonly s: Services) {
    this.disposables.push(
      s.tags.onDidChange(change => {
        if (!change.movedOnly) this.refresh();
      }),
      s.workspace.onDidChange(() => this.refresh()),
    );
  }

  refresh(): void {
    this.refresher.request();
  }

  /** Shows only the tags this annotator made (a creator's name, or NO_CREATOR); undefined shows all. */
  get annotatorFilter(): string | undefined {
    return this.annotator;
  }

  set annotatorFilter(name: string | undefined) {
    this.annotator = name;
    void vscode.commands.executeCommand('setContext', 'sourceAnnotator.tagsFilteredByAnnotator', name !== undefined);
    this.refresh();
  }

  getTreeItem(item: TagsViewItem): vscode.TreeItem {
    if (item.kind === 'unreadable') {
      const t = new vscode.TreeItem(vscode.l10n.t('Tags of {0} cannot be read', fileName(item.uri)), vscode.TreeItemCollapsibleState.None);
      t.description = item.problem;
      t.tooltip = vscode.l10n.t('{0}\n\nThe file is left untouched and is not overwritten until it is fixed. Click to open it.', item.problem);
      t.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      t.contextValue = 'unreadable';
      t.command = { command: 'vscode.open', title: vscode.l10n.t('Open Sidecar File'), arguments: [this.s.tags.sidecarUri(item.uri)] };
      return t;
    }
    if (item.kind === 'label') {
      const t = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.Expanded);
      t.description = `${item.tags.length}`;
      t.iconPath = new vscode.ThemeIcon('tag');
      t.contextValue = 'label';
      return t;
    }
    const { tag, uri } = item.tag;
    const orphaned = tag.anchor === 'orphaned';
    const t = new vscode.TreeItem(excerpt(tag.quote.exact, 60) || vscode.l10n.t('(empty)'), vscode.TreeItemCollapsibleState.None);
    const status = anchorStatusText(tag.anchor);
    t.description = [item.tag.fileName, tag.entity && vscode.l10n.t('every mention of {0}', tag.entity), status, tag.conflict && vscode.l10n.t('conflict'), tag.creator?.name].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString();
    const labelAndNote = tag.note ? vscode.l10n.t('{0}: {1}', tag.label, tag.note) : tag.label;
    tooltip.appendText(`${labelAndNote}\n\n${vscode.l10n.t('“{0}”', tag.quote.exact)}\n\n${item.tag.fileName}`);
    if (tag.creator) tooltip.appendText(`\n\n${vscode.l10n.t('By {0}', describeCreator(tag.creator))}`);
    if (tag.conflict) tooltip.appendText(`\n\n${vscode.l10n.t('Merge conflict: two branches changed this tag differently and both versions were kept. Run “Resolve Conflict…” to keep one.')}`);
    if (orphaned) tooltip.appendText(`\n\n${vscode.l10n.t('Orphaned: its text is gone. Select new text in the article and run “Re-attach Orphaned Tag to Selection…”.')}`);
    else if (tag.anchor === 'fuzzy') tooltip.appendText(`\n\n${vscode.l10n.t('Re-anchored to similar text: check that it still fits.')}`);
    t.tooltip = tooltip;
    t.iconPath = new vscode.ThemeIcon(tag.conflict ? 'git-merge' : orphaned ? 'warning' : tag.anchor === 'fuzzy' ? 'question' : 'tag');
    t.contextValue = tag.conflict ? 'tag.conflict' : orphaned ? 'tag.orphaned' : 'tag';
    t.command = { command: 'sourceAnnotator.revealTag', title: vscode.l10n.t('Reveal Tag'), arguments: [uri.toString(), tag.id] };
    return t;
  }

  async getChildren(item?: TagsViewItem): Promise<TagsViewItem[]> {
    if (item) return item.kind === 'label' ? item.tags.map(tag => ({ kind: 'tag', tag })) : [];
    const uris = await this.s.workspace.uris();
    const annotator = this.annotator;
    const all = (await this.s.tags.workspaceTags(uris)).filter(t => annotator === undefined || (t.tag.creator?.name ?? NO_CREATOR) === annotator);
    const unreadable: TagsViewItem[] = [];
    for (const uri of uris) {
      const problem = await this.s.tags.problemFor(uri);
      if (problem) unreadable.push({ kind: 'unreadable', uri, problem });
    }
    const byLabel = new Map<string, WorkspaceTag[]>();
    for (const t of all) byLabel.set(t.tag.label, [...(byLabel.get(t.tag.label) ?? []), t]);
    const labels = [...byLabel].sort(([a], [b]) => a.localeCompare(b)).map(([label, tags]): TagsViewItem => ({ kind: 'label', label, tags }));
    return [...unreadable, ...labels];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.refresher.dispose();
  }
}

/** How a tag found its text, when that is news (an exact match says nothing). */
function anchorStatusText(anchor: AnchorStatus): string | undefined {
  switch (anchor) {
    case 'exact':
      return undefined;
    case 'moved':
      return vscode.l10n.t('moved');
    case 'fuzzy':
      return vscode.l10n.t('fuzzy');
    case 'orphaned':
      return vscode.l10n.t('orphaned');
  }
}

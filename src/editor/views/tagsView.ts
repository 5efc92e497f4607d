// The Tags view: every tag of the workspace, grouped by label. Selecting a tag opens its
// article at the tag; orphaned tags are shown as such and can be re-attached.
import * as vscode from 'vscode';
import { TreeRefresh } from './treeRefresh';
import { excerpt } from '../../common/text';
import type { Services } from '../services';
import type { WorkspaceTag } from '../tags/editorTags';

export type TagsViewItem = { kind: 'label'; label: string; tags: WorkspaceTag[] } | { kind: 'tag'; tag: WorkspaceTag };

export class TagsView implements vscode.TreeDataProvider<TagsViewItem>, vscode.Disposable {
  private readonly refresher = new TreeRefresh();
  readonly onDidChangeTreeData = this.refresher.event;
  private readonly disposables: vscode.Disposable[] = [];

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

  getTreeItem(item: TagsViewItem): vscode.TreeItem {
    if (item.kind === 'label') {
      const t = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.Expanded);
      t.description = `${item.tags.length}`;
      t.iconPath = new vscode.ThemeIcon('tag');
      t.contextValue = 'label';
      return t;
    }
    const { tag, uri, fileName } = item.tag;
    const orphaned = tag.anchor === 'orphaned';
    const t = new vscode.TreeItem(excerpt(tag.quote.exact, 60) || '(empty)', vscode.TreeItemCollapsibleState.None);
    const status = tag.anchor === 'exact' ? undefined : tag.anchor;
    t.description = [fileName, tag.entity && `every mention of ${tag.entity}`, status].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${tag.label}${tag.note ? `: ${tag.note}` : ''}\n\n“${tag.quote.exact}”\n\n${fileName}`);
    if (orphaned) tooltip.appendText('\n\nOrphaned: its text is gone. Select new text in the article and run “Re-attach Orphaned Tag to Selection…”.');
    else if (tag.anchor === 'fuzzy') tooltip.appendText('\n\nRe-anchored to similar text: check that it still fits.');
    t.tooltip = tooltip;
    t.iconPath = new vscode.ThemeIcon(orphaned ? 'warning' : tag.anchor === 'fuzzy' ? 'question' : 'tag');
    t.contextValue = orphaned ? 'tag.orphaned' : 'tag';
    t.command = { command: 'sourceAnnotator.revealTag', title: 'Reveal Tag', arguments: [uri.toString(), tag.id] };
    return t;
  }

  async getChildren(item?: TagsViewItem): Promise<TagsViewItem[]> {
    if (item) return item.kind === 'label' ? item.tags.map(tag => ({ kind: 'tag', tag })) : [];
    const all = await this.s.tags.workspaceTags(await this.s.workspace.uris());
    const byLabel = new Map<string, WorkspaceTag[]>();
    for (const t of all) byLabel.set(t.tag.label, [...(byLabel.get(t.tag.label) ?? []), t]);
    return [...byLabel]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, tags]) => ({ kind: 'label', label, tags }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.refresher.dispose();
  }
}

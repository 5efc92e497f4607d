// The Articles view: the workspace's articles with their date and tag counts.
import * as vscode from 'vscode';
import { TreeRefresh } from './treeRefresh';
import type { Services } from '../services';
import { describeArticles, type ArticleSummary } from './articleSummaries';

export class ArticlesView implements vscode.TreeDataProvider<ArticleSummary>, vscode.Disposable {
  private readonly refresher = new TreeRefresh();
  readonly onDidChangeTreeData = this.refresher.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly s: Services) {
    this.disposables.push(
      s.workspace.onDidChange(() => this.refresh()),
      s.tags.onDidChange(change => {
        if (!change.movedOnly) this.refresh();
      }),
      s.articles.onDidChange(() => this.refresh()),
      s.config.onDidChange(() => this.refresh()),
    );
  }

  refresh(): void {
    this.refresher.request();
  }

  getTreeItem(a: ArticleSummary): vscode.TreeItem {
    const item = new vscode.TreeItem(a.name, vscode.TreeItemCollapsibleState.None);
    item.description = a.description;
    item.tooltip = [a.headline, a.description, a.tagProblem && vscode.l10n.t('The tags cannot be read: {0}', a.tagProblem)].filter(Boolean).join('\n');
    item.resourceUri = a.uri;
    item.iconPath = a.tagProblem ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('book');
    item.contextValue = 'article';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [a.uri, { preview: false }] };
    return item;
  }

  async getChildren(parent?: ArticleSummary): Promise<ArticleSummary[]> {
    return parent ? [] : describeArticles(this.s);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.refresher.dispose();
  }
}

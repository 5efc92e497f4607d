// A tree item that reveals a span of an article when selected: the Entities and Speakers views
// build their trees from these, and VS Code gets them through one conversion.
import * as vscode from 'vscode';

export interface RevealItem {
  label: string;
  description?: string;
  tooltip?: string;
  icon: string;
  contextValue: string;
  /** What selecting the item reveals. */
  reveal?: { uri: vscode.Uri; start: number; end: number };
  children?: RevealItem[];
  /** Shown open at first (groups are collapsed otherwise). */
  expanded?: boolean;
}

export function revealTreeItem(item: RevealItem): vscode.TreeItem {
  const state = !item.children?.length ? vscode.TreeItemCollapsibleState.None : item.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const t = new vscode.TreeItem(item.label, state);
  t.description = item.description;
  t.tooltip = item.tooltip;
  t.iconPath = new vscode.ThemeIcon(item.icon);
  t.contextValue = item.contextValue;
  if (item.reveal) {
    t.command = { command: 'sourceAnnotator.revealRange', title: vscode.l10n.t('Reveal'), arguments: [item.reveal.uri.toString(), item.reveal.start, item.reveal.end] };
  }
  return t;
}

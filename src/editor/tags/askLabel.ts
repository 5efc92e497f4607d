// Asking for a tag's label: the labels already in use first (most recent first), and whatever
// the user types as a new one.
import * as vscode from 'vscode';

export async function askLabel(existing: readonly string[], title: string): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = title;
  pick.placeholder = existing.length ? vscode.l10n.t('Pick a label or type a new one') : vscode.l10n.t('Type a label for the tag (e.g. “claim”, “check”)');
  const known = existing.map(label => ({ label, description: vscode.l10n.t('existing label') }));
  pick.items = known;
  pick.onDidChangeValue(value => {
    const typed = value.trim();
    const isNew = typed && !existing.includes(typed);
    pick.items = isNew ? [{ label: typed, description: vscode.l10n.t('new label') }, ...known] : known;
  });
  pick.show();
  const label = await new Promise<string | undefined>(resolve => {
    pick.onDidAccept(() => resolve((pick.selectedItems[0]?.label ?? pick.value).trim() || undefined));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.dispose();
  return label;
}

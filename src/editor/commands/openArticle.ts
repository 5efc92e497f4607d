// "Open Article…": a quick pick of the workspace's articles with date, dateline, headline and
// tag count.
import * as vscode from 'vscode';
import { describeArticles } from '../views/articleSummaries';
import type { Services } from '../services';

type Item = vscode.QuickPickItem & { uri?: vscode.Uri };

export function registerOpenArticle(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('sourceAnnotator.openArticle', async () => {
    const pick = vscode.window.createQuickPick<Item>();
    pick.placeholder = vscode.l10n.t('Open an article (type to filter by name, date, place or headline)');
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.busy = true;
    // Listen before loading: the user may close the picker while the list is being built.
    const chosen = new Promise<vscode.Uri | undefined>(resolve => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.uri));
      pick.onDidHide(() => resolve(undefined));
    });
    pick.show();
    const cancel = new vscode.CancellationTokenSource();
    pick.onDidHide(() => cancel.cancel());
    void describeArticles(s, cancel.token).then(
      summaries => {
        pick.items = summaries.length
          ? summaries.map(a => ({ label: `$(book) ${a.name}`, description: a.description, detail: a.headline, uri: a.uri }))
          : [{ label: vscode.l10n.t('No articles in this workspace'), detail: vscode.l10n.t('Articles are the files matching the sourceAnnotator.articles.include setting.') }];
        pick.busy = false;
      },
      () => (pick.busy = false),
    );
    const uri = await chosen;
    pick.dispose();
    cancel.dispose();
    if (uri) await vscode.window.showTextDocument(uri, { preview: false });
  });
}

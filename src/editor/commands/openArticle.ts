// "Open Article…": a quick pick of the workspace's articles with date, dateline, headline and
// tag count.
import * as vscode from 'vscode';
import { describeArticles } from '../views/articleSummaries';
import type { Services } from '../services';

export function registerOpenArticle(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('sourceAnnotator.openArticle', async () => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { uri?: vscode.Uri }>();
    pick.placeholder = 'Open an article (type to filter by name, date, place or headline)';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.busy = true;
    pick.show();
    try {
      const summaries = await describeArticles(s);
      pick.items = summaries.length
        ? summaries.map(a => ({ label: `$(book) ${a.name}`, description: a.description, detail: a.headline, uri: a.uri }))
        : [{ label: 'No articles in this workspace', detail: 'Articles are the files matching the sourceAnnotator.articles.include setting.' }];
    } finally {
      pick.busy = false;
    }
    const chosen = await new Promise<vscode.Uri | undefined>(resolve => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.uri));
      pick.onDidHide(() => resolve(undefined));
    });
    pick.dispose();
    if (chosen) await vscode.window.showTextDocument(chosen, { preview: false });
  });
}

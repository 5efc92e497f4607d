// One status-bar item with the active article's counts; hidden for other documents.
import * as vscode from 'vscode';
import { mentionCount, numberCount, personCount, quoteCount, tagCount } from './counts';
import type { Services } from './services';

export class ArticleStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceAnnotator.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly s: Services) {
    this.item.name = vscode.l10n.t('Source Annotator');
    this.item.command = 'sourceAnnotator.showEntities';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      s.analyses.onDidAnalyse(() => this.update()),
      s.tags.onDidChange(() => this.update()),
      s.articles.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** The text shown, for tests: e.g. "$(person) 6 $(quote) 4 $(symbol-number) 10 $(tag) 1". */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  /** The tooltip shown, for tests. */
  get tooltip(): string | undefined {
    return this.shown && typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
  }

  private shown = false;
  private shownUri: string | undefined;

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document && this.s.articles.isArticle(document) ? this.s.analyses.current(document) : undefined;
    if (!document || !result) {
      // Keep the last counts while a new analysis of the same document is on its way, but
      // never show another document's counts.
      if (!document || !this.s.articles.isArticle(document) || this.shownUri !== document.uri.toString()) this.hide();
      return;
    }
    this.shownUri = document.uri.toString();
    const a = result.analysis;
    const tags = this.s.tags.count(document.uri);
    // A broken sidecar holds tags that cannot be read: "0" would say there are none.
    const problem = this.s.tags.errorOf(document.uri)?.message;
    const people = vscode.l10n.t('{0} ({1})', personCount(a.entities.length), mentionCount(a.people.length));
    const counts = vscode.l10n.t('{0}, {1}, {2}', people, quoteCount(a.quotes.length), numberCount(result.bodyNumbers.length));
    const tagsShown = problem ? `$(warning) ${vscode.l10n.t('tags unreadable')}` : `$(tag) ${tags}`;
    this.item.text = `$(person) ${a.entities.length} $(quote) ${a.quotes.length} $(symbol-number) ${result.bodyNumbers.length} ${tagsShown}`;
    this.item.tooltip = problem
      ? vscode.l10n.t('Source Annotator: {0}. The tags cannot be read — {1}. The file is not overwritten until it is fixed.', counts, problem)
      : vscode.l10n.t('Source Annotator: {0}, {1}. Click to go to one.', counts, tagCount(tags));
    this.item.backgroundColor = problem ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.shown = true;
  }

  private hide(): void {
    this.item.hide();
    this.shown = false;
    this.shownUri = undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

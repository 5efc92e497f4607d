// One status-bar item with the active article's counts; hidden for other documents.
import * as vscode from 'vscode';
import type { Services } from './services';

export class ArticleStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceAnnotator.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly s: Services) {
    this.item.name = 'Source Annotator';
    this.item.command = 'sourceAnnotator.showEntities';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      s.analyses.onDidAnalyse(() => this.update()),
      s.tags.onDidChange(() => this.update()),
      s.articles.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** The text shown, for tests: e.g. "$(person) 6 $(quote) 4 $(symbol-number) 11 $(tag) 1". */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
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
    this.item.text = `$(person) ${a.entities.length} $(quote) ${a.quotes.length} $(symbol-number) ${result.bodyNumbers.length} $(tag) ${tags}`;
    this.item.tooltip = `Source Annotator: ${a.entities.length} people (${a.people.length} mentions), ${a.quotes.length} quotes, ${result.bodyNumbers.length} numbers, ${tags} tags. Click to go to one.`;
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

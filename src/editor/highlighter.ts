// Keeps every visible article editor decorated: from the cache at once when an editor
// appears, after a new analysis when the text changed (debounced), and when settings,
// the set of articles or the tags change. Never keeps TextEditor references (they go
// stale when an editor is hidden: microsoft/vscode#17872).
import * as vscode from 'vscode';
import type { ArticleRegistry } from './articles';
import type { Config } from './config';
import type { DecorationManager } from './decorations';
import type { DocumentAnalyses } from './documentAnalyses';

export class Highlighter implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scrollTimers = new Map<vscode.TextDocument, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly articles: ArticleRegistry,
    private readonly analyses: DocumentAnalyses,
    private readonly decorations: DecorationManager,
    config: Config,
  ) {
    const w = vscode.window;
    this.disposables.push(
      w.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      w.onDidChangeActiveTextEditor(() => this.refreshAll()),
      w.onDidChangeTextEditorVisibleRanges(e => {
        const document = e.textEditor.document;
        // A capped document draws the highlights nearest the visible text: follow the scrolling,
        // at most every 100 ms.
        if (!this.decorations.isCapped(document.uri) || this.scrollTimers.has(document)) return;
        this.scrollTimers.set(
          document,
          setTimeout(() => {
            this.scrollTimers.delete(document);
            this.refreshDocument(document);
          }, 100),
        );
      }),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.contentChanges.length === 0 || !this.articles.isArticle(e.document)) return;
        this.analyses.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument(d => {
        this.analyses.forget(d.uri);
        this.decorations.forget(d.uri);
      }),
      this.analyses.onDidAnalyse(result => {
        for (const editor of w.visibleTextEditors) {
          if (editor.document.uri.toString() === result.uri.toString()) this.decorations.apply(editor, result);
        }
      }),
      // The decoration types use theme colours only; a setting change just redraws.
      config.onDidChange(() => this.refreshAll()),
      articles.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  /** Re-applies highlights to every visible editor, analysing documents that need it. */
  refreshAll(): void {
    const seen = new Set<string>();
    const noLongerArticles = new Set<vscode.Uri>();
    for (const editor of vscode.window.visibleTextEditors) {
      const document = editor.document;
      if (!this.articles.isArticle(document)) {
        // Every editor of the document is cleared (a split shows it twice), then it is forgotten.
        if (this.decorations.appliedTo(document.uri)) {
          this.decorations.clear(editor);
          noLongerArticles.add(document.uri);
        }
        continue;
      }
      this.decorateEditor(editor);
      const key = document.uri.toString();
      // A document the user is typing in is analysed when the typing delay is over, not now.
      if (!seen.has(key) && !this.analyses.current(document) && !this.analyses.isScheduled(document)) void this.analyses.ensure(document);
      seen.add(key);
    }
    for (const uri of noLongerArticles) this.decorations.forget(uri);
  }

  /** Re-applies highlights to the visible editors of one document (e.g. after its tags changed). */
  refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document && this.articles.isArticle(document)) this.decorateEditor(editor);
    }
  }

  private decorateEditor(editor: vscode.TextEditor): void {
    // Without an analysis of the current version, only the tags are redrawn (see apply()).
    this.decorations.apply(editor, this.analyses.current(editor.document));
  }

  dispose(): void {
    for (const timer of this.scrollTimers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}

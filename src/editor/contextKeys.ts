// Context keys for `when` clauses, so commands that make no sense in the current editor are
// hidden: whether the active editor is an article, whether a person or a tag is under the
// cursor, whether the document has tags, orphans or a sidecar, whether tag undo/redo is possible.
import * as vscode from 'vscode';
import type { Services } from './services';

export class ContextKeys implements vscode.Disposable {
  private readonly values = new Map<string, boolean>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly s: Services) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection(e => {
        if (e.textEditor === vscode.window.activeTextEditor) this.update();
      }),
      s.analyses.onDidAnalyse(() => this.update()),
      s.tags.onDidChange(() => this.update()),
      s.articles.onDidChange(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    const isArticle = Boolean(document && this.s.articles.isArticle(document));
    const offset = editor && document ? document.offsetAt(editor.selection.active) : -1;
    const analysis = isArticle && document ? this.s.analyses.current(document) : undefined;
    const tagState = isArticle && document ? this.s.tags.stateAt(document, analysis, offset) : undefined;
    this.set('sourceAnnotator.isArticle', isArticle);
    this.set('sourceAnnotator.isAnnotatedByHand', Boolean(document && this.s.articles.isExplicit(document.uri)));
    this.set('sourceAnnotator.personAtCursor', Boolean(analysis?.people.at(offset).length));
    this.set('sourceAnnotator.quoteAtCursor', Boolean(analysis?.quotes.at(offset).length));
    this.set('sourceAnnotator.numberAtCursor', Boolean(analysis?.numbers.at(offset).length));
    this.set('sourceAnnotator.tagAtCursor', Boolean(tagState?.tagAtCursor));
    this.set('sourceAnnotator.hasTags', Boolean(tagState?.hasTags));
    this.set('sourceAnnotator.hasOrphanedTags', Boolean(tagState?.hasOrphans));
    this.set('sourceAnnotator.hasSidecar', Boolean(tagState?.hasSidecar));
    this.set('sourceAnnotator.hasLeftBehindTags', Boolean(tagState?.hasLeftBehindTags));
    this.set('sourceAnnotator.canUndoTagChange', Boolean(tagState?.canUndo));
    this.set('sourceAnnotator.canRedoTagChange', Boolean(tagState?.canRedo));
  }

  /** The value last set for a key. */
  get(key: string): boolean | undefined {
    return this.values.get(key);
  }

  private set(key: string, value: boolean): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

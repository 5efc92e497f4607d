// Each tag's label after the tagged text, as an inlay hint. A decoration's `after` text is drawn
// by CSS outside VS Code's line layout, so on a wrapped line it runs past the wrap column (a
// horizontal scrollbar appears and the text slides under the minimap); an inlay hint is text
// the editor lays out, so the line wraps with it. Editors that turn inlay hints off
// (`editor.inlayHints.enabled`) show the tag's highlight without its label.
import * as vscode from 'vscode';
import type { ArticleRegistry } from './articles';
import type { Config } from './config';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EditorTags } from './tags/editorTags';

export class TagLabelHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.emitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly articles: ArticleRegistry,
    private readonly analyses: DocumentAnalyses,
    private readonly tags: EditorTags,
    private readonly config: Config,
  ) {
    // A moved tag is moved by the edit that VS Code already applied to the hints; only other
    // changes (added, removed, relabelled, loaded, a person's mentions re-analysed) redraw them.
    this.disposables = [
      tags.onDidChange(change => {
        if (!change.movedOnly) this.emitter.fire();
      }),
      analyses.onDidAnalyse(() => this.emitter.fire()),
      config.onDidChange(() => this.emitter.fire()),
    ];
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const { highlights, showTagLabels } = this.config.settings;
    if (!highlights.tags || !showTagLabels || !this.articles.isArticle(document)) return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const notes = new Map(this.tags.tagsOf(document.uri).map(t => [t.id, t.note]));
    return this.tags
      .highlights(document, this.analyses.current(document))
      .filter(h => h.end >= from && h.end <= to)
      .map(h => {
        const hint = new vscode.InlayHint(document.positionAt(h.end), h.label);
        hint.paddingLeft = true;
        const note = notes.get(h.tagId);
        hint.tooltip = note ? vscode.l10n.t('Tag “{0}”: {1}', h.label, note) : vscode.l10n.t('Tag “{0}”', h.label);
        return hint;
      });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

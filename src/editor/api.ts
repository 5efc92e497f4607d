// The API the extension returns from activate(): read-only views of what the user sees, for
// the integration tests and for other extensions (e.g. a script that exports annotations).
// `vscode.TextEditor.setDecorations` has no getter, so this is how a test checks what the
// decoration code applied.
import * as vscode from 'vscode';
import type { AnchorReport, Tag } from '../annotations';
import type { DecorationKind } from './decorations';
import type { ContextKeys } from './contextKeys';
import type { CorrectedAnalysis } from '../annotations';
import type { Services } from './services';
import type { ArticleStatusBar } from './statusBar';
import type { Views } from './views/registerViews';

/** The views whose items the API lists. */
export type ViewName = 'articles' | 'entities' | 'tags' | 'speakers';

export interface SourceAnnotatorApi {
  /** The analysis of an open document's current text (analysing it now if needed), corrections applied. */
  analysis(uri: vscode.Uri): Promise<CorrectedAnalysis | undefined>;
  /** How many times the document was analysed (switching editors re-uses the last analysis). */
  analysisCount(uri: vscode.Uri): number;
  /** How many analyses of the document were started, finished or not (an analysis asked for counts at once). */
  analysesStarted(uri: vscode.Uri): number;
  /** Resolves once the document is analysed and its highlights and tags are drawn. */
  settled(uri: vscode.Uri): Promise<void>;
  /** The highlights last drawn on a document's editors, in offsets, per kind. */
  highlights(uri: vscode.Uri): Partial<Record<DecorationKind, { start: number; end: number; label?: string }[]>>;
  /** The document's tags as they stand (anchored ones first, then orphans). */
  tags(uri: vscode.Uri): readonly Tag[];
  /** How the tags re-anchored when the document was opened. */
  anchorReport(uri: vscode.Uri): AnchorReport | undefined;
  /** The sidecar file of a document. */
  sidecarUri(uri: vscode.Uri): vscode.Uri;
  /** The problem with a document's sidecar ("x.annotations.json: line 1, column 3: …"), while it is broken. */
  sidecarError(uri: vscode.Uri): string | undefined;
  /** How many saves of a document's tags were refused because its sidecar cannot be read (the file is left as it is). */
  refusedSaves(uri: vscode.Uri): number;
  /** The items of a view, as labels with descriptions, depth first ("  " per level). */
  viewItems(view: ViewName): Promise<string[]>;
  /** The items of a view with the element VS Code passes to menu commands and the item's own command. */
  treeItems(view: ViewName): Promise<{ depth: number; label: string; element: unknown; item: vscode.TreeItem }[]>;
  /** The value of one of our `when`-clause context keys ("sourceAnnotator.tagAtCursor"). */
  contextKey(name: string): boolean | undefined;
  /** The status-bar item's text, or undefined when hidden. */
  statusBarText(): string | undefined;
  /** The status-bar item's tooltip, or undefined when hidden. */
  statusBarTooltip(): string | undefined;
}

export function createApi(s: Services, views: Views, statusBar: ArticleStatusBar, contextKeys: ContextKeys): SourceAnnotatorApi {
  const documentOf = (uri: vscode.Uri) => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  const treeItems = async (view: ViewName) => {
    const provider = views[view] as vscode.TreeDataProvider<unknown>;
    const items: { depth: number; label: string; element: unknown; item: vscode.TreeItem }[] = [];
    const walk = async (parent: unknown, depth: number) => {
      for (const element of (await provider.getChildren(parent)) ?? []) {
        const item = await provider.getTreeItem(element);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        items.push({ depth, label, element, item });
        if (item.collapsibleState !== vscode.TreeItemCollapsibleState.None) await walk(element, depth + 1);
      }
    };
    await walk(undefined, 0);
    return items;
  };
  return {
    async analysis(uri) {
      const document = documentOf(uri);
      return document ? (await s.analyses.ensure(document))?.analysis : undefined;
    },
    analysisCount: uri => s.analyses.analysisCount(uri),
    analysesStarted: uri => s.analyses.startedCount(uri),
    async settled(uri) {
      // Only waits: drawing is the highlighter's job, and tests must see that it does it.
      const document = documentOf(uri) ?? (await vscode.workspace.openTextDocument(uri));
      await s.tags.session(document);
      await s.analyses.ensure(document);
      const shown = () => vscode.window.visibleTextEditors.some(e => e.document === document);
      const deadline = Date.now() + 10_000;
      while (shown() && s.articles.isArticle(document) && !s.analyses.isTooLarge(document) && s.decorations.drawnVersionOf(uri) !== document.version) {
        if (Date.now() > deadline) throw new Error(`${uri.toString(true)} was analysed but its highlights were not drawn within 10 s`);
        await new Promise(resolve => setTimeout(resolve, 20));
      }
    },
    highlights: uri => ({ ...s.decorations.appliedTo(uri) }),
    tags: uri => s.tags.tagsOf(uri),
    anchorReport: uri => s.tags.reportOf(uri),
    sidecarUri: uri => s.tags.sidecarUri(uri),
    sidecarError: uri => s.tags.errorOf(uri)?.message,
    refusedSaves: uri => s.tags.refusedSavesOf(uri),
    async viewItems(view) {
      return (await treeItems(view)).map(({ depth, label, item }) => `${'  '.repeat(depth)}${label}${item.description ? ` — ${String(item.description)}` : ''}`);
    },
    treeItems,
    contextKey: name => contextKeys.get(name),
    statusBarText: () => statusBar.text,
    statusBarTooltip: () => statusBar.tooltip,
  };
}

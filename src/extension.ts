// Wiring only: create the services, register providers, commands and views. What each piece
// does lives in src/editor/; the analysis and the tag model live in src/analysis and
// src/annotations and know nothing of VS Code.
import * as vscode from 'vscode';
import { createApi, type SourceAnnotatorApi } from './editor/api';
import { ArticleRegistry } from './editor/articles';
import { registerDescribeHighlight } from './editor/commands/describeHighlight';
import { registerExportAnnotations } from './editor/commands/exportAnnotations';
import { registerHighlightCommands } from './editor/commands/highlightCommands';
import { registerNavigationCommands } from './editor/commands/navigation';
import { registerOpenArticle } from './editor/commands/openArticle';
import { registerShowEntities } from './editor/commands/showEntities';
import { registerTagCommands } from './editor/commands/tagCommands';
import { registerCorrectionCommands } from './editor/commands/correctionCommands';
import { CorrectionActions } from './editor/correctionActions';
import { Config } from './editor/config';
import { ContextKeys } from './editor/contextKeys';
import { DecorationManager } from './editor/decorations';
import { DocumentAnalyses } from './editor/documentAnalyses';
import { Highlighter } from './editor/highlighter';
import { ArticleHoverProvider } from './editor/hovers';
import { ARTICLE_SELECTOR, ArticleSymbols } from './editor/languageFeatures';
import type { Services } from './editor/services';
import { ArticleStatusBar } from './editor/statusBar';
import { EditorTags } from './editor/tags/editorTags';
import { SidecarsOnDisk } from './editor/tags/sidecarsOnDisk';
import { Annotator } from './editor/team/annotator';
import { registerTeamCommands } from './editor/team/teamCommands';
import { registerViews } from './editor/views/registerViews';
import { TagLabelHints } from './editor/tagLabelHints';
import { WorkspaceArticles } from './editor/workspaceArticles';

export function activate(context: vscode.ExtensionContext): SourceAnnotatorApi {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Source Annotator'), { log: true });
  const config = new Config();
  const articles = new ArticleRegistry(config, context.workspaceState);
  const analyses = new DocumentAnalyses(config, log);
  // Closed articles' sidecars, read one way for the Tags view and for the corrected analyses of lists.
  const sidecarsOnDisk = new SidecarsOnDisk(() => config.settings.sidecarSuffix);
  const workspace = new WorkspaceArticles(articles, analyses, config, sidecarsOnDisk);
  const tags = new EditorTags(articles, config, sidecarsOnDisk);
  const annotator = new Annotator();
  tags.creatorOf = uri => annotator.creatorFor(uri);
  const decorations = new DecorationManager(
    config,
    (document, analysis) => tags.highlights(document, analysis),
    document => tags.tagsOf(document.uri),
  );
  const highlighter = new Highlighter(articles, analyses, decorations, config);
  const services: Services = { context, config, articles, analyses, decorations, workspace, tags };
  // Corrections win: every analysis is corrected with the document's loaded corrections, and
  // corrected again when they change.
  analyses.useCorrections(uri => tags.loadedSession(uri)?.model);
  tags.onDidChange(({ uri, movedOnly }) => {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (!document) return;
    if (!movedOnly) analyses.correctionsChanged(document);
    highlighter.refreshDocument(document);
  });

  const symbols = new ArticleSymbols(articles, analyses, workspace);
  const tagLabels = new TagLabelHints(articles, analyses, tags, config);
  const statusBar = new ArticleStatusBar(services);
  const views = registerViews(services);
  const contextKeys = new ContextKeys(services);
  context.subscriptions.push(
    log,
    config,
    articles,
    analyses,
    workspace,
    tags,
    decorations,
    highlighter,
    statusBar,
    contextKeys,
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ArticleHoverProvider(articles, analyses, (d, a, o) => tags.cards(d, a, o))),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, symbols, { label: vscode.l10n.t('Source Annotator') }),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, symbols),
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, symbols),
    vscode.languages.registerWorkspaceSymbolProvider(symbols),
    tagLabels,
    vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, tagLabels),
    ...views.disposables,
    ...registerNavigationCommands(services),
    ...registerHighlightCommands(services),
    ...registerTagCommands(services),
    ...registerCorrectionCommands(services),
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new CorrectionActions(articles, analyses), { providedCodeActionKinds: CorrectionActions.kinds }),
    registerShowEntities(services),
    registerDescribeHighlight(services),
    registerOpenArticle(services),
    registerExportAnnotations(services),
    annotator,
    ...registerTeamCommands(services, views.tags),
  );
  return createApi(services, views, statusBar, contextKeys);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

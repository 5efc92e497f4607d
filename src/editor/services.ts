// The extension's long-lived services, created once in extension.ts and handed to the
// commands, views and providers that need them.
import type * as vscode from 'vscode';
import type { ArticleRegistry } from './articles';
import type { Config } from './config';
import type { DecorationManager } from './decorations';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EditorTags } from './tags/editorTags';
import type { WorkspaceArticles } from './workspaceArticles';

export interface Services {
  context: vscode.ExtensionContext;
  config: Config;
  articles: ArticleRegistry;
  analyses: DocumentAnalyses;
  decorations: DecorationManager;
  workspace: WorkspaceArticles;
  tags: EditorTags;
}

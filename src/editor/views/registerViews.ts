// Registers the three views of the Source Annotator activity-bar container.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { ArticlesView } from './articlesView';
import { EntitiesView } from './entitiesView';
import { TagsView } from './tagsView';

export interface Views {
  articles: ArticlesView;
  entities: EntitiesView;
  tags: TagsView;
  disposables: vscode.Disposable[];
}

export function registerViews(s: Services): Views {
  const articles = new ArticlesView(s);
  const entities = new EntitiesView(s.articles, s.analyses);
  const tags = new TagsView(s);
  return {
    articles,
    entities,
    tags,
    disposables: [
      articles,
      entities,
      tags,
      vscode.window.createTreeView('sourceAnnotator.articles', { treeDataProvider: articles }),
      vscode.window.createTreeView('sourceAnnotator.entities', { treeDataProvider: entities }),
      vscode.window.createTreeView('sourceAnnotator.tags', { treeDataProvider: tags }),
      vscode.commands.registerCommand('sourceAnnotator.refreshViews', () => {
        articles.refresh();
        tags.refresh();
      }),
    ],
  };
}

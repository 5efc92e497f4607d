// Registers the four views of the Source Annotator activity-bar container.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { ArticlesView } from './articlesView';
import { EntitiesView } from './entitiesView';
import { SpeakersView } from './speakersView';
import { TagsView } from './tagsView';

export interface Views {
  articles: ArticlesView;
  entities: EntitiesView;
  tags: TagsView;
  speakers: SpeakersView;
  disposables: vscode.Disposable[];
}

export function registerViews(s: Services): Views {
  const articles = new ArticlesView(s);
  const entities = new EntitiesView(s.articles, s.analyses);
  const tags = new TagsView(s);
  const speakers = new SpeakersView(s);
  const speakersTree = vscode.window.createTreeView('sourceAnnotator.speakers', { treeDataProvider: speakers });
  return {
    articles,
    entities,
    tags,
    speakers,
    disposables: [
      articles,
      entities,
      tags,
      speakers,
      speakersTree,
      speakers.track(speakersTree),
      vscode.window.createTreeView('sourceAnnotator.articles', { treeDataProvider: articles }),
      vscode.window.createTreeView('sourceAnnotator.entities', { treeDataProvider: entities }),
      vscode.window.createTreeView('sourceAnnotator.tags', { treeDataProvider: tags }),
      vscode.commands.registerCommand('sourceAnnotator.refreshViews', () => {
        articles.refresh();
        tags.refresh();
        speakers.refresh();
      }),
    ],
  };
}

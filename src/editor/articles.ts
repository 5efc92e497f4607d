// Which documents are articles: files matching the `articles.include` glob, plus any text
// document the user explicitly annotated (remembered per workspace).
import * as vscode from 'vscode';
import { matchesGlob } from '../common/glob';
import type { Config } from './config';
import { fileName } from './reveal';

/** Schemes of documents that hold real content (not output panes, git views, SCM input…). */
const CONTENT_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'memfs', 'vscode-test-web']);
const ARTICLE_LANGUAGES = ['plaintext', 'markdown'];
const STATE_KEY = 'sourceAnnotator.annotatedDocuments';

export class ArticleRegistry implements vscode.Disposable {
  private readonly explicit: Set<string>;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the set of articles may have changed (by hand, or the glob setting). */
  readonly onDidChange = this.emitter.event;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly config: Config,
    private readonly state: vscode.Memento,
  ) {
    this.explicit = new Set(state.get<string[]>(STATE_KEY, []));
    let glob = config.settings.articlesInclude;
    this.listener = config.onDidChange(s => {
      if (s.articlesInclude === glob) return;
      glob = s.articlesInclude;
      this.emitter.fire();
    });
  }

  /** True when the document should be analysed and highlighted. */
  isArticle(document: vscode.TextDocument): boolean {
    if (!CONTENT_SCHEMES.has(document.uri.scheme)) return false;
    if (this.explicit.has(document.uri.toString())) return true;
    if (!ARTICLE_LANGUAGES.includes(document.languageId)) return false;
    return this.matchesInclude(document.uri);
  }

  /**
   * True when the URI's path matches the `articles.include` glob. Our own files (sidecars,
   * exports: "….annotations.*") never count, even where the glob would match them.
   */
  matchesInclude(uri: vscode.Uri): boolean {
    if (fileName(uri).includes('.annotations.')) return false;
    return matchesGlob(this.config.settings.articlesInclude, uri.path);
  }

  /** True when the user turned highlights on for this document by hand. */
  isExplicit(uri: vscode.Uri): boolean {
    return this.explicit.has(uri.toString());
  }

  /** The documents annotated by hand. */
  explicitUris(): vscode.Uri[] {
    return [...this.explicit].map(s => vscode.Uri.parse(s));
  }

  async setAnnotated(uri: vscode.Uri, on: boolean): Promise<void> {
    const key = uri.toString();
    if (on === this.explicit.has(key)) return;
    if (on) this.explicit.add(key);
    else this.explicit.delete(key);
    await this.persist();
    this.emitter.fire();
  }

  /** Remembers the documents annotated by hand; untitled ones only for this session (their names are reused). */
  private async persist(): Promise<void> {
    await this.state.update(STATE_KEY, [...this.explicit].filter(key => !key.startsWith('untitled:')));
  }

  /** Keeps an explicitly annotated document annotated after it is renamed or moved. */
  async renamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    if (!this.explicit.delete(from.toString())) return;
    this.explicit.add(to.toString());
    await this.persist();
    this.emitter.fire();
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}

// The workspace's articles, open or not, with their analyses: for the Articles view, the
// "Open Article…" picker, Find All References and Go to Symbol in Workspace. Open documents
// use their live analysis; files on disk are read through workspace.fs and their analysis is
// cached until the file's modification time or size changes.
import * as vscode from 'vscode';
// From its own module, not '../analysis': the index would pull the analyzer (compromise) into activation.
import { readArticleInfo } from '../analysis/text/article';
import type { ArticleInfo } from '../analysis';
import { applyCorrections, type CorrectedAnalysis } from '../annotations';
import { decodeDocument } from '../common/encoding';
import { searchGlobFor } from '../common/glob';
import { LineIndex } from '../common/lineIndex';
import type { ArticleRegistry } from './articles';
import { fileName } from './reveal';
import type { Config } from './config';
import type { DocumentAnalyses } from './documentAnalyses';
import { articleStamp, type SidecarsOnDisk } from './tags/sidecarsOnDisk';

/** One article's analysis with a way to turn its offsets into editor ranges. */
export class ArticleEntry {
  constructor(
    readonly uri: vscode.Uri,
    /** Corrections and verdicts applied. */
    readonly analysis: CorrectedAnalysis,
    private readonly toPosition: (offset: number) => vscode.Position,
  ) {}

  range(span: { start: number; end: number }): vscode.Range {
    return new vscode.Range(this.toPosition(span.start), this.toPosition(span.end));
  }

  location(span: { start: number; end: number }): vscode.Location {
    return new vscode.Location(this.uri, this.range(span));
  }

  /** The file name, for lists. */
  get name(): string {
    return fileName(this.uri);
  }
}

export class WorkspaceArticles implements vscode.Disposable {
  private readonly onDisk = new Map<string, { stamp: string; entry: ArticleEntry }>();
  private readonly infoOnDisk = new Map<string, { stamp: string; info: ArticleInfo }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when an article file was created, changed or deleted on disk. */
  readonly onDidChange = this.emitter.event;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly articles: ArticleRegistry,
    private readonly analyses: DocumentAnalyses,
    private readonly config: Config,
    private readonly sidecars: SidecarsOnDisk,
  ) {
    this.watch();
    this.disposables.push(config.onDidChange(() => this.watch()));
  }

  /** The articles of the workspace (files matching the glob, plus documents annotated by hand), by path. */
  async uris(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const glob = this.config.settings.articlesInclude;
    const found = await vscode.workspace.findFiles(searchGlobFor(glob), undefined, 10000, token);
    const all = new Map<string, vscode.Uri>();
    for (const uri of found) if (this.articles.matchesInclude(uri)) all.set(uri.toString(), uri);
    for (const uri of this.articles.explicitUris()) all.set(uri.toString(), uri);
    return [...all.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The article's analysis: live for an open document, else from the file on disk. */
  async entry(uri: vscode.Uri): Promise<ArticleEntry | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) {
      const result = await this.analyses.upToDate(open);
      return result && new ArticleEntry(uri, result.analysis, offset => open.positionAt(offset));
    }
    try {
      // The sidecar is part of the stamp: a correction made elsewhere changes what the article says.
      const { stamp, size } = await articleStamp(uri, this.sidecars.sidecarUri(uri));
      const cached = this.onDisk.get(uri.toString());
      if (cached?.stamp === stamp) return cached.entry;
      if (size > this.config.settings.maxAnalysedLength) return undefined; // too large to analyse, as in an editor
      const text = decodeDocument(await vscode.workspace.fs.readFile(uri));
      const lines = new LineIndex(text);
      // A broken sidecar adds nothing here: it is reported when its article is opened.
      const { corrections, verifications } = await this.sidecars.read(uri, { text, stamp });
      const analysis = applyCorrections(await this.analyses.analyzeText(text), corrections, verifications);
      const entry = new ArticleEntry(uri, analysis, offset => {
        const p = lines.position(offset);
        return new vscode.Position(p.line, p.character);
      });
      this.onDisk.set(uri.toString(), { stamp, entry });
      return entry;
    } catch {
      return undefined; // deleted or unreadable: not an article any more
    }
  }

  /**
   * The article's date, dateline and headline: cheap (no full analysis), for lists. Open
   * documents are read as they are in the editor.
   */
  async info(uri: vscode.Uri): Promise<ArticleInfo | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) return readArticleInfo(open.getText());
    try {
      const { stamp } = await articleStamp(uri, this.sidecars.sidecarUri(uri));
      const cached = this.infoOnDisk.get(uri.toString());
      if (cached?.stamp === stamp) return cached.info;
      const info = readArticleInfo(decodeDocument(await vscode.workspace.fs.readFile(uri)));
      this.infoOnDisk.set(uri.toString(), { stamp, info });
      return info;
    } catch {
      return undefined;
    }
  }

  /** Every article's entry, in path order. */
  async all(token?: vscode.CancellationToken): Promise<ArticleEntry[]> {
    const entries: ArticleEntry[] = [];
    for (const uri of await this.uris(token)) {
      if (token?.isCancellationRequested) break;
      const entry = await this.entry(uri);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private watch(): void {
    this.watcher?.dispose();
    this.watcher = vscode.workspace.createFileSystemWatcher(searchGlobFor(this.config.settings.articlesInclude));
    const changed = (uri: vscode.Uri) => {
      this.onDisk.delete(uri.toString());
      this.infoOnDisk.delete(uri.toString());
      if (this.articles.matchesInclude(uri)) this.emitter.fire();
    };
    this.watcher.onDidCreate(changed);
    this.watcher.onDidChange(changed);
    this.watcher.onDidDelete(changed);
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

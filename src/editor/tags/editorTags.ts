// The tags of the open articles, kept in step with the text and with their sidecar files:
// a TagSession (src/annotations) per open article, fed with VS Code's events — text edits move
// the tags, saving the document saves the sidecar, a sidecar changed on disk is reloaded and
// merged, renaming a document moves its sidecar. Problems are told to the user, never hidden.
import * as vscode from 'vscode';
import {
  findLeftBehindTags,
  SidecarError,
  SidecarStore,
  TagSession,
  type AnchorReport,
  type Creator,
  type FileSystem,
  type Tag,
} from '../../annotations';
import type { ArticleRegistry } from '../articles';
import type { Config } from '../config';
import type { TagHighlight } from '../decorations';
import type { DocumentAnalysis } from '../documentAnalyses';
import type { TagCard } from '../hovers';
import { fileName } from '../reveal';
import { vscodeFileSystem } from './vscodeFileSystem';
import type { SidecarsOnDisk } from './sidecarsOnDisk';
import { tagCards, tagHighlights, tagsCovering } from './tagQueries';
import { watchSidecars } from './sidecarWatchers';
import type { OpenArticleTags as Entry, TagState, TagsChange, WorkspaceTag } from './tagTypes';
import { recordLoad, recordSaveFailure } from './sidecarOutcomes';
import { offerLeftBehindTags, tellEditMadeFuzzy, tellReloadFailed, tellSidecarProblem, tellSuffixChanged } from './tagMessages';

export class EditorTags implements vscode.Disposable {
  private store: SidecarStore;
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<TagsChange>();
  /** Fires when a document's tags changed (added, moved, reloaded…). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  /** Who is annotating in a document (set by extension.ts from the Annotator): the creator of new tags. */
  creatorOf: (uri: vscode.Uri) => Creator | undefined = () => undefined;

  constructor(
    private readonly articles: ArticleRegistry,
    config: Config,
    /** Closed articles' tags, read the way the workspace-wide features read their corrections. */
    private readonly onDisk: SidecarsOnDisk,
    private readonly fileSystem: FileSystem = vscodeFileSystem,
  ) {
    this.store = new SidecarStore(this.fileSystem, { suffix: config.settings.sidecarSuffix });
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument(d => this.open(d)),
      ws.onDidCloseTextDocument(d => this.close(d.uri)),
      ws.onDidChangeTextDocument(e => this.edited(e)),
      ws.onDidSaveTextDocument(d => void this.saveAfterDocumentSave(d)),
      ws.onDidRenameFiles(e => void this.renamed(e)),
      articles.onDidChange(() => this.openAll()),
      config.onDidChange(s => {
        if (s.sidecarSuffix === this.store.suffix) return;
        const before = this.store.suffix;
        this.closeAll();
        this.store = new SidecarStore(this.fileSystem, { suffix: s.sidecarSuffix });
        this.watch();
        this.openAll();
        tellSuffixChanged(s.sidecarSuffix, before);
      }),
    );
    this.watch();
    this.openAll();
  }

  // ---- queries ------------------------------------------------------------------------------

  /** The document's session once its sidecar is loaded (opening it if needed). */
  async session(document: vscode.TextDocument): Promise<TagSession | undefined> {
    return this.open(document)?.ready;
  }

  /** The document's session if it is open and loaded (without opening it). */
  loadedSession(uri: vscode.Uri): TagSession | undefined {
    return this.entries.get(uri.toString())?.session;
  }

  /** The sidecar problem that blocks tagging this document, if any. */
  errorOf(uri: vscode.Uri): SidecarError | undefined {
    return this.entries.get(uri.toString())?.error;
  }

  /** How many saves of the document's tags were refused because its sidecar cannot be read. */
  refusedSavesOf(uri: vscode.Uri): number {
    return this.entries.get(uri.toString())?.refusedSaves ?? 0;
  }

  /** How the tags re-anchored when the document was last opened or its sidecar reloaded. */
  reportOf(uri: vscode.Uri): AnchorReport | undefined {
    return this.entries.get(uri.toString())?.report;
  }

  /** The document's tags (anchored first, then orphans), empty until loaded. */
  tagsOf(uri: vscode.Uri): readonly Tag[] {
    return this.entries.get(uri.toString())?.session?.model.tags ?? NO_TAGS;
  }

  /** The number of tags of an open document (0 if not loaded). */
  count(uri: vscode.Uri): number {
    return this.tagsOf(uri).length;
  }

  /** The number of tags of any article, open or not (reads its sidecar if needed, cached like its tags). */
  async countFor(uri: vscode.Uri): Promise<number> {
    const entry = this.entries.get(uri.toString());
    if (entry) return (await entry.ready)?.model.size ?? 0;
    return (await this.onDisk.read(uri)).tags.length;
  }

  /**
   * Why an article's tags cannot be read (its sidecar is broken), open or not; undefined when
   * they can, or when it has none. Views show it instead of "0 tags": the tags exist.
   */
  async problemFor(uri: vscode.Uri): Promise<string | undefined> {
    const entry = this.entries.get(uri.toString());
    if (entry) {
      await entry.ready;
      return entry.error?.message;
    }
    return (await this.onDisk.read(uri)).problem;
  }

  /** What to draw: anchored tags, and for a tag on a person every mention of that person. */
  highlights(document: vscode.TextDocument, analysis: DocumentAnalysis | undefined): TagHighlight[] {
    return tagHighlights(this.tagsOf(document.uri), analysis);
  }

  /** Hover-card data of the tags at an offset (all tags when offset is undefined). */
  cards(document: vscode.TextDocument, analysis: DocumentAnalysis | undefined, offset?: number): TagCard[] {
    return tagCards(this.tagsOf(document.uri), analysis, offset);
  }

  /** The tags under the cursor: those whose text holds it, and tags on the person under it. */
  tagsAt(document: vscode.TextDocument, analysis: DocumentAnalysis | undefined, offset: number): Tag[] {
    return tagsCovering(this.tagsOf(document.uri), analysis, offset);
  }

  stateAt(document: vscode.TextDocument, analysis: DocumentAnalysis | undefined, offset: number): TagState {
    const entry = this.entries.get(document.uri.toString());
    const model = entry?.session?.model;
    return {
      tagAtCursor: offset >= 0 && this.tagsAt(document, analysis, offset).length > 0,
      hasTags: Boolean(model?.size),
      hasOrphans: Boolean(model?.orphans.length),
      hasSidecar: Boolean(entry?.sidecarExists || entry?.error),
      hasLeftBehindTags: Boolean(entry?.leftBehind && !entry.sidecarExists),
      canUndo: Boolean(model?.canUndo),
      canRedo: Boolean(model?.canRedo),
    };
  }

  /** Every tag of the open articles and of the given ones (live when open, else from disk). */
  async workspaceTags(uris: readonly vscode.Uri[]): Promise<WorkspaceTag[]> {
    const out: WorkspaceTag[] = [];
    const seen = new Set<string>();
    for (const [key, entry] of this.entries) {
      const session = await entry.ready;
      if (!session) continue;
      seen.add(key);
      const uri = vscode.Uri.parse(key);
      for (const tag of session.model.tags) out.push({ uri, fileName: fileName(uri), tag });
    }
    for (const uri of uris) {
      if (seen.has(uri.toString())) continue;
      for (const tag of (await this.onDisk.read(uri)).tags) out.push({ uri, fileName: fileName(uri), tag });
    }
    return out;
  }

  /** The sidecar file of a document. */
  sidecarUri(uri: vscode.Uri): vscode.Uri {
    return vscode.Uri.parse(this.store.sidecarLocation(uri.toString()), true);
  }

  /** The labels in use, most recent first: the open document's own, then the other open ones'. */
  labels(first?: vscode.Uri): string[] {
    const own = first ? (this.entries.get(first.toString())?.session?.model.labels() ?? []) : [];
    const others = [...this.entries.values()].flatMap(e => e.session?.model.labels() ?? []);
    return [...new Set([...own, ...others])];
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  private openAll(): void {
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  private open(document: vscode.TextDocument): Entry | undefined {
    const key = document.uri.toString();
    const existing = this.entries.get(key);
    if (existing) return existing;
    // Untitled documents have no place for a sidecar until they are saved.
    if (document.isUntitled || !this.articles.isArticle(document)) return undefined;
    const entry: Entry = { ready: Promise.resolve(undefined), sidecarExists: false, refusedSaves: 0 };
    entry.ready = this.load(document, entry);
    if (!vscode.workspace.getWorkspaceFolder(document.uri)) entry.watcher = this.watchOne(document.uri);
    this.entries.set(key, entry);
    return entry;
  }

  private async load(document: vscode.TextDocument, entry: Entry): Promise<TagSession | undefined> {
    const key = document.uri.toString();
    const { session, result } = await TagSession.open(this.store, key, () => document.getText(), {
      model: { creator: () => this.creatorOf(document.uri) },
      onSaveError: error => this.saveFailed(document.uri, error),
      onSaved: saved => {
        entry.lastSaveError = undefined;
        if (saved.written && !entry.sidecarExists) {
          entry.sidecarExists = true;
          this.emitter.fire({ uri: document.uri, movedOnly: false });
        }
      },
    });
    if (this.entries.get(key) !== entry) {
      session.dispose(); // closed while loading
      return undefined;
    }
    entry.session = session;
    session.model.onDidChange(e =>
      this.emitter.fire({ uri: document.uri, movedOnly: e.reason === 'edit' && !e.orphaned.length && !e.revived.length && !e.fuzzy.length }),
    );
    recordLoad(document.uri, entry, result);
    this.emitter.fire({ uri: document.uri, movedOnly: false });
    if (result.ok && !result.exists) void this.lookForLeftBehindTags(document, entry);
    return session;
  }

  /**
   * An article opened without tags: if they sit next to it under its old name (it was renamed
   * outside VS Code), offer to attach them. Looking never fails loudly: it is only a courtesy.
   */
  private async lookForLeftBehindTags(document: vscode.TextDocument, entry: Entry): Promise<void> {
    const key = document.uri.toString();
    const found = await findLeftBehindTags(this.fileSystem, key, document.getText(), this.store.suffix);
    if (!found || this.entries.get(key) !== entry || entry.sidecarExists) return;
    entry.leftBehind = found;
    this.emitter.fire({ uri: document.uri, movedOnly: false });
    await offerLeftBehindTags(found, document.uri);
  }

  /**
   * Moves the sidecar found by `lookForLeftBehindTags` to this document's name and loads its
   * tags (merged with any added meanwhile). Resolves to the number of tags attached, or to a
   * reason it could not.
   */
  async attachLeftBehindTags(uri: vscode.Uri): Promise<{ attached: number } | { reason: string }> {
    const key = uri.toString();
    const entry = this.entries.get(key);
    const session = await entry?.ready;
    const found = entry?.leftBehind;
    if (!entry || !session || !found) return { reason: vscode.l10n.t('no tags saved under another name were found next to {0}', fileName(uri)) };
    if (entry.sidecarExists) return { reason: vscode.l10n.t('{0} already has its own tags file', fileName(uri)) };
    await this.store.move(found.document, key);
    entry.leftBehind = undefined;
    const result = await session.reload();
    recordLoad(uri, entry, result);
    this.emitter.fire({ uri, movedOnly: false });
    return result.ok ? { attached: found.tagCount } : { reason: result.error.message };
  }

  private close(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    entry.session?.dispose();
    entry.watcher?.dispose();
    this.emitter.fire({ uri, movedOnly: false });
  }

  private closeAll(): void {
    for (const key of [...this.entries.keys()]) this.close(vscode.Uri.parse(key));
  }

  private edited(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const entry = this.entries.get(e.document.uri.toString());
    const session = entry?.session;
    // While the sidecar is still loading, TagSession anchors to the text as it is when loaded.
    const change = session?.model.applyEdits(e.contentChanges.map(c => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })));
    const reloadedFromDisk = !e.document.isDirty && e.reason === undefined;
    // A change that rewrote tagged text ("50" became "500" on a reformatted line) left tags on
    // text only like theirs: worth a look. (After a reload from disk, the reload's report says so.)
    if (change?.fuzzy.length && !reloadedFromDisk) {
      tellEditMadeFuzzy(e.document.uri, change.fuzzy.length);
    }
    // VS Code reloaded the document from disk (a git checkout, another program): its sidecar
    // may have changed too, and its watcher event may have come first. Reload and merge it.
    if (session && entry && reloadedFromDisk) {
      session.reload().then(
        result => recordLoad(e.document.uri, entry, result, true),
        (err: unknown) => this.failed(e.document.uri, err),
      );
    }
  }

  /** Saving the document saves the sidecar, so the offsets on disk describe the text on disk. */
  private async saveAfterDocumentSave(document: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(document.uri.toString()) ?? this.open(document);
    const session = await entry?.ready;
    if (entry?.error) entry.refusedSaves++; // already told: the broken sidecar stays as it is
    if (!session || entry?.error || (!session.model.size && !entry?.sidecarExists)) return;
    try {
      await session.save(); // onSaved records that the sidecar exists
    } catch (err) {
      if (err instanceof SidecarError) this.saveFailed(document.uri, err);
      else throw err;
    }
  }

  private async renamed(e: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of e.files) {
      await this.articles.renamed(oldUri, newUri);
      const entry = this.entries.get(oldUri.toString());
      try {
        const session = await entry?.ready;
        if (session && entry) {
          this.entries.delete(oldUri.toString());
          // VS Code may already have opened the document under its new name: that session
          // found no sidecar there yet; this one, moving the sidecar, replaces it.
          const opened = this.entries.get(newUri.toString());
          if (opened && opened !== entry) {
            this.entries.delete(newUri.toString());
            (await opened.ready)?.dispose();
            opened.watcher?.dispose();
          }
          await session.moveTo(newUri.toString());
          this.entries.set(newUri.toString(), entry);
        } else {
          await this.store.move(oldUri.toString(), newUri.toString());
        }
      } catch (err) {
        if (err instanceof SidecarError) tellSidecarProblem(err);
        else throw err;
      }
      this.emitter.fire({ uri: newUri, movedOnly: false });
    }
  }

  private watch(): void {
    this.watcher?.dispose();
    this.watcher = watchSidecars(`**/*${this.store.suffix}`, sidecar => this.sidecarFileChanged(sidecar));
  }

  /** A watcher for one document's sidecar, for documents outside the workspace folders. */
  private watchOne(document: vscode.Uri): vscode.Disposable {
    const sidecar = this.sidecarUri(document);
    return watchSidecars(new vscode.RelativePattern(vscode.Uri.joinPath(sidecar, '..'), fileName(sidecar)), changed => this.sidecarFileChanged(changed));
  }

  private sidecarFileChanged(sidecar: vscode.Uri): void {
    this.sidecarChanged(sidecar).catch((err: unknown) => this.failed(vscode.Uri.parse(sidecar.toString().slice(0, -this.store.suffix.length)), err));
  }

  /** A sidecar changed on disk: reload it unless the change is our own write. */
  private async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    const documentKey = sidecar.toString().slice(0, -this.store.suffix.length);
    const uri = vscode.Uri.parse(documentKey);
    const entry = this.entries.get(documentKey);
    const session = await entry?.ready;
    if (!entry || !session) {
      this.emitter.fire({ uri, movedOnly: false }); // counts in the views may have changed
      return;
    }
    const result = await session.onSidecarChangedOnDisk();
    if (!result) return;
    recordLoad(uri, entry, result);
    this.emitter.fire({ uri, movedOnly: false });
  }

  /** A reload or merge failed: a sidecar problem is told like a failed save; anything else is a bug. */
  private failed(uri: vscode.Uri, err: unknown): void {
    if (err instanceof SidecarError) this.saveFailed(uri, err);
    else tellReloadFailed(uri, err);
  }

  private saveFailed(uri: vscode.Uri, error: SidecarError): void {
    recordSaveFailure(uri, this.entries.get(uri.toString()), error);
  }

  dispose(): void {
    this.closeAll();
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

/** One empty list for every document without tags, so its identity says "unchanged". */
const NO_TAGS: readonly Tag[] = Object.freeze([]);


// What the sidecars of articles that are not open hold, for the features that look across the
// workspace (Tags view, Articles view, workspace symbols, Speakers view). Read through a
// read-only SidecarStore — the same read, parse, anchoring and error messages as an open
// document's — and cached until the article or its sidecar changes on disk. Nothing is written.
import * as vscode from 'vscode';
import { SidecarStore, type Correction, type FileSystem, type Tag, type Verification } from '../../annotations';
import { decodeDocument } from '../../common/encoding';
import { vscodeFileSystem } from './vscodeFileSystem';

/** A closed article's annotations anchored to its text on disk, or why its sidecar cannot be read. */
export interface AnnotationsOnDisk {
  readonly tags: readonly Tag[];
  readonly corrections: readonly Correction[];
  readonly verifications: readonly Verification[];
  /** "<sidecar>: <what is wrong>" when the sidecar exists but cannot be read. */
  readonly problem?: string;
}

const NOTHING: AnnotationsOnDisk = Object.freeze({ tags: [], corrections: [], verifications: [] });

/** What `articleStamp` found: the stamp, and the article's size in bytes. */
export interface ArticleStamp {
  readonly stamp: string;
  readonly size: number;
}

/**
 * A stamp that changes whenever the article or its sidecar changes (modification time and size
 * of both; "-" for a missing sidecar). Rejects when the article itself cannot be read.
 */
export async function articleStamp(article: vscode.Uri, sidecar: vscode.Uri): Promise<ArticleStamp> {
  const stat = await vscode.workspace.fs.stat(article);
  const sidecarStat = await Promise.resolve(vscode.workspace.fs.stat(sidecar)).catch(() => undefined);
  return { stamp: `${stat.mtime}:${stat.size}:${sidecarStat ? `${sidecarStat.mtime}:${sidecarStat.size}` : '-'}`, size: stat.size };
}

export class SidecarsOnDisk {
  private readonly cache = new Map<string, { stamp: string; annotations: AnnotationsOnDisk }>();
  private store: SidecarStore | undefined;

  constructor(
    /** The sidecar suffix now in force (the setting can change at any time). */
    private readonly suffix: () => string,
    private readonly fileSystem: FileSystem = vscodeFileSystem,
  ) {}

  /** The sidecar file of an article under the current suffix. */
  sidecarUri(article: vscode.Uri): vscode.Uri {
    return vscode.Uri.parse(this.currentStore().sidecarLocation(article.toString()), true);
  }

  /**
   * The article's annotations on disk. `known` is what the caller has already read: the
   * article's text on disk and its `articleStamp` (not read again). An article that cannot be
   * read has none.
   */
  async read(article: vscode.Uri, known?: { text: string; stamp: string }): Promise<AnnotationsOnDisk> {
    const store = this.currentStore();
    const key = `${store.suffix}\n${article.toString()}`;
    let stamp = known?.stamp;
    try {
      stamp ??= (await articleStamp(article, this.sidecarUri(article))).stamp;
    } catch {
      return NOTHING; // the article is gone
    }
    const cached = this.cache.get(key);
    if (cached?.stamp === stamp) return cached.annotations;
    const annotations = stamp.endsWith(':-') ? NOTHING : await this.load(store, article, known?.text);
    this.cache.set(key, { stamp, annotations });
    return annotations;
  }

  private async load(store: SidecarStore, article: vscode.Uri, text: string | undefined): Promise<AnnotationsOnDisk> {
    let articleText: string;
    try {
      articleText = text ?? decodeDocument(await this.fileSystem.readFile(article.toString()));
    } catch {
      return NOTHING;
    }
    const result = await store.load(article.toString(), articleText);
    if (!result.ok) return { ...NOTHING, problem: result.error.message };
    return { tags: result.tags, corrections: result.corrections, verifications: result.verifications };
  }

  private currentStore(): SidecarStore {
    const suffix = this.suffix();
    if (this.store?.suffix !== suffix) {
      // Read-only: loading never removes another program's temporary files.
      this.store = new SidecarStore(this.fileSystem, { suffix, cleanUpTemporaryFiles: false });
    }
    return this.store;
  }
}

// One typed snapshot of the `sourceAnnotator.*` settings, re-read only when they change
// (reading configuration in hot paths is slow: leanprover/vscode-lean4 PR #604).
import * as vscode from 'vscode';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../common/encoding';

const MEGABYTE = 1024 * 1024;

export const SECTION = 'sourceAnnotator';

export type HighlightKind = 'quotes' | 'people' | 'numbers' | 'tags';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quotes', 'people', 'numbers', 'tags'];

export interface Settings {
  /** Glob of the files that are articles (highlighted without asking). */
  articlesInclude: string;
  /** Suffix appended to a document's file name to name its sidecar. */
  sidecarSuffix: string;
  /** Which kinds are highlighted. */
  highlights: Record<HighlightKind, boolean>;
  /** At most this many highlights per kind and editor; the ones nearest the visible text win. */
  maxHighlightsPerKind: number;
  /** Show a tag's label after the tagged text. */
  showTagLabels: boolean;
  /** Delay after the last keystroke before the text is analysed again, in milliseconds. */
  analysisDelay: number;
  /**
   * Documents longer than this many characters (UTF-16 code units) are not analysed: the
   * `analysis.maxFileSize` setting, given in megabytes, times 1,048,576.
   */
  maxAnalysedLength: number;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    articlesInclude: c.get<string>('articles.include', '**/seeds/**/*.{txt,md}'),
    sidecarSuffix: c.get<string>('sidecar.suffix', '.annotations.json') || '.annotations.json',
    highlights: {
      quotes: c.get<boolean>('highlights.quotes', true),
      people: c.get<boolean>('highlights.people', true),
      numbers: c.get<boolean>('highlights.numbers', true),
      tags: c.get<boolean>('highlights.tags', true),
    },
    maxHighlightsPerKind: Math.max(1, c.get<number>('highlights.maxPerKind', 2000)),
    showTagLabels: c.get<boolean>('highlights.showTagLabels', true),
    analysisDelay: Math.max(0, c.get<number>('analysis.delay', 300)),
    maxAnalysedLength: Math.max(0, c.get<number>('analysis.maxFileSize', DEFAULT_MAX_DOCUMENT_SIZE / MEGABYTE)) * MEGABYTE,
  };
}

/** Holds the current settings and tells listeners when a setting of ours changed. */
export class Config implements vscode.Disposable {
  private current = readSettings();
  private readonly emitter = new vscode.EventEmitter<Settings>();
  private readonly listener: vscode.Disposable;
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.current = readSettings();
      this.emitter.fire(this.current);
    });
  }

  get settings(): Settings {
    return this.current;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}

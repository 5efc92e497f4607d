// Editor decorations: one decoration type per kind, created once (re-creating types per pass
// leaks CPU and wipes other editors: vscode-todo-plus PR #367); their colours are theme colours,
// so a theme change needs nothing from us. One setDecorations call per type and editor, all visible editors,
// a cap per kind with the highlights nearest the visible text first.
import * as vscode from 'vscode';
import type { Quote } from '../analysis';
import type { Config, HighlightKind } from './config';
import type { DocumentAnalysis } from './documentAnalyses';

/** A highlight of the user's tags, as the tag model resolves it for the current text. */
export interface TagHighlight {
  start: number;
  end: number;
  label: string;
  /** The tag this highlight belongs to. */
  tagId: string;
  /** True for another mention of a tagged person (found by the analysis, not stored in the tag). */
  viaEntity?: boolean;
}

/** Where the tags come from (the tag service); empty until tags are loaded. */
export type TagHighlightSource = (document: vscode.TextDocument, analysis: DocumentAnalysis | undefined) => TagHighlight[];
/** Something that changes identity whenever the document's tags change (the tag list itself). */
export type TagStamp = (document: vscode.TextDocument) => unknown;

/**
 * Everything that is drawn: the four user-visible kinds, the speaker cue of each quote, and the
 * other mentions of a tagged person. Those come from the analysis, so they have their own type:
 * while the text is being edited and not yet re-analysed, the tags' own ranges are redrawn from
 * the tag model and the mentions stay where VS Code has moved them.
 */
export type DecorationKind = HighlightKind | 'speakers' | 'tagMentions' | 'metadata';
const ALL_KINDS: readonly DecorationKind[] = ['quotes', 'people', 'numbers', 'tags', 'tagMentions', 'speakers', 'metadata'];

interface Planned {
  start: number;
  end: number;
  label?: string;
  tagId?: string;
}

export class DecorationManager implements vscode.Disposable {
  private types = new Map<DecorationKind, vscode.TextEditorDecorationType>();
  /** What was applied last, per document URI, in offsets: what the user sees (read by tests). */
  private readonly applied = new Map<string, Record<DecorationKind, Planned[]>>();
  private readonly capped = new Set<string>();
  /** The document version whose analysis was last drawn, per document (read by tests). */
  private readonly drawnVersion = new Map<string, number>();

  /** What each editor shows, so that re-applying the same thing (focus changes) costs nothing. */
  private drawnOn = new WeakMap<vscode.TextEditor, { analysis: DocumentAnalysis | undefined; tags: unknown; settings: unknown; visible: string }>();

  constructor(
    private readonly config: Config,
    private readonly tagSource: TagHighlightSource,
    private readonly tagStamp: TagStamp,
  ) {
    this.createTypes();
  }

  /**
   * Draws the analysis and the tags on one editor. Without an analysis (the current version is
   * not analysed yet), only the tags are redrawn: the other highlights stay as VS Code has
   * moved them along with the edits.
   */
  apply(editor: vscode.TextEditor, analysis: DocumentAnalysis | undefined): void {
    const document = editor.document;
    const key = document.uri.toString();
    const drawn = this.drawnOn.get(editor);
    const stamp = {
      analysis: analysis ?? drawn?.analysis,
      tags: this.tagStamp(document),
      settings: this.config.settings,
      // Only a capped document depends on what is visible.
      visible: this.capped.has(key) ? editor.visibleRanges.map(r => `${r.start.line}-${r.end.line}`).join() : '',
    };
    if (drawn && this.applied.has(key) && (analysis === undefined || analysis === drawn.analysis) && stamp.tags === drawn.tags && stamp.settings === drawn.settings && stamp.visible === drawn.visible) {
      return;
    }
    this.drawnOn.set(editor, stamp);
    const { highlights } = this.config.settings;
    const a = analysis?.analysis;
    const previous = this.applied.get(key);
    const planned: Record<DecorationKind, Planned[]> = {
      quotes: a ? (highlights.quotes ? a.quotes : []) : (previous?.quotes ?? []),
      people: a ? (highlights.people ? a.people : []) : (previous?.people ?? []),
      numbers: analysis ? (highlights.numbers ? [...analysis.bodyNumbers] : []) : (previous?.numbers ?? []),
      speakers: a ? (highlights.quotes ? speakerCues(a.quotes) : []) : (previous?.speakers ?? []),
      tags: [],
      tagMentions: a ? [] : (previous?.tagMentions ?? []),
      // The seed format's header and sign-off are facts about the article, not its text: dimmed.
      metadata: a ? [a.article.header, a.article.signOff].flatMap(s => (s ? [s] : [])) : (previous?.metadata ?? []),
    };
    for (const t of highlights.tags ? this.tagSource(document, analysis) : []) (t.viaEntity ? planned.tagMentions : planned.tags).push(t);
    if (!a) {
      // Other mentions of a tagged person stay as drawn until the next analysis, unless their tag is gone.
      const live = new Set(planned.tags.map(t => t.tagId));
      planned.tagMentions = planned.tagMentions.filter(t => live.has(t.tagId));
    }
    const kinds: readonly DecorationKind[] = a || !previous ? ALL_KINDS : ['tags', 'tagMentions'];
    const visible = editor.visibleRanges.map(r => [document.offsetAt(r.start), document.offsetAt(r.end)] as const);
    const max = this.config.settings.maxHighlightsPerKind;
    let capped = false;
    for (const kind of kinds) {
      let spans = planned[kind];
      if (spans.length > max) {
        spans = nearestToVisible(spans, visible, max);
        capped = true;
      }
      planned[kind] = spans;
      editor.setDecorations(this.types.get(kind)!, spans.map(s => this.option(document, s)));
    }
    if (capped) this.capped.add(key);
    else if (a) this.capped.delete(key);
    this.applied.set(key, planned);
    if (analysis) this.drawnVersion.set(key, analysis.version);
  }

  /** The version of the document whose analysis is drawn, if any. */
  drawnVersionOf(uri: vscode.Uri): number | undefined {
    return this.drawnVersion.get(uri.toString());
  }

  /** Whether a cap cut highlights in this document (then scrolling re-applies them). */
  isCapped(uri: vscode.Uri): boolean {
    return this.capped.has(uri.toString());
  }

  /** Clears all our decorations from an editor (highlights turned off for its document). */
  clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.drawnOn.delete(editor);
  }

  /** Forgets what was drawn on a document (closed, or no longer an article). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.applied.delete(key);
    this.capped.delete(key);
    this.drawnVersion.delete(key);
  }

  /** The highlights last applied to a document, in offsets, per kind. */
  appliedTo(uri: vscode.Uri): Record<DecorationKind, { start: number; end: number; label?: string }[]> | undefined {
    return this.applied.get(uri.toString());
  }

  // A tag's label is not drawn here but by TagLabelHints, as text the editor wraps.
  private option(document: vscode.TextDocument, s: Planned): vscode.DecorationOptions {
    return { range: new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)) };
  }

  private createTypes(): void {
    const colour = (id: string) => new vscode.ThemeColor(`sourceAnnotator.${id}`);
    const closed = vscode.DecorationRangeBehavior.ClosedClosed; // typing at an edge does not grow a highlight
    const tagStyle: vscode.DecorationRenderOptions = {
      rangeBehavior: closed,
      backgroundColor: colour('tagBackground'),
      border: '1px solid',
      borderRadius: '3px',
      borderColor: colour('tagBorder'),
      overviewRulerColor: colour('tagOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    };
    this.types = new Map<DecorationKind, vscode.TextEditorDecorationType>([
      [
        'quotes',
        vscode.window.createTextEditorDecorationType({
          rangeBehavior: closed,
          backgroundColor: colour('quoteBackground'),
          border: '1px solid',
          borderColor: colour('quoteBorder'),
          overviewRulerColor: colour('quoteOverviewRuler'),
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      ],
      [
        'people',
        vscode.window.createTextEditorDecorationType({
          rangeBehavior: closed,
          backgroundColor: colour('personBackground'),
          borderStyle: 'solid',
          borderWidth: '0 0 2px 0',
          borderColor: colour('personBorder'),
        }),
      ],
      [
        'numbers',
        vscode.window.createTextEditorDecorationType({
          rangeBehavior: closed,
          backgroundColor: colour('numberBackground'),
          borderStyle: 'dotted',
          borderWidth: '0 0 1px 0',
          borderColor: colour('numberBorder'),
        }),
      ],
      [
        'speakers',
        vscode.window.createTextEditorDecorationType({
          rangeBehavior: closed,
          fontWeight: 'bold',
          borderStyle: 'dashed',
          borderWidth: '0 0 1px 0',
          borderColor: colour('speakerBorder'),
        }),
      ],
      ['metadata', vscode.window.createTextEditorDecorationType({ rangeBehavior: closed, opacity: '0.6', fontStyle: 'italic' })],
      ['tags', vscode.window.createTextEditorDecorationType(tagStyle)],
      ['tagMentions', vscode.window.createTextEditorDecorationType(tagStyle)],
    ]);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

function speakerCues(quotes: readonly Quote[]): Planned[] {
  return quotes.flatMap(q => (q.speakerStart !== null && q.speakerEnd !== null ? [{ start: q.speakerStart, end: q.speakerEnd }] : []));
}

/** The `max` spans nearest to the visible ranges, in document order. */
function nearestToVisible(spans: Planned[], visible: readonly (readonly [number, number])[], max: number): Planned[] {
  const distance = (s: Planned) => {
    let best = Infinity;
    for (const [a, b] of visible) best = Math.min(best, s.end < a ? a - s.end : s.start > b ? s.start - b : 0);
    return best;
  };
  return spans
    .map(s => ({ s, d: distance(s) }))
    .sort((x, y) => x.d - y.d || x.s.start - y.s.start)
    .slice(0, max)
    .map(x => x.s)
    .sort((a, b) => a.start - b.start);
}

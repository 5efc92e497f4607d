// Analysis results per open document, keyed by URI and document version: switching editors
// re-uses them (no NLP work when the version did not change); typing schedules a new analysis
// after a configurable delay; an analysis in flight is aborted when a newer one starts.
import * as vscode from 'vscode';
import type { Analysis, Analyzer, PersonEntity } from '../analysis';
import { applyCorrections, type CorrectedAnalysis, type CorrectedNumber, type CorrectedPersonMention, type CorrectedQuote, type Correction, type Verification } from '../annotations';
import { SpanIndex } from '../common/spanIndex';
import type { Config } from './config';
import { fileName } from './reveal';
import { notificationText } from '../common/markdownText';

/** A document's corrections and verdicts, anchored to its current text. */
export interface DocumentCorrections {
  readonly corrections: readonly Correction[];
  readonly verifications: readonly Verification[];
}

/**
 * One document's analysis at one version, with the user's corrections and verdicts applied
 * (corrections win: every view reads `analysis`, never the analysis alone), and lookup indexes
 * for hovers and navigation.
 */
export class DocumentAnalysis {
  /** The analysis as corrected by the user. */
  readonly analysis: CorrectedAnalysis;
  readonly people: SpanIndex<CorrectedPersonMention>;
  readonly quotes: SpanIndex<CorrectedQuote>;
  /** The numbers of the article's text, without those in its header and sign-off (`bodyNumbers`). */
  readonly numbers: SpanIndex<CorrectedNumber>;
  /**
   * The numbers the editor shows. The seed header's date is a fact about the article, shown
   * dimmed with the header and in its hover card: highlighting, counting or listing it as a
   * number of the text would show it twice.
   */
  readonly bodyNumbers: readonly CorrectedNumber[];
  private readonly entities: Map<string, PersonEntity>;

  constructor(
    readonly uri: vscode.Uri,
    readonly version: number,
    /** What the analysis found, before corrections. */
    readonly raw: Analysis,
    corrections: DocumentCorrections = { corrections: [], verifications: [] },
  ) {
    const analysis = (this.analysis = applyCorrections(raw, corrections.corrections, corrections.verifications));
    this.people = new SpanIndex(analysis.people);
    this.quotes = new SpanIndex(analysis.quotes);
    const metadata = [analysis.article.header, analysis.article.signOff].filter(s => s !== undefined);
    this.bodyNumbers = analysis.numbers.filter(n => !metadata.some(m => n.start >= m.start && n.end <= m.end));
    this.numbers = new SpanIndex(this.bodyNumbers);
    this.entities = new Map(analysis.entities.map(e => [e.name, e]));
  }

  /** The person with this canonical name. */
  entity(name: string): PersonEntity | undefined {
    return this.entities.get(name);
  }
}

interface Pending {
  version: number;
  controller: AbortController;
  promise: Promise<DocumentAnalysis | undefined>;
}

export class DocumentAnalyses implements vscode.Disposable {
  /**
   * The analyzer, loaded on the first analysis: evaluating compromise and its lexicon takes about
   * 300 ms, which at module load would all count as the extension's activation time. esbuild keeps
   * the dynamic import in the same bundle as a module initialised only when this first runs.
   */
  private analyzer: Promise<Analyzer> | undefined;
  private readonly results = new Map<string, DocumentAnalysis>();
  private readonly pending = new Map<string, Pending>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** How many analyses of each document completed: switching editors must not add any. */
  private readonly completed = new Map<string, number>();
  /** How many analyses of each document were started (counted when asked for, before they finish). */
  private readonly started = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<DocumentAnalysis>();
  /** Fires when a document's analysis is up to date with a new version. */
  readonly onDidAnalyse = this.emitter.event;

  /** The version of each document whose analysis failed: not retried until the text changes. */
  private readonly failed = new Map<string, number>();
  private readonly toldAboutFailure = new Set<string>();
  private readonly toldTooLarge = new Set<string>();

  /** Where the corrections of a document come from (its loaded sidecar); none until set. */
  private correctionsOf: (uri: vscode.Uri) => DocumentCorrections | undefined = () => undefined;

  constructor(
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Sets where each document's corrections come from: they are applied to every analysis. */
  useCorrections(source: (uri: vscode.Uri) => DocumentCorrections | undefined): void {
    this.correctionsOf = source;
  }

  /**
   * A document's corrections or verdicts changed: its analysis of the current version is
   * corrected again (no new NLP work) and listeners hear of it as of a new analysis. An analysis
   * of an older version is left alone: the one under way applies the corrections when it ends.
   */
  correctionsChanged(document: vscode.TextDocument): void {
    const result = this.current(document);
    if (!result) return;
    const recorrected = new DocumentAnalysis(result.uri, result.version, result.raw, this.correctionsOf(result.uri));
    this.results.set(document.uri.toString(), recorrected);
    this.emitter.fire(recorrected);
  }

  /** The analysis of the document's current version, if it is ready. */
  current(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const result = this.results.get(document.uri.toString());
    return result?.version === document.version ? result : undefined;
  }

  /** The latest analysis of the document, possibly of an older version. */
  latest(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.results.get(uri.toString());
  }

  /** The analysis of the document's current version, analysing it now if needed. */
  async ensure(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    this.clearTimer(key);
    const ready = this.current(document);
    if (ready) return ready;
    if (this.failed.get(key) === document.version || this.isTooLarge(document)) return undefined;
    const inFlight = this.pending.get(key);
    if (inFlight?.version === document.version) return inFlight.promise;
    inFlight?.controller.abort();
    const controller = new AbortController();
    const version = document.version;
    this.started.set(key, (this.started.get(key) ?? 0) + 1);
    const promise = this.run(document, version, controller.signal);
    this.pending.set(key, { version, controller, promise });
    return promise;
  }

  /**
   * The analysis of the document's current version, for providers VS Code calls on its own
   * after edits (outline, hovers, views): while the user is typing it waits for the scheduled
   * analysis instead of starting one early, so the typing delay holds.
   */
  async upToDate(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const ready = this.current(document);
    if (ready) return ready;
    const key = document.uri.toString();
    if (!this.timers.has(key)) return this.ensure(document);
    const version = document.version;
    return new Promise(resolve => {
      const done = (result: DocumentAnalysis | undefined) => {
        subscription.dispose();
        cancellation?.dispose();
        clearTimeout(fallback);
        resolve(result);
      };
      const subscription = this.onDidAnalyse(r => {
        if (r.uri.toString() === key && r.version >= version) done(this.current(document) ?? r);
      });
      const cancellation = token?.onCancellationRequested(() => done(undefined));
      // Should the scheduled analysis never come (it failed, the document closed), don't wait for ever.
      const fallback = setTimeout(
        () => (document.isClosed ? done(undefined) : void this.ensure(document).then(done, () => done(undefined))),
        this.config.settings.analysisDelay + 2000,
      );
    });
  }

  /** True while an analysis of the document waits for the typing delay to end. */
  isScheduled(document: vscode.TextDocument): boolean {
    return this.timers.has(document.uri.toString());
  }

  /** Analyses the document after the configured delay; a later call restarts the delay. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.clearTimer(key);
    this.pending.get(key)?.controller.abort();
    if (this.isTooLarge(document)) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.ensure(document);
      }, this.config.settings.analysisDelay),
    );
  }

  /**
   * True when the document is longer than the `analysis.maxFileSize` setting allows: it is not
   * analysed, and the user is told once why it has no highlights (its tags still work).
   */
  isTooLarge(document: vscode.TextDocument): boolean {
    const limit = this.config.settings.maxAnalysedLength;
    // The offset of a position past the end is the text's length, without copying the text.
    const length = document.offsetAt(new vscode.Position(document.lineCount, 0));
    if (length <= limit) return false;
    const key = document.uri.toString();
    if (!this.toldTooLarge.has(key)) {
      this.toldTooLarge.add(key);
      const mb = (n: number) => vscode.l10n.t('{0} MB', Number((n / 1024 / 1024).toFixed(1)));
      const change = vscode.l10n.t('Change the Limit');
      void vscode.window
        .showInformationMessage(
          notificationText(
            vscode.l10n.t(
              'Source Annotator: {0} has no quote, people or number highlights: at {1} it is over the {2} limit of the "Analysis: Max File Size" setting. Its tags still work.',
              fileName(document.uri),
              mb(length),
              mb(limit),
            ),
          ),
          change,
        )
        .then(choice => choice === change && vscode.commands.executeCommand('workbench.action.openSettings', 'sourceAnnotator.analysis.maxFileSize'));
    }
    return true;
  }

  /** The number of analyses of the document so far. */
  analysisCount(uri: vscode.Uri): number {
    return this.completed.get(uri.toString()) ?? 0;
  }

  /** The number of analyses of the document started so far, finished or not. */
  startedCount(uri: vscode.Uri): number {
    return this.started.get(uri.toString()) ?? 0;
  }

  /** Analyses a text that is not open in an editor (shares the paragraph cache). */
  async analyzeText(text: string): Promise<Analysis> {
    return (await this.loadAnalyzer()).analyzeAsync(text);
  }

  private loadAnalyzer(): Promise<Analyzer> {
    return (this.analyzer ??= import('../analysis/pipeline/analyzer.js').then(({ Analyzer }) => new Analyzer()));
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.clearTimer(key);
    this.pending.get(key)?.controller.abort();
    this.pending.delete(key);
    this.results.delete(key);
    this.failed.delete(key);
  }

  private async run(document: vscode.TextDocument, version: number, signal: AbortSignal): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    try {
      const analyzer = await this.loadAnalyzer();
      if (signal.aborted) return undefined;
      const analysis = await analyzer.analyzeAsync(document.getText(), { signal });
      if (signal.aborted || document.isClosed || document.version !== version) return undefined;
      const result = new DocumentAnalysis(document.uri, version, analysis, this.correctionsOf(document.uri));
      this.results.set(key, result);
      this.completed.set(key, (this.completed.get(key) ?? 0) + 1);
      this.emitter.fire(result);
      return result;
    } catch (err) {
      if (signal.aborted) return undefined;
      // A bug in the analysis must not break the editor: say it once, log it, keep the tags working.
      this.failed.set(key, version);
      this.log.error(`Analysing ${document.uri.toString(true)} (version ${version}) failed:`, err instanceof Error ? (err.stack ?? err.message) : String(err));
      if (!this.toldAboutFailure.has(key)) {
        this.toldAboutFailure.add(key);
        void vscode.window.showWarningMessage(
          notificationText(vscode.l10n.t('Source Annotator could not analyse {0}; its highlights may be missing. Details are in the "Source Annotator" output.', fileName(document.uri))),
        );
      }
      return undefined;
    } finally {
      if (this.pending.get(key)?.version === version) this.pending.delete(key);
    }
  }

  private clearTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const p of this.pending.values()) p.controller.abort();
    this.emitter.dispose();
  }
}

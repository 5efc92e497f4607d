// The analyser: splits a text into paragraph blocks, analyses each distinct block once (cached
// by its text, so an edit re-analyses only what changed), then runs the document pass. `analyze`
// is synchronous; `analyzeAsync` does the same work in slices of a few milliseconds, yielding to
// the event loop between them (Node, browser and web worker alike), and can be aborted.
import { splitBlocks, type Block } from './blocks';
import { combine } from './document';
import { LruCache } from './lruCache';
import type { ReplacedBlocks } from '../people/reuse';
import { analyzeParagraph, type ParagraphFindings, type PlacedBlock } from './paragraph';
import type { Analysis } from '../types';
import type { WorkCounter } from './documentWork';

export interface AnalyzerOptions {
  /** Paragraph blocks kept in the cache at least (default 4000); grows to hold the largest document analysed last. */
  cacheSize?: number;
  /** Counts the document pass's work (for tests of its growth with the document). */
  workCounter?: WorkCounter;
}

export interface AnalyzeAsyncOptions {
  /** Aborts the analysis: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Longest stretch of synchronous work between two yields, in ms (default 12). */
  sliceMs?: number;
}

const DEFAULT_CACHE = 4000;
/** Earlier texts remembered for incremental re-analysis (an editor switches between documents). */
const RECENT_RUNS = 4;
/** Cached blocks between two pauses when nothing needs parsing. */
const CACHED_PER_PAUSE = 512;

function yieldToEventLoop(): Promise<void> {
  return new Promise(resolve => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else if (typeof MessageChannel === 'function') {
      // Unlike setTimeout, a message is not clamped to 4 ms when nested.
      const channel = new MessageChannel();
      // Typed through a minimal interface: Node's and the DOM's MessagePort typings differ.
      const port = channel.port1 as unknown as { onmessage: (() => void) | null; close(): void };
      port.onmessage = () => {
        port.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('The analysis was aborted');
}

/** The blocks of the text analysed last, to find the unchanged ones after an edit without re-splitting. */
interface LastRun {
  text: string;
  found: PlacedBlock[];
}

export class Analyzer {
  private readonly cache: LruCache<string, ParagraphFindings>;
  private readonly minCacheSize: number;
  private readonly workCounter: WorkCounter | undefined;
  /** The latest runs, most recent first. */
  private recent: LastRun[] = [];

  constructor(options: AnalyzerOptions = {}) {
    this.minCacheSize = Math.max(1, options.cacheSize ?? DEFAULT_CACHE);
    this.cache = new LruCache(this.minCacheSize);
    this.workCounter = options.workCounter;
  }

  /** Number of paragraph blocks currently cached. */
  get cachedBlocks(): number {
    return this.cache.size;
  }

  /** Number of earlier texts remembered for incremental re-analysis (each with its findings and memos). */
  get rememberedTexts(): number {
    return this.recent.length;
  }

  analyze(text: string): Analysis {
    const steps = this.run(text);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  async analyzeAsync(text: string, options: AnalyzeAsyncOptions = {}): Promise<Analysis> {
    const { signal } = options;
    const sliceMs = options.sliceMs ?? 12;
    if (signal?.aborted) throw abortError(signal);
    const steps = this.run(text);
    let sliceStart = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - sliceStart >= sliceMs) {
        await yieldToEventLoop();
        if (signal?.aborted) throw abortError(signal);
        sliceStart = performance.now();
      }
    }
  }

  /** The whole analysis, pausing after every parsed block and between document-pass chunks. */
  private *run(text: string): Generator<void, Analysis> {
    const closest = this.closestRun(text);
    // Another document (the CLI analyses unrelated ones in a row) starts afresh: taken as an edit
    // of the last, it made the document pass try to carry people and quotes over and give up.
    const reused = closest && mostlyShared(closest, text) ? reuseUnchanged(closest.run, text, closest.prefix, closest.suffix) : null;
    if (reused && this.workCounter?.runsContinued !== undefined) this.workCounter.runsContinued++;
    const blocks = reused ? reused.changed : splitBlocks(text);
    const total = reused ? reused.before.length + blocks.length + reused.after.length : blocks.length;
    this.cache.resize(Math.max(this.minCacheSize, Math.ceil(total * 1.5)));
    let found: PlacedBlock[] = reused ? reused.before : [];
    let sincePause = 0;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      let findings = this.cache.get(block.text);
      if (!findings) {
        findings = analyzeParagraph(block.text);
        this.cache.set(block.text, findings);
        sincePause = 0;
        yield;
      } else if (++sincePause >= CACHED_PER_PAUSE) {
        sincePause = 0;
        yield;
      }
      found.push({ start: block.start, text: block.text, continuesParagraph: block.continuesParagraph, findings });
    }
    if (reused) found = found.concat(reused.after);
    // Only remembered once complete: an aborted run leaves the previous state in place.
    const previous = reused && closest ? { text: closest.run.text, blocks: closest.run.found, replaced: reused.replaced } : undefined;
    const analysis = yield* combine(text, found, previous, this.workCounter);
    // A run this one was made from by an edit is replaced by it rather than kept beside it: the
    // next keystroke starts from this run, and the last run's text, blocks and memos (a megabyte
    // document's tens of thousands of moved findings) then die young, collected cheaply, instead
    // of living through four more edits into the old generation. (Another document, which
    // shares too little to be taken as an edit, is kept.)
    const replaced = reused && closest ? closest.run : undefined;
    this.recent = [{ text, found }, ...this.recent.filter(r => r.text !== text && r !== replaced)].slice(0, RECENT_RUNS);
    return analysis;
  }

  /**
   * The remembered run sharing the longest start and end with `text` (the same document, edited),
   * with the lengths of that common start and end. The latest run is taken at once when it shares
   * most of the text, which is the case while someone types.
   */
  private closestRun(text: string): { run: LastRun; prefix: number; suffix: number } | null {
    let best: { run: LastRun; prefix: number; suffix: number } | null = null;
    for (const run of this.recent) {
      const max = Math.min(run.text.length, text.length);
      const prefix = commonPrefix(run.text, text, max);
      const suffix = commonSuffix(run.text, text, max - prefix);
      if (!best || prefix + suffix > best.prefix + best.suffix) best = { run, prefix, suffix };
      if (prefix + suffix >= text.length / 2) break;
    }
    return best;
  }
}

/** Whether `text` shares most of its characters with the remembered run (an edit of it, not another document). */
function mostlyShared(closest: { run: LastRun; prefix: number; suffix: number }, text: string): boolean {
  return 2 * (closest.prefix + closest.suffix) >= Math.max(text.length, closest.run.text.length);
}

const STRIDE = 2048;

/** Length of the common start of two strings: whole stretches compared natively, then characters. */
function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + STRIDE <= max && a.slice(i, i + STRIDE) === b.slice(i, i + STRIDE)) i += STRIDE;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of two strings, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + STRIDE <= max && a.slice(a.length - n - STRIDE, a.length - n) === b.slice(b.length - n - STRIDE, b.length - n)) n += STRIDE;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * After an edit, the blocks before and after the changed stretch are the same as last time (those
 * after it moved by the length difference): keep them, and split and look up only the paragraphs
 * around the change. Hashing a megabyte of paragraph texts for the cache would otherwise cost more
 * than re-parsing the one paragraph that changed. Returns null when it is simpler to start over.
 */
function reuseUnchanged(last: LastRun, text: string, prefix: number, suffix: number): { before: LastRun['found']; changed: Block[]; after: LastRun['found']; replaced: ReplacedBlocks } | null {
  const old = last.text;
  const found = last.found;
  if (!found.length) return null;
  const delta = text.length - old.length;
  const changeEnd = old.length - suffix;
  // Blocks touching the change, widened by one paragraph on each side (a typed or deleted blank
  // line joins or splits paragraphs) and to whole paragraphs (long ones are cut into blocks).
  let i = 0;
  while (i < found.length && found[i].start + found[i].text.length < prefix) i++;
  let j = found.length - 1;
  while (j >= 0 && found[j].start > changeEnd) j--;
  if (i > j) {
    // The change sits between blocks (in blank lines): take the neighbours.
    [i, j] = [j, i];
  }
  i = Math.max(0, i - 1);
  j = Math.min(found.length - 1, j + 1);
  while (i > 0 && found[i].continuesParagraph) i--;
  while (j + 1 < found.length && found[j + 1].continuesParagraph) j++;
  if (i < 0 || j < i) return null;
  const from = found[i].start;
  const oldTo = found[j].start + found[j].text.length;
  const to = oldTo + delta;
  if (from > prefix || oldTo < changeEnd || to < from) return null;
  const changed = splitBlocks(text.slice(from, to)).map(b => ({ ...b, start: b.start + from }));
  const after = found.slice(j + 1);
  if (delta) {
    for (let k = 0; k < after.length; k++) {
      const f = after[k];
      after[k] = { start: f.start + delta, text: f.text, continuesParagraph: f.continuesParagraph, findings: f.findings };
    }
  }
  // The document pass can carry the last run's people over when as many blocks replace as many.
  const replaced: ReplacedBlocks = { from: i, count: changed.length === j + 1 - i ? changed.length : -1, delta };
  return { before: found.slice(0, i), changed, after, replaced };
}

const shared = new Analyzer();

/** Analyses a whole text with a process-wide paragraph cache. */
export function analyze(text: string): Analysis {
  return shared.analyze(text);
}

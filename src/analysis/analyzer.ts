// The analyser: splits a text into paragraph blocks, analyses each distinct block once (cached
// by its text, so an edit re-analyses only what changed), then runs the document pass. `analyze`
// is synchronous; `analyzeAsync` does the same work in slices of a few milliseconds, yielding to
// the event loop between them (Node, browser and web worker alike), and can be aborted.
import { splitBlocks, type Block } from './blocks';
import { combine } from './document';
import { LruCache } from './lruCache';
import { analyzeParagraph, type ParagraphFindings } from './paragraph';
import type { Analysis } from './types';

export interface AnalyzerOptions {
  /** Paragraph blocks kept in the cache at least (default 4000); grows to hold the largest document analysed last. */
  cacheSize?: number;
}

export interface AnalyzeAsyncOptions {
  /** Aborts the analysis: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Longest stretch of synchronous work between two yields, in ms (default 12). */
  sliceMs?: number;
}

const DEFAULT_CACHE = 4000;
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

export class Analyzer {
  private readonly cache: LruCache<string, ParagraphFindings>;
  private readonly minCacheSize: number;

  constructor(options: AnalyzerOptions = {}) {
    this.minCacheSize = Math.max(1, options.cacheSize ?? DEFAULT_CACHE);
    this.cache = new LruCache(this.minCacheSize);
  }

  /** Number of paragraph blocks currently cached. */
  get cachedBlocks(): number {
    return this.cache.size;
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
    const blocks = splitBlocks(text);
    this.cache.resize(Math.max(this.minCacheSize, Math.ceil(blocks.length * 1.5)));
    const found: { block: Block; findings: ParagraphFindings }[] = [];
    let sincePause = 0;
    for (const block of blocks) {
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
      found.push({ block, findings });
    }
    return yield* combine(text, found);
  }
}

const shared = new Analyzer();

/** Analyses a whole text with a process-wide paragraph cache. */
export function analyze(text: string): Analysis {
  return shared.analyze(text);
}

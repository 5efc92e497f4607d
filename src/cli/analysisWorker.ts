// The worker-thread side of `analyze --jsonl --jobs N`: the CLI bundle started again as a worker
// (src/cli.ts checks `isMainThread`) analyses the documents it is sent, one at a time, with its
// own Analyzer, and answers each with its output line, already serialised, so the main thread
// only reads input and writes output.
import type { MessagePort } from 'node:worker_threads';
import { Analyzer } from '../analysis';
import { analysisLine, type JsonLinesDocument } from './jsonLinesDocuments';

export interface WorkerOptions {
  explain: boolean;
}

export interface WorkerRequest {
  seq: number;
  document: JsonLinesDocument;
}

export type WorkerReply = { seq: number; line: string; error?: undefined } | { seq: number; line?: undefined; error: string };

export function serveAnalysis(port: MessagePort, options: WorkerOptions): void {
  const analyzer = new Analyzer();
  port.on('message', ({ seq, document }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { seq, line: analysisLine(analyzer, document, options.explain) };
    } catch (err) {
      reply = { seq, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
}

// Worker threads for `analyze --jsonl --jobs N`. Each document goes to the first idle worker;
// the caller gets a promise of its output line, and keeps the output in input order itself.
import { Worker } from 'node:worker_threads';
import type { JsonLinesDocument } from './jsonLinesDocuments';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './analysisWorker';

interface Task {
  seq: number;
  document: JsonLinesDocument;
  resolve: (line: string) => void;
  reject: (error: Error) => void;
}

export class AnalysisWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: Task[] = [];
  private readonly running = new Map<number, Task>();
  private nextSeq = 0;
  private failure: Error | undefined;

  /** `script` is the CLI's own entry file: started as a worker, it serves analyses. */
  constructor(script: string, size: number, options: WorkerOptions) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: options });
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      // A worker that dies (out of memory, a bug in start-up) fails every document not yet answered.
      worker.on('error', error => this.fail(error));
      worker.on('exit', code => {
        if (code !== 0) this.fail(new Error(`an analysis worker stopped (exit code ${code})`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  analyze(document: JsonLinesDocument): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq: this.nextSeq++, document, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; documents not yet answered are dropped. */
  async close(): Promise<void> {
    this.failure ??= new Error('the analysis workers were closed');
    await Promise.all(this.all.map(worker => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop()!;
      const task = this.waiting.shift()!;
      this.running.set(task.seq, task);
      const request: WorkerRequest = { seq: task.seq, document: task.document };
      worker.postMessage(request);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const task = this.running.get(reply.seq);
    this.running.delete(reply.seq);
    this.idle.push(worker);
    if (task) {
      if (reply.error !== undefined) task.reject(new Error(`analysis failed in a worker thread: ${reply.error}`));
      else task.resolve(reply.line);
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const task of [...this.running.values(), ...this.waiting]) task.reject(error);
    this.running.clear();
    this.waiting.length = 0;
  }
}

// Process entry of the `source-annotator` command line, and of its worker threads: the same
// bundle, started by `analyze --jsonl --jobs N` as a worker, serves analyses instead.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveAnalysis, type WorkerOptions } from './cli/analysisWorker';
import { runCli } from './cli/main';

if (isMainThread) runMain();
else if (parentPort) serveAnalysis(parentPort, workerData as WorkerOptions);

function runMain(): void {
  // The reader went away (`source-annotator analyze … | head`): stop, quietly, as Unix tools do.
  // Sidecars are written before anything is printed about them, and atomically: none is cut short.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    colour: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : colour,
    cwd: process.cwd(),
    workerScript: __filename,
  }).then(
    code => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`source-annotator: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

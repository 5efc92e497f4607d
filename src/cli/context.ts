// What a CLI command may touch, passed in so tests can run commands in-process.
export interface CliContext {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether to use ANSI colours (stdout is a terminal and NO_COLOR is not set). */
  colour: boolean;
  cwd: string;
  /**
   * The CLI's entry file, started again as a worker thread by `analyze --jsonl --jobs N` (it
   * serves analyses when it is not the main thread). Without it, --jsonl stays in one thread.
   */
  workerScript?: string;
}

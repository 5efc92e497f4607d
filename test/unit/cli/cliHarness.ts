// Runs the CLI in-process with captured output, for the CLI tests.
import { Readable } from 'node:stream';
import { runCli } from '../../../src/cli/main';

/** A tag as `tags --json` and `tag --json` print it. */
export interface ListedTag {
  id: string;
  label: string;
  note: string | null;
  start: number | null;
  end: number | null;
  text: string;
  status: string;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { stdin?: string; colour?: boolean; cwd?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from([options.stdin ?? '']),
    stdout: t => void (stdout += t),
    stderr: t => void (stderr += t),
    colour: options.colour ?? false,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

// Process entry of the `source-annotator` command line.
import { runCli } from './cli/main';

const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  colour: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : colour,
  cwd: process.cwd(),
}).then(
  code => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`source-annotator: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);

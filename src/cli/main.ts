// The command dispatcher, separate from the process entry so tests can call it in-process.
import { UsageError } from './args';
import { CliError } from './io';
import { printableMessage } from './terminalText';
import { analyzeCommand, analyzeUsage } from './analyzeCommand';
import { exportCommand, exportUsage } from './exportCommand';
import { tagCommand, tagsCommand, tagsUsage, tagUsage } from './tagCommands';
import { speakersCommand, speakersUsage } from './speakersCommand';
import { correctCommand, correctionsCommand, correctionsUsage, correctUsage, verifyCommand, verifyUsage } from './correctionCommands';
import { agreementCommand, agreementUsage } from './agreementCommand';
import { gitSetupCommand, gitSetupUsage } from './gitSetupCommand';
import { mergeCommand, mergeUsage } from './mergeCommand';
import type { CliContext } from './context';

type Command = (argv: string[], ctx: CliContext) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
  analyze: { run: analyzeCommand, usage: analyzeUsage },
  tag: { run: tagCommand, usage: tagUsage },
  tags: { run: tagsCommand, usage: tagsUsage },
  correct: { run: correctCommand, usage: correctUsage },
  verify: { run: verifyCommand, usage: verifyUsage },
  corrections: { run: correctionsCommand, usage: correctionsUsage },
  export: { run: exportCommand, usage: exportUsage },
  speakers: { run: speakersCommand, usage: speakersUsage },
  'merge-sidecars': { run: mergeCommand, usage: mergeUsage },
  'git-setup': { run: gitSetupCommand, usage: gitSetupUsage },
  agreement: { run: agreementCommand, usage: agreementUsage },
};

function usage(): string {
  return `usage:\n${Object.values(commands)
    .map(c => c.usage)
    .join('\n\n')}\n`;
}

/** Runs one CLI invocation and returns the exit code. Never throws for bad input. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  // Error messages quote file names, labels and input lines: control and invisible characters
  // in them are shown as escapes, never sent raw to the user's terminal.
  const ctx: CliContext = { ...context, stderr: text => context.stderr(printableMessage(text)) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    ctx.stderr(`source-annotator: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr(`source-annotator ${name}: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (err instanceof CliError) {
      ctx.stderr(`source-annotator: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

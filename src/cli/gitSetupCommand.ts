// `source-annotator git-setup [DIR]`: makes the repository containing DIR merge sidecars with
// `merge-sidecars` (see src/annotations/gitMergeSetup.ts). The driver is this very CLI, by
// absolute paths (the Node that runs it and its script), so it works offline and from any
// folder; after moving or reinstalling the CLI, run git-setup again to update the paths.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeDriverCommand, setUpGitMerging } from '../annotations';
import { parseArgs, UsageError } from './args';
import type { CliContext } from './context';
import { CliError } from './io';
import { nodeGitAccess } from './git';

export const gitSetupUsage = `source-annotator git-setup [DIR] [--driver COMMAND]
  Makes the git repository containing DIR (default: the current folder) merge sidecars by
  annotation id: adds "*.annotations.json merge=source-annotator" to its .gitattributes and sets
  merge.source-annotator.name and .driver in its config. Running it again changes nothing.
  --driver COMMAND  the merge command git runs (default: this CLI by its absolute path,
                    node "…/dist/cli.js" merge-sidecars %O %A %B %P)`;

export async function gitSetupCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { options: ['driver'] });
  if (args.positionals.length > 1) throw new UsageError('give at most one DIR');
  const dir = resolve(ctx.cwd, args.positionals[0] ?? '.');
  const driver = args.options.get('driver') ?? mergeDriverCommand(process.execPath, thisScript());
  let report;
  try {
    report = await setUpGitMerging(nodeGitAccess, dir, driver);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  if (!report.changes.length) ctx.stdout(`Git merging for sidecars is already set up in ${report.repository}; nothing changed.\n`);
  else ctx.stdout(`Set up git merging for sidecars in ${report.repository}:\n${report.changes.map(c => `  - ${c}\n`).join('')}Commit .gitattributes so that everyone's clone uses it; each clone runs git-setup once for the config.\n`);
  return 0;
}

/** The CLI script being run, by its real path (a symlink from npm's bin folder resolved). */
function thisScript(): string {
  const script = process.argv[1];
  if (!script) throw new CliError('cannot tell where this CLI is installed; pass --driver');
  return realpathSync(script);
}

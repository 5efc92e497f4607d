// Who the CLI records as the creator of the annotations it makes: --annotator NAME ("Name" or
// "Name <email>"), else the git user of the folder the command runs in, else nobody. Every
// command that creates annotations (tag, correct, verify) calls `resolveAnnotator`.
import { creatorFromGit, parseCreator, type Creator } from '../annotations';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { runGit } from './git';

/** The option every annotating command accepts (add it to the command's parseArgs options). */
export const ANNOTATOR_OPTION = 'annotator';

export const annotatorUsage = `  --annotator NAME  who made it: "Name" or "Name <email>" (default: git's user.name and user.email)`;

export async function resolveAnnotator(args: ParsedArgs, cwd: string): Promise<Creator | undefined> {
  const given = args.options.get(ANNOTATOR_OPTION);
  if (given !== undefined) {
    const creator = parseCreator(given);
    if (!creator) throw new UsageError('--annotator needs a name');
    return creator;
  }
  return gitUser(cwd);
}

/** git's user.name and user.email as seen from `cwd` (repository config, then global); undefined without git. */
export async function gitUser(cwd: string): Promise<Creator | undefined> {
  const [name, email] = await Promise.all([runGit(['config', 'user.name'], cwd), runGit(['config', 'user.email'], cwd)]);
  return creatorFromGit(name.code === 0 ? name.stdout : undefined, email.code === 0 ? email.stdout : undefined);
}

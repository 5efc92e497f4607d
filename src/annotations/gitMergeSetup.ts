// Setting up a repository so that git merges sidecars with our merge driver instead of as text:
// one line in .gitattributes and two config keys. Shared by `source-annotator git-setup` and the
// editor's "Set Up Git Merging for Sidecars"; each passes its own way to run git and to read and
// write a file (Node's child_process in both, but reached differently), so no Node import here.
// Idempotent: what is already there is left alone, and a second run reports nothing to do.

/** The driver's name in .gitattributes and in `merge.<name>.driver`. */
export const MERGE_DRIVER = 'source-annotator';

/** The line that routes every sidecar through the driver. */
export const GIT_ATTRIBUTES_LINE = `*.annotations.json merge=${MERGE_DRIVER}`;

export interface GitAccess {
  /** Runs git with `args` in `cwd`; never throws for a non-zero exit. */
  git(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }>;
  /** A file's text, or undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  writeText(path: string, text: string): Promise<void>;
}

export interface GitSetupReport {
  /** The repository's top folder. */
  readonly repository: string;
  /** What was changed, one sentence each; empty when everything was already set up. */
  readonly changes: readonly string[];
}

/**
 * The driver command git runs (through sh, also on Windows): `runtime` and `cli` are absolute
 * paths, quoted for sh, so the command works from any folder and without a network (unlike
 * `npx`). `env` is prepended as sh assignments (the editor needs ELECTRON_RUN_AS_NODE=1 to run
 * VS Code's own binary as Node).
 */
export function mergeDriverCommand(runtime: string, cli: string, env: Readonly<Record<string, string>> = {}): string {
  const assignments = Object.entries(env).map(([k, v]) => `${k}=${shQuote(v)} `);
  return `${assignments.join('')}${shQuote(runtime)} ${shQuote(cli)} merge-sidecars %O %A %B %P`;
}

function shQuote(text: string): string {
  return `"${text.replace(/["$`\\]/g, c => `\\${c}`)}"`;
}

/** Sets up the repository that contains `dir`; throws an Error with a message for the user when `dir` is not in one. */
export async function setUpGitMerging(access: GitAccess, dir: string, driverCommand: string): Promise<GitSetupReport> {
  const top = await access.git(['rev-parse', '--show-toplevel'], dir);
  if (top.code !== 0) throw new Error(`${dir} is not inside a git repository (${top.stderr.trim() || `git exited with ${top.code}`})`);
  const repository = top.stdout.trim();
  const changes: string[] = [];
  const attributesPath = `${repository}/.gitattributes`;
  const attributes = await access.readText(attributesPath);
  if (attributes === undefined) {
    await access.writeText(attributesPath, GIT_ATTRIBUTES_LINE + '\n');
    changes.push(`created .gitattributes with "${GIT_ATTRIBUTES_LINE}"`);
  } else if (!attributes.split(/\r?\n/).some(line => line.trim().split(/\s+/).join(' ') === GIT_ATTRIBUTES_LINE)) {
    const separator = attributes === '' || attributes.endsWith('\n') ? '' : '\n';
    await access.writeText(attributesPath, attributes + separator + GIT_ATTRIBUTES_LINE + '\n');
    changes.push(`added "${GIT_ATTRIBUTES_LINE}" to .gitattributes`);
  }
  const wanted: [string, string][] = [
    [`merge.${MERGE_DRIVER}.name`, 'Source Annotator sidecar merge (by annotation id)'],
    [`merge.${MERGE_DRIVER}.driver`, driverCommand],
  ];
  for (const [key, value] of wanted) {
    const current = await access.git(['config', '--local', '--get', key], repository);
    if (current.code === 0 && current.stdout.replace(/\r?\n$/, '') === value) continue;
    const set = await access.git(['config', '--local', key, value], repository);
    if (set.code !== 0) throw new Error(`git config ${key} failed: ${set.stderr.trim()}`);
    changes.push(`set ${key} to ${value}`);
  }
  return { repository, changes };
}

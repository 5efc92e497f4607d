// `source-annotator speakers`: who said what across articles, with each article's corrections
// and verdicts applied and the same person in several articles counted once (by canonical name).
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Analyzer } from '../analysis';
import { applyCorrections } from '../annotations';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../common/encoding';
import { matchesGlob } from '../common/glob';
import { LineIndex } from '../common/lineIndex';
import { excerpt, plural } from '../common/text';
import { summarizeSourcing, type SourcedArticle, type SourcedQuote, type SourcingSummary } from '../export';
import { parseArgs, sizeOption, UsageError } from './args';
import type { CliContext } from './context';
import { CliError, readDocumentText } from './io';
import { readDocumentCorrections } from './sidecarCorrections';
import { jsonLine, printable } from './terminalText';

/** The file types of the editor's default `articles.include`, matched anywhere under a folder. */
const DEFAULT_INCLUDE = '**/*.{txt,md}';

export const speakersUsage = `source-annotator speakers PATH... [--json]
  Every speaker across the articles, with their quotes: the corrections and verdicts saved in
  each article's sidecar applied, the same person in several articles counted once. PATH is an
  article, or a folder whose articles (files matching --include, in any subfolder) are read.
  --json   {"articles", "quotes", "quotedWords", "unattributed", "verdicts", "speakers": [{"name",
           "quotedWords", "articles", "quotes": [{"article","start","end","text","words","status",
           "corrected"}]}]}; "unattributed" lists the quotes without a speaker
  --include GLOB  which files of a folder are articles, matched against the whole path as the
           editor's "articles.include" setting is (default "${DEFAULT_INCLUDE}")
  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  skip articles larger than this (default 20MB)`;

export async function speakersCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['include', 'suffix', 'max-size'] });
  if (!args.positionals.length) throw new UsageError('give at least one PATH (an article or a folder)');
  const maxSize = sizeOption(args, 'max-size', DEFAULT_MAX_DOCUMENT_SIZE);
  const include = args.options.get('include') ?? DEFAULT_INCLUDE;
  let status = 0;
  const fail = (err: unknown) => {
    if (!(err instanceof CliError)) throw err;
    ctx.stderr(`source-annotator: ${err.message}\n`);
    status = 1;
  };
  const files: string[] = [];
  for (const given of args.positionals) {
    try {
      files.push(...(await articlesAt(resolve(ctx.cwd, given), given, include)));
    } catch (err) {
      fail(err);
    }
  }
  const analyzer = new Analyzer();
  const articles: SourcedArticle[] = [];
  const lines = new Map<string, LineIndex>();
  for (const path of [...new Set(files)]) {
    const name = relative(ctx.cwd, path) || path;
    try {
      const text = await readDocumentText(path, maxSize);
      const { corrections, verifications } = await readDocumentCorrections(path, text, args.options.get('suffix'));
      articles.push({ name, analysis: applyCorrections(analyzer.analyze(text), corrections, verifications) });
      lines.set(name, new LineIndex(text));
    } catch (err) {
      fail(err);
    }
  }
  const summary = summarizeSourcing(articles);
  ctx.stdout(args.flags.has('json') ? jsonLine(summary) : renderSpeakers(summary, lines));
  return status;
}

/** The article files at `path`: the file itself, or a folder's files matching `include`, sorted. */
async function articlesAt(path: string, given: string, include: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${given}: ${code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      // Hidden folders (.git, .vscode) and dependencies hold no articles.
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && matchesGlob(include, full.split(sep).join('/'))) found.push(full);
    }
  };
  await walk(path);
  return found.sort();
}

function renderSpeakers(summary: SourcingSummary, lines: ReadonlyMap<string, LineIndex>): string {
  const out: string[] = [];
  const verdicts = Object.entries(summary.verdicts)
    .filter(([s, n]) => n && s !== 'unverified')
    .map(([s, n]) => `${n} ${s}`);
  out.push(
    `${plural(summary.articles, 'article')}: ${plural(summary.quotes, 'quote')} (${plural(summary.quotedWords, 'quoted word')}) from ${plural(summary.speakers.length, 'speaker')}, ` +
      `${summary.unattributed.length} without a speaker; ${verdicts.length ? verdicts.join(', ') + ', ' : ''}${summary.verdicts.unverified} unverified`,
  );
  const quoteLine = (q: SourcedQuote) => {
    const marks = [q.corrected && 'corrected', q.status !== 'unverified' && q.status].filter(Boolean);
    return `    ${q.article}:${lines.get(q.article)?.lineNumber(q.start) ?? '?'}  ${excerpt(q.text, 80)}${marks.length ? ` [${marks.join(', ')}]` : ''}`;
  };
  for (const s of summary.speakers) {
    out.push(`${s.name}: ${plural(s.quotes.length, 'quote')}, ${plural(s.quotedWords, 'word')}, in ${s.articles.join(', ')}`);
    for (const q of s.quotes) out.push(quoteLine(q));
  }
  if (summary.unattributed.length) {
    out.push(`Without a speaker (${summary.unattributed.length})`);
    for (const q of summary.unattributed) out.push(quoteLine(q));
  }
  return out.map(printable).join('\n') + '\n';
}

// `source-annotator correct`, `verify` and `corrections`: record the user's correction of the
// analysis, or a verdict on a quote, exactly as the editor does (the same TagSession and model),
// and list a document's corrections and verdicts as they anchor to its current text.
import { Analyzer } from '../analysis';
import { applyCorrections, TagInputError, type AnchorStatus, type Correction, type Verification } from '../annotations';
import { dirname, resolve } from 'node:path';
import { ANNOTATOR_OPTION, annotatorUsage, resolveAnnotator } from './annotator';
import { intOption, parseArgs, UsageError } from './args';
import type { CliContext } from './context';
import { openDocumentTags, quoted, rangeText, recordAndSave } from './tagCommands';
import { jsonLine, printable } from './terminalText';

const COMMON = `  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  refuse a FILE larger than this (default 20MB)`;

export const correctUsage = `source-annotator correct FILE --start S --end E --as person|quote|number|none [--entity NAME] [--speaker NAME | --no-speaker] [--note TEXT] [--json]
  Records a correction of the analysis at FILE's text from S to E (UTF-16 code units) in
  FILE.annotations.json, as the editor's correction commands do. It wins over the analysis:
  --as none      whatever the analysis found at exactly that span is not there
  --as person    the span mentions a person (--entity NAME: which one)
  --as quote     the span is a quote (--speaker NAME: by whom; --no-speaker: speaker unknown)
  --as number    the span is a number
  A new correction of the same span replaces the earlier one.
  --json         print the correction as JSON
${annotatorUsage}
${COMMON}`;

export const verifyUsage = `source-annotator verify FILE --start S --end E --status unverified|verified|disputed|false|misattributed [--source URL] [--note TEXT] [--json]
  Records a verdict on the quote at S..E (a quote of the analysis, as corrected); a new verdict
  on the same quote replaces the earlier one.
  --source URL   the primary source (a transcript, a video, a document)
${annotatorUsage}
${COMMON}`;

export const correctionsUsage = `source-annotator corrections FILE [--json]
  Lists FILE's corrections and verdicts as they anchor to its current text. Writes nothing.
  --json   {"corrections": [{"id","as","start","end","text","entity"?,"speaker"?,"status"}],
            "verifications": [{"id","verdict","start","end","text","source"?,"note"?,"status"}]};
           status is how it anchors now (exact, moved, fuzzy, orphaned), as for tags
${COMMON}`;

const OPTIONS = ['start', 'end', 'note', 'suffix', 'max-size', ANNOTATOR_OPTION];

export async function correctCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'no-speaker'], options: [...OPTIONS, 'as', 'entity', 'speaker'] });
  const range = { start: intOption(args, 'start'), end: intOption(args, 'end') };
  const as = args.options.get('as');
  if (as === undefined) throw new UsageError('--as is required (person, quote, number or none)');
  if (args.flags.has('no-speaker') && args.options.has('speaker')) throw new UsageError('give --speaker NAME or --no-speaker, not both');
  const speaker = args.flags.has('no-speaker') ? null : args.options.get('speaker');
  const creator = await resolveAnnotator(args, dirname(resolve(ctx.cwd, args.positionals[0] ?? '.')));
  const { text, session, result } = await openDocumentTags(args, ctx, { readOnly: false, creator });
  const input = { as, entity: args.options.get('entity'), ...(speaker !== undefined ? { speaker } : {}), note: args.options.get('note'), ...range };
  const correction = await recordAndSave('correct', ctx, session, result, () => session.model.correct(input, text));
  if (!correction) return 2;
  if (args.flags.has('json')) ctx.stdout(jsonLine({ correction: listedCorrection(correction), sidecar: session.sidecarLocation }));
  else ctx.stdout(printable(`Corrected ${rangeText(correction)} ${quoted(correction.quote.exact)}: ${describeCorrection(correction)} (${correction.id}) in ${session.sidecarLocation}`) + '\n');
  return 0;
}

export async function verifyCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: [...OPTIONS, 'status', 'source'] });
  const range = { start: intOption(args, 'start'), end: intOption(args, 'end') };
  const status = args.options.get('status');
  if (status === undefined) throw new UsageError('--status is required (unverified, verified, disputed, false or misattributed)');
  const creator = await resolveAnnotator(args, dirname(resolve(ctx.cwd, args.positionals[0] ?? '.')));
  const { text, session, result } = await openDocumentTags(args, ctx, { readOnly: false, creator });
  const verdict = await recordAndSave('verify', ctx, session, result, () => {
    // A verdict is about a quote: the quotes as the user sees them, corrections applied.
    const quotes = applyCorrections(new Analyzer().analyze(text), session.model.corrections).quotes;
    if (!quotes.some(q => q.start === range.start && q.end === range.end)) {
      const near = quotes.filter(q => q.start < range.end && range.start < q.end).map(q => `${q.start}–${q.end}`);
      throw new TagInputError(`${range.start}–${range.end} is not the span of a quote${near.length ? ` (quotes there: ${near.join(', ')})` : ''}; \`analyze\` lists the quotes, and \`correct --as quote\` marks one the analysis missed`);
    }
    return session.model.verify({ status, source: args.options.get('source'), note: args.options.get('note'), ...range }, text);
  });
  if (!verdict) return 2;
  if (args.flags.has('json')) ctx.stdout(jsonLine({ verification: listedVerification(verdict), sidecar: session.sidecarLocation }));
  else ctx.stdout(printable(`Verdict on ${rangeText(verdict)} ${quoted(verdict.quote.exact)}: ${verdict.status}${verdict.source ? ` (${verdict.source})` : ''} (${verdict.id}) in ${session.sidecarLocation}`) + '\n');
  return 0;
}

export async function correctionsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['suffix', 'max-size'] });
  const { session } = await openDocumentTags(args, ctx, { readOnly: true });
  const { corrections, verifications } = session.model;
  if (args.flags.has('json')) {
    ctx.stdout(jsonLine({ corrections: corrections.map(listedCorrection), verifications: verifications.map(listedVerification) }));
    return 0;
  }
  const rows = [
    ...corrections.map(c => ({ item: c, what: describeCorrection(c) })),
    ...verifications.map(v => ({ item: v, what: `verdict: ${v.status}${v.source ? ` (${v.source})` : ''}` })),
  ];
  const width = Math.max(0, ...rows.map(r => rangeText(r.item).length));
  for (const { item, what } of rows) {
    ctx.stdout(printable(`${item.anchor.padEnd(8)} ${rangeText(item).padEnd(width)}  ${what}: ${quoted(item.quote.exact)}${item.note ? `  — ${item.note.replace(/\s+/g, ' ')}` : ''}`) + '\n');
  }
  ctx.stdout(`${count(corrections.length, 'correction')}, ${count(verifications.length, 'verdict')}\n`);
  return 0;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function describeCorrection(c: Correction): string {
  if (c.as === 'none') return 'not a person, quote or number';
  if (c.as === 'person') return c.entity ? `person “${c.entity}”` : 'a person';
  if (c.as === 'quote') return c.speaker === null ? 'quote, speaker unknown' : c.speaker ? `quote by “${c.speaker}”` : 'a quote';
  return 'a number';
}

interface ListedPlace {
  start: number | null;
  end: number | null;
  text: string;
  status: AnchorStatus;
}

function place(a: Correction | Verification): ListedPlace {
  const orphaned = a.anchor === 'orphaned';
  return { start: orphaned ? null : a.start, end: orphaned ? null : a.end, text: a.quote.exact, status: a.anchor };
}

/** The CLI's JSON shape of a correction. */
function listedCorrection(c: Correction) {
  return { id: c.id, as: c.as, ...place(c), ...(c.entity !== undefined ? { entity: c.entity } : {}), ...(c.speaker !== undefined ? { speaker: c.speaker } : {}), ...(c.note !== undefined ? { note: c.note } : {}) };
}

function listedVerification(v: Verification) {
  return { id: v.id, verdict: v.status, ...place(v), ...(v.source !== undefined ? { source: v.source } : {}), ...(v.note !== undefined ? { note: v.note } : {}) };
}

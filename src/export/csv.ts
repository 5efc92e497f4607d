// Tags as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF between records),
// one row per tag. Offsets are UTF-16 code units like everywhere else in the tool; an
// orphaned tag has empty offsets and its last known text. The last column, "verdict", is the
// status recorded for the quote the tag lies in ("verified", "false"…), empty when there is
// none: a fact-checker's "claim" tags come out with their verdicts.
//
// Spreadsheets execute cells that start with "=", "@", "+" or "-" as formulas, and a tagged
// quote is untrusted text; such cells get a leading apostrophe (the usual CSV-injection
// defence), except plain signed numbers like "-5" or "+3.5%", which are common in articles.
import { describeQuote, type Tag, type Verification } from '../annotations';
import type { ExportInput } from './exportInput';

export const CSV_COLUMNS = ['id', 'label', 'note', 'entity', 'status', 'start', 'end', 'text', 'prefix', 'suffix', 'created', 'modified', 'verdict'] as const;

export function exportCsv(input: ExportInput): string {
  const verdicts = (input.verifications ?? []).filter(v => v.anchor !== 'orphaned');
  const rows = input.tags.map(tag => [...row(tag, input.text), verdictOf(tag, verdicts)]);
  return [CSV_COLUMNS.join(','), ...rows.map(r => r.map(field).join(','))].join('\r\n') + '\r\n';
}

function row(tag: Tag, text: string): (string | number)[] {
  const orphaned = tag.anchor === 'orphaned';
  const quote = orphaned ? tag.quote : describeQuote(text, tag.start, tag.end);
  return [tag.id, tag.label, tag.note ?? '', tag.entity ?? '', tag.anchor, orphaned ? '' : tag.start, orphaned ? '' : tag.end, quote.exact, quote.prefix, quote.suffix, tag.created, tag.modified];
}

/** The status of the innermost verified span holding the tag (the latest verdict on it). */
function verdictOf(tag: Tag, verdicts: readonly Verification[]): string {
  if (tag.anchor === 'orphaned') return '';
  let found: Verification | undefined;
  for (const v of verdicts) {
    if (v.start > tag.start || v.end < tag.end) continue;
    const narrower = found && v.end - v.start < found.end - found.start;
    const sameButNewer = found && v.end - v.start === found.end - found.start && v.modified > found.modified;
    if (!found || narrower || sameButNewer) found = v;
  }
  return found?.status ?? '';
}

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = value;
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d.,]+%?$/.test(text))) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

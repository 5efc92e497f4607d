// Tags as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF between records),
// one row per tag. Offsets are UTF-16 code units like everywhere else in the tool; an
// orphaned tag has empty offsets and its last known text.
//
// Spreadsheets execute cells that start with "=", "@", "+" or "-" as formulas, and a tagged
// quote is untrusted text; such cells get a leading apostrophe (the usual CSV-injection
// defence), except plain signed numbers like "-5" or "+3.5%", which are common in articles.
import { describeQuote, type Tag } from '../annotations';
import type { ExportInput } from './exportInput';

export const CSV_COLUMNS = ['id', 'label', 'note', 'entity', 'status', 'start', 'end', 'text', 'prefix', 'suffix', 'created', 'modified'] as const;

export function exportCsv(input: ExportInput): string {
  const rows = input.tags.map(tag => row(tag, input.text));
  return [CSV_COLUMNS.join(','), ...rows.map(r => r.map(field).join(','))].join('\r\n') + '\r\n';
}

function row(tag: Tag, text: string): (string | number)[] {
  const orphaned = tag.anchor === 'orphaned';
  const quote = orphaned ? tag.quote : describeQuote(text, tag.start, tag.end);
  return [tag.id, tag.label, tag.note ?? '', tag.entity ?? '', tag.anchor, orphaned ? '' : tag.start, orphaned ? '' : tag.end, quote.exact, quote.prefix, quote.suffix, tag.created, tag.modified];
}

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = value;
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d.,]+%?$/.test(text))) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

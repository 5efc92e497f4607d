// Renders an analysed article for a person at a terminal: the text with its highlights
// (ANSI colours when the output is a terminal, bracket marks otherwise), then a summary. Text
// from the article goes through `printable`: only our own colour codes reach the terminal.
import type { Analysis } from '../analysis';
import { excerpt, plural } from '../common/text';
import { printable } from './terminalText';

type Kind = 'quote' | 'person' | 'number';

const COLOURS: Record<Kind, [string, string]> = {
  quote: ['\x1b[32m', '\x1b[39m'], // green text
  person: ['\x1b[1;36m', '\x1b[22;39m'], // bold cyan
  number: ['\x1b[35m', '\x1b[39m'], // magenta
};
const MARKS: Record<Kind, [string, string]> = {
  quote: ['', ''], // quotes already carry their quotation marks
  person: ['[', ']'],
  number: ['{', '}'],
};

interface Boundary {
  at: number;
  open: boolean;
  kind: Kind;
}

/** The article text with each highlight wrapped in colour codes or plain-text marks. */
export function renderHighlights(text: string, analysis: Analysis, colour: boolean): string {
  const spans: { start: number; end: number; kind: Kind }[] = [
    ...analysis.quotes.map(s => ({ start: s.start, end: s.end, kind: 'quote' as const })),
    ...analysis.people.map(s => ({ start: s.start, end: s.end, kind: 'person' as const })),
    ...analysis.numbers.map(s => ({ start: s.start, end: s.end, kind: 'number' as const })),
  ];
  const bounds: Boundary[] = [];
  for (const s of spans) bounds.push({ at: s.start, open: true, kind: s.kind }, { at: s.end, open: false, kind: s.kind });
  // Close before open at the same offset so adjacent highlights don't nest.
  bounds.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
  const open = new Map<Kind, number>();
  let out = '';
  let pos = 0;
  for (const b of bounds) {
    out += printable(text.slice(pos, b.at));
    pos = b.at;
    const depth = open.get(b.kind) ?? 0;
    open.set(b.kind, depth + (b.open ? 1 : -1));
    if (colour) {
      if (b.open && depth === 0) out += COLOURS[b.kind][0];
      if (!b.open && depth === 1) out += COLOURS[b.kind][1] + reopen(open);
    } else {
      out += b.open ? MARKS[b.kind][0] : MARKS[b.kind][1];
    }
  }
  return out + printable(text.slice(pos));
}

// After closing one colour, restore the colour of a still-open enclosing highlight.
function reopen(open: Map<Kind, number>): string {
  for (const kind of ['quote', 'number', 'person'] as const) if ((open.get(kind) ?? 0) > 0) return COLOURS[kind][0];
  return '';
}

/** What the summary says of an item the user corrected or gave a verdict (nothing for the analysis alone). */
function marks(found: object): string {
  const item = found as { origin?: string; verification?: { status: string } };
  const parts = [item.origin === 'correction' && 'corrected', item.verification && item.verification.status].filter(Boolean);
  return parts.length ? ` [${parts.join(', ')}]` : '';
}

/**
 * A short summary: the people with their mentions, the quotes with their speakers, the numbers;
 * items of a corrected analysis that a correction made or changed are marked "[corrected]",
 * quotes with a verdict show it ("[verified]").
 */
export function renderSummary(analysis: Analysis, colour: boolean): string {
  const bold = (s: string) => (colour ? `\x1b[1m${s}\x1b[22m` : s);
  const lines: string[] = [];
  const { article } = analysis;
  const facts = [article.date && `date ${article.date}`, article.dateline && `dateline ${article.dateline}`, article.author && `author ${article.author}`].filter(Boolean);
  if (facts.length) lines.push(printable(facts.join(', ')));
  lines.push(bold(`People (${analysis.entities.length})`));
  for (const e of analysis.entities) {
    const about = [e.title, e.role, e.age !== undefined ? `age ${e.age}` : undefined].filter(Boolean).join('; ');
    const corrected = e.mentions.filter(i => (analysis.people[i] as { origin?: string }).origin === 'correction').length;
    lines.push(printable(`  ${e.name}${about ? ` (${about})` : ''}: ${plural(e.mentions.length, 'mention')}, ${plural(e.quotes.length, 'quote')}${corrected ? ` [${corrected} corrected]` : ''}`));
  }
  lines.push(bold(`Quotes (${analysis.quotes.length})`));
  for (const q of analysis.quotes) lines.push(printable(`  ${q.speaker ?? 'unattributed'}: ${excerpt(q.text, 70)}${marks(q)}`));
  lines.push(bold(`Numbers (${analysis.numbers.length})`));
  for (const n of analysis.numbers) lines.push(printable(`  ${n.text} = ${n.date ?? n.value ?? '?'}${n.unit ? ` ${n.unit}` : ''} (${n.kind})${marks(n)}`));
  return lines.join('\n');
}

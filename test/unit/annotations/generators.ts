// fast-check generators for texts, tags and edits shaped like news articles: a small
// vocabulary (so words and phrases repeat, as names and stock phrases do in articles),
// paragraphs, non-ASCII text and occasional CRLF-free line breaks.
import fc from 'fast-check';
import type { ContentChange } from '../../../src/annotations/types';

const WORDS = [
  'the', 'said', 'Wei', 'Trump', 'China', 'fentanyl', 'officials', 'on', 'Friday', 'of', 'in', 'a', 'report',
  '“no', 'evidence”', '50%', '2017', 'Pékin', '北京', '😀', 'and', 'to', 'drug', 'agency', 'Ho', 'US', 'million',
];

export const word = fc.constantFrom(...WORDS);

/** A paragraph of 3–25 words. */
export const paragraph = fc.array(word, { minLength: 3, maxLength: 25 }).map(ws => ws.join(' ') + '.');

/** An article: paragraphs separated by blank lines. */
export const articleText = fc.array(paragraph, { minLength: 1, maxLength: 12 }).map(ps => ps.join('\n\n'));

/** Some text to insert: a few words, sometimes a whole paragraph. */
export const insertion = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 6 }).map(ws => ws.join(' ') + ' '),
  paragraph.map(p => p + '\n\n'),
  fc.constantFrom(' ', 'x', '\n', '😀', 'é'),
);

/** Where a tag goes, as fractions of the text, turned into a range by `rangeIn`. */
export const rangeSeed = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 60 }) });

/** A non-empty range of `text` that does not split surrogate pairs and is not all white space. */
export function rangeIn(text: string, seed: { at: number; length: number }): { start: number; end: number } | undefined {
  let start = Math.min(text.length - 1, Math.floor(seed.at * text.length));
  let end = Math.min(text.length, start + seed.length);
  if (start < 0) return undefined;
  if (isLow(text, start)) start--;
  if (isLow(text, end)) end++;
  if (end <= start || !text.slice(start, end).trim()) return undefined;
  return { start, end };
}

function isLow(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && c >= 0xdc00 && c <= 0xdfff;
}

/**
 * An edit as seeds, turned into concrete changes for a given text by `changesFor`: insertions,
 * deletions, replacements, duplicating a stretch of text elsewhere, and moving a paragraph.
 */
export const editSeed = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: insertion }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 30 }), text: insertion }),
  fc.record({ kind: fc.constant('duplicate' as const), from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 80 }), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('move-paragraph' as const), which: fc.nat(), to: fc.nat() }),
);

export type EditSeed = typeof editSeed extends fc.Arbitrary<infer T> ? T : never;

/** The edit as changes valid one after another, like VS Code's contentChanges. */
export function changesFor(text: string, seed: EditSeed): ContentChange[] {
  const at = (f: number) => snap(text, Math.floor(f * text.length));
  switch (seed.kind) {
    case 'insert':
      return [{ rangeOffset: at(seed.at), rangeLength: 0, text: seed.text }];
    case 'delete': {
      const start = at(seed.at);
      return [{ rangeOffset: start, rangeLength: snap(text, Math.min(text.length, start + seed.length)) - start, text: '' }];
    }
    case 'replace': {
      const start = at(seed.at);
      return [{ rangeOffset: start, rangeLength: snap(text, Math.min(text.length, start + seed.length)) - start, text: seed.text }];
    }
    case 'duplicate': {
      const from = at(seed.from);
      const copy = text.slice(from, snap(text, Math.min(text.length, from + seed.length)));
      return [{ rangeOffset: at(seed.to), rangeLength: 0, text: copy }];
    }
    case 'move-paragraph': {
      const paragraphs = [...text.matchAll(/[^\n]+(\n\n|$)/g)].map(m => ({ start: m.index, text: m[0] }));
      if (paragraphs.length < 2) return [];
      const moved = paragraphs[seed.which % paragraphs.length];
      const afterDelete = text.slice(0, moved.start) + text.slice(moved.start + moved.text.length);
      const rest = paragraphs.filter(p => p !== moved).map(p => (p.start > moved.start ? p.start - moved.text.length : p.start));
      const target = [...rest, afterDelete.length][seed.to % (rest.length + 1)];
      const inserted = moved.text.endsWith('\n\n') ? moved.text : '\n\n' + moved.text;
      return [
        { rangeOffset: moved.start, rangeLength: moved.text.length, text: '' },
        { rangeOffset: target, rangeLength: 0, text: inserted },
      ];
    }
  }
}

/** Moves an offset off the middle of a surrogate pair. */
function snap(text: string, offset: number): number {
  return isLow(text, offset) ? offset - 1 : offset;
}

export function applyChanges(text: string, changes: readonly ContentChange[]): string {
  for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  return text;
}

/**
 * Follows a range through changes for the test's own bookkeeping: undefined once a change
 * touches it (including its edges), else its shifted position.
 */
export function untouched(range: { start: number; end: number }, changes: readonly ContentChange[]): { start: number; end: number } | undefined {
  let { start, end } = range;
  for (const c of changes) {
    const s = c.rangeOffset;
    const e = c.rangeOffset + c.rangeLength;
    if (e < start) {
      start += c.text.length - c.rangeLength;
      end += c.text.length - c.rangeLength;
    } else if (s > end) {
      continue;
    } else {
      return undefined;
    }
  }
  return { start, end };
}

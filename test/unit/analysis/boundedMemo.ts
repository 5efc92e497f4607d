// The text memos (word chunks, pre-tagger states) start afresh past their bound, so that a long
// document of rare words cannot grow them without end. This feeds one memo more new words than
// its bound, 500 to a paragraph, and checks that it stayed within it and still remembers.
import * as assert from 'node:assert/strict';

export interface BoundedMemo {
  bound: number;
  clear: () => void;
  size: () => number;
  /** Parses a paragraph with the memo in use. */
  parse: (text: string) => unknown;
}

export function assertStaysBoundedOnNewWords(memo: BoundedMemo): void {
  memo.clear();
  const words = Array.from({ length: memo.bound + 500 }, (_, i) => `w${i.toString(36)}q`);
  for (let i = 0; i < words.length; i += 500) memo.parse(words.slice(i, i + 500).join(' '));
  assert.ok(memo.size() <= memo.bound, `${memo.size()} remembered`);
  assert.ok(memo.size() > 0);
  memo.clear();
}

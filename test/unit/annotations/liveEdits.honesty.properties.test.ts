// Property tests of what tags claim after a change in the editor replaces their whole line (a
// formatter, a paste over the line, VS Code reloading a file changed on disk line by line):
// never a confident place (`exact` or `moved`) at another copy of the tagged text, and an
// untouched tagged text still found at its own place when a copy of it joins the line.
//
// Each case is an article of lines from a small vocabulary (so words repeat, as names and stock
// phrases do in news) with a tag on a few whole words of one line. That line, sometimes with
// its neighbours (VS Code replaces adjacent changed lines as one change), is replaced: with
// the tagged words corrected, with another line (which may hold a copy of them), or with the
// same words plus a copy of the tagged text away from it. 3 × 2000 cases by default.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentTags } from '../../../src/annotations/documentTags';
import { describeQuote } from '../../../src/annotations/quote';
import { QUOTE_CONTEXT_LENGTH, type ContentChange } from '../../../src/annotations/types';
import { applyChanges, word } from './generators';
import { assertNotConfidentlyWrong, corrected, correction, describeScenarios, keepsASideElsewhere, looksMoved } from './honesty';

const RUNS = Number(process.env.HONESTY_RUNS ?? 2000);

const line = fc.array(word, { minLength: 3, maxLength: 24 });
const article = fc.record({
  lines: fc.array(line, { minLength: 2, maxLength: 8 }),
  blank: fc.boolean(),
  tag: fc.record({ line: fc.nat(), word: fc.nat(), words: fc.integer({ min: 1, max: 4 }) }),
  /** How many lines before and after the tagged one the change also covers (unchanged). */
  span: fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })),
});
type Article = typeof article extends fc.Arbitrary<infer T> ? T : never;

/** The article's text, and where its tagged words, its tagged line and the replaced lines are. */
function layout(a: Article) {
  const lines = a.lines.map(ws => ws.join(' ') + '.');
  const separator = a.blank ? '\n\n' : '\n';
  const which = a.tag.line % lines.length;
  const words = a.lines[which];
  const first = a.tag.word % words.length;
  const count = Math.min(a.tag.words, words.length - first);
  const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.length + separator.length, 0));
  const head = words.slice(0, first).join(' ');
  const start = starts[which] + head.length + (first ? 1 : 0);
  const tagged = words.slice(first, first + count).join(' ');
  const from = Math.max(0, which - a.span[0]);
  const to = Math.min(lines.length - 1, which + a.span[1]);
  return { text: lines.join(separator), lines, separator, which, words, first, count, tagged, start, end: start + tagged.length, replaced: { start: starts[from], end: starts[to] + lines[to].length, from, to } };
}

/** Tags the words, replaces the lines with `newLine` standing for the tagged one, and returns the tag as the live path left it. */
function replaceTaggedLine(l: ReturnType<typeof layout>, newLine: string) {
  const model = new DocumentTags();
  const added = model.add({ label: 'tagged', start: l.start, end: l.end }, l.text);
  const replacement = l.lines.slice(l.replaced.from, l.replaced.to + 1).map((x, i) => (l.replaced.from + i === l.which ? newLine : x)).join(l.separator);
  const change: ContentChange = { rangeOffset: l.replaced.start, rangeLength: l.replaced.end - l.replaced.start, text: replacement };
  model.applyEdits([change]);
  const edited = applyChanges(l.text, [change]);
  const tag = model.get(added.id)!;
  if (tag.anchor !== 'orphaned') assert.equal(edited.slice(tag.start, tag.end), tag.quote.exact, 'a placed tag covers its text');
  return { tag, edited, replacement, lineStart: l.replaced.start + replacement.indexOf(newLine) };
}

/** Cases the sidecar's record cannot tell from the tagged text: a copy with the recorded context on one side, or a distinctive text now the only one in the change. */
function undecidable(l: ReturnType<typeof layout>, edited: string, replacement: string): boolean {
  const quote = describeQuote(l.text, l.start, l.end);
  return keepsASideElsewhere(edited, quote) || looksMoved(replacement, quote.exact);
}

const scenarios = {
  'the tagged words corrected on the replaced line: never exact or moved on another copy': fc.property(article, correction, (a, c) => {
    const l = layout(a);
    const words = corrected(l.tagged, c);
    fc.pre(words !== l.tagged);
    const newLine = [...l.words.slice(0, l.first), words, ...l.words.slice(l.first + l.count)].join(' ') + '.';
    const { tag, edited, replacement } = replaceTaggedLine(l, newLine);
    fc.pre(!undecidable(l, edited, replacement));
    assertNotConfidentlyWrong(tag, undefined, edited);
  }),
  'the tagged line replaced by another line, perhaps holding a copy: never exact or moved on it': fc.property(article, line, fc.option(fc.nat()), (a, other, copyAt) => {
    const l = layout(a);
    const ws = [...other];
    if (copyAt !== null) ws.splice(copyAt % (ws.length + 1), 0, l.tagged);
    const newLine = ws.join(' ') + '.';
    fc.pre(newLine !== l.lines[l.which]);
    const { tag, edited, replacement } = replaceTaggedLine(l, newLine);
    fc.pre(!undecidable(l, edited, replacement));
    assertNotConfidentlyWrong(tag, undefined, edited);
  }),
  'the tagged words untouched and a copy added to their line: found at their own place, never at the copy': fc.property(article, fc.nat(), (a, copyAt) => {
    const l = layout(a);
    const ws = [...l.words];
    const at = copyAt % (ws.length + 1);
    ws.splice(at, 0, l.tagged);
    const own = at <= l.first ? l.first + 1 : l.first;
    const newLine = ws.join(' ') + '.';
    const { tag, edited, lineStart } = replaceTaggedLine(l, newLine);
    const ownStart = lineStart + ws.slice(0, own).join(' ').length + (own ? 1 : 0);
    const copyStart = lineStart + ws.slice(0, at).join(' ').length + (at ? 1 : 0);
    // A copy within the tagged text's recorded context changes that context too: not counted.
    fc.pre(copyStart > ownStart + l.tagged.length + QUOTE_CONTEXT_LENGTH || copyStart + l.tagged.length < ownStart - QUOTE_CONTEXT_LENGTH);
    assertNotConfidentlyWrong(tag, { start: ownStart, end: ownStart + l.tagged.length }, edited);
    assert.ok(tag.anchor === 'exact' || tag.anchor === 'moved', `untouched tagged text was ${tag.anchor}`);
  }),
};

describeScenarios('a line replaced in the editor never leaves a tag confident at other text (fast-check)', scenarios, RUNS);

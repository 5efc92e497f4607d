// After a one-word edit of a long document, thousands of numbers and person mentions after the
// edit are made again at their new offsets. V8 reads a field fast only where the code sees few
// shapes of object (sets of fields in one order): these tests check that what is moved keeps
// to few shapes — numbers moved by code for their own shape, with that shape kept beside each
// number; every internal person mention made with the same fields — and that the output stays
// field for field what a fresh analysis gives.
import assert from 'node:assert/strict';
import { splitBlocks } from '../../../src/analysis/pipeline/blocks';
import { DocumentWork } from '../../../src/analysis/pipeline/documentWork';
import { analyzeParagraph, type PlacedBlock } from '../../../src/analysis/pipeline/paragraph';
import { movedNumber, numberShape } from '../../../src/analysis/pipeline/placed';
import { placeAllFindings, type PlacedLists } from '../../../src/analysis/pipeline/placedLists';
import { resolvePeople, type Resolution } from '../../../src/analysis/people/resolve';
import { reuseResolution } from '../../../src/analysis/people/reuse';
import type { NameCandidate } from '../../../src/analysis/people/candidates';
import type { NumberMention } from '../../../src/analysis/types';

function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function blocksOf(text: string): PlacedBlock[] {
  return splitBlocks(text).map(b => ({ ...b, findings: analyzeParagraph(b.text) }));
}

const PARAGRAPHS = [
  'Prices rose about 5% in May, and more than 20,000 Americans paid $3 million on March 3, 2021.',
  'The drug is 50 times stronger than heroin, Mayor Ana Lopez said at 6 pm, as in the 1990s.',
  'Between 10 and 15 people, the third of them aged 40, waited with Rui Tavares around 1.30am for nearly 300 kilolitres.',
  '“We counted 12 trains,” Dr. Lopez said. Tavares, 61, and Ms. Ines Costa left.',
  'Shares of Fujitsu Ltd. fell 3%, Costa said.',
];
const LONG = Array.from({ length: 24 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n');
/** LONG with a word typed in its third paragraph: the same number of blocks, those after it moved. */
const EDITED = LONG.replace('waited with Rui', 'waited patiently with Rui');
const EDITED_BLOCK = 2;

describe('What an edit moves keeps to few shapes', () => {
  it('moves a number of every shape with the fields and field order of the number', () => {
    const optional: [keyof NumberMention, unknown][] = [
      ['date', '2021-03-03'],
      ['time', '18:00'],
      ['upTo', 15],
      ['unit', '%'],
      ['qualifier', 'about'],
      ['counted', 'Americans'],
      ['compared', 'stronger than heroin'],
      ['rules', ['number.digits']],
    ];
    for (let mask = 0; mask < 1 << optional.length; mask++) {
      const n = { start: 10, end: 14, text: 'five', value: 5, kind: 'cardinal' } as NumberMention;
      optional.forEach(([field, value], bit) => {
        if (mask & (1 << (optional.length - 1 - bit))) (n as unknown as Record<string, unknown>)[field] = value;
      });
      const expected = JSON.stringify({ ...n, start: 17, end: 21 });
      assert.equal(JSON.stringify(movedNumber(n, 7)), expected, `shape ${mask}`);
      assert.equal(JSON.stringify(movedNumber(n, 7, numberShape(n))), expected, `shape ${mask}, given`);
    }
  });

  it('keeps the shape of each number beside it, placed and spliced after an edit', () => {
    const work = new DocumentWork();
    const before = blocksOf(LONG);
    const lists = run(placeAllFindings(before, () => true, work));
    const after = blocksOf(EDITED);
    assert.equal(after.length, before.length);
    const spliced = run(placeAllFindings(after, () => true, work, { lists, replaced: { from: EDITED_BLOCK, count: 1, delta: EDITED.length - LONG.length } }));
    const fresh = run(placeAllFindings(after, () => true, work));
    const check = (l: PlacedLists, label: string): void => {
      assert.equal(l.numberShapes.length, l.numbers.length, label);
      l.numbers.forEach((n, i) => assert.equal(l.numberShapes[i], numberShape(n), `${label}: number ${i} "${n.text}"`));
    };
    check(lists, 'placed');
    check(spliced, 'spliced');
    assert.ok(new Set(spliced.numberShapes).size >= 5, 'several shapes of number');
    assert.equal(JSON.stringify(spliced.numbers), JSON.stringify(fresh.numbers));
    // Those before the edit are the very objects of the last run; those after it, new ones.
    assert.equal(spliced.numbers[0], lists.numbers[0]);
    assert.notEqual(spliced.numbers[spliced.numbers.length - 1], lists.numbers[lists.numbers.length - 1]);
  });

  it('makes every person mention and name turned down with the same fields, whether decided or moved', () => {
    const include = (): boolean => true;
    const nameOf = (_c: NameCandidate, start: number, end: number): string => EDITED.slice(start, end);
    const before = blocksOf(LONG);
    const decided: Resolution = run(resolvePeople(before, include, (_c, s, e) => LONG.slice(s, e), new DocumentWork()));
    const after = blocksOf(EDITED);
    const moved = reuseResolution(decided, before, LONG, after, EDITED, { from: EDITED_BLOCK, count: 1, delta: EDITED.length - LONG.length });
    assert.ok(moved, 'the edit changes no name: the people are carried over');
    const fresh = run(resolvePeople(after, include, nameOf, new DocumentWork()));
    const mentionShapes = new Set([...decided.mentions, ...moved.mentions, ...fresh.mentions].map(m => Object.keys(m).join()));
    assert.deepEqual([...mentionShapes], ['start,end,entity,paragraph,index,candidate,rules,title,output']);
    assert.ok(decided.mentions.some(m => m.title) && decided.mentions.some(m => !m.title), 'mentions with and without a title');
    const rejectionShapes = new Set([...decided.rejections, ...moved.rejections, ...fresh.rejections].map(r => Object.keys(r).join()));
    assert.ok(decided.rejections.length > 0, 'names turned down');
    assert.deepEqual([...rejectionShapes], ['start,end,paragraph,index,rules,output']);
    assert.deepEqual(
      moved.mentions.map(m => [m.start, m.end, m.entity, m.title]),
      fresh.mentions.map(m => [m.start, m.end, m.entity, m.title]),
    );
  });
});

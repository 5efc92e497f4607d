import * as assert from 'node:assert/strict';
import { SpanIndex } from '../../../src/common/spanIndex';

describe('SpanIndex', () => {
  const spans = [
    { start: 10, end: 20, id: 'quote' },
    { start: 12, end: 15, id: 'person in quote' },
    { start: 30, end: 35, id: 'number' },
    { start: 0, end: 5, id: 'first' },
  ];
  const index = new SpanIndex(spans);

  it('finds the spans under an offset, innermost first', () => {
    assert.deepEqual(index.at(13).map(s => s.id), ['person in quote', 'quote']);
    assert.deepEqual(index.at(18).map(s => s.id), ['quote']);
    assert.deepEqual(index.at(25), []);
  });

  it('counts the start but not the end of a span (the character at the offset)', () => {
    assert.deepEqual(index.at(30).map(s => s.id), ['number']);
    assert.deepEqual(index.at(35), []);
  });

  it('finds the next and previous span for navigation', () => {
    assert.equal(index.next(0)?.id, 'quote');
    assert.equal(index.next(12)?.id, 'number');
    assert.equal(index.next(30), undefined);
    assert.equal(index.previous(30)?.id, 'person in quote');
    assert.equal(index.previous(0), undefined);
  });

  it('agrees with a linear scan on random spans', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const many = Array.from({ length: 300 }, () => {
      const start = random(1000);
      return { start, end: start + 1 + random(40) };
    });
    const big = new SpanIndex(many);
    for (let offset = 0; offset < 1050; offset += 7) {
      const expected = many.filter(s => s.start <= offset && offset < s.end).length;
      assert.equal(big.at(offset).length, expected, `offset ${offset}`);
    }
  });
});

// Agreement between two annotators, against numbers computed by hand.
import assert from 'node:assert/strict';
import { cohensKappa, compareSidecars, compareSpans, correctionLabel } from '../../../src/annotations/agreement';
import type { Correction, Tag, Verification } from '../../../src/annotations/types';

const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z', anchor: 'exact' as const };
const span = (start: number, end: number, label: string) => ({ start, end, label, text: `${start}-${end}` });
const tag = (id: string, start: number, end: number, label: string): Tag => ({ id, label, ...times, start, end, quote: { exact: 'x'.repeat(end - start), prefix: '', suffix: '' } });

describe('annotator agreement', () => {
  it('computes F1 on exact and overlapping spans and kappa on matched spans (hand-computed)', () => {
    const a = [span(0, 11, 'person'), span(12, 16, 'verb'), span(20, 30, 'claim'), span(40, 50, 'person')];
    const b = [span(0, 11, 'person'), span(12, 16, 'noun'), span(22, 30, 'claim'), span(60, 70, 'org')];
    const { agreement, disagreements } = compareSpans(a, b);
    // Exact: only (0,11,person) → 2·1/(4+4). Overlap: person 0–11 and claim 20–30~22–30 → 2·2/8.
    // Kappa over the two same-span pairs (person/person, verb/noun): po = 1/2,
    // pe = P_A(person)·P_B(person) = 1/2·1/2 = 1/4, κ = (1/2 − 1/4)/(1 − 1/4) = 1/3.
    assert.deepEqual(
      { f1: agreement.f1, f1Overlap: agreement.f1Overlap, matched: agreement.matched, onlyA: agreement.onlyA, onlyB: agreement.onlyB },
      { f1: 0.25, f1Overlap: 0.5, matched: 1, onlyA: 3, onlyB: 3 },
    );
    assert.ok(Math.abs(agreement.kappa! - 1 / 3) < 1e-12);
    assert.deepEqual(agreement.labels.claim, { f1: 0, f1Overlap: 1, matched: 0, onlyA: 1, onlyB: 1 });
    assert.deepEqual(agreement.labels.person, { f1: 2 / 3, f1Overlap: 2 / 3, matched: 1, onlyA: 1, onlyB: 0 });
    assert.deepEqual(
      disagreements.map(d => [d.start, d.end, d.a, d.b]).sort((x, y) => (x[0] as number) - (y[0] as number)),
      [
        [12, 16, 'verb', 'noun'],
        [20, 30, 'claim', null],
        [22, 30, null, 'claim'],
        [40, 50, 'person', null],
        [60, 70, null, 'org'],
      ],
    );
  });

  it("gives the textbook Cohen's kappa: 20 yes/yes, 15 no/no, 5 yes/no, 10 no/yes → 0.4", () => {
    const times = (n: number, pair: [string, string]) => Array.from({ length: n }, () => pair);
    const pairs = [...times(20, ['yes', 'yes']), ...times(15, ['no', 'no']), ...times(5, ['yes', 'no']), ...times(10, ['no', 'yes'])];
    // po = 35/50 = 0.7; pe = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2/0.5.
    assert.ok(Math.abs(cohensKappa(pairs) - 0.4) < 1e-12);
  });

  it('gives 1.0 everywhere for identical sidecars, including one label only and empty ones', () => {
    const tags = [tag('t-1', 0, 5, 'person'), tag('t-2', 10, 20, 'person')];
    const corrections: Correction[] = [{ id: 'c-1', as: 'quote', speaker: 'Lance Ho', ...times, start: 30, end: 40, quote: { exact: 'y'.repeat(10), prefix: '', suffix: '' } }];
    const verifications: Verification[] = [];
    const result = compareSidecars({ tags, corrections, verifications }, { tags, corrections, verifications });
    for (const kind of [result.tags, result.corrections, result.verifications]) {
      assert.deepEqual([kind.f1, kind.f1Overlap, kind.kappa], [1, 1, 1]);
    }
    assert.deepEqual(result.disagreements, []);
  });

  it('has no kappa when no span was annotated by both, and leaves orphans out', () => {
    const orphan = { ...tag('t-9', 0, 0, 'person'), anchor: 'orphaned' as const };
    const result = compareSidecars({ tags: [tag('t-1', 0, 5, 'person'), orphan], corrections: [], verifications: [] }, { tags: [tag('t-2', 6, 9, 'person')], corrections: [], verifications: [] });
    assert.deepEqual([result.tags.f1, result.tags.kappa, result.tags.onlyA, result.tags.onlyB], [0, null, 1, 1]);
  });

  it('compares corrections by what they say, speaker or entity included', () => {
    const c = (extra: Partial<Correction>): Correction => ({ id: 'c', as: 'none', ...times, start: 0, end: 1, quote: { exact: 'x', prefix: '', suffix: '' }, ...extra });
    assert.equal(correctionLabel(c({ as: 'quote', speaker: 'Lance Ho' })), 'quote: Lance Ho');
    assert.equal(correctionLabel(c({ as: 'quote', speaker: null })), 'quote: (speaker unknown)');
    assert.equal(correctionLabel(c({ as: 'person', entity: 'Wei Xiaojun' })), 'person: Wei Xiaojun');
    assert.equal(correctionLabel(c({ as: 'none' })), 'none');
  });
});

// Agreement between two annotators' sidecars of the same article: how far two people's tags,
// corrections and verdicts coincide, with the standard measures, so a team knows whether to
// trust a label. Pure: two SidecarContents in, numbers and a list of disagreements out.
//
// Definitions (per kind of annotation; orphaned items have no place and are left out):
// - Each item is a span (start, end) with a label: a tag's label; a correction's "as" with its
//   speaker or entity ("quote: Wei Xiaojun", "quote: (speaker unknown)", "none"); a verdict's status.
// - Exact match: same start, end and label, one to one. `matched` counts the pairs, `onlyA` and
//   `onlyB` the items left over on each side. f1 = 2·matched / (|A| + |B|), which is the F1 of
//   B against A as reference (precision matched/|B|, recall matched/|A|), micro-averaged over
//   labels; 1 when both sides are empty (nothing to disagree on).
// - Overlap match: same label and ranges sharing at least one character, one to one: exact
//   pairs first, then the pairs with the longest shared stretch first (greedy). f1Overlap is
//   2·pairs / (|A| + |B|), so it is never below f1.
// - Cohen's kappa on the labels of matched spans: items of A and B on the same span (start and
//   end equal, whatever the label) are paired one to one, equal labels first; over the n pairs,
//   po = share of pairs with equal labels, pe = Σ over labels of (share of A's labels that are
//   it) · (share of B's that are it), kappa = (po − pe) / (1 − pe). When pe = 1 (every pair has
//   one and the same label) the formula is 0/0; both annotators then agree completely on the
//   only label in use, and kappa is 1 by this definition. With no pairs kappa is null (nothing
//   to compare), except when both sides are empty, where it is 1 like f1.
import type { SidecarAnnotations } from './sidecarFormat';
import type { AnchoredAnnotation, Correction, Tag, Verification } from './types';

export type AgreementKind = 'tags' | 'corrections' | 'verifications';

export interface SpanAgreement {
  readonly f1: number;
  readonly f1Overlap: number;
  readonly kappa: number | null;
  readonly matched: number;
  readonly onlyA: number;
  readonly onlyB: number;
}

export interface KindAgreement extends SpanAgreement {
  /** The same measures per label (kappa is over all labels, so it is not repeated here). */
  readonly labels: Readonly<Record<string, Omit<SpanAgreement, 'kappa'>>>;
}

/** A place the two annotators see differently: a span only one has, or two labels for one span. */
export interface Disagreement {
  readonly kind: AgreementKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A's label there, null when only B annotated the span. */
  readonly a: string | null;
  readonly b: string | null;
}

export interface SidecarAgreement {
  readonly tags: KindAgreement;
  readonly corrections: KindAgreement;
  readonly verifications: KindAgreement;
  /** In text order. */
  readonly disagreements: readonly Disagreement[];
}

interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly text: string;
}

type Annotations = SidecarAnnotations;

export function compareSidecars(a: Annotations, b: Annotations): SidecarAgreement {
  const disagreements: Disagreement[] = [];
  const kind = <T extends AnchoredAnnotation>(name: AgreementKind, items: (s: Annotations) => readonly T[], label: (item: T) => string) => {
    const spans = (s: Annotations) => items(s).filter(i => i.anchor !== 'orphaned').map(i => ({ start: i.start, end: i.end, label: label(i), text: i.quote.exact }));
    const result = compareSpans(spans(a), spans(b));
    disagreements.push(...result.disagreements.map(d => ({ kind: name, ...d })));
    return result.agreement;
  };
  const tags = kind('tags', s => s.tags, (t: Tag) => t.label);
  const corrections = kind('corrections', s => s.corrections, correctionLabel);
  const verifications = kind('verifications', s => s.verifications, (v: Verification) => v.status);
  disagreements.sort((x, y) => x.start - y.start || x.end - y.end);
  return { tags, corrections, verifications, disagreements };
}

/** What a correction says, as one comparable label. */
export function correctionLabel(c: Correction): string {
  if (c.as === 'quote' && c.speaker !== undefined) return `quote: ${c.speaker ?? '(speaker unknown)'}`;
  if (c.as === 'person' && c.entity !== undefined) return `person: ${c.entity}`;
  return c.as;
}

/** The measures for one kind, over two lists of labelled spans (exported for the tests). */
export function compareSpans(a: readonly LabelledSpan[], b: readonly LabelledSpan[]): { agreement: KindAgreement; disagreements: Omit<Disagreement, 'kind'>[] } {
  const labels = [...new Set([...a, ...b].map(s => s.label))].sort();
  const perLabel: Record<string, Omit<SpanAgreement, 'kappa'>> = {};
  let matched = 0;
  let overlapping = 0;
  for (const label of labels) {
    const inA = a.filter(s => s.label === label);
    const inB = b.filter(s => s.label === label);
    const exact = countExactPairs(inA, inB);
    const overlap = countOverlapPairs(inA, inB);
    perLabel[label] = { f1: f1(exact, inA.length, inB.length), f1Overlap: f1(overlap, inA.length, inB.length), matched: exact, onlyA: inA.length - exact, onlyB: inB.length - exact };
    matched += exact;
    overlapping += overlap;
  }
  const { pairs, unpairedA, unpairedB } = pairBySpan(a, b);
  const kappa = pairs.length ? cohensKappa(pairs.map(([x, y]) => [x.label, y.label])) : a.length + b.length === 0 ? 1 : null;
  const disagreements = [
    ...pairs.filter(([x, y]) => x.label !== y.label).map(([x, y]) => ({ start: x.start, end: x.end, text: x.text, a: x.label, b: y.label })),
    ...unpairedA.map(x => ({ start: x.start, end: x.end, text: x.text, a: x.label, b: null })),
    ...unpairedB.map(y => ({ start: y.start, end: y.end, text: y.text, a: null, b: y.label })),
  ];
  return {
    agreement: { f1: f1(matched, a.length, b.length), f1Overlap: f1(overlapping, a.length, b.length), kappa, matched, onlyA: a.length - matched, onlyB: b.length - matched, labels: perLabel },
    disagreements,
  };
}

/** Cohen's kappa over pairs of labels (A's, B's); 1 when only one label occurs (see the top of the file). */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number {
  const n = pairs.length;
  const po = pairs.filter(([x, y]) => x === y).length / n;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (const [x, y] of pairs) {
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  let pe = 0;
  for (const [label, count] of countA) pe += (count / n) * ((countB.get(label) ?? 0) / n);
  if (pe >= 1) return 1;
  return (po - pe) / (1 - pe);
}

function f1(pairs: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 1 : (2 * pairs) / (sizeA + sizeB);
}

const spanKey = (s: LabelledSpan) => `${s.start}:${s.end}`;

function countExactPairs(a: readonly LabelledSpan[], b: readonly LabelledSpan[]): number {
  const counts = new Map<string, number>();
  for (const s of a) counts.set(spanKey(s), (counts.get(spanKey(s)) ?? 0) + 1);
  let pairs = 0;
  for (const s of b) {
    const left = counts.get(spanKey(s)) ?? 0;
    if (left > 0) {
      counts.set(spanKey(s), left - 1);
      pairs++;
    }
  }
  return pairs;
}

/** One-to-one pairs of overlapping spans (all of one label): exact ones first, then by shared length. */
function countOverlapPairs(a: readonly LabelledSpan[], b: readonly LabelledSpan[]): number {
  const candidates: { i: number; j: number; shared: number; exact: boolean }[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const shared = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (shared > 0) candidates.push({ i, j, shared, exact: x.start === y.start && x.end === y.end });
    }),
  );
  candidates.sort((p, q) => Number(q.exact) - Number(p.exact) || q.shared - p.shared || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
  }
  return usedA.size;
}

/** Pairs A's and B's items on identical spans, equal labels first, then the rest in label order. */
function pairBySpan(a: readonly LabelledSpan[], b: readonly LabelledSpan[]) {
  const bySpan = new Map<string, { a: LabelledSpan[]; b: LabelledSpan[] }>();
  const group = (key: string) => bySpan.get(key) ?? bySpan.set(key, { a: [], b: [] }).get(key)!;
  for (const s of a) group(spanKey(s)).a.push(s);
  for (const s of b) group(spanKey(s)).b.push(s);
  const pairs: [LabelledSpan, LabelledSpan][] = [];
  const unpairedA: LabelledSpan[] = [];
  const unpairedB: LabelledSpan[] = [];
  for (const { a: xs, b: ys } of bySpan.values()) {
    const restA: LabelledSpan[] = [];
    const restB = [...ys];
    for (const x of xs) {
      const same = restB.findIndex(y => y.label === x.label);
      if (same >= 0) pairs.push([x, restB.splice(same, 1)[0]]);
      else restA.push(x);
    }
    restA.sort((x, y) => x.label.localeCompare(y.label));
    restB.sort((x, y) => x.label.localeCompare(y.label));
    const n = Math.min(restA.length, restB.length);
    for (let i = 0; i < n; i++) pairs.push([restA[i], restB[i]]);
    unpairedA.push(...restA.slice(n));
    unpairedB.push(...restB.slice(n));
  }
  return { pairs, unpairedA, unpairedB };
}

// Corrections win over the analysis: each kind of correction, what it does to the entities and
// their quotes, orphans, verdicts, and corrections that outlive edits of the text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../../src/analysis';
import { applyCorrections, numberValue, type CorrectedAnalysis } from '../../../src/annotations/correctedAnalysis';
import { anchorTags } from '../../../src/annotations/anchoring';
import { anchorSidecarContent } from '../../../src/annotations/anchorReport';
import { parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import { describeQuote } from '../../../src/annotations/quote';
import type { Correction, CorrectionKind, Verification, VerificationStatus } from '../../../src/annotations/types';

const TEXT =
  'Mayor Elena Marsh spoke at the bridge. “We will rebuild the bridge,” Marsh said. Apple said it sold 1,200 phones. "It takes a year," she added, as twelve workers watched.\n\n' +
  'Tom Reyes, the treasurer, disagreed. “The money is not there,” he said.';

let nextId = 0;
/** The `occurrence`-th place of `exact` in `text` (0-based). */
function spanOf(text: string, exact: string, occurrence = 0): { start: number; end: number } {
  let start = text.indexOf(exact);
  for (let i = 0; i < occurrence; i++) start = text.indexOf(exact, start + 1);
  assert.ok(start >= 0, `"${exact}" is in the text`);
  return { start, end: start + exact.length };
}

function correction(text: string, exact: string, as: CorrectionKind, extra: Partial<Correction> = {}, occurrence = 0): Correction {
  const { start, end } = spanOf(text, exact, occurrence);
  return {
    id: `c-${++nextId}`,
    as,
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
    anchor: 'exact',
    start,
    end,
    quote: describeQuote(text, start, end),
    ...extra,
  };
}

function verification(text: string, exact: string, status: VerificationStatus, extra: Partial<Verification> = {}): Verification {
  const { start, end } = spanOf(text, exact);
  return { id: `v-${++nextId}`, status, created: '2026-03-02T10:00:00.000Z', modified: '2026-03-02T10:00:00.000Z', anchor: 'exact', start, end, quote: describeQuote(text, start, end), ...extra };
}

const speakers = (a: Analysis) => a.quotes.map(q => q.speaker);
const entityNames = (a: Analysis) => a.entities.map(e => e.name);
const quoteAt = (a: CorrectedAnalysis, text: string, exact: string) => a.quotes.find(q => q.start === spanOf(text, exact).start);

/** Each entity's mentions and quotes point at items that name it, and every item is listed once. */
function assertConsistent(a: Analysis): void {
  for (const e of a.entities) {
    for (const i of e.mentions) assert.equal(a.people[i].entity, e.name);
    for (const i of e.quotes) assert.equal(a.quotes[i].speaker, e.name);
  }
  a.people.forEach((m, i) => assert.equal(a.entities.filter(e => e.mentions.includes(i)).length, 1, `mention ${m.text} is listed once`));
  for (const list of [a.people, a.quotes, a.numbers]) for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start, 'in document order');
}

describe('applyCorrections', () => {
  const analysis = analyze(TEXT);

  it('without corrections gives the analysis back, every item marked as from the analysis, and never changes its input', () => {
    const before = JSON.stringify(analysis);
    const a = applyCorrections(analysis, []);
    assert.equal(JSON.stringify(analysis), before);
    assert.ok([...a.people, ...a.quotes, ...a.numbers].every(item => item.origin === 'analysis' && item.correction === undefined));
    const strip = <T extends { origin?: unknown }>(items: T[]) => items.map(({ origin: _origin, ...rest }) => rest);
    assert.deepEqual({ ...a, people: strip(a.people), quotes: strip(a.quotes), numbers: strip(a.numbers) }, analysis);
  });

  it('"none" removes the mention, quote or number found at exactly that span; an entity left without mentions disappears', () => {
    const a = applyCorrections(analysis, [
      correction(TEXT, 'Tom Reyes', 'none'),
      correction(TEXT, '“We will rebuild the bridge,”', 'none'),
      correction(TEXT, '1,200', 'none'),
      // Not exactly a span the analysis found: removes nothing.
      correction(TEXT, 'Elena', 'none'),
    ]);
    assert.deepEqual(entityNames(a), ['Elena Marsh']);
    assert.deepEqual(a.people.map(m => m.text), ['Elena Marsh', 'Marsh']);
    assert.deepEqual(a.quotes.map(q => q.text), ['"It takes a year,"', '“The money is not there,”']);
    // The quote stays Reyes's: a speaker who is not a person any more is still who said it.
    assert.deepEqual(speakers(a), ['Elena Marsh', 'Tom Reyes']);
    assert.deepEqual(a.numbers.map(n => n.text), ['twelve']);
    assert.deepEqual(a.entities[0].quotes, [0]);
    assertConsistent(a);
  });

  it('"person" moves a mention to another person, marks a missed one, and names a new entity', () => {
    const a = applyCorrections(analysis, [
      correction(TEXT, 'Marsh', 'person', { entity: 'tom  reyes' }, 1),
      correction(TEXT, 'Apple', 'person', { entity: 'Apple Seed' }),
    ]);
    assert.deepEqual(entityNames(a), ['Elena Marsh', 'Tom Reyes', 'Apple Seed']);
    const moved = a.people.find(m => m.text === 'Marsh' && m.start > 10)!;
    // Matched to the existing entity, case and spacing aside.
    assert.equal(moved.entity, 'Tom Reyes');
    assert.equal(moved.origin, 'correction');
    assert.ok(moved.correction?.id && moved.correction.modified === '2026-03-01T10:00:00.000Z');
    assert.deepEqual(a.entities[2].mentions.map(i => a.people[i].text), ['Apple']);
    // The quote cued by the moved mention follows it.
    assert.equal(quoteAt(a, TEXT, '“We will rebuild the bridge,”')?.speaker, 'Tom Reyes');
    assertConsistent(a);
  });

  it('a rename (a person correction on every mention) carries the entity\'s facts and quotes to the new name', () => {
    const a = applyCorrections(analysis, [correction(TEXT, 'Elena Marsh', 'person', { entity: 'Helena Marsh' }), correction(TEXT, 'Marsh', 'person', { entity: 'Helena Marsh' }, 1)]);
    assert.deepEqual(entityNames(a), ['Tom Reyes', 'Helena Marsh']);
    const helena = a.entities.find(e => e.name === 'Helena Marsh')!;
    assert.equal(helena.title, 'Mayor');
    assert.equal(helena.mentions.length, 2);
    // Including the quote cued by "she", a pronoun no correction touched.
    assert.deepEqual(speakers(a), ['Helena Marsh', 'Helena Marsh', 'Tom Reyes']);
    assert.equal(helena.quotes.length, 2);
    assertConsistent(a);
  });

  it('"person" without an entity names the span itself (or keeps the analysis entity of a mention there)', () => {
    const a = applyCorrections(analysis, [correction(TEXT, 'Apple', 'person'), correction(TEXT, 'Tom Reyes', 'person')]);
    assert.deepEqual(entityNames(a), ['Elena Marsh', 'Tom Reyes', 'Apple']);
    assert.equal(a.people.find(m => m.text === 'Tom Reyes')?.origin, 'correction');
  });

  it('"quote" changes the speaker of a quote the analysis found; null makes it unknown; the entities\' quote lists follow', () => {
    const a = applyCorrections(analysis, [
      correction(TEXT, '“We will rebuild the bridge,”', 'quote', { speaker: 'Tom Reyes' }),
      correction(TEXT, '“The money is not there,”', 'quote', { speaker: null }),
    ]);
    assert.deepEqual(speakers(a), ['Tom Reyes', 'Elena Marsh', null]);
    const changed = a.quotes[0];
    assert.equal(changed.origin, 'correction');
    assert.equal(changed.attribution, 'correction');
    // The cue "Marsh" no longer names the speaker.
    assert.equal(changed.speakerStart, null);
    assert.deepEqual(
      a.entities.map(e => [e.name, e.quotes]),
      [
        ['Elena Marsh', [1]],
        ['Tom Reyes', [0]],
      ],
    );
    assert.equal(a.quotes[2].origin, 'correction');
    assertConsistent(a);
  });

  it('"quote" on a selection marks a new quote, replacing analysis quotes it overlaps; a speaker the text never names becomes a person', () => {
    const a = applyCorrections(analysis, [correction(TEXT, 'it sold 1,200 phones', 'quote', { speaker: 'A spokesperson' }), correction(TEXT, 'It takes a year', 'quote', { speaker: 'Elena Marsh' })]);
    assert.deepEqual(
      a.quotes.map(q => [q.text, q.speaker, q.origin]),
      [
        ['“We will rebuild the bridge,”', 'Elena Marsh', 'analysis'],
        ['it sold 1,200 phones', 'A spokesperson', 'correction'],
        ['It takes a year', 'Elena Marsh', 'correction'],
        ['“The money is not there,”', 'Tom Reyes', 'analysis'],
      ],
    );
    assert.deepEqual(entityNames(a), ['Elena Marsh', 'Tom Reyes', 'A spokesperson']);
    assert.deepEqual(a.entities[2], { name: 'A spokesperson', mentions: [], quotes: [1] });
    assertConsistent(a);
  });

  it('"number" marks a cardinal with its value read from the text, and keeps the analysis reading of one it found', () => {
    const text = 'The plant employs sixty-one people and 1,250 machines, costing 3.5 million.';
    const a = applyCorrections(analyze(text), [correction(text, 'plant employs sixty', 'number'), correction(text, '1,250', 'number')]);
    const byText = new Map(a.numbers.map(n => [n.text, n]));
    assert.equal(byText.get('plant employs sixty')?.value, null);
    assert.equal(byText.get('plant employs sixty')?.kind, 'cardinal');
    assert.equal(byText.get('1,250')?.value, 1250);
    assert.equal(byText.get('1,250')?.origin, 'correction');
    // The analysis's "sixty-one", which the marked span overlaps, is replaced, not kept twice.
    assert.ok(!a.numbers.some(n => n.text === 'sixty-one'));
  });

  it('reads number values written alone', () => {
    assert.equal(numberValue('1,200'), 1200);
    assert.equal(numberValue('-3.25'), -3.25);
    assert.equal(numberValue('twelve'), 12);
    assert.equal(numberValue('Sixty-one'), 61);
    assert.equal(numberValue('two hundred and five'), 205);
    assert.equal(numberValue('third'), null);
    assert.equal(numberValue('many'), null);
  });

  it('an orphaned correction applies to nothing; of two on one span the one modified last wins', () => {
    const orphan = { ...correction(TEXT, 'Tom Reyes', 'none'), anchor: 'orphaned' as const };
    const older = correction(TEXT, 'Elena Marsh', 'none', { modified: '2026-03-01T09:00:00.000Z' });
    const newer = correction(TEXT, 'Elena Marsh', 'person', { entity: 'Ellen Marsh', modified: '2026-03-01T11:00:00.000Z' });
    for (const order of [
      [orphan, older, newer],
      [newer, older, orphan],
    ]) {
      const a = applyCorrections(analysis, order);
      assert.deepEqual(
        a.people.map(m => m.entity),
        ['Ellen Marsh', 'Elena Marsh', 'Tom Reyes'],
      );
    }
  });

  it('a verdict attaches to the quote whose span equals its own, after corrections', () => {
    const verdict = verification(TEXT, '“The money is not there,”', 'misattributed', { source: 'https://example.org/minutes', note: 'said by the clerk', creator: { name: 'Ana Ruiz' } });
    const elsewhere = verification(TEXT, 'The money is not there', 'verified');
    const orphaned = { ...verification(TEXT, '"It takes a year,"', 'false'), anchor: 'orphaned' as const };
    const a = applyCorrections(analysis, [], [verdict, elsewhere, orphaned]);
    assert.deepEqual(quoteAt(a, TEXT, '“The money is not there,”')?.verification, {
      id: verdict.id,
      status: 'misattributed',
      source: 'https://example.org/minutes',
      note: 'said by the clerk',
      modified: verdict.modified,
      creator: { name: 'Ana Ruiz' },
    });
    assert.deepEqual(
      a.quotes.map(q => q.verification?.status),
      [undefined, undefined, 'misattributed'],
    );
    // A quote the user marked can carry a verdict too.
    const marked = applyCorrections(analysis, [correction(TEXT, 'The money is not there', 'quote', { speaker: 'Tom Reyes' })], [elsewhere]);
    assert.equal(marked.quotes.find(q => q.text === 'The money is not there')?.verification?.status, 'verified');
  });

  describe('corrections are about the text, not about what the analysis said last time', () => {
    const base = 'Nora Vance chaired the meeting with Paul Okafor.\n\n“We need more time,” he said.';

    /** Re-anchors `stored` corrections to `text` as loading a sidecar does. */
    function reanchored(stored: Correction[], text: string): Correction[] {
      return anchorTags(stored, text).map((r, i) => ({ ...stored[i], start: r.start, end: r.end, anchor: r.status, quote: describeQuote(text, r.start, r.end) }));
    }

    it('a speaker correction still applies after an outside edit moves the quote', () => {
      const fix = correction(base, '“We need more time,”', 'quote', { speaker: 'Nora Vance' });
      fc.assert(
        fc.property(fc.array(fc.constantFrom('The council met on Monday. ', 'Rain fell all day.\n\n', 'Ana Lee reported. ', '“Hello,” said Sam Poe. '), { minLength: 1, maxLength: 5 }), inserted => {
          const edited = inserted.join('') + base;
          const [moved] = reanchored([fix], edited);
          assert.notEqual(moved.anchor, 'orphaned');
          const a = applyCorrections(analyze(edited), [moved]);
          const q = a.quotes.find(x => x.text === '“We need more time,”')!;
          assert.equal(q.speaker, 'Nora Vance');
          assert.equal(q.origin, 'correction');
          assertConsistent(a);
        }),
        { numRuns: 40 },
      );
    });

    it('after an edit of the cue that changes what the analysis says, the correction still wins', () => {
      const fix = correction(base, '“We need more time,”', 'quote', { speaker: 'Nora Vance' });
      const edited = base.replace('he said', 'Okafor said');
      assert.equal(analyze(edited).quotes[0].speaker, 'Paul Okafor');
      const [moved] = reanchored([fix], edited);
      assert.equal(moved.anchor, 'exact');
      assert.deepEqual(speakers(applyCorrections(analyze(edited), [moved])), ['Nora Vance']);
      const herCue = 'Nora Vance chaired the meeting with Paul Okafor.\n\nThen Ms. Vance spoke again. “We need more time,” Okafor said.';
      const [again] = reanchored([fix], herCue);
      assert.deepEqual(speakers(applyCorrections(analyze(herCue), [again])), ['Nora Vance']);
    });
  });
});

describe('anchoring stored corrections', () => {
  it('anchors a sidecar\'s corrections and verdicts to the current text, as tags are', () => {
    const fix = correction(TEXT, '“The money is not there,”', 'quote', { speaker: 'Elena Marsh' });
    const gone = correction(TEXT, 'Apple', 'none');
    const verdict = verification(TEXT, '“The money is not there,”', 'verified');
    const stored = parseSidecar(serializeSidecar({ documentName: 'a.txt', text: TEXT, tags: [], corrections: [fix, gone], verifications: [verdict] }));
    const edited = 'A new first paragraph.\n\n' + TEXT.replace('Apple said it sold 1,200 phones. ', '');
    const { corrections, verifications } = anchorSidecarContent(stored, edited).annotations;
    const byId = new Map(corrections.map(c => [c.id, c]));
    const moved = byId.get(fix.id)!;
    assert.deepEqual([moved.anchor, edited.slice(moved.start, moved.end), moved.speaker], ['moved', '“The money is not there,”', 'Elena Marsh']);
    assert.equal(byId.get(gone.id)?.anchor, 'orphaned');
    assert.ok(!('hasPosition' in moved));
    assert.deepEqual([verifications[0].anchor, edited.slice(verifications[0].start, verifications[0].end)], ['moved', '“The money is not there,”']);
    const a = applyCorrections(analyze(edited), corrections, verifications);
    assert.deepEqual(
      a.quotes.map(q => [q.speaker, q.verification?.status]),
      [
        ['Elena Marsh', undefined],
        ['Elena Marsh', undefined],
        ['Elena Marsh', 'verified'],
      ],
    );
  });
});

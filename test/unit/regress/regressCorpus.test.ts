import * as assert from 'node:assert/strict';
import { agreesWithGold, compareRuns, formatDifference, formatDisagreement, formatRecording, formatSummary, parseProbeFile, ProbeFormatError, reduceAnalysis, type Reduced } from '../../regress/regressCorpus';

// A tiny corpus: three probes, each with gold for one field.
const FIXTURE = `# a comment
= title
Mrs. Banks spoke.
- people: Banks

= quote
Ana Ruiz left.

"It is done," she said.
- quotes: It is… => Ana Ruiz

= money
It cost $5 million.
- numbers: $5 million (money)
`;

const reduced = (people: string[], quotes: string[] = [], numbers: string[] = []): Reduced => ({ people, quotes, numbers });

describe('regression corpus', () => {
  it('reads probes with several paragraphs of text and gold for some fields', () => {
    const probes = parseProbeFile(FIXTURE, 'probes/mini');
    assert.deepEqual(
      probes.map(p => p.id),
      ['probes/mini/title', 'probes/mini/quote', 'probes/mini/money'],
    );
    assert.equal(probes[1].text, 'Ana Ruiz left.\n\n"It is done," she said.');
    assert.deepEqual(probes[0].gold, { people: ['Banks'] });
    assert.deepEqual(parseProbeFile('= none\nThe vote.\n- people:\n', 'g')[0].gold, { people: [] });
  });

  it('refuses a probe file with text outside a probe, a probe without text, or a name used twice', () => {
    assert.throws(() => parseProbeFile('Loose text.\n', 'g'), ProbeFormatError);
    assert.throws(() => parseProbeFile('= a\n- people: X\n', 'g'), ProbeFormatError);
    assert.throws(() => parseProbeFile('= a\nOne.\n= a\nTwo.\n', 'g'), /defined twice/);
  });

  it('reduces the CLI output to distinct person texts, quotes with speakers and numbers with kinds', () => {
    const line = {
      people: [{ text: 'Banks' }, { text: 'Banks' }, { text: 'Ana Ruiz' }],
      quotes: [
        { text: '“It is  done,”', speaker: 'Ana Ruiz' },
        { text: '"No"', speaker: null },
      ],
      numbers: [{ text: '$5 million', kind: 'money' }],
    };
    assert.deepEqual(reduceAnalysis(line), reduced(['Banks', 'Ana Ruiz'], ['It is done, => Ana Ruiz', 'No => ?'], ['$5 million (money)']));
  });

  it('judges only the fields a probe has gold for, and lets a gold quote give only its start', () => {
    assert.ok(agreesWithGold(reduced(['Banks'], [], ['7 (cardinal)']), { people: ['Banks'] }));
    assert.ok(!agreesWithGold(reduced(['Mrs. Banks']), { people: ['Banks'] }));
    assert.ok(!agreesWithGold(reduced(['Banks', 'Ruiz']), { people: ['Banks'] }));
    assert.ok(agreesWithGold(reduced([], ['It is done, => Ana Ruiz']), { quotes: ['It is… => Ana Ruiz'] }));
    assert.ok(!agreesWithGold(reduced([], ['It is done, => Tom']), { quotes: ['It is… => Ana Ruiz'] }));
    assert.ok(!agreesWithGold(reduced([], ['It was done, => Ana Ruiz']), { quotes: ['It is… => Ana Ruiz'] }));
  });

  it('labels each difference fixed, broken, changed, new or removed, and counts agreement before and now', () => {
    const probes = parseProbeFile(FIXTURE, 'p');
    const recorded = new Map<string, Reduced>([
      ['p/title', reduced(['Mrs. Banks'])], // wrong before
      ['p/quote', reduced([], ['It is done, => Ana Ruiz'])], // right before
      ['p/gone', reduced(['X'])], // no probe any more
    ]);
    const current = new Map<string, Reduced>([
      ['p/title', reduced(['Banks'])], // right now
      ['p/quote', reduced([], ['It is done, => ?'])], // wrong now
      ['p/money', reduced([], [], ['$5 million (money)'])], // not recorded yet
    ]);
    const c = compareRuns(probes, recorded, current);
    assert.deepEqual(
      c.differences.map(d => [d.id, d.label]),
      [
        ['p/title', 'fixed'],
        ['p/quote', 'broken'],
        ['p/money', 'new'],
        ['p/gone', 'removed'],
      ],
    );
    assert.deepEqual([c.probes, c.agreedBefore, c.agreesNow], [3, 1, 2]);
    assert.equal(formatSummary(c), '3 probes; agree with gold: 1 recorded, 2 now; 1 fixed, 1 broken, 0 changed, 1 new, 1 removed');
  });

  it('labels a change that keeps a probe as wrong (or as right) as it was "changed", and no change as nothing', () => {
    const probes = parseProbeFile('= t\nMrs. Banks spoke.\n- people: Banks\n', 'p');
    const before = new Map([['p/t', reduced(['Mrs. Banks'])]]);
    assert.deepEqual(
      compareRuns(probes, before, new Map([['p/t', reduced(['Mrs'])]])).differences.map(d => d.label),
      ['changed'],
    );
    const right = new Map([['p/t', reduced(['Banks'], [], ['1 (cardinal)'])]]);
    assert.deepEqual(
      compareRuns(probes, right, new Map([['p/t', reduced(['Banks'], [], [])]])).differences.map(d => d.label),
      ['changed'],
    );
    assert.deepEqual(compareRuns(probes, right, right).differences, []);
  });

  it('shows what a change took away and added, with the gold', () => {
    const probes = parseProbeFile('= t\nMrs. Banks met Ana Ruiz.\n- people: Banks | Ana Ruiz\n', 'p');
    const c = compareRuns(probes, new Map([['p/t', reduced(['Banks', 'Ana Ruiz'])]]), new Map([['p/t', reduced(['Mrs. Banks', 'Ana Ruiz'])]]));
    assert.equal(formatDifference(c.differences[0]), ['BROKEN  p/t', '    people  - Banks', '    people  + Mrs. Banks', '    people  gold: Banks | Ana Ruiz'].join('\n'));
  });

  it('lists what an output lacks and adds against its gold (the known errors), an item given twice once as extra, and nothing when it agrees', () => {
    const gold = { people: ['Banks'], quotes: ['It is… => Ana Ruiz'], numbers: ['one (cardinal)'] };
    assert.equal(formatDisagreement('p/t', reduced(['Banks'], ['It is done, => Ana Ruiz'], ['one (cardinal)']), gold), undefined);
    assert.equal(
      formatDisagreement('p/t', reduced(['Mrs. Banks'], ['It is done, => ?'], ['one (cardinal)', 'one (cardinal)']), gold),
      ['DISAGREES  p/t', '    people  missing Banks', '    people  extra   Mrs. Banks', '    quotes  missing It is… => Ana Ruiz', '    quotes  extra   It is done, => ?', '    numbers extra   one (cardinal)'].join('\n'),
    );
    assert.equal(formatDisagreement('p/t', reduced(['B', 'A']), { people: ['A', 'B'] }), ['DISAGREES  p/t', '    people  gold:   A | B', '    people  output: B | A'].join('\n'));
  });

  it('records one probe per line', () => {
    assert.equal(formatRecording([['p/a', reduced(['X'])], ['p/b', reduced([])]]), '{\n  "p/a": {"people":["X"],"quotes":[],"numbers":[]},\n  "p/b": {"people":[],"quotes":[],"numbers":[]}\n}\n');
  });
});

// A name's kind is decided from all of its mentions in the article: a name used as a company or
// a place anywhere is not a person elsewhere, unless a title or a full name says it is.
import assert from 'node:assert/strict';
import { Analyzer, type Analysis } from '../../../src/analysis';

const analyze = (text: string): Analysis => new Analyzer().analyze(text);
const mentions = (a: Analysis): string[] => a.people.map(p => p.text);
const rejected = (a: Analysis): string[] => (a.rejections ?? []).map(r => r.text);

describe('people: evidence across the document', () => {
  it('takes a name used with a company suffix as a company everywhere in the article', () => {
    const a = analyze('Marlow Tedesco runs Quorvex Ltd. in Leeds.\n\nQuorvex said the plant would close. Tedesco agreed.');
    assert.deepEqual(mentions(a), ['Marlow Tedesco', 'Tedesco']);
    assert.ok(rejected(a).includes('Quorvex'));
    const veto = a.rejections!.find(r => r.text === 'Quorvex' && r.rules.includes('person.non-person-elsewhere'));
    assert.ok(veto, 'the second Quorvex is turned down because of the first');
    assert.deepEqual(veto.rules, ['person.non-person-elsewhere', 'person.company-suffix']);
  });

  it('reads what only a company does or has: its shareholders, "said its", a maker of', () => {
    const a = analyze('Davrin said its sales fell. Osmund, a maker of pumps, cut jobs. Tellaway’s shareholders were angry.\n\nDavrin, Osmund and Tellaway declined to comment.');
    assert.deepEqual(mentions(a), []);
  });

  it('takes a town before a US state as a place everywhere in the article', () => {
    const a = analyze('Nora Beale came to Loretta, Ala., in 1985.\n\nLoretta said no to the plant, Beale said.');
    assert.deepEqual(mentions(a), ['Nora Beale', 'Beale']);
  });

  it('lets a title confirm a surname in every mention, even one that names a company elsewhere', () => {
    const a = analyze('Shares of Quellon rose on Monday.\n\nMrs. Quellon said the family was pleased. Quellon added that she would stay.');
    assert.deepEqual(mentions(a), ['Quellon', 'Quellon']);
  });

  it('keeps a name alone in quotation marks out: the title of a show', () => {
    const a = analyze('Stations that bought “Gloria” reruns are worried that “Gloria” ratings will drop.');
    assert.deepEqual(mentions(a), []);
  });

  it('keeps a person whose surname is also a place word after an honorific', () => {
    const a = analyze('Mrs. Hills said the talks would go on. Mr. Lane disagreed.');
    assert.deepEqual(mentions(a), ['Hills', 'Lane']);
  });

  it('keeps a name whole across an initial in a long paragraph, and the dot of "Jr."', () => {
    const filler = 'The market moved sideways for most of the session and traders said volumes were thin. '.repeat(7);
    const a = analyze(`${filler}But Robert R. Murray, a special master, said the ruling stood. Calvin Oduya Jr. agreed.`);
    assert.deepEqual(mentions(a), ['Robert R. Murray', 'Calvin Oduya Jr.']);
  });
});

describe('people: towns, firms and sentence adverbs', () => {
  it('knows towns from the place list, whole or after "came to", in every mention', () => {
    const a = analyze('Lena Marsh came to Greenville in 1985.\n\nGreenville said no to the plant, Marsh said. Retirees love Baton Rouge.');
    assert.deepEqual(mentions(a), ['Lena Marsh', 'Marsh']);
  });

  it('knows firms named like people and a city after "Metropolitan"', () => {
    const a = analyze('Freddie Mac said yields rose. General Electric fell. Metropolitan Houston grew, and Houston said so.');
    assert.deepEqual(mentions(a), []);
  });

  it('does not take an adverb opening a sentence for a name', () => {
    const a = analyze('Currently, the transportation secretary, a lawyer, has no say. Meantime, Ada Lin waits.');
    assert.deepEqual(mentions(a), ['Ada Lin']);
  });

  it('does not take an adverb opening a clause after a dash or a colon for a name', () => {
    const a = analyze('Quant -- Generally, any analyst who uses models. Outlook: Currently, rates are low, Ada Lin says.');
    assert.deepEqual(mentions(a), ['Ada Lin']);
  });
});

describe('people: firms and teams seen from their use', () => {
  it('reads a firm from "…, based in", "at X\'s," and "X\'s Mr.", and a town in a results table', () => {
    const a = analyze('Gordon, based in the town of Brasov, cut output. Prints sold at Christie’s, the auction house. Morgan’s Mr. Pike agreed.\n\nTom Bradford scored twice. Division one Bradford 4 2 0 2 Portsmouth 4 2 0 2.');
    assert.deepEqual(mentions(a), ['Pike', 'Tom Bradford']);
  });
});

describe('people: a company named like a surname after its trade', () => {
  it('takes "the Leeds builder Marchbank" as a company in every mention, but "builder Dave Marchbank" as a person', () => {
    const a = analyze('A director of the Leeds builder Quarnby was jailed.\n\nQuarnby said it was "relieved the matter is closed".');
    assert.deepEqual(mentions(a), []);
    assert.deepEqual(a.quotes.map(q => q.speaker), ['Quarnby']);
    assert.deepEqual(mentions(analyze('The kitchen was fitted by builder Dave Quarnby last May. Quarnby said it took a week.')), ['Dave Quarnby', 'Quarnby']);
  });
});

describe('people: a club named like a person', () => {
  const report = [
    'Tarnby Vale 3 Kingsmoor Rovers 1: Okafor double sinks Rovers',
    'Tarnby Vale 3 (Okafor 12, 58; Pritchard 71) Kingsmoor Rovers 1 (Dunleavy 44 pen).',
    'Two goals from Tobi Okafor lifted Tarnby Vale to fourth, and Rhys Pritchard added a third. Vale keeper Marek Zielinski saved a penalty.',
    "'We were second best for 40 minutes,' said Vale manager Gail Stenhouse.",
  ].join('\n\n');

  it('takes a name in a result line as a team in every mention, and keeps the scorers', () => {
    const a = analyze(report);
    assert.ok(!mentions(a).some(m => /Vale/.test(m)), mentions(a).join(', '));
    assert.ok(rejected(a).includes('Tarnby Vale'));
    assert.deepEqual(mentions(a).filter(m => /Okafor|Pritchard|Dunleavy/.test(m)), ['Okafor', 'Okafor', 'Pritchard', 'Tobi Okafor', 'Rhys Pritchard']);
  });

  it('gives the quote to the manager named after the club, not to the club', () => {
    assert.deepEqual(analyze(report).quotes.map(q => q.speaker), ['Gail Stenhouse']);
  });

  it('keeps a person whose name is followed by a count in running text', () => {
    const a = analyze('Ada Quellon 12 years ago founded the firm. Later Quellon sold it.');
    assert.deepEqual(mentions(a), ['Ada Quellon', 'Quellon']);
  });
});

describe('people: peoples', () => {
  it('does not take a people after its nationality for a person, even when it speaks', () => {
    const a = analyze('Iraqi Kurds say troops crossed the border. Planes protect the Kurds.');
    assert.deepEqual(mentions(a), []);
  });
});

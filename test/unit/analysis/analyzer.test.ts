import assert from 'node:assert/strict';
import { Analyzer, analyze } from '../../../src/analysis';
import { splitBlocks, MAX_BLOCK } from '../../../src/analysis/pipeline/blocks';
import { LruCache } from '../../../src/analysis/pipeline/lruCache';
import type { WorkCounter } from '../../../src/analysis/pipeline/documentWork';
import type { Analysis } from '../../../src/analysis/types';

const ARTICLE = [
  ' date 2021-06-14 LISBON – Officials disputed the figures on Monday.',
  'Maria Alves, head of the statistics office, said the survey was “complete and accurate,” adding that errors were rare.',
  '“We checked every district twice,” Alves said. “Nothing was missed.”',
  'The opposition leader, Rui Tavares, said the numbers were “a fiction.”',
].join('\n\n');

describe('Analyzer', () => {
  it('gives spans that slice the exact text, with CRLF line ends and astral characters', () => {
    const text = '🙂 ' + ARTICLE.replace(/\n/g, '\r\n');
    const a = new Analyzer().analyze(text);
    assert.ok(a.people.length >= 3);
    assert.ok(a.quotes.length >= 3);
    for (const s of [...a.people, ...a.quotes, ...a.numbers]) assert.equal(text.slice(s.start, s.end), s.text);
    for (const q of a.quotes) if (q.speakerStart !== null) assert.ok(q.speakerEnd! > q.speakerStart && q.speakerEnd! <= text.length);
  });

  it('returns the same analysis from a warm cache after an edit as from a fresh analyser', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(ARTICLE);
    const edited = ARTICLE.replace('twice', 'three times');
    assert.deepEqual(analyzer.analyze(edited), new Analyzer().analyze(edited));
  });

  it('gives the same analysis as a fresh analyser after every kind of edit', () => {
    const analyzer = new Analyzer();
    const long = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: Jonas Weber said the committee met on day ${i}. “We agreed,” he said.`).join('\n\n');
    const edits: ((t: string) => string)[] = [
      t => t.replace('day 7.', 'day 7 and again.'), // a word inside a paragraph
      t => t.replace('day 12.', 'day 12.\n\nA new paragraph by Ana Lopes.'), // a paragraph typed in
      t => t.replace('\n\nParagraph 20', ' Paragraph 20'), // two paragraphs joined
      t => t.replace(/^Paragraph 0/, 'Opening paragraph 0'), // at the very start
      t => t + '\n\n“Last words,” said Mia Roth.', // at the very end
      t => t.replace('Paragraph 5', ''), // a deletion
      t => t.replace(/\n\n/g, '\r\n\r\n'), // every line end changed
      () => '', // everything deleted
      () => long, // and back
    ];
    let text = long;
    analyzer.analyze(text);
    for (const edit of edits) {
      text = edit(text);
      assert.deepEqual(analyzer.analyze(text), new Analyzer().analyze(text));
    }
  });

  it('carries people over an edit only when the edit cannot change who is a person', () => {
    const analyzer = new Analyzer();
    const paragraphs = [
      'Kerstin Albrecht chairs the board. Talks resumed on Monday.',
      'Albrecht said the vote was close. The mayor, Tomas Lind, agreed.',
      'Lind’s office sent a statement. Paris was quiet.',
      'Later, Albrecht and Lind met reporters in the hall.',
    ];
    let text = paragraphs.join('\n\n');
    analyzer.analyze(text);
    const edits: ((t: string) => string)[] = [
      t => t.replace('Talks resumed', 'Talks finally resumed'), // nothing about people changes
      t => t.replace('Kerstin Albrecht', 'kerstin Albrecht'), // the first full name loses its given name
      t => t.replace('kerstin Albrecht', 'Kerstin Albrecht'), // and gets it back
      t => t.replace('Kerstin Albrecht', 'KERSTIN Albrecht'), // same words, new spelling of the display name
      t => t.replace('Paris was quiet.', 'Paris was quiet. Anne Paris disagreed.'), // a full name makes "Paris" a candidate person
      t => t.replace('The mayor, Tomas Lind', 'The mayor Tomas Lind'), // a role read differently
      t => t.replace('Talks finally resumed', 'Talks resumed'),
    ];
    for (const edit of edits) {
      text = edit(text);
      assert.deepEqual(analyzer.analyze(text), new Analyzer().analyze(text), text);
    }
  });

  it('matches a fresh analyser after many small random edits', () => {
    // A deterministic pseudo-random sequence: the same edits on every run.
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['Ada Morgan', 'Morgan', ' said ', '“We will,” ', 'she said. ', 'Ben Okafor', '\n\n', ' in Lagos ', 'the 12 trains ', ', '];
    let text = Array.from({ length: 60 }, () => pieces[random(pieces.length)]).join('');
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    for (let i = 0; i < 60; i++) {
      const at = random(text.length + 1);
      const cut = random(3);
      text = text.slice(0, at) + (random(2) ? pieces[random(pieces.length)] : '') + text.slice(Math.min(text.length, at + cut));
      assert.deepEqual(analyzer.analyze(text), new Analyzer().analyze(text), `edit ${i}: ${JSON.stringify(text)}`);
    }
  });

  /**
   * Analyses `long`, then `edited` with the same analyser, counting `field` of the work counter in
   * each run; the edited document's analysis is checked against a fresh analyser's.
   */
  function countedEdit(long: string, edited: string, field: 'quotesAttributed' | 'blocksPlaced' | 'paragraphsMerged' | 'candidatesDecided' | 'blocksIndexed'): { first: number; again: number; analysis: Analysis } {
    assert.notEqual(edited, long);
    const workCounter: WorkCounter = { steps: 0, [field]: 0 };
    const analyzer = new Analyzer({ workCounter });
    analyzer.analyze(long);
    const first = workCounter[field]!;
    workCounter[field] = 0;
    const analysis = analyzer.analyze(edited);
    assert.deepEqual(analysis, new Analyzer().analyze(edited));
    return { first, again: workCounter[field], analysis };
  }

  it('after a one-word edit in a long document, decides again only the speakers of quotes near the edit', () => {
    const long = Array.from({ length: 300 }, (_, i) => `Ana Lopez spoke on day ${i}. Reporters waited outside. “We are fine,” she said.`).join('\n\n');
    const edited = long.replace('outside. “We are fine,” she said.\n\nAna Lopez spoke on day 150.', 'outside. “We are fine,” she said.\n\nAna Lopez spoke on day 150 again.');
    const { first, again, analysis } = countedEdit(long, edited, 'quotesAttributed');
    assert.equal(first, 300);
    assert.ok(analysis.quotes.every(q => q.speaker === 'Ana Lopez'));
    // The quotes of the paragraphs re-split around the edit, and of the two paragraphs on each
    // side that read them (a paragraph of quotation takes the speaker of the one before).
    assert.ok(again <= 10, `${again} quotes attributed again`);
  });

  it('after an edit that names someone new in a long document, decides again only the names sharing a word with theirs', () => {
    const long = Array.from({ length: 300 }, (_, i) => `Ana Lopez spoke on day ${i}. Reporters waited outside. “We are fine,” she said.`).join('\n\n');
    const edited = long.replace('Ana Lopez spoke on day 150.', 'Ana Lopez and Tomas Berg spoke on day 150.');
    const { first, again, analysis } = countedEdit(long, edited, 'candidatesDecided');
    assert.ok(first >= 300, `${first} candidates decided at first`);
    assert.ok(analysis.people.some(p => p.text === 'Tomas Berg'));
    // "Tomas Berg" alone: no other name holds "Tomas" or "Berg".
    assert.ok(again <= 2, `${again} candidates decided again`);
  });

  it('after an edit that names someone new in a long document, counts again only the candidates of the edited blocks', () => {
    const long = Array.from({ length: 300 }, (_, i) => `Ana Lopez spoke on day ${i}. Reporters waited outside. “We are fine,” she said.`).join('\n\n');
    const edited = long.replace('Ana Lopez spoke on day 150.', 'Ana Lopez and Tomas Berg spoke on day 150.');
    const { first, again, analysis } = countedEdit(long, edited, 'blocksIndexed');
    assert.equal(first, 300);
    assert.ok(analysis.people.some(p => p.text === 'Tomas Berg'));
    // The edited paragraph, widened by one on each side; the other blocks' counts are the last run's.
    assert.ok(again <= 3, `${again} blocks' candidates counted again`);
  });

  it('after an edit that names someone new in a long document, decides again only the speakers of quotes near it', () => {
    const long = Array.from({ length: 300 }, (_, i) => `Ana Lopez spoke on day ${i}. Reporters waited outside. “We are fine,” she said.`).join('\n\n');
    // A woman named just before the quote: "she" is now Marta Berg there.
    const edited = long.replace('Ana Lopez spoke on day 150. Reporters', 'Ana Lopez spoke on day 150. Marta Berg, a teacher, came too. Reporters');
    const { again, analysis } = countedEdit(long, edited, 'quotesAttributed');
    assert.equal(analysis.quotes.filter(q => q.speaker === 'Marta Berg').length, 1);
    assert.ok(again <= 10, `${again} quotes attributed again`);
  });

  it('after an edit that has many names decided again, attributes again only the quotes whose people came out otherwise', () => {
    // Other people too: redeciding a fifth of a document's names is still quicker than all.
    const long = Array.from({ length: 300 }, (_, i) => `Tom Baker, Kim Ortiz, Raj Patel and Lee Chen waited. Ana Lopez spoke on day ${i}. “We are fine,” she said.`).join('\n\n');
    // "Ana Lopes" shares "Ana" with every "Ana Lopez": all are decided again, and come out the same.
    const edited = long.replace('Ana Lopez spoke on day 150.', 'Ana Lopes spoke on day 150.');
    const decided = countedEdit(long, edited, 'candidatesDecided');
    assert.ok(decided.again >= 290, `${decided.again} candidates decided again`);
    const { again, analysis } = countedEdit(long, edited, 'quotesAttributed');
    assert.equal(analysis.quotes.filter(q => q.speaker === 'Ana Lopes').length, 1);
    assert.ok(again <= 10, `${again} quotes attributed again`);
  });

  it('after an edit that has every name decided again, attributes again only the quotes whose people came out otherwise', () => {
    // Every candidate holds "Lopez": a cue lost ("Lopez said" typed into "Lopez saidly") reaches
    // all of them, and every name is decided again; all but the edited one come out the same.
    const long = Array.from({ length: 300 }, (_, i) => `Ana Lopez spoke on day ${i}. Reporters waited outside. “We are fine,” Lopez said.`).join('\n\n');
    const edited = long.replace('day 150. Reporters waited outside. “We are fine,” Lopez said.', 'day 150. Reporters waited outside. “We are fine,” Lopez saidly.');
    const decided = countedEdit(long, edited, 'candidatesDecided');
    assert.ok(decided.again >= 600, `${decided.again} candidates decided again`);
    const { first, again, analysis } = countedEdit(long, edited, 'quotesAttributed');
    assert.equal(first, 300);
    assert.equal(analysis.quotes.filter(q => q.speaker === 'Ana Lopez').length, 299);
    assert.ok(again <= 10, `${again} quotes attributed again`);
  });

  it('after an edit that joins two namesakes in a long document, gives each mention the analysis a fresh run gives', () => {
    // "Lopez" alone refers to the Lopez named last: naming another one changes who the later ones are.
    const long = Array.from({ length: 60 }, (_, i) => (i % 20 === 0 ? `Ana Lopez spoke on day ${i}.` : `Lopez waited outside on day ${i}. “We are fine,” she said.`)).join('\n\n');
    const edited = long.replace('Lopez waited outside on day 31.', 'Marco Lopez waited outside on day 31.');
    const { again, analysis } = countedEdit(long, edited, 'candidatesDecided');
    assert.ok(analysis.people.some(p => p.entity === 'Marco Lopez' && p.text === 'Lopez'));
    assert.ok(again >= 60, `${again} candidates decided again`);
  });

  it('analyses another document from scratch, and only an edit of the last one from the last run', () => {
    // The CLI runs unrelated documents through one analyser; sharing a sign-off or as many
    // paragraphs does not make one an edit of the other.
    const one = Array.from({ length: 6 }, (_, i) => `Ana Lopez spoke on day ${i}. “We are fine,” she said in Lagos.`).join('\n\n') + '\n\n/kga';
    const other = Array.from({ length: 6 }, (_, i) => `Tomas Berg met Ana Lopez on day ${i + 10}. “Good,” Berg said.`).join('\n\n') + '\n\n/kga';
    const workCounter: WorkCounter = { steps: 0, runsContinued: 0 };
    const analyzer = new Analyzer({ workCounter });
    analyzer.analyze(one);
    assert.deepEqual(analyzer.analyze(other), new Analyzer().analyze(other));
    assert.equal(workCounter.runsContinued, 0);
    const edited = other.replace('day 12.', 'day 12 again.');
    assert.deepEqual(analyzer.analyze(edited), new Analyzer().analyze(edited));
    assert.equal(workCounter.runsContinued, 1);
    // Back to the first document: it continues from its own run, remembered beside the second's.
    assert.deepEqual(analyzer.analyze(one), new Analyzer().analyze(one));
    assert.equal(workCounter.runsContinued, 2);
    assert.equal(analyzer.rememberedTexts, 2);
  });

  it('in a long article with a header and a sign-off, decides again after a one-word edit only what the edit can change', () => {
    // The seed format: a header the analysis leaves out, and a sign-off ("/kga") it leaves out too.
    const body = Array.from({ length: 300 }, (_, i) => `Ana Lopez spoke on day ${i} to ${i + 12} reporters. “We are fine,” she said.`).join('\n\n');
    const long = `date 2017-11-03 BEIJING – ${body}\n\n/kga`;
    const edited = long.replace('spoke on day 150 to', 'spoke again on day 150 to');
    const decided = countedEdit(long, edited, 'candidatesDecided');
    assert.ok(decided.first >= 300, `${decided.first} candidates decided at first`);
    assert.ok(decided.again <= 2, `${decided.again} candidates decided again`);
    const placed = countedEdit(long, edited, 'blocksPlaced');
    assert.ok(placed.again <= 3, `${placed.again} blocks placed again`);
    const { again, analysis } = countedEdit(long, edited, 'quotesAttributed');
    assert.ok(again <= 10, `${again} quotes attributed again`);
    assert.equal(analysis.article.signOff?.text, '/kga');
    assert.ok(analysis.quotes.every(q => q.speaker === 'Ana Lopez'));
  });

  it('in a long article, decides everything again after an edit of its sign-off or header', () => {
    const body = Array.from({ length: 100 }, (_, i) => `Ana Lopez spoke on day ${i}. “We are fine,” she said.`).join('\n\n');
    const long = `date 2017-11-03 BEIJING – ${body}\n\n/kga`;
    for (const edited of [long.replace('/kga', '/kgb'), long.replace('\n\n/kga', ''), long.replace('BEIJING', 'SHANGHAI'), long.replace('date 2017-11-03 BEIJING – ', '')]) {
      const { again, analysis } = countedEdit(long, edited, 'candidatesDecided');
      assert.ok(again >= 100, `${again} candidates decided again`);
      assert.equal(analysis.quotes.length, 100);
    }
  });

  it('after a one-word edit in a long document, places the numbers of the edited blocks only', () => {
    const long = Array.from({ length: 300 }, (_, i) => `The council counted ${i + 12} buses on day ${i}, and a bench rejected the 'late' claim.`).join('\n\n');
    const { first, again, analysis } = countedEdit(long, long.replace('counted 160 buses', 'counted nearly 160 buses'), 'blocksPlaced');
    assert.equal(first, 300);
    assert.ok(analysis.numbers.some(n => n.value === 160 && n.qualifier === 'nearly'));
    // The edited paragraph, widened by one on each side (a blank line typed may join paragraphs).
    assert.ok(again <= 3, `${again} blocks placed again`);
  });

  it('after a one-word edit in a long document, joins quotes over the paragraphs near the edit only', () => {
    // Every tenth paragraph opens a quote that runs on into the next one.
    const paragraph = (i: number): string => (i % 10 === 0 ? `“Day ${i} began with rain,” Ana Lopez said. “We waited for the boats` : i % 10 === 1 ? `“and then we left the harbour at noon,” she said on day ${i}.` : `Reporters waited outside on day ${i}.`);
    const long = Array.from({ length: 300 }, (_, i) => paragraph(i)).join('\n\n');
    const { first, again, analysis } = countedEdit(long, long.replace('outside on day 155.', 'outside again on day 155.'), 'paragraphsMerged');
    assert.equal(first, 300);
    assert.equal(analysis.quotes.filter(q => q.rules?.includes('quote.multi-paragraph')).length, 30);
    // The edited paragraph, widened by one on each side, and one more after it.
    assert.ok(again <= 4, `${again} paragraphs walked again`);
  });

  it('re-analyses two documents edited in turn like fresh ones', () => {
    const analyzer = new Analyzer();
    let a = ARTICLE;
    let b = ARTICLE.replace(/Maria Alves/g, 'Ines Prado').replace('LISBON', 'PORTO');
    for (let i = 0; i < 4; i++) {
      a = a.replace('Monday', i % 2 ? 'Monday' : 'Tuesday');
      b = b + `\n\nUpdate ${i}: Ines Prado said more.`;
      assert.deepEqual(analyzer.analyze(a), new Analyzer().analyze(a));
      assert.deepEqual(analyzer.analyze(b), new Analyzer().analyze(b));
    }
  });

  it('keeps the paragraph cache bounded while typing', () => {
    const analyzer = new Analyzer({ cacheSize: 10 });
    let text = ARTICLE;
    for (let i = 0; i < 40; i++) {
      text = text.replace('Monday', `Monday ${i}`).replace(`Monday ${i - 1}`, 'Monday');
      analyzer.analyze(text);
      assert.ok(analyzer.cachedBlocks <= 10, `cache holds ${analyzer.cachedBlocks}`);
    }
  });

  it('remembers one text per document while typing, each edit replacing the text it was made from', () => {
    // A megabyte document's run holds tens of thousands of findings: four of them kept for one
    // document made every keystroke's garbage live on into the old generation.
    const analyzer = new Analyzer();
    const other = ARTICLE.replace(/Maria Alves/g, 'Ines Prado');
    let text = ARTICLE;
    for (let i = 0; i < 5; i++) {
      text = text.replace('Monday', `Monday ${i}`).replace(`Monday ${i - 1}`, 'Monday');
      assert.deepEqual(analyzer.analyze(text), new Analyzer().analyze(text));
      assert.equal(analyzer.rememberedTexts, 1);
    }
    // Another document is remembered beside it (an editor switches between documents).
    analyzer.analyze('Short note.\n\nNothing in common with the article.');
    assert.equal(analyzer.rememberedTexts, 2);
    analyzer.analyze(other);
    assert.ok(analyzer.rememberedTexts >= 2, `${analyzer.rememberedTexts} texts remembered`);
  });

  it('analyses asynchronously with the same result, and can be aborted', async () => {
    const analyzer = new Analyzer();
    assert.deepEqual(await analyzer.analyzeAsync(ARTICLE), new Analyzer().analyze(ARTICLE));
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await assert.rejects(new Analyzer().analyzeAsync(ARTICLE, { signal: controller.signal }), /stop/);
  });

  it('aborts a long analysis part-way and yields to the event loop in between', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Paragraph ${i}: Jonas Weber said the committee met on day ${i}.`).join('\n\n');
    const controller = new AbortController();
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      if (ticks === 2) controller.abort(new Error('edited again'));
    }, 1);
    await assert.rejects(new Analyzer().analyzeAsync(long, { signal: controller.signal, sliceMs: 1 }), /edited again/);
    clearInterval(timer);
    assert.ok(ticks >= 2);
  });

  it('handles empty and blank documents', () => {
    for (const text of ['', '   \n\n  \r\n']) {
      const a = analyze(text);
      assert.deepEqual([a.people, a.quotes, a.entities], [[], [], []]);
    }
  });
});

describe('splitBlocks', () => {
  it('splits on blank lines and keeps offsets', () => {
    const text = 'One line.\r\n\r\nTwo\nlines.\n \nThree.';
    const blocks = splitBlocks(text);
    assert.deepEqual(blocks.map(b => b.text), ['One line.', 'Two\nlines.', 'Three.']);
    for (const b of blocks) assert.equal(text.slice(b.start, b.start + b.text.length), b.text);
  });

  it('cuts a long paragraph into blocks no longer than the limit, at line or sentence ends', () => {
    const sentence = 'The council voted again on the budget and nobody was surprised by the result. ';
    const text = sentence.repeat(60).trim();
    const blocks = splitBlocks(text);
    assert.ok(blocks.length > 1);
    assert.equal(blocks.map(b => b.text).join(''), text);
    for (const b of blocks) {
      assert.ok(b.text.length <= MAX_BLOCK);
      assert.equal(text.slice(b.start, b.start + b.text.length), b.text);
    }
    assert.ok(blocks.slice(1).every(b => b.continuesParagraph && /^The/.test(b.text)));
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entries past its bound', () => {
    const c = new LruCache<string, number>(3);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3);
    assert.equal(c.get('a'), 1);
    c.set('d', 4);
    assert.ok(c.size <= 3);
    assert.equal(c.get('b'), undefined);
    assert.equal(c.get('a'), 1);
    assert.equal(c.get('d'), 4);
  });
});

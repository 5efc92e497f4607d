// A list of sources at the end of an article (Wikinews, blogs): the cited titles are no quotes
// and the publications no people, while a quote signed with a dash and a name keeps its speaker.
// Invented text only.
import assert from 'node:assert/strict';
import { Analyzer } from '../../../src/analysis';
import { citedSourceAfter } from '../../../src/analysis/text/citedSource';

const article = [
  'Film festival in Brackton honours animators',
  '',
  'The Brackton Animation Festival opened on Friday. Its director, Ana Quellon, said it was "the best year we have had."',
  '',
  'Sources',
  '"Storm delays Brackton animation festival" — Brackton Arbeiderblad, October 11, 2026',
  '* "Lifetime award for animator" – Animation World Weekly, 12 October 2026',
  'Ivo Ostrava. "Festival opens a day late" -- Ostrava Courier, 2026-10-12',
].join('\n');

describe('a list of sources', () => {
  it('reads the titles of cited articles as no quotes, and their publications as no people (an author stays one)', () => {
    const analysis = new Analyzer().analyze(article);
    assert.deepEqual(analysis.quotes.map(q => q.text), ['"the best year we have had."']);
    assert.deepEqual(analysis.people.map(p => p.text), ['Ana Quellon', 'Ivo Ostrava']);
  });

  it('still gives a quote signed with a dash and a name to that name, when no date follows', () => {
    const signed = 'Readers wrote to us.\n\n"I was never voting for either of them." ― Marcus Quellon\n\n"We need change." ― Ana Ostrava';
    const analysis = new Analyzer().analyze(signed);
    assert.deepEqual(analysis.quotes.map(q => q.speaker), ['Marcus Quellon', 'Ana Ostrava']);
    assert.deepEqual(analysis.people.map(p => p.text), ['Marcus Quellon', 'Ana Ostrava']);
  });

  it('needs the title to open its line and the date to end it', () => {
    const line = 'She said "we are late" — Brackton Arbeiderblad, October 11, 2026';
    assert.equal(citedSourceAfter(line, line.indexOf('"'), line.indexOf(' —')), null);
    const noDate = '"Storm delays festival" — Brackton Arbeiderblad, a local paper';
    assert.equal(citedSourceAfter(noDate, 0, noDate.indexOf(' —')), null);
    const cited = '"Storm delays festival" — Brackton Arbeiderblad, Oct. 11, 2026';
    assert.deepEqual(citedSourceAfter(cited, 0, cited.indexOf(' —')), { start: cited.indexOf('Brackton'), end: cited.indexOf(',') });
  });
});

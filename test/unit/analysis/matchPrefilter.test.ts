import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { projectParagraphs } from './projectParagraphs';
import { mayMatch, type MatchStep, type MatchTerm } from '../../../src/analysis/text/matchPrefilter';
import { parseParagraph } from '../../../src/analysis/text/tokens';
import { fullPostTagger } from '../../../src/analysis/text/postTagger';

interface Pattern {
  match: string;
  regs: MatchStep[];
}
const methods = nlp.methods() as unknown as {
  one: { match: (docs: MatchTerm[][], todo: Pattern) => { ptrs: unknown[] }; parseMatch: (match: string, opts: object, world: unknown) => MatchStep[] };
  two: { quickSplit: (docs: MatchTerm[][]) => MatchTerm[][] };
};

/** Every pattern of compromise's post-tagger, parsed as its sweep parses them. */
function postTaggerPatterns(): Pattern[] {
  parseParagraph('Ana Ruiz said so.', fullPostTagger);
  const net = (fullPostTagger as unknown as { net: { hooks: Record<string, Pattern[]>; always: Pattern[] } }).net;
  return [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
}

/** Each chunk of the paragraph as the post-tagger sees it (after the pre-tagger's tags). */
function chunks(text: string): MatchTerm[][] {
  const doc = nlp(text);
  return methods.two.quickSplit((doc as unknown as { docs: MatchTerm[][] }).docs);
}

describe('the cheap test that a post-tagger pattern cannot match a chunk', () => {
  it('never turns down a chunk that compromise’s matcher finds a match in, and turns down most tries, on the seeds and the regression corpus', () => {
    const patterns = postTaggerPatterns();
    assert.ok(patterns.length > 400, `${patterns.length} patterns`);
    let tries = 0;
    let turnedDown = 0;
    let matched = 0;
    // Every sixth paragraph keeps the test quick; every pattern meets every chunk of those.
    projectParagraphs()
      .filter((_, i) => i % 6 === 0)
      .forEach(text => {
        for (const chunk of chunks(text)) {
          for (const pattern of patterns) {
            tries++;
            const found = methods.one.match([chunk], pattern).ptrs.length > 0;
            if (found) matched++;
            if (!mayMatch(chunk, pattern.regs)) {
              turnedDown++;
              assert.ok(!found, `${pattern.match} matches in: ${chunk.map(t => t.text).join(' ')}`);
            }
          }
        }
      });
    assert.ok(matched > 100, `${matched} matches`);
    assert.ok(turnedDown > tries * 0.5, `${turnedDown} of ${tries} tries turned down`);
  });

  it('reads anchors, word ends and contractions as compromise does', () => {
    const cases: [string, string, boolean][] = [
      ['^[#Adverb] #Verb', 'Quickly ran the dog home.', true],
      ['^[#Adverb] #Verb', 'The dog quickly ran home.', false],
      ['#Noun [#Adverb]$', 'The dog ran home quickly', true],
      ['(when|if) #Pronoun', 'It rained when we left.', true],
      ['(when|if) #Pronoun', 'It rained all day long.', false],
      ['we have', 'We’ve been here before.', true],
      ['#Determiner #Adjective #Noun', 'A red car passed.', true],
      ['#Determiner #Adjective #Noun', 'Cars passed the lights.', false],
      ['[#Noun+] #Actor', 'The city council lawyer spoke.', true],
      ['[#Noun+] #Actor', 'The lawyer for the city spoke.', false],
    ];
    for (const [match, text, expected] of cases) {
      const regs = methods.one.parseMatch(match, {}, nlp.world());
      const chunk = (nlp(text) as unknown as { docs: MatchTerm[][] }).docs[0];
      const found = methods.one.match([chunk], { match, regs }).ptrs.length > 0;
      assert.equal(found, expected, `compromise: ${match} in ${text}`);
      if (found) assert.equal(mayMatch(chunk, regs), true, `${match} in ${text}`);
      else if (!/’/.test(text)) assert.equal(mayMatch(chunk, regs), false, `${match} in ${text}`);
    }
  });
});

import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { projectParagraphs } from './projectParagraphs';
import { compromiseBulkMatch } from '../../../src/analysis/text/compromiseSweep';
import { compilePattern, type MatchRecord } from '../../../src/analysis/text/patternMatcher';
import type { MatchStep, MatchTerm } from '../../../src/analysis/text/stepTest';
import { parseParagraph } from '../../../src/analysis/text/tokens';
import { PostTagger, fullPostTagger } from '../../../src/analysis/text/postTagger';
import { SweepIndex, type SweepPattern } from '../../../src/analysis/text/sweepIndex';

interface Pattern extends MatchRecord {
  match: string;
  regs: MatchStep[];
}
const methods = nlp.methods() as unknown as {
  one: { cacheDoc: unknown; match: (docs: MatchTerm[][], todo: Pattern) => { ptrs: unknown[] }; parseMatch: (match: string, opts: object, world: unknown) => MatchStep[] };
  two: { quickSplit: (docs: MatchTerm[][]) => MatchTerm[][] };
};

/** Every pattern of compromise's post-tagger (kept and left out), parsed as its sweep parses them. */
function postTaggerPatterns(): Pattern[] {
  parseParagraph('Ana Ruiz said so.', fullPostTagger);
  const net = (fullPostTagger as unknown as { net: { hooks: Record<string, Pattern[]>; always: Pattern[] } }).net;
  return [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
}

const noPostTagger = new PostTagger(() => false);

/** Each chunk of the paragraph as the post-tagger sees it (pre-tagger's tags), and as it leaves it. */
function chunks(text: string): MatchTerm[][] {
  const before = parseParagraph(text, noPostTagger).doc as unknown as { docs: MatchTerm[][] };
  const after = nlp(text) as unknown as { docs: MatchTerm[][] };
  return [...methods.two.quickSplit(before.docs), ...methods.two.quickSplit(after.docs)];
}

/** compromise's own matcher on one chunk, as its sweep calls it. */
function compromiseMatch(pattern: Pattern, chunk: MatchTerm[]): unknown[] {
  return methods.one.match([chunk], pattern).ptrs;
}

function compiled(pattern: Pattern): { match(terms: MatchTerm[], starts?: number): unknown[] } {
  const matcher = compilePattern(pattern);
  assert.ok(matcher, `not compiled: ${pattern.match}`);
  return matcher;
}

function parsed(match: string, extra: Partial<Pattern> = {}): Pattern {
  const pattern: Pattern = { match, regs: methods.one.parseMatch(match, {}, nlp.world()), ...extra };
  if (typeof pattern.notIf === 'string') pattern.notIf = methods.one.parseMatch(pattern.notIf, {}, nlp.world());
  return pattern;
}

describe('the compiled post-tagger patterns', () => {
  it('compile, every one of compromise’s post-tagger patterns', () => {
    const patterns = postTaggerPatterns();
    assert.ok(patterns.length > 500, `${patterns.length} patterns`);
    for (const pattern of patterns) compiled(pattern);
  });

  it('find exactly compromise’s matches (pointers and groups) on the seeds and the regression corpus: every pattern where compromise’s sweep tries it, and on every tenth chunk', () => {
    const patterns = postTaggerPatterns();
    const matchers = new Map(patterns.map(pattern => [pattern, compiled(pattern)]));
    const net = (fullPostTagger as unknown as { net: Parameters<typeof compromiseBulkMatch>[1] }).net;
    let tries = 0;
    let matched = 0;
    const check = (pattern: Pattern, chunk: MatchTerm[]): void => {
      const expected = compromiseMatch(pattern, chunk);
      tries++;
      if (expected.length > 0) matched++;
      assert.deepEqual(matchers.get(pattern)!.match(chunk), expected, `${pattern.match} in: ${chunk.map(t => t.text).join(' ')}`);
    };
    let n = 0;
    for (const text of projectParagraphs()) {
      const all = chunks(text);
      // The patterns compromise's own sweep runs on these chunks, in its order.
      const tried: [MatchTerm[], Pattern][] = [];
      const spy = { one: { cacheDoc: methods.one.cacheDoc, match: (docs: MatchTerm[][], pattern: Pattern) => (tried.push([docs[0], pattern]), { ptrs: [] }) } };
      compromiseBulkMatch(all, net, spy as unknown as Parameters<typeof compromiseBulkMatch>[2]);
      for (const [chunk, pattern] of tried) check(pattern, chunk);
      for (const chunk of all) if (n++ % 10 === 0) for (const pattern of patterns) check(pattern, chunk);
    }
    assert.ok(tries > 100_000 && matched > 2_000, `${matched} matches in ${tries} tries`);
  }).timeout(120_000); // a few seconds alone; much longer on a machine shared with other jobs

  it('find the same matches when told where in the chunk their first words can be (every pattern, every eighth chunk of the seeds and the regression corpus)', () => {
    postTaggerPatterns();
    const net = (fullPostTagger as unknown as { net: { hooks: Record<string, (Pattern & SweepPattern)[]> } }).net;
    const index = new SweepIndex(net.hooks, compilePattern, matcher => matcher?.prefix ?? []);
    const indexed = index.patterns;
    assert.equal(indexed.length, new Set(Object.values(net.hooks).flat()).size);
    let skipped = 0;
    let narrowed = 0;
    let matched = 0;
    let n = 0;
    for (const text of projectParagraphs()) {
      for (const chunk of chunks(text)) {
        // Every eighth chunk: enough words of every kind, in a few seconds.
        if (n++ % 8 !== 0) continue;
        index.candidates(chunk);
        for (const one of indexed) {
          const { pattern, prepared } = one;
          const starts = index.startsOf(one);
          const everywhere = prepared!.match(chunk);
          if (everywhere.length > 0) matched++;
          if (starts === 0) {
            skipped++;
            assert.deepEqual(everywhere, [], `${pattern.match} skipped in: ${chunk.map(t => t.text).join(' ')}`);
          } else if (starts !== undefined) {
            narrowed++;
            assert.deepEqual(prepared!.match(chunk, starts), everywhere, `${pattern.match} from ${starts.toString(2)} in: ${chunk.map(t => t.text).join(' ')}`);
          }
        }
      }
    }
    assert.ok(skipped > 150_000 && narrowed > 4_000 && matched > 350, `${skipped} skipped, ${narrowed} narrowed, ${matched} matched`);
  }).timeout(120_000);

  // Hand-written chunks for each kind of step (tagged as the post-tagger gets them), with what
  // compromise finds; the compiled matcher must find the same (and these assert that compromise does find something where it should, so
  // that the comparison is not between two empty answers).
  const cases: [pattern: string, text: string, expected: string[], extra?: Partial<Pattern>][] = [
    // words, tags, anchors
    ['#Determiner #Adjective #Noun', 'A red car passed the old mill.', ['A red car', 'the old mill']],
    ['^[#Adverb] #Verb', 'Quickly ran the dog home.', ['Quickly'], { group: 0 }],
    ['^[#Adverb] #Verb', 'The dog quickly ran home.', [], { group: 0 }],
    ['#Noun [#Adverb]$', 'The dog ran home quickly', ['quickly'], { group: 0 }],
    ['#Noun home$', 'The dog ran home, quickly', []],
    ['we have', 'We’ve been here before.', ['We’ve']],
    ["we've been", 'We’ve been here before.', ['We’ve been']],
    // a word written in the text but not in its normal form; a contraction's two words in one step
    ['café [#Verb]', 'the café opened', ['opened'], { group: 0 }],
    ["didn't go", 'I didn’t go home.', ['didn’t go']],
    ['(^so|then) #Pronoun', 'So we went and so we left, then we rested.', ['So we', 'then we']],
    ['#Verb (home$|away)', 'they ran home and went away then came home', ['went away', 'came home']],
    // optional steps, including one that gives way to the step after it
    ['#Determiner #Adjective? #Noun', 'The car and a fast car.', ['The car', 'a fast car']],
    ['#Determiner #Adjective? #Adjective #Noun', 'the red car and the big red car', ['the red car', 'the big red car']],
    ['the #Adverb? #Adjective #Noun', 'the very old mill and the old mill', ['the very old mill', 'the old mill']],
    ['will be being? (#PastTense|#Participle)', 'It will be being watched; it will be seen.', ['will be being watched', 'will be seen']],
    // negative steps
    ['#Verb [(hard|fast)] !#Noun?', 'She works hard and runs fast cars.', ['hard'], { group: 0 }],
    ['the !#Adjective #Noun', 'the car park, the red car', ['the car park']],
    ['#Determiner !#Noun+ #Noun', 'the very quick fox', ['the very quick fox']],
    // alternatives: one word each (fastOr), several words, with tags, repeated
    ['(when|if) #Pronoun', 'It rained when we left.', ['when we']],
    ['(in front of|behind) the #Noun', 'He stood in front of the house and behind the shed.', ['in front of the house', 'behind the shed']],
    ['(#Modal|did)+ #Verb', 'She did go and he could have gone.', ['did go', 'could have']],
    ['(#Adverb|not)+? #Verb', 'He not quickly ran.', ['not quickly ran']],
    // "&&" blocks, with a negative side and a method
    ['(#FirstName && !#Possessive) [#Noun]', 'Ana cars and Ana’s car.', ['cars'], { group: 0 }],
    ['(#Noun && @hasComma) #Noun', 'Apples, pears and plums.', ['Apples, pears']],
    // repeats
    ['[#Noun+] #Actor', 'The city council lawyer spoke.', ['city council'], { group: 0 }],
    ['#Place+ #Noun{0,2} (club|society)', 'the Paris chess club', ['Paris chess club']],
    ['#Adjective{2,3} #Noun', 'a big red old new car and a red car', ['red old new car']],
    ['#Noun+$', 'They met the city council', ['city council']],
    // any word, any words
    ['the . #Noun', 'the big dog and the cat', ['the big dog']],
    ['from .* to', 'from here all the way to there', ['from here all the way to']],
    ['.+ to', 'to go to the shop', ['go to']],
    // (compromise's ".+" takes no word when the next step matches at once)
    ['from .+ to', 'from to here', ['from to']],
    // methods, regexes, switches, capture groups
    ['@hasComma [which] (#Pronoun|#Verb)', 'The plan, which we liked, failed.', ['which'], { group: 0 }],
    ['[#Cardinal+] (#Fraction && /s$/)', 'two thirds of them', ['two'], { group: 0 }],
    ['(had|has|have) [been /en$/]', 'It has been taken.', ['been taken'], { group: 0 }],
    ['#Determiner [%Noun|Verb%]', 'the walk was long', ['walk'], { group: 0 }],
    // a veto ("notIf")
    ['#Noun #Verb', 'the dog barks and cats sleep', ['cats sleep'], { notIf: 'dog' }],
  ];

  for (const [match, text, expected, extra] of cases) {
    const veto = typeof extra?.notIf === 'string' ? ` (not if ${extra.notIf})` : '';
    it(`match as compromise does: ${match}${veto} in “${text}”`, () => {
      const pattern = parsed(match, extra);
      const chunk = (parseParagraph(text, noPostTagger).doc as unknown as { docs: MatchTerm[][] }).docs.flat();
      const found = compromiseMatch(pattern, chunk);
      const words = (ptrs: unknown[]): string[] => (ptrs as number[][]).map(([, start, end]) => chunk.slice(start, end).map(t => t.text).filter(Boolean).join(' '));
      assert.deepEqual(words(found), expected.map(e => e.replace(/[,.;]/g, '')), 'compromise');
      assert.deepEqual(compiled(pattern).match(chunk), found);
      // Told where its first words are in the chunk, it finds the same.
      const index = new SweepIndex({ [match]: [{ ...pattern, needs: [], wants: [], minWant: 0, minWords: 0 }] }, compilePattern, m => m?.prefix ?? []);
      index.candidates(chunk);
      const starts = index.startsOf(index.patterns[0]);
      assert.deepEqual(starts === 0 ? [] : compiled(pattern).match(chunk, starts), found, `from ${starts?.toString(2)}`);
    });
  }
});

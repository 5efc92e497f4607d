import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { assertStaysBoundedOnNewWords } from './boundedMemo';
import { projectParagraphs } from './projectParagraphs';
import { parsedWithStep } from './swappedStep';
import { parseParagraph } from '../../../src/analysis/text/tokens';
import { MAX_STATES, clearPreTaggerMemo, compromisePreTagger, preTaggerMemoSize } from '../../../src/analysis/text/preTagger';
import { tokenize } from '../../../src/analysis/text/wordMemo';

const compute = (nlp.world() as unknown as { compute: Record<string, unknown> }).compute;
const ours = compute.preTagger;

// The parse up to and including the pre-tagger (our tokenizer already ran the tokenizer's steps).
const HOOKS = nlp.hooks();
const UP_TO_PRE_TAGGER = HOOKS.slice(0, HOOKS.indexOf('preTagger') + 1).filter(step => !['contractions', 'alias', 'machine', 'normal'].includes(step));

/**
 * Every term as the pre-tagger leaves it: every field in the term's own order (its tags in
 * order too), not only the tags the finders read, since the post-tagger's rules read the others.
 * Term ids are random and left out.
 */
function preTagged(preTagger: unknown, text: string): unknown[] {
  compute.preTagger = preTagger;
  try {
    const doc = tokenize(text);
    doc.compute(UP_TO_PRE_TAGGER);
    const terms = (doc as unknown as { docs: Record<string, unknown>[][] }).docs.flat();
    return terms.map(term => Object.entries(term).filter(([field]) => field !== 'id').map(([field, value]) => [field, value instanceof Set ? [...(value as Set<string>)] : value]));
  } finally {
    compute.preTagger = ours;
  }
}

/** The tokens and every term's tags after the whole parse, with the given pre-tagger. */
function parsedWith(preTagger: unknown, text: string): unknown {
  return parsedWithStep('preTagger', preTagger, text, (terms, tokens) => ({ terms: terms.map(t => `${t.text}/${[...t.tags].join(',')}`), tokens }));
}

describe('the pre-tagger that runs the word-only steps once per term state', () => {
  it('is installed in place of compromise’s own', () => {
    assert.notEqual(ours, compromisePreTagger);
  });

  it('leaves every term of the seeds and the regression corpus as compromise’s own pre-tagger does, every field, first and again from the memo', () => {
    const texts = projectParagraphs();
    assert.ok(texts.length > 200, `${texts.length} paragraphs`);
    clearPreTaggerMemo();
    for (let round = 0; round < 2; round++) {
      for (const text of texts) assert.deepEqual(preTagged(ours, text), preTagged(compromisePreTagger, text), text);
    }
    assert.ok(preTaggerMemoSize() > 1000, `${preTaggerMemoSize()} states remembered`);
    for (const text of texts.slice(0, 40)) assert.deepEqual(parsedWith(ours, text), parsedWith(compromisePreTagger, text), text);
  });

  // Each pair puts one word in two states that the word-only steps tell apart: if the memo took
  // the second for the first, the word would get the first one's tags.
  const pairs: Array<[string, string, string]> = [
    ['starting a sentence, then inside one (a capital there makes a proper noun)', 'Bridge repairs start soon.', 'They said Bridge repairs start soon.'],
    ['in a clause all in capitals, then in an ordinary one', 'THE MAYOR SAID THAT Bridge WORK WILL START SOON.', 'The mayor said that Bridge work will start soon.'],
    ['after an opening quote, then not', 'He said "Bridge work starts" today.', 'He said Bridge work starts today.'],
    ['with an apostrophe after it, then without', "The Jones' house and the Jones house.", 'The Jones house and the Jones house.'],
    ['with a lexicon tag from a phrase, then alone', 'She moved to New York last year.', 'She moved to New places last year.'],
  ];
  for (const [what, first, second] of pairs) {
    it(`tells a word’s states apart: ${what}`, () => {
      for (const order of [[first, second], [second, first]]) {
        clearPreTaggerMemo();
        for (const text of order) assert.deepEqual(preTagged(ours, text), preTagged(compromisePreTagger, text), text);
      }
    });
  }

  it('gives a capitalised word inside a sentence a proper-noun tag that the same word starting a sentence does not get', () => {
    clearPreTaggerMemo();
    const tagsOf = (text: string, word: string) => {
      const term = (preTagged(ours, text) as Array<Array<[string, unknown]>>).find(t => t.some(([f, v]) => f === 'text' && v === word));
      return (term?.find(([f]) => f === 'tags')?.[1] ?? []) as string[];
    };
    assert.ok(!tagsOf('Zorbulon repairs start soon.', 'Zorbulon').includes('ProperNoun'));
    assert.ok(tagsOf('They said Zorbulon repairs start soon.', 'Zorbulon').includes('ProperNoun'));
  });

  it('stays bounded on a text of ever new words', () => {
    assertStaysBoundedOnNewWords({ bound: MAX_STATES, clear: clearPreTaggerMemo, size: preTaggerMemoSize, parse: parseParagraph });
  });
});

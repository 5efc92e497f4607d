import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInThisContext } from 'node:vm';
import nlp from 'compromise';
import { assertStaysBoundedOnNewWords } from './boundedMemo';
import { projectParagraphs } from './projectParagraphs';
import { MAX_WORDS, clearWordMemo, mayContract, tokenize, wordMemoSize } from '../../../src/analysis/text/wordMemo';
import { keptPostTagger } from '../../../src/analysis/text/postTagger';
import { parseParagraph } from '../../../src/analysis/text/tokens';

interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  machine?: string;
  alias?: string[];
  implicit?: string;
  tags: Set<string>;
}

/** The tokens, and every term with the fields compromise's tokenizer and tagger set (ids are random, left out). */
function parsed(text: string, tokenizer: (text: string) => ReturnType<typeof nlp>): unknown {
  const { doc, tokens } = parseParagraph(text, keptPostTagger, tokenizer);
  const terms = (doc as unknown as { docs: Term[][] }).docs.map(sentence =>
    sentence.map(t => ({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, machine: t.machine, alias: t.alias, implicit: t.implicit, tags: [...t.tags].sort() })),
  );
  return { tokens, terms };
}

describe('the tokenizer that makes each distinct word’s term once', () => {
  it('gives every word of the seeds and the regression corpus the same token and term as compromise’s own tokenizer, first and again from the memo', () => {
    const texts = projectParagraphs();
    assert.ok(texts.length > 200, `${texts.length} paragraphs`);
    clearWordMemo();
    for (let round = 0; round < 2; round++) {
      for (const text of texts) assert.deepEqual(parsed(text, tokenize), parsed(text, t => nlp.tokenize(t)), text);
    }
    assert.ok(wordMemoSize() > 1000, `${wordMemoSize()} words remembered`);
  });

  it('runs compromise’s contraction step on a paragraph with a word it may split, as compromise does', () => {
    const termOf = (word: string) => (nlp.tokenize(word) as unknown as { docs: Term[][] }).docs[0][0] as Parameters<typeof mayContract>[0];
    for (const word of ['can’t', 'cannot', 'won’t', 'we’ll', 'they’ve', 'I’m', 'they’d', 'how’d', 'there’s', 'l’amour', 'd’Artagnan', '4km', '3-4', '9am-5pm', 'gonna']) {
      assert.equal(mayContract(termOf(word)), true, word);
    }
    for (const word of ['the', 'Trump’s', 'O’Brien', 'lenders’', '2024', '4.5', 'km', 'U.S.']) assert.equal(mayContract(termOf(word)), false, word);
    clearWordMemo();
    for (const text of ['We can’t wait, he said; it’s 4km away and costs 3-4 million.', 'They’d gone. There’s more. Trump’s aides won’t say.', 'Nothing to split here, O’Brien said.']) {
      assert.deepEqual(parsed(text, tokenize), parsed(text, t => nlp.tokenize(t)), text);
    }
  });

  it('keeps a word’s later copies apart: a tag set on one occurrence is not on the next', () => {
    clearWordMemo();
    const first = tokenize('Banks and/or lenders said “no.” Banks and/or lenders agreed.');
    const terms = (first as unknown as { docs: Term[][] }).docs.flat();
    terms[0].tags.add('Person');
    terms[1].alias?.push('x');
    const again = (tokenize('Banks and/or lenders.') as unknown as { docs: Term[][] }).docs.flat();
    assert.equal(again[0].tags.has('Person'), false);
    assert.deepEqual(again[1].alias, (nlp.tokenize('Banks and/or lenders.') as unknown as { docs: Term[][] }).docs.flat()[1].alias);
  });

  it('gives sentences and a document with no holes, run cold and once optimised: one array kind for every step that reads them', () => {
    // V8 natives, to ask an array's kind and to optimise a function now (functions compiled after the flag is set may use them).
    setFlagsFromString('--allow-natives-syntax');
    const holey = runInThisContext('(array => %HasHoleyElements(array))') as (array: unknown[]) => boolean;
    const prepare = runInThisContext('(f => %PrepareFunctionForOptimization(f))') as (f: unknown) => void;
    const optimiseNext = runInThisContext('(f => %OptimizeFunctionOnNextCall(f))') as (f: unknown) => void;
    const text = 'Maria Lopez said on Monday: “We counted 1,200 ballots.” Lopez added that two more boxes would come. They can’t wait.';
    const kinds = (): boolean[] => {
      const docs = (tokenize(text) as unknown as { docs: unknown[][] }).docs;
      return [holey(docs), ...docs.map(sentence => holey(sentence))];
    };
    prepare(tokenize);
    const cold = kinds();
    kinds();
    optimiseNext(tokenize);
    const optimised = kinds();
    assert.ok(cold.length >= 3, `${cold.length - 1} sentences`);
    assert.ok(cold.every(isHoley => !isHoley), 'cold');
    assert.deepEqual(optimised, cold);
  });

  it('stays bounded on a text of ever new words', () => {
    assertStaysBoundedOnNewWords({ bound: MAX_WORDS, clear: clearWordMemo, size: wordMemoSize, parse: tokenize });
  });
});

import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { projectParagraphs } from './projectParagraphs';
import { compromiseFreeze } from '../../../src/analysis/text/frozenLexicon';
import { clearLexiconMemo, compromiseLexicon } from '../../../src/analysis/text/lexiconMemo';
import { parseParagraph } from '../../../src/analysis/text/tokens';
import { tokenize } from '../../../src/analysis/text/wordMemo';

const compute = (nlp.world() as unknown as { compute: Record<string, unknown> }).compute;
const ours = { freeze: compute.freeze, lexicon: compute.lexicon };

interface Term {
  text: string;
  tags: Set<string>;
  frozen?: boolean;
  chunk?: string;
}

/** Every term with its tags in order, whether it is frozen, and the tokens, parsed with the given freeze and lexicon steps. */
function parsedWith(steps: { freeze: unknown; lexicon: unknown }, text: string): unknown {
  compute.freeze = steps.freeze;
  compute.lexicon = steps.lexicon;
  try {
    const { doc, tokens } = parseParagraph(text);
    const terms = (doc as unknown as { docs: Term[][] }).docs.flat().map(t => `${t.text}/${[...t.tags].join(',')}/${t.frozen}/${t.chunk}`);
    return { terms, tokens };
  } finally {
    compute.freeze = ours.freeze;
    compute.lexicon = ours.lexicon;
  }
}

const compromise = { freeze: compromiseFreeze, lexicon: compromiseLexicon };

describe('the phrase look-ups skipped where no phrase can begin', () => {
  it('installs a freeze step in place of compromise’s own', () => {
    assert.notEqual(ours.freeze, compromiseFreeze);
  });

  it('freezes and tags every word of the seeds and the regression corpus as compromise’s own steps do', () => {
    clearLexiconMemo();
    for (const text of projectParagraphs()) assert.deepEqual(parsedWith(ours, text), parsedWith(compromise, text), text);
  });

  it('still finds phrases of both lexicons, at a paragraph’s end too', () => {
    const text = 'The prime minister told the New York Times about the cold war. She moved to New York City. Then the Labour Party';
    clearLexiconMemo();
    assert.deepEqual(parsedWith(ours, text), parsedWith(compromise, text));
    const terms = (parseParagraph(text).doc as unknown as { docs: Term[][] }).docs.flat();
    // From the frozen lexicon: "prime minister" is an Actor, "Labour Party" an Organization.
    for (const [word, tag] of [['minister', 'Actor'], ['Labour', 'Organization'], ['Party', 'Organization']]) assert.ok(terms.find(t => t.text === word)?.tags.has(tag), word);
    assert.ok(terms.find(t => t.text === 'City')?.tags.has('Place'), 'City in New York City');
  });

  it('freezes every entry of the frozen lexicon, alone and inside a sentence, as compromise’s own step does', () => {
    const frozenLex = (nlp.world() as unknown as { model: { one: { frozenLex: Record<string, unknown> } } }).model.one.frozenLex;
    const entries = Object.keys(frozenLex);
    assert.ok(entries.length > 50, `${entries.length} entries`);
    let withFrozen = 0;
    for (const entry of entries) {
      for (const text of [entry, `They said ${entry} was here.`]) {
        assert.deepEqual(parsedWith(ours, text), parsedWith(compromise, text), text);
        // Right after the step (the parse unfreezes its words at the end). A few entries do not
        // survive compromise's tokenizer as written ("20th century fox").
        const doc = tokenize(text);
        doc.compute('freeze');
        if ((doc as unknown as { docs: Term[][] }).docs.flat().some(t => t.frozen)) withFrozen++;
      }
    }
    assert.ok(withFrozen > entries.length, `${withFrozen} of ${entries.length * 2} texts with a frozen word`);
  });
});

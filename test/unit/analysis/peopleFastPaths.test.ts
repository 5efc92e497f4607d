// The cheaper paths of the person-name finder (people/candidates.ts, people/nameRuns.ts) must
// give exactly what the full path gives. Each is checked on the project's own text (seeds and
// the regression corpus), on every example of the person rules, and on hand-written headlines.
import * as assert from 'node:assert/strict';
import { ALL_RULES } from '../../../src/analysis';
import { W, hasClass } from '../../../src/analysis/lexicon/lexicon';
import { findNameCandidates, skippableLoneWord } from '../../../src/analysis/people/candidates';
import { HeadlineKind, findNameRuns, headlineKinds, isAllCaps, isCapitalised, isInitial } from '../../../src/analysis/people/nameRuns';
import { Tag, parseParagraph, type Token } from '../../../src/analysis/text/tokens';
import { Lex, wordClass } from '../../../src/analysis/lexicon/wordClass';
import { projectParagraphs } from './projectParagraphs';

const HEADLINES = [
  'SOCCER - SHEARER NAMED ENGLAND CAPTAIN FOR WORLD CUP QUALIFIER',
  'BEIJING 1996-08-22',
  'Elizabeth Warren Hammers Wells Fargo CEO Over Fake Accounts Scandal',
  'City Council Approves New Budget After Long Debate on Parks',
  'Ruth Quellon Wins the Race. Then She Rests.',
];

/** Lone words opening a sentence that are names after all: a function word that is a family name, an ordinary word in personal use. */
const LONE_NAMES = ['Du said the plan would work.', 'Cruise said he would return.', 'Will arrived late on Monday.'];

function texts(): string[] {
  const examples = ALL_RULES.filter(r => r.subject === 'person').flatMap(r => [...r.examples.match, ...r.examples.noMatch].map(e => e.replace(/[[\]]/g, '')));
  return [...HEADLINES, ...LONE_NAMES, ...examples, ...projectParagraphs()];
}

const parsed = texts().map(text => ({ text, tokens: parseParagraph(text).tokens }));

/** The definition of a headline sentence, counted word by word (what headlineKinds computes with early exits). */
function headlineKindsByDefinition(tokens: Token[]): Map<number, number> {
  const counts = new Map<number, { upper: number; words: number; titled: number; ordinary: number }>();
  const ordinaryCapital = (t: Token): boolean => {
    if (!isCapitalised(t) || isAllCaps(t) || hasClass(t.lower, W.Title)) return false;
    const w = wordClass(t.lower);
    if (w & (Lex.FirstName | Lex.Surname | Lex.PersonName | Lex.Honorific | Lex.AmbiguousFirst)) return false;
    return !!(w & (Lex.Common | Lex.Function)) || (!!(t.tags & (Tag.Verb | Tag.Adverb | Tag.Adjective)) && !(t.tags & (Tag.ProperNoun | Tag.Person)));
  };
  for (const t of tokens) {
    if (!/\p{L}/u.test(t.text)) continue;
    const c = counts.get(t.sentence) ?? { upper: 0, words: 0, titled: 0, ordinary: 0 };
    c.words++;
    if (/^[\p{Lu}\d'’.-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text)) c.upper++;
    if (/^\p{Lu}/u.test(t.text) || hasClass(t.lower, W.TitleCaseMinorWord)) c.titled++;
    // (Initials are never ordinary: the finder's test also turns them down, by isInitial.)
    if (!t.sentenceStart && ordinaryCapital(t) && !/^(?:\p{Lu}\.?){1,3}$/u.test(t.text)) c.ordinary++;
    counts.set(t.sentence, c);
  }
  const kinds = new Map<number, number>();
  for (const [s, { upper, words, titled, ordinary }] of counts) {
    if (upper >= 2 && upper / words > 0.6) kinds.set(s, HeadlineKind.Capitals);
    else if (words >= 5 && titled === words && ordinary >= 2 && ordinary / words >= 0.3) kinds.set(s, HeadlineKind.TitleCase);
  }
  return kinds;
}

describe('the person-name finder’s cheaper paths', () => {
  it('skips lone sentence-opening words only where the full path finds nothing, and skips many', () => {
    let skipped = 0;
    let runs = 0;
    for (const { text, tokens } of parsed) {
      for (const run of findNameRuns(tokens)) {
        runs++;
        if (skippableLoneWord(tokens, text, run)) skipped++;
      }
      assert.deepEqual(findNameCandidates(tokens, text), findNameCandidates(tokens, text, { skipLoneWords: false }), text);
    }
    assert.ok(skipped > runs / 5, `${skipped} of ${runs} runs skipped`);
  });

  it('finds the headline sentences the definition counts, in capitals and in title case', () => {
    const seen = new Set<number>();
    for (const { text, tokens } of parsed) {
      const kinds = headlineKinds(tokens);
      const expected = headlineKindsByDefinition(tokens);
      const last = tokens.length ? tokens[tokens.length - 1].sentence : -1;
      for (let s = 0; s <= last; s++) {
        const kind = kinds?.[s] ?? HeadlineKind.None;
        assert.equal(kind, expected.get(s) ?? HeadlineKind.None, `sentence ${s} of: ${text}`);
        seen.add(kind);
      }
      // Nothing is allocated for a paragraph without headlines.
      if (!expected.size) assert.equal(kinds, null);
    }
    assert.deepEqual([...seen].sort(), [HeadlineKind.None, HeadlineKind.Capitals, HeadlineKind.TitleCase]);
  });

  it('reads capitalisation and initials as the Unicode patterns do, accented and ASCII words alike', () => {
    const words = ['Élodie', 'ÉLYSÉE', 'élan', "'90s", 'McDonald', "O'BRIEN", 'iPhone', 'Ünal', 'ßtraße', 'Łódź', '2015', 'A', 'AB', 'Ab', '', '“Okafor', '𝐀bc'];
    for (const { tokens } of parsed) words.push(...tokens.map(t => t.text));
    words.push('J.', 'J.K.', 'JKR', 'É.', '𝐀.', '𝐀.B.', 'A.B.C.', 'a.', 'US');
    for (const text of words) {
      for (const post of ['. ', ' ']) {
        const t = { text, post, lower: text.toLowerCase() } as Token;
        const initial = /^(?:\p{Lu}\.?){1,3}$/u.test(text) && text.replace(/\./g, '').length <= 3 && (text.includes('.') || (post.startsWith('.') && text.length === 1)) && !hasClass(t.lower.replace(/\./g, ''), W.AbbreviationNotInitials);
        assert.equal(isInitial(t), initial, text);
      }
      const t = { text } as Token;
      assert.equal(isCapitalised(t), /^\p{Lu}/u.test(text), text);
      assert.equal(isAllCaps(t), text.length > 1 && /^[\p{Lu}\d'’.-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text), text);
    }
  });
});

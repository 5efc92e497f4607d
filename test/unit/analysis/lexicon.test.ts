// One lexicon (src/analysis/lexicon/lexicon.ts): every word class is declared there with its
// meaning and source, no finder keeps a word table of its own, and classes whose meanings
// exclude each other share no word unless it is marked ambiguous.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTRADICTIONS, findContradictions, type Contradiction } from '../../../src/analysis/lexicon/contradictions';
import { W, WORD_CLASSES, classesOf, hasClass } from '../../../src/analysis/lexicon/lexicon';
import type { WordClassDeclaration } from '../../../src/analysis/lexicon/wordClassDeclaration';

const ROOT = join(__dirname, '..', '..', '..', '..');
const ANALYSIS = join(ROOT, 'src', 'analysis');

/**
 * Tables that may stay outside the lexicon, each with why. Keyed "<file under src/analysis>:<name>".
 */
const ALLOWED: Readonly<Record<string, string>> = {
  'quotes/singleQuotes.ts:OPENERS': 'quotation-mark characters, not words',
  'quotes/singleQuotes.ts:CLOSERS': 'quotation-mark characters, not words',
  'text/tokens.ts:TAG_BITS': "compromise's tag names, not words of the text",
  'text/tokens.ts:TOKENIZER_STEPS': "compromise's pipeline step names",
  'text/lexiconMemo.ts:ALLOW_PREFIX': "compromise's tag names (its own list, with the code it comes from)",
  'people/nameShape.ts:PLACE_OR_GROUP_TAGS': "compromise's tag names",
  'numbers/dates.ts:MONTHS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/durations.ts:GLUED_DURATIONS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/falseNumbers.ts:NUMBERED_LABELS': 'capitalised labels matched as written ("Chapter 11"), not lower-case words',
  'numbers/numeral.ts:POINT_TAILS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/quantity.ts:TEMPERATURE_SCALES': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/cursor.ts:RANGE_DASHES': 'dash characters, not words',
  'text/wordSplit.ts:NOT_WORD': "compromise's own list of punctuation pieces its tokenizer merges, not words",
  'numbers/scanner.ts:DOLLAR_CURRENCIES': 'ISO currency codes, not words of the text',
  'numbers/subunits.ts:SUBUNIT_WORDS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/subunits.ts:NOT_CENTS': 'ISO currency codes, not words of the text',
  'numbers/times.ts:TIME_ZONES': 'time-zone abbreviations matched in capitals only',
  'numbers/units.ts:CURRENCY_SYMBOLS': 'currency signs, not words',
  'numbers/units.ts:DOLLAR_PREFIXES': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:CURRENCY_CODES': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:CURRENCY_ABBREVIATIONS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:CURRENCY_ABBREVIATIONS_AFTER': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:SIGN_PREFIXED_CURRENCIES': 'a value table (letters and a sign -> its currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:GLUED_CURRENCY_LETTERS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:CURRENCY_WORDS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:MONEY_SUFFIX_SCALES': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/units.ts:SCALE_WORDS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/words.ts:UNITS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/words.ts:TENS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/words.ts:SCALES': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/words.ts:ORDINAL_UNITS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/words.ts:ORDINAL_TENS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/words.ts:ORDINAL_SCALES': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
  'numbers/words.ts:FRACTION_WORDS': 'a value table (word -> its number, unit or currency code), not a class of words: the lexicon holds classes, the numbers keep what each word is worth',
};

/** Names of word tables a source defines: `new Set([...'word'...])`, `new Set(\`…\`)`, `wordTable<…>({ word: … })`. */
export function wordTablesIn(source: string): string[] {
  const found: string[] = [];
  const definition = /(?:const|let)\s+([A-Za-z_$][\w$]*)(?:\s*:\s*[^=]+)?\s*=\s*(new Set\(\s*(?:\[\s*['"`]|`)|wordTable<[^>]*>\(\{)/g;
  for (const m of source.matchAll(definition)) found.push(m[1]);
  return found;
}

/**
 * Word lists written inside a pattern: an alternation of five or more plain words at a word's
 * start (`/^(?:his|her|their|my|your)$/`, `\\b(?:call|phone|…)`), each found as
 * "file:first-word". Suffix alternations (`(?:an|ian|ese)$` after letters) are morphology, not lists.
 */
export function wordAlternationsIn(source: string): string[] {
  const found: string[] = [];
  const alternation = /(?:\^|\\b)\(\?:((?:[a-z]+\|){4,}[a-z]+)\)/g;
  for (const m of source.matchAll(alternation)) found.push(m[1].split('|')[0]);
  return found;
}

/** Word lists inside longer patterns, where the words and the rest of the pattern are read together. */
const ALLOWED_IN_PATTERNS: Readonly<Record<string, string>> = {
  'numbers/phones.ts:call': 'the telephone words of a pattern that reads them with the number after them ("phone us on 0800 …")',
  'quotes/antecedents.ts:woman': 'the nouns of a pattern that reads a description of someone ("the Brazilian veteran")',
};

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** What a scan finds in src/analysis outside lexicon/, as "file:name", less what is allowed. */
function foundOutsideLexicon(scan: (source: string) => string[], allowed: Readonly<Record<string, string>>): string[] {
  const outside: string[] = [];
  for (const file of sourcesUnder(ANALYSIS)) {
    const rel = relative(ANALYSIS, file).split('\\').join('/');
    if (rel.startsWith('lexicon/')) continue;
    for (const name of scan(readFileSync(file, 'utf8'))) if (!(`${rel}:${name}` in allowed)) outside.push(`${rel}:${name}`);
  }
  return outside;
}

describe('the lexicon', () => {
  it('finds the word tables a source defines (the scan below can fail)', () => {
    assert.deepEqual(wordTablesIn("const VERBS = new Set(['said', 'told']);\nconst T: ReadonlySet<string> = new Set(`a b`);\nconst M = wordTable<number>({ jan: 1 });\nconst S = new Set<string>();"), ['VERBS', 'T', 'M']);
  });

  it('is the only place that defines word tables in src/analysis', () => {
    assert.deepEqual(foundOutsideLexicon(wordTablesIn, ALLOWED), [], 'declare these word classes in src/analysis/lexicon/ and ask hasClass()');
  });

  it('finds word lists written as patterns (the scan below can fail)', () => {
    assert.deepEqual(wordAlternationsIn(String.raw`if (/^(?:his|her|their|my|your|our)$/.test(w)) x(/\b(?:call|phone|tel|fax|dial)\b/); y(/\p{Ll}+(?:an|ian|ese|ish|ic)$/u); z(/^(?:a|b|c)$/);`), ['his', 'call']);
  });

  it('has no word list written as a pattern in src/analysis outside it', () => {
    assert.deepEqual(foundOutsideLexicon(wordAlternationsIn, ALLOWED_IN_PATTERNS), [], 'declare these words as a class in src/analysis/lexicon/ and ask hasClass()');
  });

  it('declares each class with a meaning and a source, and finds every declared word', () => {
    for (const [name, c] of Object.entries(WORD_CLASSES) as [keyof typeof W, WordClassDeclaration][]) {
      assert.ok(c.meaning.length > 10 && c.source.length > 5, `${name} needs a meaning and a source`);
      for (const word of c.words) assert.ok(hasClass(word, W[name]), `${word} not found in ${name}`);
    }
    assert.equal(hasClass('constructor', W.SpeechVerb), false);
  });

  it('keeps each word once, with all its meanings side by side', () => {
    const spokesman = classesOf('spokesman');
    for (const c of ['Title', 'OrganisationFollower', 'PersonalNoun'] as const) assert.ok(spokesman.includes(c), `spokesman: ${spokesman.join(', ')}`);
    assert.deepEqual(classesOf('zzyzx'), []);
  });

  it('has no word in two classes whose meanings exclude each other', () => {
    assert.deepEqual(findContradictions(WORD_CLASSES, CONTRADICTIONS), []);
  });

  it('reports a planted contradiction, and a stale exception', () => {
    const declare = (words: string[]): WordClassDeclaration => ({ meaning: 'test class', source: 'test', words });
    const classes = { Never: declare(['christmas', 'grace']), Given: declare(['grace', 'amara', 'christmas']), Ambiguous: declare(['grace']) };
    const rules: Contradiction<keyof typeof classes>[] = [{ a: 'Never', b: 'Given', unless: 'Ambiguous', why: 'planted', except: { rio: 'stale' } }];
    assert.deepEqual(findContradictions(classes, rules), ['christmas: Never and Given (planted)', 'rio: listed as an exception to Never and Given, but not in both']);
  });
});


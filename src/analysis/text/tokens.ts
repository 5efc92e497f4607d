// One paragraph's words as a flat array, read from compromise's terms once: text, offsets,
// surrounding punctuation and the tags we use, as bit flags. Offsets are computed by compromise
// once per paragraph (`compute('offset')`); reading them here is linear in the paragraph.
import nlp from 'compromise';
import './compromiseSweep';
import './fastUnicode';
import './lexiconMemo';
import './frozenLexicon';
import './preTagger';
import './termIds';
import { keptPostTagger, type PostTagger } from './postTagger';
import { tokenize } from './wordMemo';
import { wordTable } from '../../common/wordTable';

/** Tag bits. Plain numbers so that a token's tags are one integer (cheap to test, to cache). */
export const Tag = {
  Person: 1 << 0,
  FirstName: 1 << 1,
  LastName: 1 << 2,
  MaleName: 1 << 3,
  FemaleName: 1 << 4,
  Honorific: 1 << 5,
  ProperNoun: 1 << 6,
  Place: 1 << 7,
  Organization: 1 << 8,
  Demonym: 1 << 9,
  Verb: 1 << 10,
  Noun: 1 << 11,
  Adjective: 1 << 12,
  Adverb: 1 << 13,
  Determiner: 1 << 14,
  Preposition: 1 << 15,
  Conjunction: 1 << 16,
  Pronoun: 1 << 17,
  Value: 1 << 18,
  Date: 1 << 19,
  Acronym: 1 << 20,
  Possessive: 1 << 21,
  Actor: 1 << 22,
  Plural: 1 << 23,
  Auxiliary: 1 << 24,
  QuestionWord: 1 << 25,
  Expression: 1 << 26,
  PastTense: 1 << 27,
  Infinitive: 1 << 28,
} as const;

const TAG_BITS = wordTable<number>({
  Person: Tag.Person,
  FirstName: Tag.FirstName,
  LastName: Tag.LastName,
  MaleName: Tag.MaleName | Tag.FirstName,
  FemaleName: Tag.FemaleName | Tag.FirstName,
  Honorific: Tag.Honorific,
  ProperNoun: Tag.ProperNoun,
  Place: Tag.Place,
  Country: Tag.Place,
  City: Tag.Place,
  Region: Tag.Place,
  Address: Tag.Place,
  Organization: Tag.Organization,
  SportsTeam: Tag.Organization,
  School: Tag.Organization,
  Company: Tag.Organization,
  Demonym: Tag.Demonym,
  Verb: Tag.Verb,
  Noun: Tag.Noun,
  Adjective: Tag.Adjective,
  Adverb: Tag.Adverb,
  Determiner: Tag.Determiner,
  Preposition: Tag.Preposition,
  Conjunction: Tag.Conjunction,
  Pronoun: Tag.Pronoun,
  Value: Tag.Value,
  Date: Tag.Date,
  Month: Tag.Date,
  WeekDay: Tag.Date,
  Holiday: Tag.Date,
  Acronym: Tag.Acronym,
  Possessive: Tag.Possessive,
  Actor: Tag.Actor,
  Plural: Tag.Plural,
  Auxiliary: Tag.Auxiliary,
  Modal: Tag.Auxiliary,
  Copula: Tag.Auxiliary,
  QuestionWord: Tag.QuestionWord,
  Expression: Tag.Expression,
  PastTense: Tag.PastTense,
  Infinitive: Tag.Infinitive,
});

/**
 * Every compromise tag a finder reads: the tags behind the bits above, and those the number
 * finder reads by name from compromise's terms (numbers/context.ts). The post-tagger's rules are
 * kept or left out by whether they change any of these (text/postTagger.ts).
 */
export const READ_TAGS: readonly string[] = [...Object.keys(TAG_BITS), 'Gerund', 'PresentTense', 'Singular'];

/** A word of the paragraph. Offsets are relative to the paragraph text, end exclusive. */
export interface Token {
  /** The word as written, without surrounding punctuation ("Trump’s"). */
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces before / after the word, as compromise splits them. */
  pre: string;
  post: string;
  /** Lower case, possessive removed ("trump"). */
  lower: string;
  /** Length of a trailing possessive ("’s" → 2, "’" → 1), 0 when none. */
  possessive: number;
  tags: number;
  /** Index of the sentence in the paragraph. */
  sentence: number;
  /** First word of its sentence. */
  sentenceStart: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

function tagBits(tags: Set<string>): number {
  let bits = 0;
  for (const t of tags) bits |= TAG_BITS[t] ?? 0;
  return bits;
}

// compromise's full pipeline is its tokenizer, its tagger, then a chunker that groups words
// into noun and verb phrases. We read tags only, so we run the pipeline without the chunker
// (the tags are identical; the parse is ~10% faster). The tokenizer (text/wordMemo.ts, which
// gives what `nlp.tokenize` gives) already ran the tokenizer's own steps. The tagger's last step, the post-tagger, runs with our choice of its
// rules (text/postTagger.ts).
const TOKENIZER_STEPS = new Set(['contractions', 'alias', 'machine', 'normal']);
const HOOKS = nlp.hooks();
const TAGGER_STEPS = HOOKS.slice(0, HOOKS.indexOf('postTagger')).filter(step => !TOKENIZER_STEPS.has(step));

/**
 * Parses a paragraph with compromise and returns the document and its tokens. The tokenizer is
 * ours (text/wordMemo.ts) unless a test passes compromise's own (`nlp.tokenize`) to compare.
 */
export function parseParagraph(
  text: string,
  postTagger: PostTagger = keptPostTagger,
  tokenizer: (text: string) => ReturnType<typeof nlp> = tokenize,
): { doc: ReturnType<typeof nlp>; tokens: Token[] } {
  const doc = tokenizer(text);
  doc.compute(TAGGER_STEPS);
  postTagger.run(doc);
  doc.compute('offset');
  return { doc, tokens: readTokens(doc as unknown as { docs: Term[][] }) };
}

function readTokens(doc: { docs: Term[][] }): Token[] {
  const tokens: Token[] = [];
  const sentences = doc.docs;
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const terms = sentences[sentence];
    let first = true;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      // Contractions expand into implicit terms with no text of their own ("didn’t" → did + not).
      if (!term.text) continue;
      let tags = tagBits(term.tags);
      const ending = possessiveEnding(term.text);
      let possessive = 0;
      // Keep apostrophe-s names that are not possessives intact ("O'Brien" has no trailing 's).
      if (ending > 0 && (tags & Tag.Possessive || ending === 1 || term.post.startsWith(' ') || term.post === '')) {
        possessive = ending;
        if (term.text.length - possessive < 1) possessive = 0;
        if (possessive) tags |= Tag.Possessive;
      }
      const start = term.offset.start;
      const word = possessive ? term.text.slice(0, term.text.length - possessive) : term.text;
      tokens.push({
        text: term.text,
        start,
        end: start + term.text.length,
        pre: term.pre,
        post: term.post,
        lower: word.toLowerCase(),
        possessive,
        tags,
        sentence,
        sentenceStart: first,
      });
      first = false;
    }
  }
  return tokens;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/**
 * The length of a possessive-looking ending ("’s" or "'S" → 2, a bare "’" → 1), 0 for none: what
 * /(?:['’]s|['’])$/i matches, read from the last two characters (no match object per word).
 */
export function possessiveEnding(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const last = text.charCodeAt(n - 1);
  if (isApostrophe(last)) return 1;
  return (last === 0x73 || last === 0x53) && n >= 2 && isApostrophe(text.charCodeAt(n - 2)) ? 2 : 0;
}

/**
 * Token `i` ends its line or the paragraph, or a quotation opens right after it: the end of an
 * attribution such as a dash signature ("“…” ― Nell Carden Grey “…").
 */
export function endsLineOrMeetsQuote(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || /\n|[“"]/.test(tokens[i].post + next.pre);
}

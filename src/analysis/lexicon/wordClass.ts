// What a single word is, out of context: a given name, a family name, a place, an ordinary
// English word… Read from compromise's lexicon plus our name lists, memoised per word.
import { W, hasClass } from './lexicon';
import nlp from 'compromise';
import { ownEntry, wordTable } from '../../common/wordTable';

export const Lex = {
  FirstName: 1 << 0,
  Surname: 1 << 1,
  /** A famous single-name person or a name compromise only knows as "Person". */
  PersonName: 1 << 2,
  Male: 1 << 3,
  Female: 1 << 4,
  Place: 1 << 5,
  Organization: 1 << 6,
  Demonym: 1 << 7,
  /** An ordinary English word (noun, verb, adjective, function word…). */
  Common: 1 << 8,
  /** A function word: determiner, preposition, conjunction, pronoun, adverb, auxiliary. */
  Function: 1 << 9,
  Date: 1 << 10,
  /** A job or role noun ("spokesman", "striker"). */
  Actor: 1 << 11,
  ChineseSurname: 1 << 12,
  KoreanSurname: 1 << 13,
  /** Heads an organisation or place name ("Department", "Square"). */
  NonPersonHead: 1 << 14,
  /** Never a person alone ("Christmas", "Republicans"). */
  NonPersonWord: 1 << 15,
  Honorific: 1 << 16,
  Value: 1 << 17,
  /** A given name that is also an ordinary word ("Rose", "Frank"): a name only before a family name. */
  AmbiguousFirst: 1 << 18,
  /** A place-name head that is also a family name ("Hill", "Law"). */
  SurnameHead: 1 << 19,
} as const;

const LEXICON_BITS = wordTable<number>({
  FirstName: Lex.FirstName,
  MaleName: Lex.FirstName | Lex.Male,
  FemaleName: Lex.FirstName | Lex.Female,
  LastName: Lex.Surname,
  Person: Lex.PersonName,
  Place: Lex.Place,
  Country: Lex.Place,
  City: Lex.Place,
  Region: Lex.Place,
  Organization: Lex.Organization,
  SportsTeam: Lex.Organization,
  Demonym: Lex.Demonym,
  Month: Lex.Date,
  WeekDay: Lex.Date,
  Date: Lex.Date,
  Holiday: Lex.Date,
  Duration: Lex.Date,
  Actor: Lex.Actor | Lex.Common,
  Honorific: Lex.Honorific,
  Determiner: Lex.Function | Lex.Common,
  Preposition: Lex.Function | Lex.Common,
  Conjunction: Lex.Function | Lex.Common,
  Pronoun: Lex.Function | Lex.Common,
  Adverb: Lex.Function | Lex.Common,
  Modal: Lex.Function | Lex.Common,
  Copula: Lex.Function | Lex.Common,
  QuestionWord: Lex.Function | Lex.Common,
  Negative: Lex.Function | Lex.Common,
  Reflexive: Lex.Function | Lex.Common,
  Condition: Lex.Function | Lex.Common,
  Possessive: Lex.Function | Lex.Common,
  Expression: Lex.Common,
  Cardinal: Lex.Value,
  Ordinal: Lex.Value,
  TextValue: Lex.Value,
  Fraction: Lex.Value,
  Multiple: Lex.Value,
});
const NAME_BITS = Lex.FirstName | Lex.Surname | Lex.PersonName;
const NOT_COMMON_TAGS = new Set(['ProperNoun', 'Abbreviation', 'Acronym', 'Unit', 'Currency', 'Emoticon']);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const memo = new Map<string, number>();
const MEMO_LIMIT = 100_000;

function classify(lower: string): number {
  let bits = 0;
  const entry = ownEntry(lexicon, lower);
  if (entry !== undefined) {
    const tags = Array.isArray(entry) ? entry : [entry];
    for (const t of tags) {
      const b = LEXICON_BITS[t];
      if (b !== undefined) bits |= b;
      else if (!NOT_COMMON_TAGS.has(t)) bits |= Lex.Common;
    }
  }
  if (hasClass(lower, W.GivenName)) bits |= Lex.FirstName;
  if (hasClass(lower, W.MaleGivenName)) bits |= Lex.Male;
  if (hasClass(lower, W.FemaleGivenName)) bits |= Lex.Female;
  if (hasClass(lower, W.FamilyName)) bits |= Lex.Surname;
  if (hasClass(lower, W.ChineseFamilyName)) bits |= Lex.ChineseSurname | Lex.Surname;
  if (hasClass(lower, W.KoreanFamilyName)) bits |= Lex.KoreanSurname | Lex.Surname;
  if (hasClass(lower, W.NonPersonHead)) bits |= Lex.NonPersonHead;
  if (hasClass(lower, W.FamilyNameHead)) bits |= Lex.SurnameHead;
  if (hasClass(lower, W.AmbiguousGivenName)) bits |= Lex.AmbiguousFirst;
  if (!(bits & (NAME_BITS | Lex.Place)) && isCommonWord(lower)) bits |= Lex.Common;
  if (hasClass(lower, W.NeverPersonAlone)) bits |= Lex.NonPersonWord;
  if (hasClass(lower, W.Nationality)) bits |= Lex.Demonym;
  // A word the lexicon knows only as a name is not "common" even if a suffix rule said so.
  if (bits & NAME_BITS && !(bits & Lex.Function)) bits &= ~Lex.Common;
  return bits;
}

function isCommonWord(lower: string): boolean {
  if (hasClass(lower, W.CommonWord)) return true;
  if (lower.length > 3 && lower.endsWith('s')) {
    if (hasClass(lower.slice(0, -1), W.CommonWord)) return true;
    if (lower.endsWith('ies') && lower.length >= 7 && hasClass(lower.slice(0, -3) + 'y', W.CommonWord)) return true;
    if (lower.endsWith('es') && hasClass(lower.slice(0, -2), W.CommonWord)) return true;
  }
  // English derivational endings that given and family names do not have.
  return /(?:tions?|sions?|ments?|ness|ships?|ity|ities|isms?|ical|ances?|ences?|ency|ancy|ology|ography|ware|ics|alists?|ionists?|ologists?|ders)$/.test(lower) && lower.length > 5;
}

/** A word the dictionaries list ("image"), as opposed to one that only looks common by its ending ("Sonders"). */
export function isListedWord(lower: string): boolean {
  return hasClass(lower, W.CommonWord) || ownEntry(lexicon, lower) !== undefined;
}

// The finders ask about the same word several times in a row: the last answer is kept, so a
// repeated question costs a string comparison rather than a lookup.
let lastWord = '';
let lastClass = 0;

/** The lexical classes of a lower-case word (bits of `Lex`). */
export function wordClass(lower: string): number {
  if (lower === lastWord && lower !== '') return lastClass;
  let bits = memo.get(lower);
  if (bits === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    bits = classify(lower);
    memo.set(lower, bits);
  }
  lastWord = lower;
  lastClass = bits;
  return bits;
}

// A pinyin syllable: optional initial, then a final. Used to recognise Chinese given names
// ("Xiaojun" = xiao + jun) that no list can hold.
const PINYIN_NAME = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)){1,2}$/;

/** True for a word that reads as a one- or two-syllable pinyin given name. */
export function isPinyin(lower: string): boolean {
  return lower.length >= 2 && lower.length <= 9 && PINYIN_NAME.test(lower);
}

// A syllable of a romanised Korean given name ("Jae", "yong", "Jong", "Un", "wook", "Hyun"):
// optional initial, a vowel, optional final consonant. The parts of "Kim Jong Un" or "Lee
// Jae-yong" are not words any lexicon holds.
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkdtbpsjhmnrlw])?(?:yae|yeo|wae|ae|ya|eo|ye|yo|wa|oe|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|[kntlmp])?$/;

/** True for a word that reads as one syllable of a romanised Korean given name. */
export function isKoreanSyllable(lower: string): boolean {
  return lower.length <= 5 && KOREAN_SYLLABLE.test(lower);
}

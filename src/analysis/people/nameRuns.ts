// Runs of capitalised words in a paragraph ("Deputy Attorney General Rod J. Rosenstein"):
// the raw material from which person names are cut. A run stays inside one sentence, crosses
// only spaces, hyphens and the dot of an initial or abbreviated title, and ends after a
// possessive ("Trump’s").
import { W, hasClass } from '../lexicon/lexicon';
import { Tag, type Token } from '../text/tokens';
import { Lex, isKoreanSyllable, isPinyin, wordClass } from '../lexicon/wordClass';

const isSyllable = (lower: string): boolean => isPinyin(lower) || isKoreanSyllable(lower);



const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d'’.-]+$/u;
const INITIAL = /^(?:\p{Lu}\.?){1,3}$/u;
const SPACE = /^[ \t\u00a0]+$/;
const LETTER = /\p{L}/u;

export function isCapitalised(t: Token): boolean {
  // Most words start with an ASCII character: answer those without the Unicode regex.
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}

/** The word starts with an ASCII lower-case letter, so it is neither capitalised nor in capitals. */
function asciiLowerStart(text: string): boolean {
  return asciiLowerAt(text, 0);
}

function asciiLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** The word starts with an ASCII capital, so it has a letter. */
function asciiUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}


/** A single capital, optionally dotted ("J." or "J.K."). */
export function isInitial(t: Token): boolean {
  // Undotted capitals before a dot are an acronym or a regnal number ending the sentence ("as
  // CEO. Ford …", "Elizabeth II. Imelda …"), not initials.
  // (More than six characters, or a lower-case ASCII letter first, is no initial.)
  return t.text.length <= 6 && !asciiLowerStart(t.text) && INITIAL.test(t.text) && t.text.replace(/\./g, '').length <= 3 && (t.text.includes('.') || t.post.startsWith('.') && t.text.length === 1) && !hasClass(t.lower.replace(/\./g, ''), W.AbbreviationNotInitials);
}

/** Written all in capitals ("BEIJING"); single letters do not count. */
export function isAllCaps(t: Token): boolean {
  // ("CME's", "NASA's": the possessive ending is no part of the word's case.)
  const text = t.possessive ? t.text.slice(0, t.text.length - t.possessive) : t.text;
  // (A lower-case ASCII letter first or second rules it out without the Unicode patterns.)
  return text.length > 1 && !asciiLowerStart(text) && !asciiLowerAt(text, 1) && ALL_CAPS.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

function joins(a: Token, b: Token): boolean {
  if (b.pre !== '' || a.possessive) return false;
  if (SPACE.test(a.post) || a.post === '-') return true;
  // "J. Rosenstein", "Mr. Key", "Ma. Cristina Reyes": the dot belongs to the abbreviation.
  if (/^\.[ \t\u00a0]*$/.test(a.post)) return isInitial(a) || hasClass(a.lower, W.AbbreviatedTitle) || (hasClass(a.lower, W.AbbreviatedGivenName) && isCapitalised(a));
  return a.post === '' && a.end === b.start;
}

export interface NameRun {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** The sentence is written in capitals (a headline): names there need document support. */
  headline: boolean;
  /** The sentence is in title case: capitalisation alone does not show a name there. */
  titleCase: boolean;
  /** Tokens [from, to] of a nickname in quotation marks inside the run ("Terry “Tank” Mulgrew"). */
  nickname?: { from: number; to: number };
}

/** The closing mark of each opening mark a nickname may be set in. */
const NICKNAME_MARKS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/**
 * "Terry “Tank” Mulgrew", "Jimmy ‘The Cat’ Doyle": one to three words in quotation marks between
 * two capitalised words of one sentence, the first opening capitalised, is a nickname inside a
 * name. The index of its last word, or -1.
 */
function nicknameAfter(tokens: Token[], j: number): number {
  const before = tokens[j];
  const open = tokens[j + 1];
  if (!open || before.possessive || !SPACE.test(before.post) || !isCapitalised(open) || open.sentence !== before.sentence) return -1;
  const close = NICKNAME_MARKS[open.pre];
  if (!close) return -1;
  for (let m = j + 1; m <= j + 3 && m + 1 < tokens.length; m++) {
    const t = tokens[m];
    if (m > j + 1 && t.pre !== '') return -1;
    if (t.post.startsWith(close) && SPACE.test(t.post.slice(close.length))) {
      const after = tokens[m + 1];
      // The family name may open with a particle ("Ramon “Monching” dela Paz").
      return after.pre === '' && (isCapitalised(after) || particleStart(tokens, m + 1)) && after.sentence === before.sentence ? m : -1;
    }
    if (!SPACE.test(t.post)) return -1;
  }
  return -1;
}

/** The token after `j` is a Chinese or Korean family name joined to it by a space ("Chong-sik Lee"). */
function familyNameAfter(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && joins(tokens[j], next) && SPACE.test(tokens[j].post) && isCapitalised(next) && !!(wordClass(next.lower) & (Lex.KoreanSurname | Lex.ChineseSurname));
}

/**
 * "al-Assad", "de Silva", "van der Berg", "De la Cruz": particles at `i` open a name (the first
 * may be capitalised at a sentence start, those after it are lower-case).
 */
export function particleStart(tokens: Token[], i: number): boolean {
  if (!hasClass(tokens[i].lower, W.NameParticle)) return false;
  let afterParticles = i;
  while (afterParticles - i < 2 && afterParticles + 1 < tokens.length && hasClass(tokens[afterParticles].lower, W.NameParticle) && (afterParticles === i || !isCapitalised(tokens[afterParticles])) && joins(tokens[afterParticles], tokens[afterParticles + 1]) && hasClass(tokens[afterParticles + 1].lower, W.NameParticle) && !isCapitalised(tokens[afterParticles + 1])) afterParticles++;
  return afterParticles + 1 < tokens.length && joins(tokens[afterParticles], tokens[afterParticles + 1]) && isCapitalised(tokens[afterParticles + 1]) && !isAllCaps(tokens[afterParticles + 1]);
}

/**
 * "told Anna I was away": token `at` is the pronoun "I" opening a clause (a verb follows) after a
 * name that is a verb's or a preposition's object, not a regnal number ("Charles I was
 * executed", "Queen Elizabeth I was crowned" keep it).
 */
function pronounIAfterName(tokens: Token[], from: number, at: number): boolean {
  if (tokens[at].text !== 'I' || !(tokens[at + 1]?.tags & Tag.Verb) || !SPACE.test(tokens[at].post)) return false;
  const before = tokens[from - 1];
  if (!before || before.sentence !== tokens[from].sentence || !(before.tags & (Tag.Verb | Tag.Preposition))) return false;
  for (let k = from; k < at; k++) if (hasClass(tokens[k].lower, W.RoyalTitle)) return false;
  return true;
}

/** Finds the runs of capitalised words, with particles and initials, in one paragraph. */
export function findNameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  const kinds = headlineKinds(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const titled = kinds !== null && kinds[t.sentence] === HeadlineKind.TitleCase;
    if (titled && ordinaryCapital(t)) {
      i++;
      continue;
    }
    if (!isCapitalised(t) && !particleStart(tokens, i)) {
      i++;
      continue;
    }
    const capitals = kinds !== null && kinds[t.sentence] === HeadlineKind.Capitals;
    let j = i;
    let nickname: NameRun['nickname'];
    for (;;) {
      while (j + 1 < tokens.length && joins(tokens[j], tokens[j + 1])) {
        const next = tokens[j + 1];
        if (isCapitalised(next)) {
          if (titled && ordinaryCapital(next)) break;
          if (pronounIAfterName(tokens, i, j + 1)) break;
          j++;
          continue;
        }
        // "Kim Jong-un", "Hau Lung-bin": a short lower-case syllable after a hyphen. One that
        // reads as a particle ("bin") ends the name when no capitalised word follows it.
        const particleEnd = hasClass(next.lower, W.NameParticle) && !(j + 2 < tokens.length && joins(next, tokens[j + 2]) && isCapitalised(tokens[j + 2]));
        // "Lee Jae-yong", "Moon Jae-in", "Chen Shui-bian": after a Korean or Chinese family name, the
        // second syllable of a hyphenated given name, whatever English word it spells.
        const afterFamilyName = j > i && wordClass(tokens[j - 1].lower) & (Lex.KoreanSurname | Lex.ChineseSurname);
        const givenSyllables = afterFamilyName && /^\p{Ll}{1,5}$/u.test(next.text) && isSyllable(tokens[j].lower) && isSyllable(next.lower);
        // "Kang Young-hoon", "Hsieh Chang-ting", "Chong-sik Lee": two syllables of a romanised
        // given name, the second no English word, next to a family name or another capitalised word
        // ("Hsieh"): whatever the first spells ("Young").
        const pairedSyllables = /^\p{Ll}{2,5}$/u.test(next.text) && isSyllable(next.lower) && !(wordClass(next.lower) & (Lex.Common | Lex.Function)) && !hasClass(next.lower, W.CompoundTail) && (j > i ? afterFamilyName || isSyllable(tokens[j].lower) && !(wordClass(tokens[j].lower) & Lex.Common) : isSyllable(tokens[j].lower) && familyNameAfter(tokens, j + 1));
        const syllable = /^\p{Ll}{1,3}$/u.test(next.text) && !hasClass(next.lower, W.CompoundTail) && (particleEnd || !hasClass(next.lower, W.NameParticle) && !(wordClass(next.lower) & (Lex.Common | Lex.Function)));
        if (tokens[j].post === '-' && (givenSyllables || pairedSyllables || syllable)) {
          j++;
          // "Inzamam-ul-Haq": the name goes on after the syllable.
          if (next.post === '-' && j + 1 < tokens.length && isCapitalised(tokens[j + 1])) continue;
          // "Chong-sik Lee": a given name first, then the family name.
          if (pairedSyllables && j === i + 1 && familyNameAfter(tokens, j)) {
            j++;
            break;
          }
          break;
        }
        // Particles continue the run only when a capitalised word follows them ("van der Westhuizen").
        let p = j + 1;
        while (p + 1 < tokens.length && p - j <= 2 && hasClass(tokens[p].lower, W.NameParticle) && joins(tokens[p], tokens[p + 1]) && !isCapitalised(tokens[p + 1])) p++;
        if (hasClass(tokens[p].lower, W.NameParticle) && p + 1 < tokens.length && joins(tokens[p], tokens[p + 1]) && isCapitalised(tokens[p + 1])) {
          j = p + 1;
          continue;
        }
        break;
      }
      // The name goes on after a nickname in quotation marks (one per run).
      const nicknameEnd = nickname || capitals ? -1 : nicknameAfter(tokens, j);
      if (nicknameEnd < 0 || (titled && ordinaryCapital(tokens[nicknameEnd + 1]))) break;
      nickname = { from: j + 1, to: nicknameEnd };
      j = nicknameEnd + 1;
    }
    runs.push({ first: i, last: j, headline: capitals, titleCase: titled, ...(nickname && { nickname }) });
    i = j + 1;
  }
  return runs;
}


/**
 * A capitalised ordinary word, not a name part or a title ("Hammers", "Should"): one the lexicon
 * knows, or one compromise reads as a verb, an adverb or an adjective ("Reportedly Scrambling").
 */
function ordinaryCapital(t: Token): boolean {
  if (!isCapitalised(t) || isAllCaps(t) || isInitial(t) || hasClass(t.lower, W.Title)) return false;
  const w = wordClass(t.lower);
  if (w & (Lex.FirstName | Lex.Surname | Lex.PersonName | Lex.Honorific | Lex.AmbiguousFirst)) return false;
  return !!(w & (Lex.Common | Lex.Function)) || (!!(t.tags & (Tag.Verb | Tag.Adverb | Tag.Adjective)) && !(t.tags & (Tag.ProperNoun | Tag.Person)));
}

/** How a sentence is written, where it is a headline (see headlineKinds). */
export const HeadlineKind = { None: 0, Capitals: 1, TitleCase: 2 } as const;

/**
 * Sentences written as headlines: mostly in capitals ("BEIJING", "SOCCER - SHEARER NAMED"):
 * names there need the document's support; and in title case, every word capitalised but minor
 * ones, ordinary words and verbs included ("Elizabeth Warren Hammers Wells Fargo CEO"): there,
 * capitalisation does not join an ordinary word to a name. The kind of each sentence by its
 * index, or null when no sentence is a headline (most paragraphs: nothing is allocated then).
 * Tokens come sentence by sentence (text/tokens.ts reads them so).
 */
export function headlineKinds(tokens: Token[]): Uint8Array | null {
  let kinds: Uint8Array | null = null;
  for (let from = 0; from < tokens.length; ) {
    const sentence = tokens[from].sentence;
    let to = from;
    while (to < tokens.length && tokens[to].sentence === sentence) to++;
    const kind = sentenceKind(tokens, from, to);
    if (kind !== HeadlineKind.None) (kinds ??= new Uint8Array(tokens[tokens.length - 1].sentence + 1))[sentence] = kind;
    from = to;
  }
  return kinds;
}

/**
 * The kind of the sentence of tokens [from, to). Counts words (tokens with a letter), words in
 * capitals, and whether every word is capitalised or minor; the capitalised ordinary words are
 * counted only for a sentence that title case is still possible for, and one lower-case word
 * that is not minor rules title case out: most sentences cost a character test a word.
 */
function sentenceKind(tokens: Token[], from: number, to: number): number {
  let words = 0;
  let upper = 0;
  let titled = true;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (asciiLowerStart(t.text)) {
      words++;
      if (titled && !hasClass(t.lower, W.TitleCaseMinorWord)) titled = false;
      continue;
    }
    if (!asciiUpperStart(t.text) && !LETTER.test(t.text)) continue;
    words++;
    if (isAllCaps(t)) upper++;
    if (titled && !isCapitalised(t) && !hasClass(t.lower, W.TitleCaseMinorWord)) titled = false;
  }
  if (upper >= 2 && upper / words > 0.6) return HeadlineKind.Capitals;
  if (words < 5 || !titled) return HeadlineKind.None;
  let ordinary = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.sentenceStart && LETTER.test(t.text) && ordinaryCapital(t)) ordinary++;
  }
  return ordinary >= 2 && ordinary / words >= 0.3 ? HeadlineKind.TitleCase : HeadlineKind.None;
}

// Real speech or not: quotation marks also wrap scare quotes ("the so-called “reform”", "grew
// into a “movement”"), titles ("the song “American Skin”"), nicknames and terms. Those are not
// quotes of anyone. A short quotation a verb of describing hands to its object ("called the
// ruling “dangerous”") is somebody's words, however short.
import { W, hasClass } from '../lexicon/lexicon';
import { Lex, wordClass } from '../lexicon/wordClass';
import { Tag, type Token } from '../text/tokens';
import type { QuoteCue } from './cues';
import type { QuotePiece } from './quoteMarks';
import { firstIndex } from '../../common/firstIndex';
import { citedSourceAfter } from '../text/citedSource';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Decides whether a quote piece is speech (true) or a scare quote, title or term (false). */
export function isSpeech(text: string, tokens: Token[], piece: QuotePiece, cue: QuoteCue | null): boolean {
  return speechVeto(text, tokens, piece, cue) === null;
}

/**
 * The id of the rule that turns a quote piece down as a scare quote, a title or a term (see
 * rules.ts), or null when it is speech.
 */
export function speechVeto(text: string, tokens: Token[], piece: QuotePiece, cue: QuoteCue | null): string | null {
  // A quote running on from or into another paragraph is always speech, and so is a
  // transcript's answer (its label says who speaks).
  if (!piece.opened || !piece.closed || piece.label) return null;
  const content = text.slice(piece.start + 1, piece.end - 1);
  const words = content.match(WORD) ?? [];
  if (!words.length) return 'quote.no-words';
  // "“Storm delays Halden festival” — Halden Arbeiderblad, October 11, 2026": a source list's title.
  if (citedSourceAfter(text, piece.start, piece.end)) return 'quote.cited-title';
  const at = tokenIndexBefore(tokens, piece.start);
  // The word before, in the same sentence ("… to give her name. “My kids …”" has none).
  const before = precedingWord(tokens, piece.start);
  const sameSentence = before !== null && !/[.!?]/.test(before.post);
  const governed = describingVerb(tokens, at) ?? describingVerbOfList(text, tokens, piece.start);
  const namedBefore = sameSentence && hasClass(before.lower, W.NamingWord) && !(before.lower === 'as' && (governed === 'described' || cue && cue.kind !== 'subject' || singleMarked(text, piece) && describedAsBefore(tokens, at)));
  if (words.length <= 6 && (namedBefore || governed === 'naming' || namingPhraseBefore(tokens, at))) return 'quote.named';
  // "titled “…”", "dubbed the “…”": a title of any length.
  const titling = at >= 0 && (hasClass(tokens[at].lower, W.TitlingWord) || at >= 1 && /^(?:the|a|an)$/.test(tokens[at].lower) && hasClass(tokens[at - 1].lower, W.TitlingWord));
  if (titling && words.length <= 15 && !/[.!?]["”]?$/.test(content.trim())) return 'quote.title';
  // Titles and names: every word capitalised, short, and nobody cued as saying it.
  const titleCased = words.every(w => /^[\p{Lu}\d]/u.test(w) || hasClass(w, W.TitleCaseMinorWord));
  const sentenceLike = /[.!?…]["”’]?$/.test(content.trim()) || /[,;:]$/.test(content.trim());
  if (titleCased && words.length <= 6 && !sentenceLike && (!cue || cue.kind === 'subject')) return 'quote.title-case';
  // A title after "of", "on" or a possessive ("an episode of “Fox News Sunday,”", "told MSNBC’s
  // “Morning Joe”") names a show, a book or a film, whoever speaks in the sentence.
  if (titleCased && words.length <= 6 && sameSentence && (hasClass(before.lower, W.WorkTitlePreceder) || before.possessive > 0)) return 'quote.title';
  if (titleCased && words.length <= 6 && !sentenceLike) {
    // "had watched “The Godfather”", "was reading “War and Peace”": a title as the object of a
    // verb that is not one of saying or describing.
    if (before && hasClass(before.lower, W.WorkVerb) && SPACE_ONLY.test(before.post.replace(/["“]+$/, ''))) return 'quote.title';
    // "Dwayne “The Rock” Johnson": a nickname between the parts of a name.
    if (words.length <= 3 && before && isNameWord(before) && /^[ \t\u00a0]+\p{Lu}/u.test(text.slice(piece.end, piece.end + 3))) return 'quote.nickname';
  }
  // "Her friends called her “Teddy”": a given name that a verb of naming gives a person is the
  // name they go by, not a remark ("called her “Miss Piggy”" stays one).
  if (governed === 'described' && words.length === 1 && before && before.tags & Tag.Pronoun && isGivenName(words[0])) return 'quote.nickname';
  if (governed === 'described') return null;
  // A short noun phrase after an article or a demonstrative ("had grown into a “support
  // movement”", "promising a “formal update”") is a term set in quotes by the writer, even in a
  // sentence with a speaker: a quoted remark is a clause or carries its own punctuation.
  if (words.length <= 3 && !/[,.;:!?…]/.test(content) && before && hasClass(before.lower, W.ScareQuoteDeterminer) && !continuesQuotedList(text, before.start) && !saidRightBefore(tokens, at - 1)) return 'quote.scare-term';
  // One to three words with no speaker: a scare quote or a term.
  if (words.length <= 3 && !sentenceLike && (!cue || cue.kind === 'subject')) return 'quote.scare-term';
  return null;
}

/**
 * Whether a verb of describing governs the quote that follows token `at`: 'described' when the
 * quote describes the verb's object ("called the ruling “dangerous”", "described it as “a
 * mess”", "branded him a “liar”", "what lawmakers called “fraud”", "was described as “toxic”"),
 * 'naming' when a participle names the noun before it ("a group called “Anonymous”"), null
 * when no such verb is there.
 */
function describingVerb(tokens: Token[], at: number): 'described' | 'naming' | null {
  // Words joined by spaces only (the quote's opening mark may sit in the last word's trailing text).
  const spaced = (i: number): boolean => SPACE_ONLY.test(i === at ? tokens[i].post.replace(/["“”]+$/, '') : tokens[i].post);
  if (at < 0 || !spaced(at)) return null;
  const direct = tokens[at];
  if (hasClass(direct.lower, W.CharacterizingVerb) && direct.tags & Tag.Verb) {
    // The verb right before the quote: a relative object before its subject makes the quote
    // that object ("what he called “fraud”"); a participle after a noun names it.
    if (hasRelativeBefore(tokens, at, spaced)) return 'described';
    const subject = at > 0 ? tokens[at - 1] : null;
    if (hasClass(direct.lower, W.NamingParticiple) && subject && subject.tags & Tag.Noun && !(subject.tags & Tag.Pronoun) && spaced(at - 1)) return 'naming';
    return null;
  }
  let k = at;
  // The complement's own article ("called it a “disaster”") and "as" ("described it as").
  if (tokens[k].lower === 'a' || tokens[k].lower === 'an') {
    k--;
    // "what he called a “brazen breach”".
    if (k >= 1 && spaced(k) && isDescribingVerb(tokens[k]) && hasRelativeBefore(tokens, k, spaced)) return 'described';
  }
  let sawAs = false;
  if (k >= 0 && tokens[k].lower === 'as') {
    sawAs = true;
    k--;
    if (k >= 0 && tokens[k].lower === 'being') k--;
  }
  if (k < 0 || !spaced(k)) return null;
  if (sawAs && isDescribingVerb(tokens[k])) return 'described';
  // The object: a noun phrase of a few words whose last word is a noun or a pronoun, not a
  // possessive (in "criticised the council’s “open door” policy" the quote is inside the phrase).
  const head = tokens[k];
  if (!(head.tags & (Tag.Noun | Tag.Pronoun | Tag.ProperNoun)) || head.possessive) return null;
  let v = k - 1;
  while (v >= 0 && v >= k - 6 && spaced(v) && tokens[v].tags & OBJECT_TAGS && !isDescribingVerb(tokens[v])) v--;
  // "referred to her as “…”".
  if (v >= 1 && tokens[v].lower === 'to' && spaced(v)) v--;
  return v >= 0 && spaced(v) && isDescribingVerb(tokens[v]) ? 'described' : null;
}

/**
 * "what he called", "which critics described", "talks that Dutch minister Pieter van den Broek
 * called": a relative word a few words before the verb at `v` (a name's capitalised words not
 * counted).
 */
function hasRelativeBefore(tokens: Token[], v: number, spaced: (i: number) => boolean): boolean {
  let words = 0;
  for (let i = v - 1; i >= 0 && words < 4; i--) {
    if (!spaced(i)) return false;
    if (hasClass(tokens[i].lower, W.DescribingRelative)) return true;
    if (!/^\p{Lu}/u.test(tokens[i].text)) words++;
  }
  return false;
}

/**
 * A verb of saying or describing right before the quote's article, or before "that" and the
 * article: "said a “more general reflection” is needed" reports somebody's words.
 */
function saidRightBefore(tokens: Token[], i: number): boolean {
  if (i >= 0 && tokens[i].lower === 'that' && SPACE_ONLY.test(tokens[i].post)) i--;
  if (i < 0 || !SPACE_ONLY.test(tokens[i].post) || !(tokens[i].tags & Tag.Verb)) return false;
  return hasClass(tokens[i].lower, W.SpeechVerb) || hasClass(tokens[i].lower, W.CharacterizingVerb);
}

const SPACE_ONLY = /^[ \t\u00a0]+$/;
const OBJECT_TAGS = Tag.Noun | Tag.Pronoun | Tag.ProperNoun | Tag.Determiner | Tag.Adjective | Tag.Possessive | Tag.Value | Tag.Person | Tag.Organization | Tag.Place | Tag.Acronym;

function isDescribingVerb(t: Token): boolean {
  return hasClass(t.lower, W.CharacterizingVerb) && !!(t.tags & Tag.Verb);
}

/** A capitalised word the lexicon knows as a given name and not as an ordinary word ("Teddy", not "Bud"). */
function isGivenName(word: string): boolean {
  const c = wordClass(word.toLowerCase());
  return /^\p{Lu}/u.test(word) && !!(c & Lex.FirstName) && !(c & (Lex.Common | Lex.AmbiguousFirst));
}

/** The piece is in single marks (British style: found only where it reads as speech, see singleQuotes.ts). */
function singleMarked(text: string, piece: QuotePiece): boolean {
  return text[piece.start] === '‘' || text[piece.start] === "'";
}

/**
 * "remembered her as ‘…’": a verb of describing a few words before the "as" at token `at`.
 * (Only for single marks: a double-quoted term after "as" stays a name unless a characterising
 * verb governs it, as before.)
 */
function describedAsBefore(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 5; i--) if (hasClass(tokens[i].lower, W.DescribedAsVerb)) return true;
  return false;
}

/**
 * A quote later in a list of quotes ("called the ruling “dangerous” and “ideological”") is
 * governed like the first one: the verb before the list's first quote.
 */
function describingVerbOfList(text: string, tokens: Token[], start: number): 'described' | null {
  let pos = start;
  for (let n = 0; n < 6; n++) {
    const m = /["”][\s,]*(?:(?:and|or)\s+)?(?:(?:a|an)\s+)?$/.exec(text.slice(Math.max(0, pos - 16), pos));
    if (!m) return null;
    const close = pos - m[0].length;
    // Only the 80 characters before: a search of the whole text would cost its length for every quote.
    const from = Math.max(0, close - 81);
    const window = text.slice(from, close);
    const found = Math.max(window.lastIndexOf('"'), window.lastIndexOf('“'));
    const open = found < 0 ? -1 : from + found;
    if (open < 0 || close - open > 80) return null;
    if (describingVerb(tokens, tokenIndexBefore(tokens, open)) === 'described') return 'described';
    pos = open;
  }
  return null;
}

/** The article starting at `pos` follows an earlier quote in a list: "a “liar,” a “bully” and a “coward”". */
function continuesQuotedList(text: string, pos: number): boolean {
  return /["”][\s,]*(?:(?:and|or)\s+)?$/.test(text.slice(Math.max(0, pos - 12), pos));
}


/**
 * A phrase right before the quote that names rather than reports: "known (locally, to the crew)
 * as", "calls itself", "goes by", "so-called" (compromise splits it in two).
 */
function namingPhraseBefore(tokens: Token[], at: number): boolean {
  // "known as the “Inflation Reduction Act”": the article before the quote.
  if (at >= 1 && (tokens[at].lower === 'the' || tokens[at].lower === 'a')) at--;
  if (at < 1) return false;
  const t = tokens[at];
  const prev = tokens[at - 1];
  if (t.lower === 'called' && prev.lower === 'so' && prev.post === '-') return true;
  if (hasClass(t.lower, W.ReflexivePronoun)) return hasClass(prev.lower, W.CallingVerb);
  if (t.lower === 'by') return hasClass(prev.lower, W.GoVerb);
  if (t.lower !== 'as') return false;
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    if (hasClass(tokens[i].lower, W.KnownAs)) return true;
    if (/[,;:.!?]/.test(tokens[i].post)) return false;
  }
  return false;
}

/** A capitalised word that is not a function word: part of a name written before a nickname. */
function isNameWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(t.text) && !!(t.tags & (Tag.ProperNoun | Tag.Person)) && !(t.tags & (Tag.Determiner | Tag.Preposition | Tag.Pronoun));
}

/** Index of the last token ending at or before `pos`, -1 for none. */
function tokenIndexBefore(tokens: Token[], pos: number): number {
  return firstIndex(tokens.length, i => tokens[i].end > pos) - 1;
}

function precedingWord(tokens: Token[], pos: number): Token | null {
  const t = tokens[tokenIndexBefore(tokens, pos)];
  return t && !(t.tags & Tag.Value) ? t : null;
}

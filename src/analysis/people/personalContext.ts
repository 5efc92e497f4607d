// The words around a name that only a person takes: a speech verb ("said Wei"), a verb after a
// lone name ("Paris claims"), a family noun ("Paris's father"), "the Trump administration".
import { W, hasClass } from '../lexicon/lexicon';
import { Lex, wordClass } from '../lexicon/wordClass';
import { Tag, type Token } from '../text/tokens';
import { isCapitalised } from './nameRuns';
import { isListConjunction } from './lists';
import { NOT_PERSON, SPACE_ONLY, nameLike } from './nameShape';



/**
 * The words around a lone ambiguous word make it a person: a verb after it (its subject: "Paris
 * claims", "Paris also left"), a possessive before a family or personal noun ("Paris's father"),
 * "the … administration", or the personal contexts of `contextIsPersonal` ("said Paris").
 */
export function personalUse(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const after = tokens[i + 1];
  if (contextIsPersonal(tokens, i, i)) return true;
  if (!after || after.sentence !== t.sentence || !SPACE_ONLY.test(t.post)) return false;
  // "Paris's father"; for a word that is not a place, any noun it owns ("Levy's visit").
  if (t.possessive) return hasClass(after.lower, W.PersonalNoun) || (!(wordClass(t.lower) & Lex.Place) && !!(after.tags & Tag.Noun));
  // "Levy and Kinkel would …": joined to another name.
  if (isListConjunction(after) && tokens[i + 2] && isCapitalised(tokens[i + 2]) && nameLike(tokens[i + 2]) && !(wordClass(tokens[i + 2].lower) & (Lex.Common | NOT_PERSON))) return true;
  if (hasClass(after.lower, W.ModifiedByName) && tokens[i - 1]?.tags & (Tag.Determiner | Tag.Possessive)) return true;
  const isVerb = (x: Token): boolean => !!(x.tags & Tag.Verb) && !(x.tags & (Tag.Auxiliary | Tag.Noun));
  // A present-tense "-s" verb may be a plural noun misread ("sold Glass bottles"): it counts
  // when it is a verb of saying or the word opens its clause.
  const before = tokens[i - 1];
  const opensClause = t.sentenceStart || !before || /[,;:(“"]/.test(before.post) || !!(before.tags & (Tag.Conjunction | Tag.Adverb | Tag.Date));
  if (isVerb(after) && (after.tags & Tag.PastTense || hasClass(after.lower, W.SpeechVerb) || opensClause)) return true;
  // "Paris also claims", "Paris was born", "Paris not having": an adverb, an auxiliary or a
  // negation, then the verb.
  const next = tokens[i + 2];
  if ((after.tags & (Tag.Adverb | Tag.Auxiliary) || after.lower === 'not') && SPACE_ONLY.test(after.post) && !!next && isVerb(next)) return true;
  // "claimed Paris was a volunteer": the subject of "was"/"is" in reported speech.
  return hasClass(after.lower, W.Copula) && !!before && (hasClass(before.lower, W.SpeechVerb) || before.lower === 'that');
}



/**
 * "the <Name> government": the word at `i` before a body a person leads, after "the"; or before
 * "administration" after "a" or opening the sentence ("a Carter administration official", "Bush
 * administration officials"), where "government" would as often follow a country ("a Holland
 * government loan").
 */
export function ledBy(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // Not a nationality compromise does not know ("the Burmese government").
  if (/(?:ese|ian|ish)$/.test(tokens[i].lower)) return false;
  if (!after || !SPACE_ONLY.test(tokens[i].post) || tokens[i].possessive || !hasClass(after.lower, W.LedByName)) return false;
  if (before?.lower === 'the') return true;
  return after.lower === 'administration' && (tokens[i].sentenceStart || (!!before && /^(?:a|an)$/.test(before.lower)));
}

export function nextToNumber(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return !!(before && before.tags & Tag.Value && before.sentence === tokens[first].sentence) || !!(after && after.tags & Tag.Value && after.sentence === tokens[last].sentence);
}

/** Token `i` opens an amount, perhaps after "a": digits or a currency sign ("€45m", "a £45m", "500", "₦2bn"). */
function amountFollows(tokens: Token[], i: number): boolean {
  const t = tokens[i]?.lower === 'a' || tokens[i]?.lower === 'an' ? tokens[i + 1] : tokens[i];
  return !!t && /^[\d\p{Sc}]/u.test(t.text);
}

/**
 * "Wanderley da Silva, known as Dedé, said": a name after "known as" (or "also known as") that
 * follows a name and a comma, no place's or organisation's, is that person's nickname.
 */
export function nicknameAfterName(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.lower !== 'as' || !hasClass(tokens[k - 2]?.lower ?? '', W.KnownAs)) return false;
  const name = tokens[k - 2 - (tokens[k - 3]?.lower === 'also' ? 2 : 1)];
  return !!name && name.sentence === tokens[k].sentence && /^,\s+$/.test(name.post) && isCapitalised(name) && !(name.tags & (Tag.Place | Tag.Organization)) && !(wordClass(name.lower) & NOT_PERSON);
}

/** Words around the name that only a person takes: a speech verb, a role noun, "according to". */
export function contextIsPersonal(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const lastTok = tokens[last];
  const plainAfter = !lastTok.possessive && /^[ \t\u00a0]*$/.test(lastTok.post);
  // "Washington, who climbed back …": a relative "who" follows only a person.
  // Not "the Cardinals, who" or "the Briton, who" (a team, a nationality), nor "a developer in
  // Virginia, who" (the place of the person before).
  if (after && !lastTok.possessive && /^,\s*$/.test(lastTok.post) && after.lower === 'who' && after.sentence === lastTok.sentence) {
    if (!(before && before.tags & (Tag.Determiner | Tag.Preposition)) && !(lastTok.tags & Tag.Plural) && !(wordClass(lastTok.lower) & Lex.Demonym)) return true;
  }
  if (after && plainAfter && after.sentence === lastTok.sentence) {
    // Not "Villa agree €45m deal", "Orbitek announce 500 job cuts": a plural verb (British
    // agreement for a club or a firm) whose object is an amount is a deal or a decision of a club
    // or a firm ("Hartwell announces £2bn" stays a person's).
    const groupsDeal = !after.lower.endsWith('s') && !(after.tags & Tag.PastTense) && amountFollows(tokens, last + 2);
    if (hasClass(after.lower, W.SpeechVerb) && !after.lower.endsWith('ing') && !(after.tags & Tag.Noun && !(after.tags & Tag.Verb)) && !groupsDeal) return true;
    // "O’Rourke and O’Neill spoke": the first of two names that speak together.
    const other = tokens[last + 2];
    if (isListConjunction(after) && other && isCapitalised(other) && /^[ \t\u00a0]*$/.test(after.post) && /^[ \t\u00a0]*$/.test(other.post) && hasClass(tokens[last + 3]?.lower ?? '', W.SpeechVerb) && tokens[last + 3].tags & Tag.Verb) return true;
    // "Wei also said", "Trump has said"
    const next = tokens[last + 2];
    if (next && (after.tags & (Tag.Adverb | Tag.Auxiliary)) && /^[ \t\u00a0]*$/.test(after.post) && hasClass(next.lower, W.SpeechVerb)) return true;
  }
  if (before && /^[ \t\u00a0]*$/.test(before.post) && before.sentence === tokens[first].sentence) {
    if (hasClass(before.lower, W.SpeechVerb) && before.tags & Tag.Verb) {
      // "said Wei" — but not "told Reuters": an inverted cue comes after a quote or a comma,
      // and the name ends the clause ("said Eagles owner Jeffrey Lurie" names the owner).
      const prior = tokens[first - 2];
      const endsClause = !after || !plainAfter || !(after.tags & (Tag.Noun | Tag.ProperNoun)) || !!(after.tags & Tag.Pronoun);
      if (endsClause && (!prior || /[,”"’:]/.test(prior.post) || prior.post.includes('—'))) return true;
    }
    if (before.lower === 'to' && tokens[first - 2]?.lower === 'according') return true;
    // "pollster Pat Caddell", "captain Chris Lewis", "off-spinner Such", "winger Thiaguinho" —
    // not a team in a clause that follows "a" and the noun ("signed a striker Benfica wanted for years").
    const indefinite = tokens[first - 2]?.lower === 'a' || tokens[first - 2]?.lower === 'an';
    const clauseAfter = indefinite && !!after && plainAfter && !!(after.tags & Tag.Verb) && !(after.tags & Tag.Noun);
    if ((before.tags & Tag.Actor || hasClass(before.lower, W.PositionNoun)) && !/^\p{Lu}/u.test(before.text) && !(before.tags & Tag.Plural) && !clauseAfter) return true;
  }
  return false;
}

/**
 * "Asa Carlsson (Sweden) beat …", "Jearl Miles (U.S.) 50.42": a country or a nationality in
 * brackets right after a name, as results tables and sports reports give an athlete's.
 */
export function countryInBrackets(tokens: Token[], last: number): boolean {
  const t = tokens[last];
  const open = tokens[last + 1];
  if (t.possessive || !open || !(/^[ \t\u00a0]*\($/.test(t.post) || (SPACE_ONLY.test(t.post) && open.pre === '('))) return false;
  for (let i = last + 1; i <= last + 2 && i < tokens.length; i++) {
    const w = tokens[i];
    if (i > last + 1 && w.pre !== '') return false;
    if (!isCapitalised(w) || !(w.tags & (Tag.Place | Tag.Demonym) || wordClass(w.lower) & (Lex.Place | Lex.Demonym) || /^U\.?S\.?A?\.?$/.test(w.text))) return false;
    if (/^\.?\)/.test(w.post)) return true;
  }
  return false;
}


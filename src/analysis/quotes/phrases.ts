// Noun phrases around a verb of saying: the phrase ending before it ("the announcer said") or
// starting after it ("said Professor Eastman"), a role or title before a name, a name set off by
// commas, and the head of a phrase with a modifier ("a narrator in the ad").
import { W, hasClass } from '../lexicon/lexicon';
import { Evidence } from '../people/candidates';
import { isCapitalised } from '../people/nameRuns';
import { Tag, type Token } from '../text/tokens';
import { type SpeakerMention, SPACE, NP_TAGS, tokenAt, type Context, mentionOfCandidate, pronounMention, isPronoun } from './cueContext';

/** Words that join the parts of an organisation's capitalised name: "Centers for Disease Control and Prevention". */
const NAME_JOINERS = /^(?:and|of|for|on|in|&)$/;

/** The text after a word that is an "&" of a firm's name ("Procter & Gamble"). */
const AMPERSAND = /^\s*&\s*$/;

/** Token `j` joins two capitalised words of one name: "Control and Prevention" (j at "and"). */
function joinsName(tokens: Token[], j: number): boolean {
  return j >= 1 && j + 1 < tokens.length && NAME_JOINERS.test(tokens[j].lower) && SPACE.test(tokens[j].post) && isCapitalised(tokens[j - 1]) && SPACE.test(tokens[j - 1].post) && isCapitalised(tokens[j + 1]);
}

/** Token `j` ends with an "&" before a capitalised word of the same name: "Procter & Gamble" written "Procter" + " & ". */
function ampersandAfter(tokens: Token[], j: number): boolean {
  return j >= 0 && j + 1 < tokens.length && isCapitalised(tokens[j]) && AMPERSAND.test(tokens[j].post) && isCapitalised(tokens[j + 1]);
}

/** The words from token `first` on end a longer capitalised name: "… Control and Prevention", "Procter & Gamble". */
function insideName(tokens: Token[], first: number): boolean {
  const p = tokens[first - 1];
  if (!p) return false;
  if (isCapitalised(p) && AMPERSAND.test(p.post)) return true;
  return first >= 2 && NAME_JOINERS.test(p.lower) && isCapitalised(tokens[first - 2]) && SPACE.test(tokens[first - 2].post);
}

/** The noun phrase that ends at token `e` ("the announcer", "Professor Eastman", "he"). */
export function phraseEndingAt(ctx: Context, e: number, floor: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  if (e < floor || e < 0) return null;
  const named = ctx.byLast.get(e);
  if (named !== undefined && !insideName(tokens, ctx.candidates[named].firstToken)) return onBehalfOf(ctx, named, floor) ?? mentionOfCandidate(ctx, named);
  const t = tokens[e];
  if (isPronoun(t)) return pronounMention(t);
  if (!(t.tags & (Tag.Noun | Tag.ProperNoun | Tag.Acronym)) || t.tags & Tag.Pronoun) return null;
  let s = e;
  let orgName = false;
  while (s - 1 >= floor && s - 1 >= e - 9) {
    const p = tokens[s - 1];
    // Inside a capitalised name: "Centers for Disease Control and Prevention", "Procter & Gamble".
    if (s - 2 >= floor && joinsName(tokens, s - 1)) {
      // "Jane Smith of Acme Corp said": the person named before "of", not a name that runs on
      // over her organisation.
      const person = personBeforeOf(ctx, s, floor);
      if (person) return person;
      s -= 2;
      orgName = true;
      continue;
    }
    if (ampersandAfter(tokens, s - 1)) {
      s--;
      orgName = true;
      continue;
    }
    // Words joined by spaces or hyphens ("the 74-year-old").
    if (!SPACE.test(p.post) && p.post !== '-' || !(p.tags & NP_TAGS) || p.tags & (Tag.Pronoun | Tag.Verb) && !(p.tags & Tag.Possessive)) break;
    s--;
    if (p.tags & Tag.Determiner) break;
  }
  // Prefer a person's name inside the phrase ("Clinton spokesman Nick Merrill"), not in an
  // organisation's name.
  // (A name the paragraph gives no evidence for, "A senior European diplomat", is not one.)
  for (let i = e; i >= s && !orgName; i--) {
    const named2 = ctx.byLast.get(i);
    if (named2 !== undefined && (ctx.candidates[named2].evidence >= Evidence.Weak || i === e)) return mentionOfCandidate(ctx, named2);
  }
  // "Anneke Brouwer of the Kessington Institute said": the person, not her institute.
  return personBeforeOf(ctx, s, floor) ?? { start: tokens[s].start, end: t.end, text: text.slice(tokens[s].start, t.end) };
}

/**
 * The person named right before "of" and the phrase that starts at token `s` ("Jane Smith of
 * Acme Corp", "Anneke Brouwer of the Kessington Institute"): the organisation says where she
 * works; she is the subject. Null when no name with evidence of a person comes before "of".
 */
function personBeforeOf(ctx: Context, s: number, floor: number): SpeakerMention | null {
  const { tokens } = ctx;
  if (s - 2 < floor || tokens[s - 1].lower !== 'of' || !SPACE.test(tokens[s - 1].post) || !SPACE.test(tokens[s - 2].post)) return null;
  const person = ctx.byLast.get(s - 2);
  if (person === undefined || ctx.candidates[person].evidence < Evidence.Weak || ctx.candidates[person].blocked) return null;
  return mentionOfCandidate(ctx, person);
}

/**
 * "a spokeswoman for Chancellor Olaf Brandt", "lawyers for Maxwell": someone who speaks for the
 * person named, not that person. The whole phrase, or null when the name is not after such a noun.
 */
function onBehalfOf(ctx: Context, named: number, floor: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  const c = ctx.candidates[named];
  const f = titleStart(tokens, c.firstToken, floor) - 1;
  const noun = tokens[f - 1];
  if (f - 1 < floor || (tokens[f].lower !== 'for' && tokens[f].lower !== 'of') || !SPACE.test(tokens[f].post) || !noun || !SPACE.test(noun.post)) return null;
  if (!(noun.tags & Tag.Noun) || isCapitalised(noun) || !hasClass(noun.lower, W.Spokesperson)) return null;
  const phrase = phraseEndingAt(ctx, f - 1, floor);
  return phrase && { start: phrase.start, end: c.end, text: text.slice(phrase.start, c.end) };
}

/** Index of the first of the title words right before token `i` ("Lt. Col. Peter Lerner" → "Lt."). */
function titleStart(tokens: Token[], i: number, floor: number): number {
  while (i - 1 >= floor && isCapitalised(tokens[i - 1]) && (tokens[i - 1].tags & Tag.Honorific || hasClass(tokens[i - 1].lower, W.AbbreviatedTitle) || hasClass(tokens[i - 1].lower, W.Title)) && /^\.?[ \t\u00a0]+$/.test(tokens[i - 1].post)) i--;
  return i;
}

/** Index of the first word of a title or of a lower-case role right before token `i` ("retired schoolteacher Harbhajan Gill"). */
export function roleStart(tokens: Token[], i: number, floor: number): number {
  let s = titleStart(tokens, i, floor);
  for (let n = 0; n < 3 && s - 1 >= floor && !isCapitalised(tokens[s - 1]) && !(tokens[s - 1].tags & (Tag.Pronoun | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Auxiliary)) && SPACE.test(tokens[s - 1].post); n++) s--;
  return s;
}

/**
 * "…,” said the Senate minority leader, Mitch McConnell.": a name set off by a comma at token
 * `i` (after its title, if any) that ends the clause, or null.
 */
export function nameAfterComma(ctx: Context, i: number): SpeakerMention | null {
  const { tokens } = ctx;
  let j = i;
  while (j < tokens.length && j - i < 4 && ctx.byFirst.get(j) === undefined && isCapitalised(tokens[j]) && titleStart(tokens, j + 1, i) === i) j++;
  const named = ctx.byFirst.get(j);
  if (named === undefined) return null;
  const c = ctx.candidates[named];
  const post = tokens[c.lastToken].post;
  return c.lastToken === tokens.length - 1 || /^[.,;!?]/.test(post) ? mentionOfCandidate(ctx, named) : null;
}

/**
 * "said the company’s chief executive, Jane Foster", "according to his spokeswoman, Kang Yu-jung":
 * the name set off after the role phrase that ends its clause at token `clauseEnd` names the
 * speaker. Not when the phrase is itself that name and the comma opens its role ("said Wei
 * Xiaojun, deputy director").
 */
export function nameAfterRole(ctx: Context, phrase: SpeakerMention | null, clauseEnd: number): SpeakerMention | null {
  const ownName = phrase?.candidate !== undefined && ctx.candidates[phrase.candidate].lastToken === clauseEnd;
  return !ownName && /^,/.test(ctx.tokens[clauseEnd].post) ? nameAfterComma(ctx, clauseEnd + 1) : null;
}

/**
 * "according to his spokeswoman, Kang Yu-jung": the name after the source phrase that starts at
 * token `from`, whose clause ends at the first comma within a few words (at most at `ceiling`).
 */
export function nameAfterSource(ctx: Context, source: SpeakerMention, from: number, ceiling: number): SpeakerMention | null {
  let clauseEnd = from;
  while (clauseEnd < ceiling && clauseEnd - from < 12 && !/[,;:]/.test(ctx.tokens[clauseEnd].post)) clauseEnd++;
  return nameAfterRole(ctx, source, clauseEnd);
}

/**
 * The name candidate `named` is followed by one to three lower-case nouns and then another name
 * ("Vale manager Gail Stenhouse", "Clinton campaign manager Robby Mook"): it modifies the role of
 * the person named after it.
 */
function modifiesRole(ctx: Context, named: number, ceiling: number): boolean {
  const { tokens } = ctx;
  let i = ctx.candidates[named].lastToken;
  for (let n = 0; n < 3; n++) {
    if (!SPACE.test(tokens[i].post) || i + 1 > ceiling) return false;
    const t = tokens[++i];
    if (isCapitalised(t) || !(t.tags & Tag.Noun) || t.tags & (Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun)) return n > 0 && ctx.byFirst.has(i);
  }
  return SPACE.test(tokens[i].post) && i + 1 <= ceiling && ctx.byFirst.has(i + 1);
}

/** The noun phrase that starts at token `s` ("said Wei", "said the post"). */
export function phraseStartingAt(ctx: Context, s: number, ceiling: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  if (s > ceiling || s >= tokens.length) return null;
  let owner: number | undefined;
  for (let i = s; i <= Math.min(ceiling, s + 5); i++) {
    const named = ctx.byFirst.get(i);
    // "said Lebed's aide Alexander Barkhatov": the aide, not the owner; so "said Vale manager
    // Gail Stenhouse", "said Clinton spokesman Nick Merrill": the name that modifies a role.
    if (named !== undefined && owner === undefined && (tokens[ctx.candidates[named].lastToken].possessive || modifiesRole(ctx, named, ceiling))) {
      owner = named;
      i = ctx.candidates[named].lastToken;
      continue;
    }
    if (named !== undefined) return mentionOfCandidate(ctx, named);
    if (!SPACE.test(tokens[i].post) && !tokens[i].post.startsWith('.')) break;
    // Role words before the name, whatever compromise tagged them ("said head coach Tom Reed",
    // where it reads "head" and "coach" as verbs); a function word ends the phrase.
    if (tokens[i].tags & (Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.QuestionWord | Tag.Value) && !(tokens[i].tags & Tag.Honorific)) break;
  }
  const t = tokens[s];
  if (isPronoun(t)) return pronounMention(t);
  if (!(t.tags & NP_TAGS) || t.tags & Tag.Pronoun) return null;
  let e = s;
  while (e + 1 <= ceiling && e - s < 7 && (SPACE.test(tokens[e].post) || tokens[e].post === '-')) {
    const n = tokens[e + 1];
    // "the 24-year-old striker": the words of a hyphenated compound belong to the phrase.
    if (tokens[e].post !== '-' && (!(n.tags & NP_TAGS) || n.tags & (Tag.Verb | Tag.Preposition | Tag.Conjunction))) break;
    e++;
  }
  return { start: t.start, end: tokens[e].end, text: text.slice(t.start, tokens[e].end) };
}

/**
 * "according to police, …", "…,” according to police.": the words after "according to" up to
 * the comma or the sentence end, whatever compromise tagged them ("police" reads as a verb to
 * it). At most five words.
 */
export function sourceWords(ctx: Context, s: number, ceiling: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  for (let e = s; e <= ceiling && e < s + 5; e++) {
    if (/^[,.;]/.test(tokens[e].post) || e === tokens.length - 1) return { start: tokens[s].start, end: tokens[e].end, text: text.slice(tokens[s].start, tokens[e].end) };
    if (!SPACE.test(tokens[e].post)) return null;
  }
  return null;
}

/**
 * The noun phrase opening the sentence at token `floor` when `phrase` sits in a modifier of it —
 * after a preposition ("a narrator in [the Ortiz ad]", "Officials at [the port authority]") or
 * a participle ("Protesters marching through [the streets]") — or null.
 */
export function headOfModifiedPhrase(ctx: Context, phrase: SpeakerMention, floor: number, ceiling: number): SpeakerMention | null {
  const { tokens } = ctx;
  if (phrase.pronoun) return null;
  const start = tokenAt(tokens, phrase.start);
  if (start <= floor || !(tokens[start - 1].tags & Tag.Preposition)) return null;
  const opener = tokens[floor];
  const named = ctx.byFirst.get(floor);
  const nounFirst = opener.tags & Tag.Determiner || opener.tags & Tag.Noun && !(opener.tags & (Tag.Person | Tag.Pronoun | Tag.Verb | Tag.Preposition)) && (named === undefined || ctx.candidates[named].evidence < Evidence.Weak);
  if (!nounFirst) return null;
  const head = phraseStartingAt(ctx, floor, ceiling);
  if (!head || head.pronoun || head.end > phrase.start) return null;
  // The head is followed by the modifier: a preposition or a participle.
  const next = tokens[tokenAt(tokens, head.end)];
  return next && (next.tags & Tag.Preposition || next.tags & Tag.Verb && /(?:ing|ed)$/.test(next.lower)) ? head : null;
}

/**
 * "The Indiana governor": a capitalised word the paragraph gives no evidence for, modifying the
 * lower-case noun after it, is part of a description, not a name. The description, or null.
 */
export function modifiedNoun(ctx: Context, named: number, floor: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  const c = ctx.candidates[named];
  if (c.evidence >= Evidence.Weak) return null;
  let j = c.lastToken;
  while (j + 1 < before && SPACE.test(tokens[j].post) && !isCapitalised(tokens[j + 1]) && tokens[j + 1].tags & Tag.Noun && !(tokens[j + 1].tags & Tag.Verb)) j++;
  return j > c.lastToken ? phraseEndingAt(ctx, j, floor) : null;
}

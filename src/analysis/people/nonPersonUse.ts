// Evidence at one mention that a capitalised name is used as a company, an organisation, a place
// or the title of a work, not a person: "Pirelli shares", "Fujitsu Ltd.", "Hearst's
// shareholders", "Viacom said its", "in Greenville, S.C.", "the Charlotte-based bank", "bought
// “Cosby” reruns". Each check is a rule with an id (see rules.ts): the mention is not a person,
// and the document pass (resolve.ts) takes its words as not a person anywhere in the article
// unless a title or a full name says otherwise (a document-level vote).
import { W, hasClass } from '../lexicon/lexicon';
import { Lex, wordClass } from '../lexicon/wordClass';
import { COMPANY_SUFFIX, US_STATE_ABBREVIATION } from '../lexicon/organisationWords';
import { isTownName } from '../lexicon/townNames';
import { isCitedSource } from '../text/citedSource';
import { Tag, type Token } from '../text/tokens';
import { isCapitalised } from './nameRuns';
import { isRoleNoun } from './roles';
import { SPACE_ONLY } from './nameShape';
import { joinedLower } from '../../common/mapped';

const sameSentence = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.sentence === b.sentence;

/**
 * Where a company suffix starts inside the run [first, last] ("Fujitsu Ltd.", "Bidermann S.A.",
 * "Siemens AG"): the index of its first token, or -1. The suffix is read from the text, so that
 * the tokenizer's way of cutting "G.m.b.H." or "S.p.A." does not matter.
 */
export function companySuffixAt(tokens: Token[], text: string, first: number, last: number): number {
  for (let s = first + 1; s <= last; s++) {
    const before = tokens[s - 1];
    if (!/^,?[ \t\u00a0]+$/.test(before.post) || before.possessive) continue;
    if (COMPANY_SUFFIX.test(text.slice(tokens[s].start, Math.min(text.length, tokens[s].start + 16)))) return s;
  }
  return -1;
}

/** A noun phrase after the name's comma (or "is a") whose head is a company noun: "Maxus, an independent oil and gas concern". */
function companyAppositive(tokens: Token[], from: number): boolean {
  let head: Token | undefined;
  let beforeHead: Token | undefined;
  const isCompany = (): boolean => !!head && hasClass(head.lower, W.CompanyNoun) && !(head.lower === 'maker' && hasClass(beforeHead?.lower ?? '', W.PersonalMaker));
  for (let i = from; i < tokens.length && i < from + 8 && sameSentence(tokens[i], tokens[from]); i++) {
    const t = tokens[i];
    // "Wang, the New York-based group said": the subject of a verb, not a description.
    if (t.tags & Tag.Verb && !(t.tags & (Tag.Noun | Tag.Adjective))) return !/^(?:said|says|told)$/.test(t.lower) && isCompany();
    if (t.tags & (Tag.Preposition | Tag.Pronoun) && !(t.tags & (Tag.Noun | Tag.Determiner | Tag.Adjective))) break;
    if (t.tags & Tag.Noun && !isCapitalised(t)) {
      beforeHead = tokens[i - 1];
      head = t;
    }
    // The description ends at a preposition ("a maker of …"); a name after it ("the group
    // Human Rights in China said") means the phrase is the subject of another clause.
    else if (head && !(t.tags & Tag.Conjunction)) return !!(t.tags & Tag.Preposition) && isCompany();
    if (!SPACE_ONLY.test(t.post) && t.post !== '-') {
      if (head === t && !/^[,;.)]/.test(t.post)) return false;
      break;
    }
  }
  return isCompany();
}


/** "Viacom said its …", "Maxus said it expects …": a company speaking of itself. */
function saysOfItself(tokens: Token[], last: number): boolean {
  const verb = tokens[last + 1];
  if (!verb || !sameSentence(verb, tokens[last]) || tokens[last].possessive || !SPACE_ONLY.test(tokens[last].post) || !hasClass(verb.lower, W.SpeechVerb)) return false;
  let i = last + 2;
  if (tokens[i]?.lower === 'that') i++;
  const pronoun = tokens[i];
  if (!pronoun || !sameSentence(pronoun, verb)) return false;
  if (pronoun.lower === 'its') return true;
  return pronoun.lower === 'it' && hasClass(tokens[i + 1]?.lower ?? '', W.CompanyActionVerb);
}

/** Token `i` is a number in the same sentence as `near`. */
function numberAt(tokens: Token[], i: number, near: Token): boolean {
  const t = tokens[i];
  return !!t && sameSentence(t, near) && /^\d+$/.test(t.text);
}


/** A team's score: one or two digits, not part of a longer number ("3", not "3,500" or "3.5"). */
const SCORE = String.raw`\d{1,2}(?![\d\p{L}]|[.,]\d)`;
/** The scorers in brackets after a score ("3 (Okafor 12, 58; Pritchard 71)"). */
const SCORERS = String.raw`(?:[ \t\u00a0]+\([^()\n]{0,80}\))?`;
const TEAM = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** After the name: its score, then the other team and its score. */
const SCORE_THEN_TEAM = new RegExp(String.raw`^[ \t\u00a0]+${SCORE}${SCORERS}[ \t\u00a0]+${TEAM}[ \t\u00a0]+${SCORE}`, 'u');
/** Before the name: the other team and its score; after it, its own. */
const TEAM_THEN_SCORE = new RegExp(String.raw`(?:^|[^\p{L}\d,(])${TEAM}[ \t\u00a0]+${SCORE}${SCORERS}[ \t\u00a0]+$`, 'u');
const OWN_SCORE = new RegExp(String.raw`^[ \t\u00a0]+${SCORE}`, 'u');

/**
 * "Ashby Vale 3 Kingsmoor Rovers 1", "Ashby Vale 3 (Okafor 12, 58) Kingsmoor Rovers 1": a
 * result line, each team's name followed by its score, the other team's name next to it. Not a
 * scorer's minutes ("Okafor 12, 58; Pritchard 71"): those are set off by commas, semicolons and
 * brackets. Read from the text, so that the tokenizer's way with brackets does not matter.
 */
function inScoreLine(tokens: Token[], text: string, first: number, last: number): boolean {
  const lastTok = tokens[last];
  const next = tokens[last + 1];
  if (!next || lastTok.possessive || !SPACE_ONLY.test(lastTok.post) || !/^\d\d?$/.test(next.text)) return false;
  const after = text.slice(lastTok.end, lastTok.end + 140);
  if (!OWN_SCORE.test(after)) return false;
  if (SCORE_THEN_TEAM.test(after.split('\n', 1)[0])) return true;
  const start = tokens[first].start;
  const before = text.slice(Math.max(0, start - 140), start);
  return TEAM_THEN_SCORE.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** A lower-case noun that names a person by role or trade ("analyst", "farmer", "professor"), joined to the next word by spaces. */
function personRoleNoun(t: Token | undefined): boolean {
  if (!t || isCapitalised(t) || !SPACE_ONLY.test(t.post) || t.tags & (Tag.Verb | Tag.Plural)) return false;
  return isRoleNoun(t) || hasClass(t.lower, W.AgePersonNoun) || hasClass(t.lower, W.PositionNoun);
}

/** "in", "near", "outside", or "to"/"from" after a verb of motion ("came to", "moved from"). */
export function placePreposition(tokens: Token[], i: number): boolean {
  const p = tokens[i];
  if (/^(?:in|near|outside)$/.test(p.lower)) return true;
  return /^(?:to|from)$/.test(p.lower) && hasClass(tokens[i - 1]?.lower ?? '', W.MotionVerb);
}

/** The text right around the run is a quotation of the name alone: a title of a work ("bought “Cosby” reruns"). */
function quotedAlone(tokens: Token[], first: number, last: number): boolean {
  return /[“"]$/.test(tokens[first].pre) && /^\.?[”"]/.test(tokens[last].post) && !tokens[last].possessive;
}

/**
 * "The Queen Mary docked", "the Prince Albert pub", "the Queen Elizabeth Hospital": "the" right
 * before a monarch's title and a name, then a ship's verb or a venue's noun, makes a ship, a
 * building or a pub named after the monarch ("the Emperor Napoleon crossed the Alps", "Queen Mary
 * opened the bridge" are people).
 */
export function namedAfterMonarch(tokens: Token[], titleFrom: number, nameStart: number, end: number): boolean {
  const the = tokens[titleFrom - 1];
  if (!(titleFrom >= 1 && titleFrom < nameStart && the.lower === 'the' && SPACE_ONLY.test(the.post) && sameSentence(the, tokens[nameStart]) && hasClass(tokens[titleFrom].lower, W.RoyalTitle))) return false;
  // ("the Queen Elizabeth Hospital": the venue's noun ends the run itself.)
  if (end > nameStart && wordClass(tokens[end].lower) & Lex.NonPersonHead) return true;
  const after = tokens[end + 1];
  if (!after || !sameSentence(after, tokens[end]) || !SPACE_ONLY.test(tokens[end].post)) return false;
  return hasClass(after.lower, W.VesselVerb) || hasClass(after.lower, W.VenueNoun) || !!(wordClass(after.lower) & Lex.NonPersonHead);
}

/**
 * The id of the rule that shows the run [first, last], whose name starts at `nameStart` (after
 * a title or "The"), names something other than a person, or undefined.
 */
export function nonPersonUse(tokens: Token[], text: string, first: number, last: number, nameStart = first): string | undefined {
  const lastTok = tokens[last];
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  const lone = nameStart === last;
  const justBefore = tokens[nameStart - 1];
  // "Miranda v. Arizona", "Roe v Wade": a court case.
  if (((after?.lower === 'v' || after?.lower === 'vs') && sameSentence(after, lastTok)) || (first >= 1 && /^(?:v|vs)\.?$/.test(before.lower))) return 'person.court-case';
  // "in the village of Novye Atagi", "the town of Bint Jbeil": a place.
  if (first >= 2 && before.lower === 'of' && hasClass(tokens[first - 2].lower, W.PlaceNoun)) return 'person.place-of';
  // "Shares of Estée Lauder fell", "stock in Morgan Grenfell", "a stake in Alliant": a listed company.
  if (first >= 2 && /^(?:of|in)$/.test(before.lower) && /^(?:shares?|stocks?|stake)$/.test(tokens[first - 2].lower)) return 'person.shares-of';
  // "Martin Luther King Jr. Boulevard": a street named after someone.
  if (after && hasClass(lastTok.lower, W.NameSuffix) && /^\.[ \t\u00a0]+$/.test(lastTok.post) && isCapitalised(after) && wordClass(after.lower) & Lex.NonPersonHead && sameSentence(after, lastTok)) return 'person.named-after';
  if (after && sameSentence(after, lastTok) && !lastTok.possessive && SPACE_ONLY.test(lastTok.post) && !isCapitalised(after)) {
    if (hasClass(after.lower, W.OrganisationFollower) || (after.lower === 'news' && tokens[last + 2]?.lower === 'agency')) return 'person.organisation-word-after';
    if (playerOfTeam(tokens, last + 1)) return 'person.team-before-position';
  }
  // "Hearst's shareholders", "Equitable's president and chief executive officer".
  if (after && sameSentence(after, lastTok) && lastTok.possessive && hasClass(after.lower, W.CompanyOwned)) return 'person.company-possessive';
  if (lastTok.possessive) {
    // "at Christie's,", "according to Donoghue's.": a firm or a shop named after its founder.
    // (The tokenizer may keep the comma after a possessive out of `post`: read the text.)
    if (lone && /^[,.;:]/.test(lastTok.post || text.charAt(lastTok.end)) && hasClass(justBefore?.lower ?? '', W.BeforeFirmPossessive)) return 'person.possessive-firm';
    // "shopped at Macy's before noon": a preposition or an adverb after it owns nothing either,
    // where the verb is one of buying and selling (not "dinner at Maria's on Friday", someone's
    // home, nor "a friend of Maria's from college").
    const ownsNothing = !!after && sameSentence(after, lastTok) && !!(after.tags & (Tag.Preposition | Tag.Conjunction | Tag.Adverb)) && !(after.tags & (Tag.Noun | Tag.Adjective | Tag.Value));
    if (lone && ownsNothing && (justBefore?.lower === 'at' || justBefore?.lower === 'from') && hasClass(tokens[nameStart - 2]?.lower ?? '', W.TradeVerb)) return 'person.possessive-firm';
    // "Donaldson's Mr. Eppel", "Lloyd's Bank": someone's employer, a firm's name.
    if (after && sameSentence(after, lastTok) && isCapitalised(after) && (/^(?:mr|mrs|ms)$/.test(after.lower) || (wordClass(after.lower) & Lex.NonPersonHead && !(wordClass(after.lower) & (Lex.FirstName | Lex.Surname))))) return 'person.possessive-firm';
  }
  // "&" is punctuation after a word, or a word of its own (spaced).
  if (lastTok.post.includes('&') || after?.text === '&') return 'person.ampersand';
  if (before && sameSentence(before, tokens[first]) && (before.post.includes('&') || before.text === '&')) return 'person.ampersand';
  if (before && sameSentence(before, tokens[first]) && SPACE_ONLY.test(before.post) && !isCapitalised(before) && !(before.tags & Tag.Verb)) {
    // "the carmaker Tata", "her novel Angel Catbird" — not the verbs "show Clinton", "painting Trump".
    // Nor a full name after a group it acts on: "a group Mitt Romney won", "the team Tom Brady led".
    const fullName = last > first && hasClass(before.lower, W.GroupNoun) && tokens.slice(first, last + 1).every(t => !(wordClass(t.lower) & (Lex.Common | Lex.Place | Lex.Organization | Lex.Demonym | Lex.Date | Lex.NonPersonWord | Lex.NonPersonHead | Lex.Value)));
    // "Court records show Whitfield was…", "polls show Clinton ahead": the verb after a plural subject.
    const subject = tokens[first - 2];
    const verbAfterSubject = !!subject && subject.sentence === before.sentence && SPACE_ONLY.test(subject.post) && !subject.possessive && !!(subject.tags & (Tag.Plural | Tag.Pronoun)) && hasClass(before.lower, W.PrecederAlsoVerb);
    if (hasClass(before.lower, W.OrganisationPreceder) && !fullName && !verbAfterSubject) return 'person.organisation-word-before';
    // "the Leeds builder Marchbank" (not "builder Dave Marchbank", a tradesman).
    if (lone && first === nameStart && hasClass(before.lower, W.LoneOrganisationPreceder)) return 'person.organisation-word-before';
    // "metropolitan Houston", "metro Denver".
    if (lone && (before.lower === 'metropolitan' || before.lower === 'metro')) return 'person.place-metro';
  }
  // "an analyst at Smith Barney said", "a cocoa farmer at Sefwi Wiawso": after a noun that names a
  // person by role and "at", the name is where that person works or lives (not "the man at
  // Ann Lee's side": a possessive owns the place).
  if (justBefore && justBefore.lower === 'at' && !lastTok.possessive && sameSentence(justBefore, lastTok) && SPACE_ONLY.test(justBefore.post) && personRoleNoun(tokens[nameStart - 2])) return 'person.workplace-at';
  // "came to Greenville", "in Solihull": a town after a preposition of place.
  if (lone && justBefore && sameSentence(justBefore, lastTok) && !lastTok.possessive && SPACE_ONLY.test(justBefore.post) && placePreposition(tokens, nameStart - 1) && (isTownName(lastTok.lower) || wordClass(lastTok.lower) & Lex.Place)) return 'person.town-after-preposition';
  // "Miami-based Carnival": a company; "the Charlotte-based bank": a place.
  if (before && before.lower === 'based' && tokens[first - 2]?.post === '-' && SPACE_ONLY.test(before.post)) return 'person.based-company';
  if (lastTok.post === '-' && after?.lower === 'based') return 'person.based-place';
  // "İzmir-based Deniz Yatırım", "Łódź-based Pekao": compromise keeps a hyphenated word whole when
  // its first letters are outside Latin-1, so "-based" ends the candidate's first token.
  if (first < last && tokens[first].lower.endsWith('-based')) return 'person.based-company';
  // "Comelf, based in the central town of …": a lone name with a seat is a company.
  if (lone && after && sameSentence(after, lastTok) && /^,[ \t\u00a0]+$/.test(lastTok.post) && after.lower === 'based' && /^(?:in|at)$/.test(tokens[last + 2]?.lower ?? '')) return 'person.based-company';
  // "Bradford 4 2 0 2": a town in a table of results is its team.
  if (lone && ((SPACE_ONLY.test(lastTok.post) && numberAt(tokens, last + 1, lastTok)) || (numberAt(tokens, nameStart - 1, lastTok) && SPACE_ONLY.test(tokens[nameStart - 1].post))) && isTownName(lastTok.lower)) return 'person.town-in-table';
  // "Ashby Vale 3 Kingsmoor Rovers 1": a team in a result line.
  if (inScoreLine(tokens, text, first, last)) return 'person.score-line';
  // "Greenville, S.C.", "Ava, Mo.": a town before a US state's abbreviation; "Ann Arbor, Mich.":
  // a known town of two words, even one that starts with a given name.
  if (/^,[ \t\u00a0]+$/.test(lastTok.post) && after && sameSentence(after, lastTok) && US_STATE_ABBREVIATION.test(text.slice(after.start, after.start + 20)) && (lone || tokens.slice(first, last + 1).every(t => !(wordClass(t.lower) & Lex.FirstName) || wordClass(t.lower) & Lex.Place) || isTownName(joinedLower(tokens, first, last + 1)))) return 'person.town-state';
  // "Aloha, Ore., $5,000", "Baton Rouge, La.": a state written short after its town.
  if (lone && before && sameSentence(before, lastTok) && isCapitalised(before) && /^,[ \t\u00a0]+$/.test(before.post) && lastTok.post.startsWith('.') && US_STATE_ABBREVIATION.test(text.slice(lastTok.start, lastTok.end + 1))) return 'person.us-state';
  // "“Storm delays the festival” — Halden Arbeiderblad, October 11, 2026": a source list's publication.
  if (isCitedSource(text, tokens[first].start, lastTok.end)) return 'person.cited-source';
  if (lone && quotedAlone(tokens, nameStart, last)) return 'person.quoted-title';
  if (saysOfItself(tokens, last)) return 'person.company-says-its';
  // "Alliant, a maker of minisupercomputers", "Finmeccanica is an Italian holding company".
  if (after && sameSentence(after, lastTok) && !lastTok.possessive) {
    if (/^,[ \t\u00a0]+$/.test(lastTok.post) && companyAppositive(tokens, last + 1)) return 'person.company-appositive';
    if (SPACE_ONLY.test(lastTok.post) && (after.lower === 'is' || after.lower === 'was') && companyAppositive(tokens, last + 2)) return 'person.company-appositive';
  }
  // "Czechoslovakia, which still wants …": "which" follows a thing, "who" a person.
  if (lone && after && sameSentence(after, lastTok) && /^,[ \t\u00a0]+$/.test(lastTok.post) && !lastTok.possessive && after.lower === 'which') return 'person.which-follows';
  // "closely held Hearst", "privately held Backe": a company.
  if (before && sameSentence(before, tokens[first]) && before.lower === 'held' && /^(?:closely|privately|publicly)$/.test(tokens[first - 2]?.lower ?? '')) return 'person.company-held';
  // "unveiled Juniper, a voice assistant", "launched Artemis": what is unveiled or launched is a
  // product or a mission ("launched Corbyn's campaign" names a person's thing, and stays).
  if (lone && before && sameSentence(before, tokens[first]) && SPACE_ONLY.test(before.post) && !lastTok.possessive && hasClass(before.lower, W.LaunchVerb)) return 'person.launched-product';
  // "Streamwave, owned by Helix Media Group, …": what is owned is no person.
  if (lone && after && sameSentence(after, lastTok) && /^,[ \t\u00a0]+$/.test(lastTok.post) && !lastTok.possessive && after.lower === 'owned' && tokens[last + 2]?.lower === 'by') return 'person.company-held';
  // "The Merc said", "the Merc's limit": "the" before a lone name, then a verb or a possessive.
  if (lone && justBefore && sameSentence(justBefore, lastTok) && justBefore.lower === 'the' && SPACE_ONLY.test(justBefore.post)) {
    if (lastTok.possessive || (after && sameSentence(after, lastTok) && after.tags & Tag.Verb && !(after.tags & Tag.Noun) && SPACE_ONLY.test(lastTok.post))) return 'person.the-name';
  }
  return undefined;
}

/**
 * "Chelsea central defender Franck Leboeuf", "the Inter Milan player", "Yankees rookie": a player's
 * position (at most two lower-case words after the name, the last a position) follows a team.
 */
function playerOfTeam(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 2 && k < tokens.length; k++) {
    const t = tokens[k];
    if (isCapitalised(t) || (k > i && !SPACE_ONLY.test(tokens[k - 1].post))) return false;
    if (hasClass(t.lower, W.PositionNoun)) return true;
    if (!(t.tags & Tag.Adjective)) return false;
  }
  return false;
}

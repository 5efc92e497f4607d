// Things that look like numbers but are not figures of the article: the pronoun "one" ("no
// one", "the new one"), "first" and "second" as ordinary words, "Formula One", list markers,
// citation marks and the digits of a web address.
import { W, classWords } from '../lexicon/lexicon';
import type { Draft } from './draft';
import { type ScanToken, isCapitalised, startsSentence, scanTokenAt } from './scanTokens';
import type { TermTags } from './context';
import type { RuleRecord } from '../rules/ruleRecord';
import { NUMBER_VETOES } from './rules';
import { monthNumber } from './dates';

/**
 * Spelled ordinals below this are not reported: "first" and "second" are mostly ordinary words
 * ("the first time", "the second half"), not figures a reader would check. Ordinals written with
 * digits ("22nd") are always reported.
 */
const SMALLEST_SPELLED_ORDINAL = 3;

/** Verbs that place someone in a race or a table: "finished second" is a rank to check. */
const RANK_VERBS = classWords(W.RankVerb);

/** Spelled ordinals that are part of a set phrase. */
const ORDINAL_IDIOMS = classWords(W.OrdinalIdiom);

/** Words that make a following "one" a pronoun ("the one", "no one", "a very serious one"). */
const PRONOUN_ONE_OPENERS = classWords(W.PronounOneOpener);

/** Words that open a relative clause after "one" ("one that…", "one whose…"). */
const RELATIVE_WORDS = classWords(W.RelativeAfterOne);
/** Words before the generic "one" when a verb follows ("should one follow", "if one buys"). */
const GENERIC_ONE_OPENERS = classWords(W.GenericOneOpener);
const MODALS = classWords(W.ModalVerb);

/** Words after which a number is an identifier: "quoting reference 2300415627". */
const IDENTIFIER_LABELS = classWords(W.IdentifierLabel);
/** Nouns before "number" or "no." that make the number after it an identifier: "crime number 54210098". */
const IDENTIFIER_NOUNS = classWords(W.IdentifierNoun);
/** Verbs after which a short number is one to dial: "call 101". */
const DIAL_VERBS = classWords(W.DialVerb);
/** A service number or short code (longer ones are phone numbers, turned down as such). */
const SHORT_NUMBER_TO_DIAL = /^\d{3,6}$/;

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@|\.(?:com|org|net|gov|edu|html?|php)\b)/i;

/** What a veto looks at: the draft, its own token and the paragraph. */
interface VetoContext {
  d: Draft;
  tokens: readonly ScanToken[];
  text: string;
  tags: TermTags;
  /** Index of the draft's own token, and the token. */
  own: number;
  t: ScanToken;
}

/** One veto: the rule it cites and the test that turns a candidate down. */
interface Veto {
  rule: RuleRecord;
  rejects(c: VetoContext): boolean;
}

const POSTAL_STATES = classWords(W.UsPostalState);

/** A US state's postal abbreviation as an address writes it: two capitals ("IL", not "in"). */
function isPostalState(t: ScanToken | undefined): boolean {
  return !!t?.word && t.text.length === 2 && t.text === t.text.toUpperCase() && POSTAL_STATES.has(t.lower);
}

/** The vetoes, in the order they are tried; the first that rejects a candidate is cited. */
const VETOES: readonly Veto[] = [
  { rule: NUMBER_VETOES.webAddress, rejects: c => URL_LIKE.test(chunkAround(c.text, c.d.start)) },
  // Spelled ordinals: only from "third" up ("the first time" is not a figure).
  // "the first quarter", "second-quarter profit" name the period of a report, and "finished
  // second" a rank: kept.
  {
    rule: NUMBER_VETOES.firstSecond,
    rejects: ({ d, t, own, tokens }) =>
      !!d.ordinal && !d.digits && !d.hint && (d.value ?? 0) < SMALLEST_SPELLED_ORDINAL && !namesReportPeriod(t, tokens[d.next]) && !RANK_VERBS.has(tokens[own - 1]?.lower ?? ''),
  },
  // "a third party", "the fourth estate": set phrases, not ranks.
  { rule: NUMBER_VETOES.ordinalIdiom, rejects: ({ d, t, tokens }) => !!d.ordinal && !d.digits && ORDINAL_IDIOMS.has(`${t.lower} ${tokens[d.next]?.lower ?? ''}`) },
  // "one" alone may be a pronoun; "one and a half billion dollars" is an amount.
  { rule: NUMBER_VETOES.pronounOne, rejects: ({ d, t, own, tokens, tags }) => !d.digits && t.lower === 'one' && d.next === own + 1 && isPronounOne(tokens, own, tags) },
  // A capitalised number word inside a name: "Formula One", "Air Force One", "Big Three", or
  // opening one inside a sentence ("One Nation", "Two Rivers Bakery"): a count inside a sentence
  // is written in lower case (a line in capitals, "THREE COMPUTERS THAT CHANGED", is not a name).
  {
    rule: NUMBER_VETOES.inName,
    rejects: ({ d, t, own, tokens }) =>
      !d.digits && isCapitalised(t) && !startsSentence(tokens, own) && d.first === own && ((own > 0 && isCapitalised(tokens[own - 1])) || (d.next === own + 1 && isCapitalised(tokens[own + 1]) && t.text !== t.text.toUpperCase())),
  },
  { rule: NUMBER_VETOES.partOfName, rejects: ({ d, own, tokens, text }) => isPartOfName(d, own, tokens, text) },
  // A one-word "range" after a label is an identifier's two parts ("booking number 24-11873").
  { rule: NUMBER_VETOES.identifier, rejects: ({ d, t, tokens, tags }) => d.digits && (!d.kind || (d.kind === 'range' && d.end <= t.end)) && !d.unit && (followsIdentifierLabel(tokens, d.first) || isNumberToDial(d, tokens, tags)) },
  // "Springfield, IL 62701", "Austin, TX 78701-1234": a ZIP code after a town and its state (the
  // telephone veto already takes most ZIP+4 codes).
  { rule: NUMBER_VETOES.postalCode, rejects: ({ d, t, own, tokens }) => d.digits && /^\d{5}(?:-\d{4})?$/.test(t.text) && d.end <= t.end && isPostalState(tokens[own - 1]) && tokens[own - 2]?.text === ',' },
  {
    rule: NUMBER_VETOES.listMarker,
    rejects: ({ t, own, tokens }) => {
      // "1." / "2)" at the start of a line: a list marker.
      const after = tokens[own + 1];
      if (t.lineStart && /^\d{1,3}$/.test(t.text) && after && !after.spaced && (after.text === '.' || after.text === ')') && tokens[own + 2]?.spaced) return true;
      // "…as reported.[3]": a citation marker.
      const before = tokens[own - 1];
      return before?.text === '[' && !before.spaced && own > 1 && !/^[“"‘'([]$/.test(tokens[own - 2].text) && after?.text === ']' && /^\d+$/.test(t.text);
    },
  },
];

/**
 * The id of the veto that turns a draft down as not a figure of the article, or undefined when
 * none does. A draft without a token of its own (it cannot happen for a scanned one) is turned
 * down as a web address would be: it is not a word of the text.
 */
export function vetoOf(d: Draft, tokens: readonly ScanToken[], text: string, tags: TermTags): string | undefined {
  const own = scanTokenAt(tokens, d.start);
  const t = tokens[own];
  if (!t) return NUMBER_VETOES.webAddress.id;
  const context: VetoContext = { d, tokens, text, tags, own, t };
  return VETOES.find(v => v.rejects(context))?.rule.id;
}

/**
 * Names that end with a number: market indexes and rankings, written with their number. The
 * number is the name's, not a figure ("the S&P 500 rose" says nothing about 500 of anything).
 * Key: the number; value: the names (lower case) written before it.
 */
const NUMBERED_NAMES: ReadonlyMap<string, readonly string[]> = groupByNumber([
  's&p 100', 's&p 400', 's&p 500', 's&p 600', "standard & poor's 500", 'standard & poor’s 500', 'ftse 100', 'ftse 250', 'fortune 500',
  'fortune 1000', 'russell 1000', 'russell 2000', 'russell 3000', 'nikkei 225', 'dax 30', 'dax 40', 'cac 40', 'stoxx 50', 'stoxx 600',
  'wilshire 5000', 'nasdaq 100', 'asx 200', 'tsx 60', 'indianapolis 500', 'inc. 5000',
]);

function groupByNumber(names: readonly string[]): Map<string, string[]> {
  const byNumber = new Map<string, string[]>();
  for (const name of names) {
    const at = name.lastIndexOf(' ');
    const number = name.slice(at + 1);
    byNumber.set(number, [...(byNumber.get(number) ?? []), name.slice(0, at)]);
  }
  return byNumber;
}

/**
 * Capitalised words that a number names a thing after: a chapter of a law or of bankruptcy
 * ("Chapter 11"), a section, a form, a law or an order ("Bill 96", "Republic Act No. 12009"), a
 * union local, a flight; and the version of a product
 * ("iOS 18", "Windows 11", "PlayStation 5", "Boeing 737"). "Chapter 11" is a name, not eleven of
 * anything; written lower-case ("chapter 3 of the report") the number is left alone.
 */
const NUMBERED_LABELS = new Set([
  'Chapter', 'Section', 'Article', 'Form', 'Title', 'Rule', 'Local', 'Clause', 'Paragraph', 'Schedule', 'Proposition', 'Prop',
  'Act', 'Bill', 'Order', 'Resolution', 'Ordinance', 'Decree', 'Circular', 'Memorandum', 'Measure', 'Amendment',
  'Exhibit', 'Appendix', 'Flight', 'Route', 'Interstate', 'Gate', 'Room', 'Suite', 'Precinct',
  'iOS', 'iPadOS', 'macOS', 'Android', 'Windows', 'iPhone', 'iPad', 'Pixel', 'PlayStation', 'Xbox', 'Boeing',
]);

/** Digits that are part of a name: "S&P 500", "Chapter 11", "Form 8300", "Local 3057". */
function isPartOfName(d: Draft, own: number, tokens: readonly ScanToken[], text: string): boolean {
  if (!d.digits || d.kind || d.unit || d.first !== own || !/^\d+$/.test(d.numeral) || d.end !== tokens[own].end) return false;
  const label = tokens[own - 1];
  if (label?.word && NUMBERED_LABELS.has(label.text)) return true;
  // "Republic Act No. 12009", "Resolution No. 45": the label, then "No." before the digits.
  const labelBeforeNo = label?.text === '.' && tokens[own - 2]?.lower === 'no' ? tokens[own - 3] : undefined;
  if (labelBeforeNo?.word && NUMBERED_LABELS.has(labelBeforeNo.text)) return true;
  // "the Tel Aviv 35 index", "the KOSPI 200 Index": digits between a name and "index" name the index.
  if (label?.word && isCapitalised(label) && monthNumber(label.text) === undefined && tokens[own + 1]?.lower === 'index') return true;
  // "S&P 500", "Inc. 5000": the name may hold marks, so it is read from the text before the digits.
  const names = NUMBERED_NAMES.get(d.numeral);
  if (!names) return false;
  const before = text.slice(Math.max(0, d.start - 24), d.start).toLowerCase().replace(/\s+$/, '');
  return names.some(name => before.endsWith(name) && !/[\p{L}\d]/u.test(before.charAt(before.length - name.length - 1)));
}

/**
 * "first quarter", "second-quarter profit": a "first" or "second" before "quarter" names the
 * period of a report, a figure to check. ("The first nine months" is told by its "nine".)
 */
function namesReportPeriod(own: ScanToken, next: ScanToken | undefined): boolean {
  if (/-quarters?$/.test(own.lower)) return true;
  return !!next?.word && /^quarters?$/.test(next.lower);
}

/** The text around offset `at` up to the spaces on either side (the web address a number may be part of). */
function chunkAround(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && !isSpaceAt(text, s - 1)) s--;
  while (e < text.length && !isSpaceAt(text, e)) e++;
  return text.slice(s, e);
}

const SPACE = /\s/;

/** `/\s/` on the character at `k`, with ASCII answered by its code (this walks every number's neighbourhood). */
function isSpaceAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[k]);
}

/** "one" used as a pronoun: "the new one", "no one", "one another", "one must". */
function isPronounOne(tokens: readonly ScanToken[], i: number, tags: TermTags): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next?.word && (next.lower === 'another' || MODALS.has(next.lower))) return true;
  if (next?.lower === 'of') return false;
  // "one that blocks the view", "a business is one whose…": a relative clause describes a thing.
  if (next?.word && RELATIVE_WORDS.has(next.lower)) return true;
  // "Mrs. Ward, for one, was relieved"; "one or another", "one after another"; "one hell of a…".
  if (prev?.lower === 'for' && next && !next.word) return true;
  if ((next?.lower === 'or' || next?.lower === 'after') && after?.lower === 'another') return true;
  if (next?.lower === 'hell' && after?.lower === 'of') return true;
  // The generic "one": "should one follow", "if one buys", "what is one to make of".
  if (prev?.word && GENERIC_ONE_OPENERS.has(prev.lower) && next?.word && isVerb(next, tags)) return true;
  if (prev?.word && /^(?:is|are|was)$/.test(prev.lower) && next?.lower === 'to' && after?.word && isVerb(after, tags) && !tags.has(after, 'Value')) return true;
  let k = i - 1;
  // Walk back over the modifiers of "one" ("a very serious one", "a commercial one").
  while (k >= 0 && k >= i - 3 && isOneModifier(tokens[k], tags)) k--;
  const opener = tokens[k];
  return !!opener?.word && PRONOUN_ONE_OPENERS.has(opener.lower);
}

/** A verb and not a noun or adjective ("buys", "follow"; not "side", "poster"). */
function isVerb(t: ScanToken, tags: TermTags): boolean {
  const tg = tags.at(t.start, t.end);
  return tg.has('Verb') && !tg.has('Noun') && !tg.has('Adjective');
}

function isOneModifier(t: ScanToken, tags: TermTags): boolean {
  if (!t.word || PRONOUN_ONE_OPENERS.has(t.lower) || tags.has(t, 'Value') || isCapitalised(t)) return false;
  const tg = tags.at(t.start, t.end);
  return tg.has('Adjective') || tg.has('Adverb') || (tg.has('Noun') && tg.has('Singular') && !tg.has('Pronoun'));
}

/**
 * The number at token `first` comes right after a label that makes it an identifier a reader
 * quotes, not a figure to check: "quoting reference 2300415627", "ref. 88213", "crime number
 * 54210098", "account no. 1234567" (not "song number 3", a rank).
 */
function followsIdentifierLabel(tokens: readonly ScanToken[], first: number): boolean {
  let k = first - 1;
  if (k >= 0 && !tokens[k].word && (tokens[k].text === '.' || tokens[k].text === ':')) k--;
  // "His booking number is 24-11873": the label, then a verb of being.
  if (k >= 0 && (tokens[k].lower === 'is' || tokens[k].lower === 'was')) k--;
  const label = tokens[k];
  if (!label?.word) return false;
  if (IDENTIFIER_LABELS.has(label.lower)) return true;
  if (label.lower !== 'number' && label.lower !== 'no') return false;
  const noun = tokens[k - 1];
  return !!noun?.word && IDENTIFIER_NOUNS.has(noun.lower);
}

/**
 * A short number to dial right after "call", "dial", "ring"…, with nothing it counts after it:
 * "call 101, quoting…", "dial 999 in an emergency", "called 911 immediately" (not "will call 150
 * witnesses", a count).
 */
function isNumberToDial(d: Draft, tokens: readonly ScanToken[], tags: TermTags): boolean {
  const verb = tokens[d.first - 1];
  if (!verb?.word || !DIAL_VERBS.has(verb.lower) || !SHORT_NUMBER_TO_DIAL.test(d.numeral)) return false;
  const next = tokens[d.next];
  if (!next?.word) return true;
  const tg = tags.at(next.start, next.end);
  return tg.has('Preposition') || tg.has('Conjunction') || tg.has('Adverb');
}

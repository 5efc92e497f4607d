// Numbers with their meaning: finds the number expressions of a paragraph (numberScanner.ts),
// drops what only looks like a number (the pronoun "one", "Formula One", list markers, URLs),
// and settles what each one is in its sentence: an age, a year, an ordinal…, with the
// qualifier before it and what it counts.
import type { NumberKind, NumberMention } from '../types';
import { type Token, isCapitalised, isSentenceEnd, startsSentence, tokenAt, tokenize } from './scanTokens';
import { type Draft, NumberScanner } from './scanner';
import { type ParagraphDoc, TermTags, countedAfter, qualifierAfter, qualifierBefore } from './context';
import { phoneNumberSpans } from './phones';
import { DIMENSION_WORDS } from './units';
import { personNounPhraseEndsAt } from './personNouns';
import { isNumberWord } from './words';

export type { ParagraphDoc } from './context';

/**
 * Spelled ordinals below this are not reported: "first" and "second" are mostly ordinary words
 * ("the first time", "the second half"), not figures a reader would check. Ordinals written with
 * digits ("22nd") are always reported.
 */
const SMALLEST_SPELLED_ORDINAL = 3;

/** Spelled ordinals that are part of a set phrase. */
const ORDINAL_IDIOMS = new Set(['third party', 'third parties', 'fourth estate', 'fifth column']);

/** Words that make a following "one" a pronoun ("the one", "no one", "a very serious one"). */
const PRONOUN_ONE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'no', 'any', 'every', 'each', 'which', 'another', 'its', 'his',
  'her', 'their', 'our', 'my', 'your', 'whose', 'what', 'whichever', 'such',
]);
const MODALS = new Set(['must', 'should', 'can', 'could', 'would', 'might', 'may', 'will', 'cannot', 'shall', 'needs']);
/** Words before a year ("in 2016", "since 1958", "by 2050"). */
const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'through', 'during', 'before', 'after', 'between', 'circa', 'early', 'late',
  'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'season', 'of', 'to', 'and', 'around',
]);
/** Nouns that a year qualifies rather than a count: "2005 levels", "1990 prices". */
const YEAR_ATTRIBUTES = new Set(['levels', 'level', 'prices', 'figures', 'rates', 'standards', 'values', 'dollars', 'terms', 'baseline', 'census', 'election', 'elections', 'season']);
const AGE_VERBS = new Set(['was', 'is', 'were', 'am', 'turned', 'turns', 'turning']);
/** Verbs of reaching an age: "turned 36". */
const TURN_VERBS = new Set(['turned', 'turns', 'turning']);
/** Life events told with the age they happened at: "retired at 65", "married at 19", "ran away at 15". */
const LIFE_EVENT_VERBS = new Set([
  'retired', 'retire', 'retires', 'retiring', 'died', 'dies', 'married', 'marry', 'wed', 'graduated', 'debuted', 'enlisted',
  'emigrated', 'away', 'orphaned', 'widowed', 'diagnosed',
]);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'i', 'they', 'we', 'you', 'who']);
const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@|\.(?:com|org|net|gov|edu|html?|php)\b)/i;

/**
 * Finds the numbers of one paragraph. `doc` is `nlp(text)` with offsets computed (the parse is
 * the expensive part, so it is shared with the other finders; here it only lends its part-of-
 * speech tags). Offsets in the result are relative to `text`. Trailing punctuation is never part
 * of a span. A range ("10 to 15") is reported as one mention per written numeral, both carrying
 * the whole range (`kind: 'range'`, `value` 10, `upTo` 15). Two quantities that are not a range
 * ("rose 50% to $4.2 million", a change "from 5% to 9%", a score "won 3-1") keep their own
 * values, units and kinds (see numberRanges.ts).
 */
export function findNumbers(doc: ParagraphDoc, text: string): NumberMention[] {
  const tokens = tokenize(text);
  const tags = new TermTags(doc);
  const drafts = new NumberScanner(text, tokens).scan();
  const phones = phoneNumberSpans(text);
  const inPhone = (d: Draft): boolean => phones.some(p => d.start < p.end && p.start < d.end);
  const kept = withMillionRanges(
    drafts.filter(d => !inPhone(d) && !isFalseNumber(d, tokens, text, tags)),
    tokens,
    tags,
  );
  const mentions = kept.map(d => describe(d, tokens, tags));
  shareRangeDetails(mentions, kept);
  return mentions.map(toMention(text));
}

/** Things that look like numbers but are not figures of the article. */
function isFalseNumber(d: Draft, tokens: readonly Token[], text: string, tags: TermTags): boolean {
  const own = tokenAt(tokens, d.start);
  const t = tokens[own];
  if (!t) return true;
  if (URL_LIKE.test(chunkAround(text, d.start))) return true;
  // Spelled ordinals: only from "third" up ("the first time" is not a figure).
  if (d.ordinal && !d.digits && !d.hint && (d.value ?? 0) < SMALLEST_SPELLED_ORDINAL) return true;
  // "a third party", "the fourth estate": set phrases, not ranks.
  if (d.ordinal && !d.digits && ORDINAL_IDIOMS.has(`${t.lower} ${tokens[d.next]?.lower ?? ''}`)) return true;
  // "one" alone may be a pronoun; "one and a half billion dollars" is an amount.
  if (!d.digits && d.numeral.toLowerCase() === 'one' && d.next === own + 1 && isPronounOne(tokens, own, tags)) return true;
  // A capitalised number word inside a name: "Formula One", "Air Force One", "Big Three".
  if (!d.digits && isCapitalised(t) && own > 0 && isCapitalised(tokens[own - 1]) && !startsSentence(tokens, own) && d.first === own) return true;
  // "1." / "2)" at the start of a line: a list marker.
  const after = tokens[own + 1];
  if (t.lineStart && /^\d{1,3}$/.test(t.text) && after && !after.spaced && (after.text === '.' || after.text === ')') && tokens[own + 2]?.spaced) return true;
  // "…as reported.[3]": a citation marker.
  const before = tokens[own - 1];
  if (before?.text === '[' && !before.spaced && own > 1 && !/^[“"‘'([]$/.test(tokens[own - 2].text) && after?.text === ']' && /^\d+$/.test(t.text)) return true;
  return false;
}

function chunkAround(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e);
}

/** "one" used as a pronoun: "the new one", "no one", "one another", "one must". */
function isPronounOne(tokens: readonly Token[], i: number, tags: TermTags): boolean {
  const next = tokens[i + 1];
  if (next?.word && (next.lower === 'another' || MODALS.has(next.lower))) return true;
  if (next?.lower === 'of') return false;
  let k = i - 1;
  // Walk back over the modifiers of "one" ("a very serious one", "a commercial one").
  while (k >= 0 && k >= i - 3 && isOneModifier(tokens[k], tags)) k--;
  const opener = tokens[k];
  return !!opener?.word && PRONOUN_ONE_OPENERS.has(opener.lower);
}

function isOneModifier(t: Token, tags: TermTags): boolean {
  if (!t.word || PRONOUN_ONE_OPENERS.has(t.lower) || tags.has(t, 'Value') || isCapitalised(t)) return false;
  const tg = tags.at(t.start, t.end);
  return tg.has('Adjective') || tg.has('Adverb') || (tg.has('Noun') && tg.has('Singular') && !tg.has('Pronoun'));
}

/** Settles kind, qualifier and counted noun of a draft from its context. */
function describe(draft: Draft, tokens: readonly Token[], tags: TermTags): Draft {
  const d = countsMillions(draft, tokens, tags) ? asMillions(draft) : draft;
  const out: Draft = { ...d };
  out.kind = kindOf(d, tokens, tags);
  if (d.hint === 'decade' && d.value !== null && out.kind === 'year' && isCenturyPlural(d)) {
    // "the late 1800s": the hundred years from the number on.
    out.upTo = d.value + 99;
    out.unit = 'century';
  } else if (d.hint === 'decade' && d.value !== null) {
    // "the 1990s", "in her 40s": the ten years from the number on.
    out.upTo = d.value + 9;
    out.unit = out.kind === 'age' ? 'years' : 'decade';
    // "in her mid-30s", "in his early 40s": a part of the decade of an age.
    const part = out.kind === 'age' ? DECADE_PARTS[decadePartBefore(d, tokens) ?? ''] : undefined;
    if (part) {
      out.value = d.value + part[0];
      out.upTo = d.value + part[1];
    }
  } else if (out.kind === 'age' && !out.unit) {
    // "at the age of four months"
    const next = tokens[d.next]?.lower ?? '';
    out.unit = /^(?:months|weeks|days)$/.test(next) ? next : 'years';
  }
  if (out.kind === 'time') {
    // "around 1.30am", "at about 6 pm": a time keeps only a qualifier of approximation.
    const q = qualifierBefore(tokens, d.first);
    if (q && APPROXIMATE_TIME.has(q)) out.qualifier = q;
  } else if (out.kind !== 'date' && out.kind !== 'year') {
    const q = qualifierBefore(tokens, d.first) ?? qualifierAfter(tokens, d.next - 1) ?? d.qualifier;
    // "pollution over 2000 - 2050": before a span of years, "over" means during.
    const overYears = (q === 'over' || q === 'under') && /^\d{4}$/.test(d.numeral) && (d.value ?? 0) >= 1000 && (d.value ?? 0) <= 2100;
    if (q && !overYears && !(q === 'over' && overMeansDuring(d, tokens))) out.qualifier = q;
  }
  if (!out.counted) {
    const counted = countedFor(out, tokens, tags);
    if (counted) out.counted = counted;
  }
  if (out.kind === 'multiplier') out.compared = comparisonAfter(tokens, d.next);
  return out;
}

/** Words that end a multiplier's comparison: a new clause or item starts with them. */
const COMPARISON_ENDS = new Set(['and', 'but', 'or', 'which', 'who', 'because', 'while', 'when', 'since', 'although', 'though', 'after', 'before']);
/** A comparison longer than this is cut: the card names it, the sentence below gives the rest. */
const MAX_COMPARISON_WORDS = 6;

/** The comparison after "N times" up to the end of its clause: "stronger than heroin", "as many as in 2019". */
function comparisonAfter(tokens: readonly Token[], from: number): string | undefined {
  const words: Token[] = [];
  for (let i = from; i < tokens.length && words.length < MAX_COMPARISON_WORDS; i++) {
    const t = tokens[i];
    if (!t.word || (words.length > 0 && COMPARISON_ENDS.has(t.lower))) break;
    words.push(t);
  }
  return words.length ? words.map(t => t.text).join(' ') : undefined;
}

/** Qualifiers that may stand before a clock time ("around 1.30am"); "over 6 pm" means nothing. */
const APPROXIMATE_TIME = new Set(['about', 'around', 'approximately', 'roughly', 'circa', 'approx', 'nearly', 'almost', 'just after', 'just before']);

/**
 * The parts of a decade of an age, as offsets from its first year: "early 30s" 30–33, "mid-30s"
 * 34–36, "late 30s" 37–39. The limits are a convention (none is universal); they split the ten
 * years in three without overlap.
 */
const DECADE_PARTS: Readonly<Record<string, readonly [number, number]>> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** "early", "mid" or "late" written before a decade: "mid-30s" (one word) or "early 40s". */
function decadePartBefore(d: Draft, tokens: readonly Token[]): string | undefined {
  const own = tokens[tokenAt(tokens, d.start)];
  const glued = own ? /^(early|mid|late)[-–‑]\d/i.exec(own.text)?.[1] : undefined;
  if (glued) return glued.toLowerCase();
  const prev = tokens[d.first - 1]?.lower ?? '';
  return /^(?:early|mid|late)$/.test(prev) ? prev : undefined;
}

/** "in her 40s", "in his early 50s", "in their mid-20s": a possessive before a two-digit decade makes it an age. */
function isAgeDecade(d: Draft, tokens: readonly Token[]): boolean {
  let k = d.first - 1;
  if (/^(?:early|mid|late)$/.test(tokens[k]?.lower ?? '')) k--;
  return /^(?:his|her|their|my|your|our)$/.test(tokens[k]?.lower ?? '');
}

/** Words of a length of time: "over 10 years" is a period, "over 10,000 people" an amount. */
const DURATION_WORDS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'centuries', 'hour',
  'hours', 'minute', 'minutes', 'quarter', 'quarters', 'season', 'seasons', 'term', 'terms', 'semester', 'semesters',
  'night', 'nights', 'weekend', 'weekends', 'generation', 'generations',
]);
/** Prepositions that already open a length of time, so an "over" after them means "more than": "for over 10 years", "in over a decade". */
const DURATION_OPENERS = new Set(['for', 'in', 'of', 'than', 'after', 'within', 'lasting', 'lasted', 'aged', 'spanning']);

/**
 * "$1.5 trillion over 10 years", "grew 5% annually over five years": before a length of time,
 * "over" says during which period, not "more than". After a word that already opens the period
 * ("for over 10 years", "the first time in over 20 years") it is still "more than".
 */
function overMeansDuring(d: Draft, tokens: readonly Token[]): boolean {
  const duration = DURATION_WORDS.has(tokens[d.next]?.lower ?? '') || DURATION_WORDS.has(d.counted ?? '');
  if (!duration) return false;
  // "anyone over 18 years of age", "over 65 years old": an age, and "over" is "more than".
  const afterUnit = tokens[d.next + 1]?.lower;
  if (afterUnit === 'old' || afterUnit === 'older' || (afterUnit === 'of' && tokens[d.next + 2]?.lower === 'age')) return false;
  const over = tokens[d.first - 1];
  const before = tokens[d.first - 2];
  return !(before?.word && DURATION_OPENERS.has(before.lower)) && over?.lower === 'over';
}

/**
 * "the 1800s", "the 1600s": a year ending in "00" with an "s" names its century. From 2000 on it
 * is read as the decade ("the early 2000s" are 2000–2009, the common sense in news), and "1000s"
 * is left a decade too (it is as often "thousands").
 */
function isCenturyPlural(d: Draft): boolean {
  return /^\d{2}00$/.test(d.numeral.replace(/s$/, '')) && d.value !== null && d.value > 1000 && d.value < 2000;
}

/**
 * "25m customers", "1.5m subscribers": a lower-case "m" glued to digits is a million when a
 * plural noun follows right after it. It stays metres before a word of size ("25m high"), with
 * nothing counted ("ran 400m"), or after an article, where the length describes one thing or
 * event ("a 50m pool", "the 110m hurdles").
 */
function countsMillions(d: Draft, tokens: readonly Token[], tags: TermTags): boolean {
  if (!d.metresOrMillion || d.kind || d.value === null) return false;
  const before = tokens[d.first - 1]?.lower ?? '';
  if (before === 'a' || before === 'an' || before === 'the') return false;
  const next = tokens[d.next];
  if (!next?.word || DIMENSION_WORDS.has(next.lower)) return false;
  return !!countedAfter(tokens, d.next, tags)?.plural;
}

/** The draft of "25m" read as 25 million, the "m" being a scale rather than a unit. */
function asMillions(d: Draft): Draft {
  const digits = d.value !== null ? String(d.value) : d.numeral.replace(/m$/, '').replace(/,/g, '');
  const out: Draft = { ...d, value: Number(`${digits}e6`), scale: 1e6 };
  // A range's upper end is a million times as large too ("2.8m to 3m ounces").
  if (d.upTo !== undefined) out.upTo = Number(`${d.upTo}e6`);
  delete out.unit;
  delete out.metresOrMillion;
  return out;
}

/**
 * "between 2.8m and 3m ounces", "25m to 30m customers": both ends of a range written with a
 * glued "m" are millions when what follows the upper end is counted (the rule of
 * `countsMillions`, read around the whole range).
 */
function withMillionRanges(drafts: Draft[], tokens: readonly Token[], tags: TermTags): Draft[] {
  const out = [...drafts];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.kind !== 'range' || b.kind !== 'range' || !a.metresOrMillion || !b.metresOrMillion || a.value !== b.value || a.upTo !== b.upTo) continue;
    if (countsMillions({ ...b, kind: undefined, first: a.first }, tokens, tags)) {
      out[i] = asMillions(a);
      out[i + 1] = asMillions(b);
    }
    i++;
  }
  return out;
}

function countedFor(d: Draft, tokens: readonly Token[], tags: TermTags): string | undefined {
  // "the 2-1 win": a score counts nothing.
  if (d.hint === 'score') return undefined;
  switch (d.kind) {
    case 'cardinal':
    case 'ordinal':
    case 'range': {
      // "35C tonight", "1.45C above the average": a temperature counts nothing.
      if (d.unit?.startsWith('°')) return undefined;
      if (d.kind === 'range' && (d.unit === '%' || /^[A-Z]{3}$/.test(d.unit ?? ''))) return countedAfter(tokens, d.next, tags, { viaOfOnly: true })?.text;
      // "Internet Explorer 6 Countdown": a number after a name is part of the name.
      const own = tokenAt(tokens, d.start);
      if (d.digits && own > 0 && isCapitalised(tokens[own - 1]) && !startsSentence(tokens, own - 1)) return undefined;
      return countedAfter(tokens, d.next, tags, { ofNeedsPlural: true })?.text;
    }
    case 'percent':
    case 'fraction':
      return countedAfter(tokens, d.next, tags, { viaOfOnly: true })?.text;
    default:
      return undefined;
  }
}

function kindOf(d: Draft, tokens: readonly Token[], tags: TermTags): NumberKind {
  if (d.kind) return d.kind;
  if (d.hint === 'age') return 'age';
  if (d.hint === 'score') return 'cardinal';
  if (d.hint === 'rank') return 'ordinal';
  if (d.hint === 'decade' && /^\d{2}s?$/.test(d.numeral) && isAgeDecade(d, tokens)) return 'age';
  if (d.hint === 'decade' || d.hint === 'year') return 'year';
  if (d.hint === 'fraction') return 'fraction';
  if (d.ordinal) return 'ordinal';
  if (d.value === null) return 'cardinal';
  // "number 3 in the charts", "No. 1": a rank.
  const prev = tokens[d.first - 1];
  if (d.digits && (prev?.lower === 'number' || (prev?.text === '.' && tokens[d.first - 2]?.lower === 'no'))) return 'ordinal';
  if (isAge(d, tokens, tags)) return 'age';
  if (isYear(d, tokens, tags)) return 'year';
  return 'cardinal';
}

/** "Xiaobing Yan, 40,", "John Smith (52)", "aged 14", "at the age of four", "she was six". */
function isAge(d: Draft, tokens: readonly Token[], tags: TermTags): boolean {
  const v = d.value;
  const next = tokens[d.next];
  // "a 2000 year old tradition", "she is 40 years old"
  if (v !== null && next?.word && /^years?$/.test(next.lower) && tokens[d.next + 1]?.lower === 'old') return true;
  if (v === null || !Number.isInteger(v) || v < 1 || v > 120 || d.unit) return false;
  // Only a number that is a whole word: not the "5" of a "5-2" score.
  if (tokens[d.next - 1]?.end !== d.end || tokens[tokenAt(tokens, d.start)]?.start !== d.start) return false;
  const prev = tokens[d.first - 1];
  const prev2 = tokens[d.first - 2];
  if (prev?.word && (prev.lower === 'aged' || prev.lower === 'age' || prev.lower === 'ages')) return true;
  // "she turned 36", "retired at 65", "died at 90": the verb says it is a person's age, unless
  // the number counts something ("turned 36 pages", "retired at 65 points").
  const byVerb = (prev?.word && TURN_VERBS.has(prev.lower)) || (prev?.lower === 'at' && !!prev2?.word && LIFE_EVENT_VERBS.has(prev2.lower));
  if (byVerb && !countedAfter(tokens, d.next, tags) && tokens[d.next]?.lower !== 'of') return true;
  if (prev?.lower === 'of' && prev2?.lower === 'age') return true;
  const closes = !next || next.text === ',' || next.text === ')' || isSentenceEnd(next) || next.text === ';';
  // "Xiaobing Yan, now 40,": "now" may stand between the comma and the age.
  const comma = prev?.lower === 'now' ? d.first - 2 : d.first - 1;
  const named = tokens[comma - 1];
  if (tokens[comma]?.text === ',' && closes) {
    // "Thomas Sam, 42, and": the name before the comma is a person, and nothing is counted.
    // (compromise may not read an unknown surname opening a sentence as a proper noun: "Rahbar,
    // 74, said"; then only an adult's age counts.)
    const personName = isCapitalised(named) && (tags.has(named, 'ProperNoun') || v >= 15 && !tags.has(named, 'Verb') && !tags.has(named, 'Adjective')) && !tags.has(named, 'Place') && !tags.has(named, 'Date');
    // "The suspect, 27, appeared", "the prime minister, 58,": a person named by a role.
    if ((personName || personNounPhraseEndsAt(tokens, comma - 1, tags)) && !countedAfter(tokens, d.next, tags)) return true;
  }
  // "two children, aged 4 and 6": every number of a list after "aged" is an age.
  if (inAgeList(tokens, d.first)) return true;
  // "John Smith (42)"; small numbers in brackets after names are tallies ("Joubert (3)").
  if (prev?.text === '(' && isCapitalised(prev2) && next?.text === ')' && v >= 12 && tags.has(prev2, 'ProperNoun') && !tags.has(prev2, 'Place')) return true;
  // "when she was six", "Trump, who is 70" (not "she was one among millions").
  if (prev?.word && AGE_VERBS.has(prev.lower) && prev2?.word && PERSONAL_PRONOUNS.has(prev2.lower) && v > 1) return !countedAfter(tokens, d.next, tags) && tokens[d.next]?.lower !== 'of';
  return false;
}

/** Words that introduce a list of ages: "aged 4 and 6", "ages 9, 11 and 14". */
const AGE_LIST_OPENERS = new Set(['aged', 'ages']);

/**
 * True when the number at token `first` continues a list of numbers that opens with "aged"
 * ("aged 4 and 6", "aged 31, 35 or 40"): only commas, "and", "or" and other numbers between.
 */
function inAgeList(tokens: readonly Token[], first: number): boolean {
  const link = tokens[first - 1];
  if (!link || !(link.text === ',' || link.lower === 'and' || link.lower === 'or')) return false;
  let numbers = 0;
  for (let k = first - 2; k >= 0 && k >= first - 12; k--) {
    const t = tokens[k];
    if (/^\d{1,3}$/.test(t.text) || isNumberWord(t.text)) numbers++;
    else if (!(t.text === ',' || t.lower === 'and' || t.lower === 'or')) return numbers > 0 && AGE_LIST_OPENERS.has(t.lower);
  }
  return false;
}

/** A four-digit number that names a year ("in 2016", "the 1991 Hajj") rather than counting something. */
function isYear(d: Draft, tokens: readonly Token[], tags: TermTags): boolean {
  if (!d.digits || !/^\d{4}$/.test(d.numeral) || d.unit || d.value === null || d.value < 1000 || d.value > 2100) return false;
  const prev = tokens[d.first - 1];
  // "1709 schoolchildren": a plural noun after it is what it counts ("2005 levels" is still a year).
  const counted = countedAfter(tokens, d.next, tags, { ofNeedsPlural: true });
  if (counted && YEAR_ATTRIBUTES.has(tokens[d.next]?.lower ?? '')) return true;
  const countsSomething = !!counted?.plural;
  // "World Cup 2018", "Expo Canada 2016": a year after a name.
  if (isCapitalised(prev) && !startsSentence(tokens, d.first - 1) && d.value >= 1900) return true;
  if (prev?.word && YEAR_PREPOSITIONS.has(prev.lower) && !countsSomething) return true;
  if (countsSomething) return false;
  return d.value >= 1900 || (d.value >= 1500 && (!tokens[d.next] || !tokens[d.next].word));
}

/** Both ends of a range share its qualifier and counted noun ("more than 10 to 15 people"). */
function shareRangeDetails(mentions: Draft[], drafts: Draft[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.kind !== 'range' || b.kind !== 'range' || a.value !== b.value || a.upTo !== b.upTo || drafts[i + 1].first < drafts[i].first) continue;
    if (a.qualifier && !b.qualifier) b.qualifier = a.qualifier;
    if (b.counted && !a.counted) a.counted = b.counted;
    else if (a.counted && !b.counted) b.counted = a.counted;
    i++;
  }
}

function toMention(text: string): (d: Draft) => NumberMention {
  return d => {
    const { start, end } = trimSpan(text, d.start, d.end);
    const m: NumberMention = { start, end, text: text.slice(start, end), value: d.kind === 'date' || d.kind === 'time' ? null : d.value, kind: d.kind ?? 'cardinal' };
    if (d.date) m.date = d.date;
    if (d.time) m.time = d.time;
    if (d.upTo !== undefined) m.upTo = d.upTo;
    if (d.unit) m.unit = d.unit;
    if (d.qualifier) m.qualifier = d.qualifier;
    if (d.counted) m.counted = d.counted;
    if (d.compared) m.compared = d.compared;
    return m;
  };
}

/**
 * Trailing punctuation is never part of a span ("40," → "40"); neither is surrounding space. The
 * dot of an abbreviation is its own ("6 p.m.", "5 ft.").
 */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (e > s && /[\s.,;:!?'"“”‘’)\]}—–-]/.test(text[e - 1]) && !(text[e - 1] === '.' && /\.\p{L}{1,3}$/u.test(text.slice(s, e - 1)))) e--;
  while (s < e && /\s/.test(text[s])) s++;
  return { start: s, end: e };
}

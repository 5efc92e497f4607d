// What kind of number a plain numeral is in its sentence when its form has not said: an age
// ("Thomas Sam, 42,", "aged 14", "she turned 36"), a year ("in 2016", "World Cup 2018"), a rank
// ("No. 1") or a plain count.
import { W, classWords, hasClass } from '../lexicon/lexicon';
import type { NumberKind } from '../types';
import type { Draft } from './draft';
import { type ScanToken, isCapitalised, isSentenceEnd, startsSentence, scanTokenAt } from './scanTokens';
import { type TermTags, countedAfter } from './context';
import { personNounPhraseEndsAt } from './personNouns';
import { isNumberWord } from './words';
import { looksLikeYear } from './dates';
import type { RuleRecord } from '../rules/ruleRecord';
import { KIND_RULES, WRITTEN_KIND_RULES } from './rules';

/** Words before a year ("in 2016", "since 1958", "by 2050"). */
const YEAR_PREPOSITIONS = classWords(W.YearPreposition);

/** Words that make the number after them a fiscal year: "fiscal 2027 sales", "FY 2026". */
const FISCAL_YEAR_WORDS = classWords(W.FiscalYearWord);

/** Nouns that a year qualifies rather than a count: "2005 levels", "1990 prices". */
const YEAR_ATTRIBUTES = classWords(W.YearAttribute);

const AGE_VERBS = classWords(W.AgeVerb);

/** Verbs of reaching an age: "turned 36". */
const TURN_VERBS = classWords(W.TurnVerb);

/** Life events told with the age they happened at: "retired at 65", "married at 19", "ran away at 15". */
const LIFE_EVENT_VERBS = classWords(W.LifeEventVerb);

const PERSONAL_PRONOUNS = classWords(W.AgePronoun);

/** "in her 40s", "in his early 50s", "in their mid-20s": a possessive before a two-digit decade makes it an age. */
function isAgeDecade(d: Draft, tokens: readonly ScanToken[]): boolean {
  let k = d.first - 1;
  if (/^(?:early|mid|late)$/.test(tokens[k]?.lower ?? '')) k--;
  return hasClass(tokens[k]?.lower ?? '', W.AgeDecadePossessive);
}

/** One kind decision: the rule it cites, the kind it gives, and when it applies. */
interface KindRule {
  rule: RuleRecord;
  kind: NumberKind;
  applies(d: Draft, tokens: readonly ScanToken[], tags: TermTags): boolean;
}

/**
 * The kind decisions for a numeral whose written form did not settle its kind, in order: first
 * what a hint of the form says, then what the sentence says. The last one always applies.
 */
const KIND_DECISIONS: readonly KindRule[] = [
  { rule: KIND_RULES.ageCompound, kind: 'age', applies: d => d.hint === 'age' },
  { rule: KIND_RULES.score, kind: 'cardinal', applies: d => d.hint === 'score' },
  { rule: KIND_RULES.rankMark, kind: 'ordinal', applies: d => d.hint === 'rank' },
  { rule: KIND_RULES.ageDecade, kind: 'age', applies: (d, tokens) => d.hint === 'decade' && /^\d{2}s?$/.test(d.numeral) && isAgeDecade(d, tokens) },
  { rule: KIND_RULES.yearForm, kind: 'year', applies: d => d.hint === 'decade' || d.hint === 'year' },
  { rule: KIND_RULES.fraction, kind: 'fraction', applies: d => d.hint === 'fraction' },
  { rule: KIND_RULES.ordinal, kind: 'ordinal', applies: d => !!d.ordinal },
  { rule: KIND_RULES.count, kind: 'cardinal', applies: d => d.value === null },
  // "number 3 in the charts", "No. 1": a rank.
  {
    rule: KIND_RULES.rankNumber,
    kind: 'ordinal',
    applies: (d, tokens) => {
      const prev = tokens[d.first - 1];
      return d.digits && (prev?.lower === 'number' || (prev?.text === '.' && tokens[d.first - 2]?.lower === 'no'));
    },
  },
  { rule: KIND_RULES.ageContext, kind: 'age', applies: isAge },
  { rule: KIND_RULES.address, kind: 'cardinal', applies: isAddressNumber },
  { rule: KIND_RULES.yearContext, kind: 'year', applies: isYear },
  { rule: KIND_RULES.count, kind: 'cardinal', applies: () => true },
];

/** The rule of each kind the scanner reads from the written form alone ("$5", "52%", "May 18"). */
const WRITTEN_KINDS: Readonly<Partial<Record<NumberKind, RuleRecord>>> = WRITTEN_KIND_RULES;

/** The kind of a draft in its sentence, and the id of the rule that decided it. */
export function kindOf(d: Draft, tokens: readonly ScanToken[], tags: TermTags): { kind: NumberKind; rule: string } {
  if (d.kind) return { kind: d.kind, rule: (WRITTEN_KINDS[d.kind] ?? KIND_RULES.count).id };
  const decision = KIND_DECISIONS.find(k => k.applies(d, tokens, tags)) ?? KIND_DECISIONS[KIND_DECISIONS.length - 1];
  return { kind: decision.kind, rule: decision.rule.id };
}

/** "Xiaobing Yan, 40,", "John Smith (52)", "aged 14", "at the age of four", "she was six". */
function isAge(d: Draft, tokens: readonly ScanToken[], tags: TermTags): boolean {
  const v = d.value;
  const next = tokens[d.next];
  // "a 2000 year old tradition", "she is 40 years old"
  if (v !== null && next?.word && /^years?$/.test(next.lower) && tokens[d.next + 1]?.lower === 'old') return true;
  if (v === null || !Number.isInteger(v) || v < 1 || v > 120 || d.unit) return false;
  // Only a number that is a whole word: not the "5" of a "5-2" score.
  if (tokens[d.next - 1]?.end !== d.end || tokens[scanTokenAt(tokens, d.start)]?.start !== d.start) return false;
  const prev = tokens[d.first - 1];
  const prev2 = tokens[d.first - 2];
  if (prev?.word && (prev.lower === 'aged' || prev.lower === 'age' || prev.lower === 'ages')) return true;
  // "people aged under 22", "those aged over 65": an age limit.
  if (prev?.word && hasClass(prev.lower, W.AgeBound) && prev2?.lower === 'aged') return true;
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
const AGE_LIST_OPENERS = classWords(W.AgeListOpener);

/**
 * True when the number at token `first` continues a list of numbers that opens with "aged"
 * ("aged 4 and 6", "aged 31, 35 or 40"): only commas, "and", "or" and other numbers between.
 */
function inAgeList(tokens: readonly ScanToken[], first: number): boolean {
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

/** The last word of a street's name ("Elm Street", "Corliss Ave."), lower case. */
const STREET_WORDS = classWords(W.StreetWord);

/**
 * A four-digit number that is a house or block number in a street address, not a year: "the
 * 2100 block of Corliss Avenue" (police briefs give the block, not the house), "1600 Elm Street".
 */
function isAddressNumber(d: Draft, tokens: readonly ScanToken[]): boolean {
  if (!d.digits || d.unit || !looksLikeYear(d.numeral, d.value)) return false;
  const next = tokens[d.next];
  if (next?.lower === 'block' && tokens[d.next + 1]?.lower === 'of') return true;
  const prev = tokens[d.first - 1];
  // "in 2016 Main Street shops", "the 1973 Supreme Court Drive plan": a year that qualifies a name.
  if (prev?.word && (YEAR_PREPOSITIONS.has(prev.lower) || prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'its')) return false;
  // Up to three capitalised words, the last of them a street's ("Martin Luther King Drive").
  for (let k = d.next; k < d.next + 3; k++) {
    const t = tokens[k];
    if (!t?.word || !isCapitalised(t)) return false;
    if (STREET_WORDS.has(t.lower)) return k > d.next;
  }
  return false;
}

/** A four-digit number that names a year ("in 2016", "the 1991 Hajj") rather than counting something. */
function isYear(d: Draft, tokens: readonly ScanToken[], tags: TermTags): boolean {
  if (!d.digits || !looksLikeYear(d.numeral, d.value) || d.unit || d.value === null) return false;
  const prev = tokens[d.first - 1];
  // "fiscal 2027 sales": a fiscal year, whatever follows it.
  if (prev?.word && FISCAL_YEAR_WORDS.has(prev.lower)) return true;
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

// Numbers with their meaning: finds the number expressions of a paragraph (scanner.ts),
// drops what only looks like a number (falseNumbers.ts, phones.ts), and settles what each one
// is in its sentence (kinds.ts: an age, a year, an ordinal…), with the qualifier before it and
// what it counts.
import { W, classWords } from '../lexicon/lexicon';
import type { NumberMention, Rejection } from '../types';
import { type ScanToken, isCapitalised, startsSentence, scanTokenAt, scanTokens } from './scanTokens';
import { type Draft, copyDraft } from './draft';
import { scanNumbers } from './scanner';
import { looksLikeYear } from './dates';
import { type ParagraphDoc, TermTags, countedAfter, qualifierAfter, qualifierBefore } from './context';
import { phoneNumberSpans } from './phones';
import { DIMENSION_WORDS } from './units';
import { vetoOf } from './falseNumbers';
import { NUMBER_VETOES, QUANTITY_RULES } from './rules';
import { kindOf } from './kinds';
import { mapped } from '../../common/mapped';

export type { ParagraphDoc } from './context';

/**
 * Finds the numbers of one paragraph. `doc` is `nlp(text)` with offsets computed (the parse is
 * the expensive part, so it is shared with the other finders; here it only lends its part-of-
 * speech tags). Offsets in the result are relative to `text`. Trailing punctuation is never part
 * of a span. A range ("10 to 15") is one mention from its first end to its last (`kind:
 * 'range'`, `value` 10, `upTo` 15; see docs/number-conventions.md). Two quantities that are not a range
 * ("rose 50% to $4.2 million", a change "from 5% to 9%", a score "won 3-1") keep their own
 * values, units and kinds (see ranges.ts).
 */
export function findNumbers(doc: ParagraphDoc, text: string): NumberMention[] {
  return findNumberFindings(doc, text).numbers;
}

/** The numbers of one paragraph (see `findNumbers`) and the candidates a veto turned down. */
export function findNumberFindings(doc: ParagraphDoc, text: string): { numbers: NumberMention[]; rejections: Rejection[] } {
  const tokens = scanTokens(text);
  const drafts = scanNumbers(text, tokens);
  // Most paragraphs have no number: their tags and telephone numbers need not be read.
  if (!drafts.length) return { numbers: [], rejections: [] };
  const tags = new TermTags(doc);
  const phones = phoneNumberSpans(text);
  const inPhone = (d: Draft): boolean => phones.some(p => d.start < p.end && p.start < d.end);
  const rejections: Rejection[] = [];
  const reject = (d: Draft, rule: string): void => {
    const { start, end } = trimSpan(text, d.start, d.end);
    rejections.push({ start, end, text: text.slice(start, end), kind: 'number', rules: [rule] });
  };
  const candidates = drafts.filter(d => {
    const veto = inPhone(d) ? NUMBER_VETOES.phone.id : vetoOf(d, tokens, text, tags);
    if (veto) reject(d, veto);
    return !veto;
  });
  const kept = withMillionRanges(candidates, tokens, tags);
  const mentions = joinRangeEnds(
    kept.map(d => describe(d, tokens, tags)),
    kept,
  );
  return { numbers: mentions.map(toMention(text)), rejections };
}

/** Settles kind, qualifier and counted noun of a draft from its context. */
function describe(draft: Draft, tokens: readonly ScanToken[], tags: TermTags): Draft {
  const d = countsMillions(draft, tokens, tags) ? asMillions(draft) : draft;
  const out = copyDraft(d);
  const decided = kindOf(d, tokens, tags);
  out.kind = decided.kind;
  // The rules that read the amount (quantity.ts), then the one that gave its kind.
  out.rules = d.rules?.includes(decided.rule) ? [...d.rules] : [...(d.rules ?? []), decided.rule];
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
    const overYears = (q === 'over' || q === 'under') && looksLikeYear(d.numeral, d.value);
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
const COMPARISON_ENDS = classWords(W.ComparisonEnd);

/** A comparison longer than this is cut: the card names it, the sentence below gives the rest. */
const MAX_COMPARISON_WORDS = 6;

/** The comparison after "N times" up to the end of its clause: "stronger than heroin", "as many as in 2019". */
function comparisonAfter(tokens: readonly ScanToken[], from: number): string | undefined {
  const words: ScanToken[] = [];
  for (let i = from; i < tokens.length && words.length < MAX_COMPARISON_WORDS; i++) {
    const t = tokens[i];
    if (!t.word || (words.length > 0 && COMPARISON_ENDS.has(t.lower))) break;
    words.push(t);
  }
  return words.length ? mapped(words, t => t.text).join(' ') : undefined;
}

/** Qualifiers that may stand before a clock time ("around 1.30am"); "over 6 pm" means nothing. */
const APPROXIMATE_TIME = classWords(W.ClockTimeQualifier);

/**
 * The parts of a decade of an age, as offsets from its first year: "early 30s" 30–33, "mid-30s"
 * 34–36, "late 30s" 37–39. The limits are a convention (none is universal); they split the ten
 * years in three without overlap.
 */
const DECADE_PARTS: Readonly<Record<string, readonly [number, number]>> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** "early", "mid" or "late" written before a decade: "mid-30s" (one word) or "early 40s". */
function decadePartBefore(d: Draft, tokens: readonly ScanToken[]): string | undefined {
  const own = tokens[scanTokenAt(tokens, d.start)];
  const glued = own ? /^(early|mid|late)[-–‑]\d/i.exec(own.text)?.[1] : undefined;
  if (glued) return glued.toLowerCase();
  const prev = tokens[d.first - 1]?.lower ?? '';
  return /^(?:early|mid|late)$/.test(prev) ? prev : undefined;
}

/** Words of a length of time: "over 10 years" is a period, "over 10,000 people" an amount. */
const DURATION_WORDS = classWords(W.DurationWord);

/** Prepositions that already open a length of time, so an "over" after them means "more than": "for over 10 years", "in over a decade". */
const DURATION_OPENERS = classWords(W.DurationOpener);

/**
 * "$1.5 trillion over 10 years", "grew 5% annually over five years": before a length of time,
 * "over" says during which period, not "more than". After a word that already opens the period
 * ("for over 10 years", "the first time in over 20 years") it is still "more than".
 */
function overMeansDuring(d: Draft, tokens: readonly ScanToken[]): boolean {
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
function countsMillions(d: Draft, tokens: readonly ScanToken[], tags: TermTags): boolean {
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
function withMillionRanges(drafts: Draft[], tokens: readonly ScanToken[], tags: TermTags): Draft[] {
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

function countedFor(d: Draft, tokens: readonly ScanToken[], tags: TermTags): string | undefined {
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
      const own = scanTokenAt(tokens, d.start);
      if (d.digits && own > 0 && isCapitalised(tokens[own - 1]) && !startsSentence(tokens, own - 1)) return undefined;
      return countedAfter(tokens, d.next, tags, { ofNeedsPlural: true })?.text;
    }
    case 'percent':
    case 'fraction':
      // "one in three adults": a share counts the noun after it, as a count does ("a third of voters" only through "of").
      if (d.rules?.includes(QUANTITY_RULES.shareOfEvery.id)) return countedAfter(tokens, d.next, tags, { ofNeedsPlural: true })?.text;
      return countedAfter(tokens, d.next, tags, { viaOfOnly: true })?.text;
    default:
      return undefined;
  }
}

/**
 * A range is one figure: "between $45 billion and $50 billion", "10 to 15 people", "15-20%" are
 * each one mention from its first end to its last (see docs/number-conventions.md), with the
 * qualifier of its lower end and the counted noun of either ("more than 10 to 15 people").
 */
function joinRangeEnds(mentions: Draft[], drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!b || a.kind !== 'range' || b.kind !== 'range' || a.value !== b.value || a.upTo !== b.upTo || drafts[i + 1].first < drafts[i].first) {
      out.push(a);
      continue;
    }
    const qualifier = a.qualifier ?? b.qualifier;
    const counted = b.counted ?? a.counted;
    out.push({ ...a, end: b.end, next: b.next, ...(qualifier ? { qualifier } : {}), ...(counted ? { counted } : {}) });
    i++;
  }
  return out;
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
    if (d.rules) m.rules = [...d.rules];
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

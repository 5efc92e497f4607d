// A quantity: a numeral (numeral.ts) with the words after it that make it an amount
// ("million", "percent", "euros", "times", "km", "degrees Celsius"). What those words make of
// the numeral is decided by an ordered table of steps (QUANTITY_STEPS), each citing a rule of
// rules.ts, so the order that matters is written down once and every decision can be explained.
import { W, classWords } from '../lexicon/lexicon';
import type { Draft } from './draft';
import { hundredths, SUBUNIT_WORDS, subunitCurrency } from './subunits';
import { currencyAfter, nationalCents } from './money';
import { CURRENCY_WORDS, MEASURE_UNITS, MEASURE_UNIT_MODIFIERS, SCALE_WORDS } from './units';
import { readNumeral } from './numeral';
import { FRACTION_DENOMINATORS, HYPHEN, type Numeral, type ScanCursor, hasThousandsSeparator, pointsAt } from './cursor';
import { wordTable } from '../../common/wordTable';
import type { RuleRecord } from '../rules/ruleRecord';
import { QUANTITY_RULES, WRITTEN_KIND_RULES } from './rules';

/** Comparatives after "N times" that make it a multiplier ("50 times stronger"). */
const MULTIPLIER_FOLLOWERS = classWords(W.MultiplierFollower);
/** Names of temperature scales after "degrees", and the unit they make. */
const TEMPERATURE_SCALES = wordTable<string>({ celsius: '°C', centigrade: '°C', fahrenheit: '°F', c: '°C', f: '°F' });
/**
 * Words after "N times" that name the base of a multiple ("25 times forward earnings", "1.9 times
 * book value", "ten times its size"), as opposed to a count of occasions ("stabbed 25 times").
 */
const MULTIPLE_BASES = classWords(W.MultipleBase);
const MIXED_FRACTION = /^(\d{1,2})\/(\d{1,2})$/;

/** Multiplies a decimal written in digits by a power of ten without binary rounding ("4.2" × 1e6 = 4200000). */
function scaleDecimal(text: string, value: number, scale: number): number {
  const exponent = Math.round(Math.log10(scale));
  if (10 ** exponent === scale && /^[\d,.]+$/.test(text)) return Number(`${text.replace(/,/g, '')}e${exponent}`);
  return value * scale;
}

/** The scale a spelled amount ends with ("a million" → 1e6, "two dozen" → 12), else 1. */
function trailingScale(text: string): number {
  const last = /(\p{L}+)$/u.exec(text)?.[1].toLowerCase() ?? '';
  if (last === 'dozen') return 12;
  return SCALE_WORDS[last] ?? 1;
}

/** A quantity being read: the numeral and what the steps have added to it so far. */
interface Reading {
  readonly c: ScanCursor;
  readonly n: Numeral;
  /** The currency of a sign or code written before the numeral ("$", "USD", "Rs"), if any. */
  readonly currency: string | undefined;
  value: number;
  end: number;
  next: number;
  unit?: string;
  kind?: Draft['kind'];
  hint?: Draft['hint'];
  scale?: number;
  /** "3 1/2": a fraction was added to a whole number (a scale word then multiplies the sum). */
  withFraction: boolean;
  metresOrMillion: boolean;
}

/**
 * What a step makes of a reading: `extend` added words and the next steps run on; `take` ends
 * the quantity here; `reject` says it is no quantity at all ("$" before a date); undefined: the
 * step does not apply.
 */
type Outcome = 'extend' | 'take' | 'reject' | undefined;

/** One step of reading a quantity: the rule it cites, and what it does. */
interface QuantityStep {
  rule: RuleRecord;
  apply(q: Reading): Outcome;
}

/** The form alone said what the numeral is: a time, a date, a decade, an ordinal, an age. */
function formIsComplete(n: Numeral): boolean {
  return n.kind === 'time' || n.kind === 'date' || n.hint === 'decade' || n.ordinal || n.hint === 'age';
}

/** Sets what a step read: the kind and unit it gives, and the token after its last word. */
function settle(q: Reading, kind: Draft['kind'], unit: string | undefined, last: number): 'take' {
  q.kind = kind;
  q.unit = unit;
  q.end = q.c.tokens[last].end;
  q.next = last + 1;
  return 'take';
}

/**
 * The steps, in the order they are tried: what the numeral's own form says, then the words that
 * extend the amount ("3 1/2", "4.2 billion", "two and a half"), then the word after it that says
 * what the amount is (a currency, percent, points, cents, "times", a unit). A numeral that no
 * step ends is a bare number, whose kind its sentence decides (kinds.ts).
 */
const QUANTITY_STEPS: readonly QuantityStep[] = [
  // "$20s": banknotes, not a decade.
  {
    rule: QUANTITY_RULES.banknotes,
    apply: q => {
      if (!q.currency || q.n.hint !== 'decade') return undefined;
      q.hint = undefined;
      q.kind = 'money';
      q.unit = q.currency;
      return 'take';
    },
  },
  // "8pm", "May 18", "1990s", "22nd", "14-year-old"; and the glued forms "99c", "25bp",
  // "100fold". A currency sign before them makes no amount of them ("$8pm").
  {
    rule: QUANTITY_RULES.formComplete,
    apply: ({ n, currency }) => {
      if (formIsComplete(n)) return currency ? 'reject' : 'take';
      if (n.kind) return currency && n.kind !== 'multiplier' ? 'reject' : 'take';
      return undefined;
    },
  },
  // "3 1/2 years": a whole number and a fraction.
  {
    rule: QUANTITY_RULES.mixedFraction,
    apply: q => {
      const { c, n } = q;
      const fraction = c.sameLine(q.next);
      const parts = fraction && fraction.spaced && n.digits && !n.moneyScale && !n.unit && Number.isInteger(q.value) ? MIXED_FRACTION.exec(fraction.text) : null;
      if (!parts || !(Number(parts[1]) < Number(parts[2])) || !FRACTION_DENOMINATORS.has(Number(parts[2]))) return undefined;
      q.value += Number(parts[1]) / Number(parts[2]);
      q.end = fraction!.end;
      q.next++;
      q.withFraction = true;
      return 'extend';
    },
  },
  // Scale word after digits: "4.2 billion", "26 million", "several thousand".
  {
    rule: QUANTITY_RULES.scaleWord,
    apply: q => {
      const { c, n } = q;
      const scaleTok = c.sameLine(q.next);
      if (!(n.digits || n.vague) || !scaleTok?.word || n.moneyScale) return undefined;
      // "a £30 million-rated midfielder", "a 10 million-strong army": the scale opens a hyphenated
      // word, and the amount ends with it. Not "hundred": "five hundred-page reports" are five
      // reports of a hundred pages, the compound describing what is counted.
      const opening = SCALE_WORDS[scaleTok.lower] ? undefined : scaleTok.lower.split(HYPHEN)[0];
      let scale = opening && opening !== 'hundred' ? SCALE_WORDS[opening] : SCALE_WORDS[scaleTok.lower];
      if (!scale) return undefined;
      q.end = opening ? scaleTok.start + opening.length : scaleTok.end;
      q.next++;
      // "20 lakh crore", "5 thousand million": a larger scale word after a scale multiplies it.
      for (let more = c.sameLine(q.next); more?.word && (SCALE_WORDS[more.lower] ?? 0) > scale; more = c.sameLine(q.next)) {
        scale *= SCALE_WORDS[more.lower];
        q.end = more.end;
        q.next++;
      }
      q.scale = scale;
      q.value = q.withFraction ? q.value * scale : scaleDecimal(n.text, q.value, scale);
      return 'extend';
    },
  },
  // A scale glued to the digits: "$5bn", "5M visitors".
  {
    rule: QUANTITY_RULES.gluedScale,
    apply: q => {
      const { n } = q;
      if (!n.moneyScale) return undefined;
      // A capital "M" glued to digits is a million ("5M visitors"); metres are written "m".
      if (q.currency || n.moneyScaleSuffix !== 'm') {
        q.scale = n.moneyScale;
        q.value = scaleDecimal(n.text.replace(/\p{L}+$/u, ''), q.value, n.moneyScale);
        return 'extend';
      }
      return undefined;
    },
  },
  // "15m" without a currency: fifteen metres, unless what follows says it counts ("25m
  // customers"), which is settled with the sentence (findNumbers.ts).
  {
    rule: QUANTITY_RULES.unitOfMeasure,
    apply: q => {
      if (!q.n.moneyScale || q.currency || q.n.moneyScaleSuffix !== 'm') return undefined;
      q.unit = 'm';
      q.kind = undefined;
      q.metresOrMillion = true;
      return 'extend';
    },
  },
  // "two and a half", "3 and a half", "a million and a half": the half is of the last unit
  // written, so after a scale word it is half that scale (1,500,000, not 1,000,000.5).
  {
    rule: QUANTITY_RULES.andAHalf,
    apply: q => {
      const { c, n } = q;
      if (!(c.tok(q.next)?.lower === 'and' && c.tok(q.next + 1)?.lower === 'a' && c.tok(q.next + 2)?.lower === 'half')) return undefined;
      q.value += 0.5 * (q.scale ?? trailingScale(n.text));
      q.end = c.tokens[q.next + 2].end;
      q.next += 3;
      // "one and a half billion": a scale word after the half multiplies the whole.
      const scaleAfter = c.sameLine(q.next);
      if (!q.scale && trailingScale(n.text) === 1 && scaleAfter?.word && SCALE_WORDS[scaleAfter.lower]) {
        q.scale = SCALE_WORDS[scaleAfter.lower];
        q.value = Math.round(q.value * q.scale);
        q.end = scaleAfter.end;
        q.next++;
      }
      return 'extend';
    },
  },
  // A currency before the amount; "¥5 billion yuan": a currency word after it says which one.
  {
    rule: WRITTEN_KIND_RULES.money,
    apply: q => {
      const { c, currency } = q;
      if (!currency) return undefined;
      const word = c.sameLine(q.next);
      if (word?.word && CURRENCY_WORDS[word.lower] && (currency === 'JPY' || currency === CURRENCY_WORDS[word.lower])) return settle(q, 'money', CURRENCY_WORDS[word.lower], q.next);
      q.kind = 'money';
      q.unit = currency;
      return 'take';
    },
  },
  // "a quarter of a percentage point", "two-thirds of a percentage point"
  {
    rule: WRITTEN_KIND_RULES.percent,
    apply: q => {
      const { c, n } = q;
      const points = n.hint === 'fraction' && c.tok(q.next)?.lower === 'of' && c.tok(q.next + 1)?.lower === 'a' ? pointsAt(c, q.next + 2) : undefined;
      if (!points) return undefined;
      q.hint = undefined;
      return settle(q, 'percent', points.unit, points.last);
    },
  },
  // "20-minute walk": the compound already says what is counted.
  { rule: QUANTITY_RULES.countedCompound, apply: q => (q.n.counted ? 'take' : undefined) },
  // Percent: "50%", "50 percent", "50 per cent", "2 percentage points", "150 basis points".
  {
    rule: WRITTEN_KIND_RULES.percent,
    apply: q => {
      const { c } = q;
      const after = c.sameLine(q.next);
      if (!after) return undefined;
      if (!after.word && after.text === '%') return settle(q, 'percent', '%', q.next);
      if (after.word && (after.lower === 'percent' || after.lower === 'pct')) return settle(q, 'percent', '%', q.next);
      if (after.word && after.lower === 'per' && c.tok(q.next + 1)?.lower === 'cent') return settle(q, 'percent', '%', q.next + 1);
      const points = pointsAt(c, q.next);
      return points ? settle(q, 'percent', points.unit, points.last) : undefined;
    },
  },
  // "45 cents", "142.5 pence", "two U.S. cents": hundredths of a currency.
  {
    rule: WRITTEN_KIND_RULES.money,
    apply: q => {
      const after = q.c.sameLine(q.next);
      if (!after?.word) return undefined;
      const national = SUBUNIT_WORDS[after.lower] === undefined ? nationalCents(q.c.tokens, q.next) : undefined;
      if (SUBUNIT_WORDS[after.lower] === undefined && !national) return undefined;
      q.value = hundredths(q.value);
      return national ? settle(q, 'money', national.currency, national.last) : settle(q, 'money', subunitCurrency(q.c.tokens, q.next, after.lower), q.next);
    },
  },
  // Money written with a word or code after: "422,000 euros", "20 million Australian dollars", "300 EUR".
  {
    rule: WRITTEN_KIND_RULES.money,
    apply: q => {
      if (!q.c.sameLine(q.next)) return undefined;
      const money = currencyAfter(q.c.tokens, q.next, q.value !== q.n.value, hasThousandsSeparator(q.n.text));
      return money ? settle(q, 'money', money.currency, money.last) : undefined;
    },
  },
  // Multiplier: "50 times stronger", "three times as many".
  {
    rule: WRITTEN_KIND_RULES.multiplier,
    apply: q => {
      const after = q.c.sameLine(q.next);
      if (after?.lower !== 'times') return undefined;
      const follower = q.c.tok(q.next + 1);
      const multiplies = follower?.word && (MULTIPLIER_FOLLOWERS.has(follower.lower) || MULTIPLE_BASES.has(follower.lower) || /er$/.test(follower.lower));
      return multiplies ? settle(q, 'multiplier', 'times', q.next) : undefined;
    },
  },
  // Degrees: "1.5°C", "40 °F".
  {
    rule: QUANTITY_RULES.degreeSign,
    apply: q => {
      const after = q.c.sameLine(q.next);
      if (!after || after.word || after.text !== '°') return undefined;
      const scale = q.c.tok(q.next + 1);
      const letter = scale && !scale.spaced && /^[CF]$/.test(scale.text) ? scale : undefined;
      return settle(q, q.kind, `°${letter?.text ?? ''}`, q.next + (letter ? 1 : 0));
    },
  },
  // Units of measurement: "2 km", "15 meter", "240,000 square meter", "20 nautical miles", "5 degrees Celsius".
  {
    rule: QUANTITY_RULES.unitOfMeasure,
    apply: q => {
      const { c } = q;
      const after = c.sameLine(q.next);
      if (!after) return undefined;
      const square = after.word && MEASURE_UNIT_MODIFIERS.has(after.lower) ? 1 : 0;
      const unitTok = c.sameLine(q.next + square);
      if (!unitTok?.word || !MEASURE_UNITS.has(unitTok.lower) || q.unit) return undefined;
      settle(q, q.kind, (square ? `${after.lower} ` : '') + unitTok.lower, q.next + square);
      // "5 degrees Celsius", "110 degrees Fahrenheit": the scale is the unit, written as "40°C" is.
      const scaleName = c.sameLine(q.next);
      const temperature = /^degrees?$/.test(unitTok.lower) && scaleName?.word ? TEMPERATURE_SCALES[scaleName.lower] : undefined;
      if (temperature && (scaleName!.text.length > 1 || /^[CF]$/.test(scaleName!.text))) settle(q, q.kind, temperature, q.next);
      return 'take';
    },
  },
];

/**
 * A quantity: a numeral with the words that make it an amount ("million", "percent", "euros",
 * "times", "km"). `currency` is set when a currency symbol or code came first. The draft's
 * `rules` are the ids of the steps that applied, in order.
 */
export function readQuantity(c: ScanCursor, first: number, at: number, currency: string | undefined, numeral?: Numeral): Draft | undefined {
  const n = numeral ?? readNumeral(c, at);
  if (!n) return undefined;
  const q: Reading = { c, n, currency, value: n.value, end: n.end, next: n.next, unit: n.unit, kind: n.kind, hint: n.hint, withFraction: false, metresOrMillion: false };
  const rules: string[] = [];
  for (const step of QUANTITY_STEPS) {
    const outcome = step.apply(q);
    if (outcome === 'reject') return undefined;
    if (outcome && !rules.includes(step.rule.id)) rules.push(step.rule.id);
    if (outcome === 'take') break;
  }
  const draft: Draft = {
    // A numeral given by the caller is part of a word ("15" of "10-15"): its span is its own.
    start: numeral ? numeral.start : c.tokens[first].start,
    end: q.end,
    value: q.kind === 'date' || q.kind === 'time' ? null : q.value,
    first,
    next: q.next,
    numeral: n.text,
    digits: n.digits,
  };
  // Only what was read is set (assignments, not conditional spreads: this runs for every number).
  if (q.kind) draft.kind = q.kind;
  if (q.unit) draft.unit = q.unit;
  if (n.qualifier) draft.qualifier = n.qualifier;
  if (n.counted) draft.counted = n.counted;
  if (n.time) draft.time = n.time;
  if (n.date) draft.date = n.date;
  if (n.ordinal) draft.ordinal = true;
  if (q.hint) draft.hint = q.hint;
  if (q.scale) draft.scale = q.scale;
  if (q.metresOrMillion) draft.metresOrMillion = true;
  if (rules.length) draft.rules = rules;
  return draft;
}

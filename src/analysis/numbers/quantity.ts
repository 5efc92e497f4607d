// A quantity: a numeral (numeral.ts) with the words after it that make it an amount
// ("million", "percent", "euros", "times", "km", "degrees Celsius").
import { W, classWords } from '../lexicon/lexicon';
import type { Draft } from './draft';
import { centCurrency, hundredths, SUBUNIT_WORDS } from './subunits';
import { currencyAfter } from './money';
import { CURRENCY_WORDS, MEASURE_UNITS, SCALE_WORDS } from './units';
import { readNumeral } from './numeral';
import { FRACTION_DENOMINATORS, type Numeral, type ScanCursor, pointsAt } from './cursor';
import { wordTable } from '../../common/wordTable';

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

/**
 * A quantity: a numeral with the words that make it an amount ("million", "percent", "euros",
 * "times", "km"). `currency` is set when a currency symbol or code came first.
 */
export function readQuantity(c: ScanCursor, first: number, at: number, currency: string | undefined, numeral?: Numeral): Draft | undefined {
  const n = numeral ?? readNumeral(c, at);
  if (!n) return undefined;
  let value = n.value;
  let end = n.end;
  let next = n.next;
  let unit = n.unit;
  let kind = n.kind;
  let scale: number | undefined;
  let metresOrMillion = false;
  const qualifier = n.qualifier;
  const draft = (): Draft => ({
    // A numeral given by the caller is part of a word ("15" of "10-15"): its span is its own.
    start: numeral ? numeral.start : c.tokens[first].start,
    end,
    value: kind === 'date' || kind === 'time' ? null : value,
    first,
    next,
    numeral: n.text,
    digits: n.digits,
    ...(kind ? { kind } : {}),
    ...(unit ? { unit } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(n.counted ? { counted: n.counted } : {}),
    ...(n.time ? { time: n.time } : {}),
    ...(n.date ? { date: n.date } : {}),
    ...(n.ordinal ? { ordinal: true } : {}),
    ...(n.hint ? { hint: n.hint } : {}),
    ...(scale ? { scale } : {}),
    ...(metresOrMillion ? { metresOrMillion } : {}),
  });
  // "$20s": banknotes, not a decade.
  if (currency && n.hint === 'decade') {
    kind = 'money';
    unit = currency;
    return { ...draft(), hint: undefined };
  }
  if (n.kind === 'time' || n.kind === 'date' || n.hint === 'decade' || n.ordinal || n.hint === 'age') {
    if (currency) return undefined;
    return draft();
  }
  // The glued form already said what it is ("99c", "25bp", "100fold").
  if (n.kind) return currency && n.kind !== 'multiplier' ? undefined : draft();
  // "3 1/2 years": a whole number and a fraction.
  const fraction = c.sameLine(next);
  const parts = fraction && fraction.spaced && n.digits && !n.moneyScale && !n.unit && Number.isInteger(value) ? MIXED_FRACTION.exec(fraction.text) : null;
  if (parts && Number(parts[1]) < Number(parts[2]) && FRACTION_DENOMINATORS.has(Number(parts[2]))) {
    value += Number(parts[1]) / Number(parts[2]);
    end = fraction!.end;
    next++;
  }
  // Scale word after digits: "4.2 billion", "26 million".
  const scaleTok = c.sameLine(next);
  if (n.digits && scaleTok?.word && SCALE_WORDS[scaleTok.lower] && !n.moneyScale) {
    scale = SCALE_WORDS[scaleTok.lower];
    end = scaleTok.end;
    next++;
    // "20 lakh crore", "5 thousand million": a larger scale word after a scale multiplies it.
    for (let more = c.sameLine(next); more?.word && (SCALE_WORDS[more.lower] ?? 0) > scale; more = c.sameLine(next)) {
      scale *= SCALE_WORDS[more.lower];
      end = more.end;
      next++;
    }
    value = parts ? value * scale : scaleDecimal(n.text, value, scale);
  }
  if (n.moneyScale) {
    // A capital "M" glued to digits is a million ("5M visitors"); metres are written "m".
    if (currency || n.moneyScaleSuffix !== 'm') {
      scale = n.moneyScale;
      value = scaleDecimal(n.text.replace(/\p{L}+$/u, ''), value, n.moneyScale);
    } else {
      // "15m" without a currency: fifteen metres, unless what follows says it counts
      // ("25m customers"), which is settled with the sentence (findNumbers.ts).
      unit = 'm';
      kind = undefined;
      metresOrMillion = true;
    }
  }
  // "two and a half", "3 and a half", "a million and a half": the half is of the last unit
  // written, so after a scale word it is half that scale (1,500,000, not 1,000,000.5).
  if (c.tok(next)?.lower === 'and' && c.tok(next + 1)?.lower === 'a' && c.tok(next + 2)?.lower === 'half') {
    value += 0.5 * (scale ?? trailingScale(n.text));
    end = c.tokens[next + 2].end;
    next += 3;
    // "one and a half billion": a scale word after the half multiplies the whole.
    const scaleAfter = c.sameLine(next);
    if (!scale && trailingScale(n.text) === 1 && scaleAfter?.word && SCALE_WORDS[scaleAfter.lower]) {
      scale = SCALE_WORDS[scaleAfter.lower];
      value = Math.round(value * scale);
      end = scaleAfter.end;
      next++;
    }
  }
  if (currency) {
    kind = 'money';
    unit = currency;
    // "¥5 billion yuan": a currency word after the amount says which one.
    const word = c.sameLine(next);
    if (word?.word && CURRENCY_WORDS[word.lower] && (currency === 'JPY' || currency === CURRENCY_WORDS[word.lower])) {
      unit = CURRENCY_WORDS[word.lower];
      end = word.end;
      next++;
    }
    return draft();
  }
  // "a quarter of a percentage point", "two-thirds of a percentage point"
  const pointsAfterOf = n.hint === 'fraction' && c.tok(next)?.lower === 'of' && c.tok(next + 1)?.lower === 'a' ? pointsAt(c, next + 2) : undefined;
  if (pointsAfterOf) {
    kind = 'percent';
    unit = pointsAfterOf.unit;
    end = c.tokens[pointsAfterOf.last].end;
    next = pointsAfterOf.last + 1;
    return { ...draft(), hint: undefined };
  }
  const after = c.sameLine(next);
  // "20-minute walk": the compound already says what is counted.
  if (!after || n.counted) return draft();
  // Percent: "50%", "50 percent", "50 per cent", "2 percentage points".
  if (!after.word && after.text === '%') {
    kind = 'percent';
    unit = '%';
    end = after.end;
    next++;
    return draft();
  }
  if (after.word && (after.lower === 'percent' || after.lower === 'pct' || (after.lower === 'per' && c.tok(next + 1)?.lower === 'cent'))) {
    kind = 'percent';
    unit = '%';
    next += after.lower === 'per' ? 2 : 1;
    end = c.tokens[next - 1].end;
    return draft();
  }
  // "2 percentage points", "150 basis points"
  const points = pointsAt(c, next);
  if (points) {
    kind = 'percent';
    unit = points.unit;
    next = points.last + 1;
    end = c.tokens[points.last].end;
    return draft();
  }
  // "45 cents", "142.5 pence": hundredths of a currency.
  const subunit = after.word ? SUBUNIT_WORDS[after.lower] : undefined;
  if (subunit !== undefined) {
    kind = 'money';
    unit = subunit ?? centCurrency(c.tokens, next);
    value = hundredths(value);
    end = after.end;
    next++;
    return draft();
  }
  // Money written with a word or code after: "422,000 euros", "20 million Australian dollars", "300 EUR".
  const money = currencyAfter(c.tokens, next, value !== n.value);
  if (money) {
    kind = 'money';
    unit = money.currency;
    end = c.tokens[money.last].end;
    next = money.last + 1;
    return draft();
  }
  // Multiplier: "50 times stronger", "three times as many".
  if (after.lower === 'times') {
    const follower = c.tok(next + 1);
    if (follower?.word && (MULTIPLIER_FOLLOWERS.has(follower.lower) || MULTIPLE_BASES.has(follower.lower) || /er$/.test(follower.lower))) {
      kind = 'multiplier';
      unit = 'times';
      end = after.end;
      next++;
      return draft();
    }
  }
  // Degrees: "1.5°C", "40 °F".
  if (!after.word && after.text === '°') {
    const scale = c.tok(next + 1);
    const letter = scale && !scale.spaced && /^[CF]$/.test(scale.text) ? scale : undefined;
    unit = `°${letter?.text ?? ''}`;
    end = (letter ?? after).end;
    next += letter ? 2 : 1;
    return draft();
  }
  // Units of measurement: "2 km", "15 meter", "240,000 square meter".
  const square = after.lower === 'square' || after.lower === 'cubic' ? 1 : 0;
  const unitTok = c.sameLine(next + square);
  if (unitTok?.word && MEASURE_UNITS.has(unitTok.lower) && !unit) {
    unit = (square ? `${after.lower} ` : '') + unitTok.lower;
    end = unitTok.end;
    next += square + 1;
    // "5 degrees Celsius", "110 degrees Fahrenheit": the scale is the unit, written as "40°C" is.
    const scaleName = c.sameLine(next);
    const temperature = /^degrees?$/.test(unitTok.lower) && scaleName?.word ? TEMPERATURE_SCALES[scaleName.lower] : undefined;
    if (temperature && (scaleName!.text.length > 1 || /^[CF]$/.test(scaleName!.text))) {
      unit = temperature;
      end = scaleName!.end;
      next++;
    }
    return draft();
  }
  return draft();
}

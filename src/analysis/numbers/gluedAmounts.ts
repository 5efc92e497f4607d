// Amounts with their currency glued before the digits: "Rs5", "N2.5bn", "R150,000" and "SR11.5bn"
// (letters), "VND12 trillion" (an ISO code), "$A1.2m" (the dollar's country after the sign), and
// prices with a decimal comma ("R12,50", "€3,99"). Read by scanner.ts, which adds the second end
// of a range.
import type { Draft } from './draft';
import type { ScanToken } from './scanTokens';
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, DOLLAR_PREFIXES, GLUED_CURRENCY_LETTERS, MONEY_SUFFIX_SCALES, SCALE_WORDS } from './units';
import { readGlued } from './numeral';
import { readQuantity } from './quantity';
import { DECIMAL_COMMA_CENTS, DIGITS, type Numeral, ScanCursor, decimalCommaValue, hasThousandsSeparator, parseDigits, startsWithDigit } from './cursor';
import { QUANTITY_RULES } from './rules';

/** The scale suffixes an amount may end with: the glued ones ("bn", "m", "trln"; longest first) and "-million". */
const SCALE_SUFFIX = [...Object.keys(MONEY_SUFFIX_SCALES).sort((a, b) => b.length - a.length), '-million', '-billion', '-trillion'].join('|');
/** Letters glued to an amount, with a scale suffix or not: "Rs5", "N2.5bn", "R150,000", "SR11.5bn". */
const GLUED_AMOUNT = new RegExp(`^(\\p{Lu}\\p{L}*)(\\d[\\d,.]*\\d|\\d)(${SCALE_SUFFIX})?$`, 'u');
const GLUED_AMOUNT_END = new RegExp(`\\d(?:${SCALE_SUFFIX})?$`);

/** The letters, digits and scale suffix of a glued amount ("N2.5bn"), or null; the cheap test of its end first (most words end otherwise). */
function matchGluedAmount(text: string): RegExpExecArray | null {
  return GLUED_AMOUNT_END.test(text) ? GLUED_AMOUNT.exec(text) : null;
}

/**
 * A currency in capitals ("N", "R", "SR", "P") glued to `digits` reads as money when the amount
 * shows it: "N2.5bn", "P12-billion", "N20,000", "N3 billion", a price in hundredths ("P24.50") or
 * per unit ("P58 a kilo", "R15 per litre"); not "N95", "SR71", "the P5".
 */
function gluedLetterAmount(c: ScanCursor, i: number, digits: string, suffix: string | undefined): boolean {
  if (suffix || hasThousandsSeparator(digits) || /^\d+[.,]\d\d$/.test(digits) || SCALE_WORDS[c.tok(i + 1)?.lower ?? ''] !== undefined) return true;
  const per = c.tok(i + 1)?.lower;
  const unit = c.tok(i + 2);
  return (per === 'a' || per === 'an' || per === 'per') && !!unit?.word && !startsWithDigit(unit.text);
}

/**
 * An ISO code in capitals glued to an amount ("VND12 trillion", "VND8,000", "EUR5m"), as
 * Vietnamese and Indonesian papers write the dong and the rupiah. Like the single letters, only
 * when the amount shows money: "RON95" is a grade of petrol and "PHP8" a language's version.
 */
function gluedCurrencyCode(prefix: string): string | undefined {
  return prefix.length === 3 && prefix === prefix.toUpperCase() ? CURRENCY_CODES[prefix.toLowerCase()] : undefined;
}

/**
 * An amount with its currency glued before it at token `i` ("Rs5", "N2.5bn", "R150,000"):
 * undefined when the token is no such amount, null when it is one the quantity reader turns down.
 */
export function readGluedAmount(c: ScanCursor, i: number, t: ScanToken): Draft | null | undefined {
  const glued = matchGluedAmount(t.text);
  if (!glued) return undefined;
  const [, prefix, digits, suffix] = glued;
  const cents = !suffix && DECIMAL_COMMA_CENTS.test(digits);
  if (!cents && !DIGITS.test(digits)) return undefined;
  const currency = CURRENCY_ABBREVIATIONS[prefix] ?? (gluedLetterAmount(c, i, digits, suffix) ? (GLUED_CURRENCY_LETTERS[prefix] ?? gluedCurrencyCode(prefix)) : undefined);
  if (!currency) return undefined;
  if (cents) return decimalCommaPrice(c, i, i, currency, { start: t.start, end: t.end, next: i + 1, text: digits, value: decimalCommaValue(digits), digits: true, ordinal: false });
  return readGluedDigits(c, i, i, t.start, digits, suffix, currency);
}

/**
 * The amount of token `at`, whose `digits` (and scale `suffix`) follow a currency glued before
 * them, its span starting at `start`: null when the quantity reader turns it down.
 */
function readGluedDigits(c: ScanCursor, first: number, at: number, start: number, digits: string, suffix: string | undefined, currency: string): Draft | null {
  const base = { start, end: c.tokens[at].end, next: at + 1, text: digits };
  // "P12-billion": the scale joined by a hyphen, as readCompound reads "$4.1-billion".
  const hyphenScale = suffix?.startsWith('-') ? suffix.slice(1) : undefined;
  const numeral: Numeral | undefined = hyphenScale
    ? { ...base, text: digits + suffix, value: parseDigits(digits), digits: true, ordinal: false, moneyScale: SCALE_WORDS[hyphenScale], moneyScaleSuffix: hyphenScale }
    : suffix
      ? readGlued(c, { ...base, text: digits + suffix }, digits, suffix)
      : { ...base, value: parseDigits(digits), digits: true, ordinal: false };
  return (numeral?.moneyScale !== undefined || !suffix ? readQuantity(c, first, at, currency, numeral) : undefined) ?? null;
}

/**
 * "$A1.2m", "$US50 million", "$NZ3 billion": the country of the dollar written after the sign at
 * token `i`, glued to the amount, as Australian and New Zealand papers write it (the others write
 * "A$"). Undefined when the sign is not followed so, null when the quantity reader turns it down.
 */
export function readDollarCountryAfterSign(c: ScanCursor, i: number): Draft | null | undefined {
  const n = c.tok(i + 1);
  if (!n?.word || n.spaced) return undefined;
  const glued = matchGluedAmount(n.text);
  if (!glued || glued[1] !== glued[1].toUpperCase() || !DIGITS.test(glued[2])) return undefined;
  const currency = DOLLAR_PREFIXES[glued[1].toLowerCase()];
  if (!currency) return undefined;
  return readGluedDigits(c, i, i + 1, c.tokens[i].start, glued[2], glued[3], currency);
}

/**
 * A price written with a decimal comma after its currency ("R12,50", "€3,99"): the quantity
 * reader reads it as any amount, and the rule that read the comma is cited with it.
 */
export function decimalCommaPrice(c: ScanCursor, first: number, at: number, currency: string, numeral: Numeral): Draft | null {
  const q = readQuantity(c, first, at, currency, numeral);
  if (!q) return null;
  q.rules = [...(q.rules ?? []), QUANTITY_RULES.decimalCommaCents.id];
  return q;
}

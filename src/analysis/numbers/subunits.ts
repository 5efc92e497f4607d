// Amounts written in the hundredth part of a currency: "45 cents", "99c", "240p", "142.5 pence".
// They are reported as money in the main unit ("45 cents" → 0.45 USD), so that a card can
// compare them with the other amounts of the article.
import { W, classWords } from '../lexicon/lexicon';
import { type ScanToken, isSentenceEnd } from './scanTokens';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from './units';
import { wordTable } from '../../common/wordTable';

/** A hundredth's currency is the one its sentence names, else the US dollar (cents). */
export const SENTENCE_OR_DOLLAR = 'sentence-or-dollar';
/** A hundredth's currency is the one its sentence names, else none (centavos: the peso's, the real's). */
const SENTENCE_ONLY = 'sentence-only';

/**
 * Words of a hundredth, written after the amount, with their currency: an ISO code of its own, or
 * where to find it (`SENTENCE_OR_DOLLAR`, `SENTENCE_ONLY`).
 */
export const SUBUNIT_WORDS = wordTable<string>({
  cent: SENTENCE_OR_DOLLAR, cents: SENTENCE_OR_DOLLAR, pence: 'GBP', penny: 'GBP', pennies: 'GBP', centavo: SENTENCE_ONLY, centavos: SENTENCE_ONLY,
});

/** The currency of the hundredth `word` at token `at` (see centCurrency), undefined when unknown. */
export function subunitCurrency(tokens: readonly ScanToken[], at: number, word: string): string | undefined {
  const own = SUBUNIT_WORDS[word];
  if (own === SENTENCE_OR_DOLLAR) return centCurrency(tokens, at, 'USD');
  if (own === SENTENCE_ONLY) return centCurrency(tokens, at, undefined);
  return own;
}

/**
 * Currencies whose hundredth is not called a cent (pence, paise) or that have none in use: a
 * "cent" in a sentence about them is still a (US) cent.
 */
const NOT_CENTS = new Set(['GBP', 'JPY', 'KRW', 'INR']);

/** Currency words too ambiguous to decide the currency of a cent ("real", "won", "rand"). */
const AMBIGUOUS_WORDS = classWords(W.AmbiguousCurrencyWord);

/** `value` hundredths in the main unit, without binary noise (142.5 → 1.425). */
export function hundredths(value: number): number {
  return Number((value / 100).toPrecision(12));
}

/**
 * The currency of a cent at token `at`: the first currency named in its sentence that is
 * divided into cents ("€2 and 50 cents" → EUR, "A$3 … 20 cents" → AUD); US dollars when the
 * sentence names none (`fallback`).
 */
export function centCurrency(tokens: readonly ScanToken[], at: number, fallback: string | undefined): string | undefined {
  let from = at;
  while (from > 0 && !isSentenceEnd(tokens[from - 1])) from--;
  for (let k = from; k < tokens.length && (k <= at || !isSentenceEnd(tokens[k])); k++) {
    const found = currencyAt(tokens, k);
    if (found && !NOT_CENTS.has(found)) return found;
  }
  return fallback;
}

function currencyAt(tokens: readonly ScanToken[], k: number): string | undefined {
  const t = tokens[k];
  if (!t.word) {
    const symbol = CURRENCY_SYMBOLS[t.text];
    const prefix = tokens[k - 1];
    // "A$3": the country written before the dollar sign says which dollar.
    if (symbol === 'USD' && prefix?.word && !t.spaced && prefix.text === prefix.text.toUpperCase()) return DOLLAR_PREFIXES[prefix.lower] ?? symbol;
    return symbol;
  }
  if (t.text.length === 3 && t.text === t.text.toUpperCase() && CURRENCY_CODES[t.lower]) return CURRENCY_CODES[t.lower];
  return AMBIGUOUS_WORDS.has(t.lower) ? undefined : CURRENCY_WORDS[t.lower];
}

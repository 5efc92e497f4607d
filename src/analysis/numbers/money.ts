// The currency named after an amount: a code ("300 EUR"), a word ("422,000 euros", "600 billion
// won") or a nationality and a word ("20 million Australian dollars"). Some currency words are
// also common words ("pounds" of sugar, "real", the verb "won"), so they count only when the
// amount makes them likely. Currencies written before the amount ("$", "USD", "A$", "Rs") are
// read by the scanner (scanner.ts), since they come before the numeral it reads.
import { W, classWords } from '../lexicon/lexicon';
import type { ScanToken } from './scanTokens';
import { CURRENCY_ABBREVIATIONS_AFTER, CURRENCY_CODES, CURRENCY_NATIONALITIES, CURRENCY_WORDS } from './units';
import { ownEntry } from '../../common/wordTable';
import { mapped } from '../../common/mapped';
import { SENTENCE_OR_DOLLAR, SUBUNIT_WORDS } from './subunits';

/** A currency read after an amount: its ISO code and the index of its last token. */
export interface CurrencyAfter {
  currency: string;
  last: number;
}

/** Words after "won" that make it the verb ("won the", "won by"), not the Korean currency. */
const WON_AS_VERB_NEXT = classWords(W.WonVerbFollower);

/** Token `i`, or undefined past either end of the paragraph. */
function tokenOrUndefined(tokens: readonly ScanToken[], i: number): ScanToken | undefined {
  return tokens[i];
}

/**
 * A currency word or code starting at token `at`, after an amount: "euros", "Australian
 * dollars", "EUR". `scaled` says the amount had a scale word ("5 million"), which makes the
 * ambiguous words ("pounds", "real", "won") currencies; `priceLike` that it is written with
 * thousands separators ("71,400"), which makes "won" one.
 */
export function currencyAfter(tokens: readonly ScanToken[], at: number, scaled: boolean, priceLike = false): CurrencyAfter | undefined {
  const t = tokenOrUndefined(tokens, at);
  if (!t?.word) return undefined;
  if (CURRENCY_CODES[t.lower] && t.text === t.text.toUpperCase() && t.text.length === 3) return { currency: CURRENCY_CODES[t.lower], last: at };
  if (CURRENCY_ABBREVIATIONS_AFTER[t.text]) return { currency: CURRENCY_ABBREVIATIONS_AFTER[t.text], last: at };
  const word = CURRENCY_WORDS[t.lower];
  if (word) {
    // "pounds" without a scale word is as likely a weight ("5 pounds of sugar").
    if ((t.lower === 'pound' || t.lower === 'pounds') && !scaled && tokenOrUndefined(tokens, at + 1)?.lower !== 'sterling') return undefined;
    // "real" and "won" are common words: a currency only after a scale word ("600 billion won"),
    // "won" also after an amount written with thousands separators ("closed at 71,400 won"), and
    // not when a verb's object follows ("5 million won the vote").
    if (t.lower === 'real') return scaled ? { currency: word, last: at } : undefined;
    if (t.lower === 'won') return (scaled || priceLike) && !WON_AS_VERB_NEXT.has(tokenOrUndefined(tokens, at + 1)?.lower ?? '') ? { currency: word, last: at } : undefined;
    return { currency: word, last: at };
  }
  // A nationality before the currency word: "Australian dollars", "Hong Kong dollars", "U.S. dollars".
  for (const span of [2, 1]) {
    const curTok = tokenOrUndefined(tokens, at + span);
    if (!curTok?.word) continue;
    const base = curTok.lower.replace(/s$/, '');
    const table = CURRENCY_NATIONALITIES[base];
    if (!table) continue;
    const currency = ownEntry(table, nationality(tokens, at, span));
    if (currency) return { currency, last: at + span };
  }
  return undefined;
}

/** The `span` tokens from `at` as one nationality: words apart by a space, a glued mark kept as written ("new zealand", "u.s."). */
function nationality(tokens: readonly ScanToken[], at: number, span: number): string {
  return mapped(tokens.slice(at, at + span), (x, i) => (i > 0 && x.spaced ? ' ' : '') + x.lower).join('');
}

/**
 * Hundredths of a dollar with its nationality between the amount and the word: "two U.S. cents",
 * "50 Australian cents". The currency and the word's token, or undefined.
 */
export function nationalCents(tokens: readonly ScanToken[], at: number): CurrencyAfter | undefined {
  for (const span of [2, 1]) {
    const cents = tokenOrUndefined(tokens, at + span);
    if (!cents?.word || SUBUNIT_WORDS[cents.lower] !== SENTENCE_OR_DOLLAR) continue;
    const currency = ownEntry(CURRENCY_NATIONALITIES.dollar, nationality(tokens, at, span));
    if (currency) return { currency, last: at + span };
  }
  return undefined;
}

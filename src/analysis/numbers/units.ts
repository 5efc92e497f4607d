// What a number is measured in: currencies (symbols, codes, words), percent words, measurement
// units, and the scale suffixes of money amounts ("$5bn").
import { W, classWords } from '../lexicon/lexicon';
import { wordTable } from '../../common/wordTable';

/** Currency symbols, written before the amount. "$" alone is taken as US dollars. */
export const CURRENCY_SYMBOLS = wordTable<string>({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₱': 'PHP', '₦': 'NGN', '₪': 'ILS',
});

/** Country prefixes of "$": "NZ$", "A$", "HK$", "US$" (also written with a space, "NZ $"). */
export const DOLLAR_PREFIXES = wordTable<string>({
  us: 'USD', nz: 'NZD', a: 'AUD', au: 'AUD', aus: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', hk: 'HKD', s: 'SGD', sg: 'SGD', nt: 'TWD', r: 'BRL', mx: 'MXN',
});

/** Letters and a sign written together before an amount, other than the dollar's ("GH¢2.4 billion", the Ghanaian cedi). Case-sensitive. */
export const SIGN_PREFIXED_CURRENCIES = wordTable<string>({ 'GH¢': 'GHS' });

/** ISO codes and common abbreviations written next to an amount ("USD 5 million", "300 EUR"). */
export const CURRENCY_CODES = wordTable<string>({
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', inr: 'INR', chf: 'CHF', aud: 'AUD', cad: 'CAD',
  nzd: 'NZD', hkd: 'HKD', sgd: 'SGD', rub: 'RUB', brl: 'BRL', krw: 'KRW', zar: 'ZAR', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
  mxn: 'MXN', try: 'TRY', ngn: 'NGN', kes: 'KES', ghs: 'GHS', ugx: 'UGX', tzs: 'TZS', egp: 'EGP', pkr: 'PKR', php: 'PHP',
  aed: 'AED', sar: 'SAR', qar: 'QAR', kwd: 'KWD', bhd: 'BHD', omr: 'OMR',
  uah: 'UAH', pln: 'PLN', huf: 'HUF', czk: 'CZK', ron: 'RON', thb: 'THB', myr: 'MYR', idr: 'IDR', vnd: 'VND', bdt: 'BDT', ils: 'ILS', nis: 'ILS', etb: 'ETB',
});

/**
 * Abbreviations written before an amount, with or without a full stop ("Rs 500", "Rs. 500").
 * Case-sensitive. "Sh" and "Shs" are East African shillings ("Sh2.4 billion" in Nairobi's papers,
 * "Shs50,000" in Kampala's); read as Kenyan, the commonest in English-language news. "RM" is the
 * Malaysian ringgit ("RM3,000", "RM1.2bil"); "Rp" the Indonesian rupiah ("Rp 12.6 trillion", "Rp9 trillion");
 * "Br" the Ethiopian birr ("Br 850 million"); "Tk" the Bangladeshi taka ("Tk 2,400 crore", "Tk1.5 lakh").
 */
export const CURRENCY_ABBREVIATIONS = wordTable<string>({ Rs: 'INR', KSh: 'KES', Ksh: 'KES', Kshs: 'KES', Sh: 'KES', Shs: 'KES', Dh: 'AED', Dhs: 'AED', RM: 'MYR', Rp: 'IDR', Br: 'ETB', Tk: 'BDT' });

/**
 * Abbreviations in capitals written after an amount that are no three-letter ISO code: Turkish
 * papers' "TL" for the lira ("28,000 TL"). Case-sensitive.
 */
export const CURRENCY_ABBREVIATIONS_AFTER = wordTable<string>({ TL: 'TRY' });

/**
 * Capitals that African, Gulf and Philippine papers glue to an amount for their currency ("N2.5bn"
 * naira, "R150,000" rand, "SR11.5 billion" Saudi riyals, "QR2.4m" Qatari riyals, "P58 a kilo"
 * pesos). Before digits they are as often a code ("N95", "R2", "the SR-71", "the P5"), so they read
 * as money only when the amount shows it (scanner.ts, gluedLetterAmount).
 */
export const GLUED_CURRENCY_LETTERS = wordTable<string>({ N: 'NGN', R: 'ZAR', SR: 'SAR', QR: 'QAR', P: 'PHP' });

/** Currency names written after the amount ("422,000 euros"). */
export const CURRENCY_WORDS = wordTable<string>({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', peso: 'MXN', pesos: 'MXN', rand: 'ZAR', lira: 'TRY', shekel: 'ILS', shekels: 'ILS',
  naira: 'NGN', real: 'BRL', reais: 'BRL', won: 'KRW',
  // ("crowns" and "dinars" alone are left out: several countries' currencies, none of them the
  // usual one; with a nationality, "Swedish crowns" is read below.)
  hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', forints: 'HUF', koruna: 'CZK',
  lei: 'RON', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', dong: 'VND', taka: 'BDT', dirham: 'AED', dirhams: 'AED',
  riyal: 'SAR', riyals: 'SAR', shilling: 'KES', shillings: 'KES', cedi: 'GHS', cedis: 'GHS', kwacha: 'ZMW', birr: 'ETB',
  tenge: 'KZT', lari: 'GEL', kuna: 'HRK',
  // The signs Polish and Czech papers write after the figure ("120 zł", "250 Kč").
  'zł': 'PLN', 'kč': 'CZK',
});

/** Nationality words that say which dollar (or peso…) is meant: "Australian dollars". */
export const CURRENCY_NATIONALITIES = wordTable<Record<string, string>>({
  dollar: {
    us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'new zealand': 'NZD', 'hong kong': 'HKD',
    singapore: 'SGD', taiwan: 'TWD', taiwanese: 'TWD', zimbabwean: 'ZWL', namibian: 'NAD', jamaican: 'JMD',
  },
  peso: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', philippine: 'PHP', cuban: 'CUP' },
  franc: { swiss: 'CHF', cfa: 'XOF' },
  pound: { egyptian: 'EGP', lebanese: 'LBP', sudanese: 'SDG', british: 'GBP' },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR' },
  won: { korean: 'KRW', 'south korean': 'KRW', 'north korean': 'KPW' },
  riyal: { saudi: 'SAR', qatari: 'QAR', omani: 'OMR', yemeni: 'YER' },
  dirham: { emirati: 'AED', moroccan: 'MAD' },
  shilling: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', austrian: 'ATS' },
  // "312.50 Norwegian crowns": the wire services' English for krona and krone.
  crown: { swedish: 'SEK', norwegian: 'NOK', danish: 'DKK', czech: 'CZK', icelandic: 'ISK' },
});

/** Scale suffixes glued to a money amount: "$5bn", "£2.3m", "$50k", and Malaysia's "RM1.2bil", "RM450mil". */
export const MONEY_SUFFIX_SCALES = wordTable<number>({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, bil: 1e9, tn: 1e12, trn: 1e12, trln: 1e12,
});

/** Scale words after an amount written in digits: "4.2 billion", "26 million". */
export const SCALE_WORDS = wordTable<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6, tn: 1e12,
  // TASS and other Russian wires write "bln" and "trln" ("38 bln cubic meters", "1.2 trln rubles").
  bln: 1e9, trln: 1e12, trn: 1e12,
  // South Asian scale words: a lakh is a hundred thousand, a crore ten million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});

/** Units of measurement kept with the number (and in its span): "2 km", "15 meter", "30 mph". */
export const MEASURE_UNITS = classWords(W.MeasureUnit);

/** Words between a number and its unit that belong to the unit: "square", "cubic", "nautical", "sq". */
export const MEASURE_UNIT_MODIFIERS = classWords(W.MeasureUnitModifier);

/** Units glued to digits ("5km", "20kg", "1.5GB"); a short list, since "4chan" must not match. */
export const GLUED_UNITS = classWords(W.GluedUnit);

/** Words of a percentage: "50 percent", "50 per cent", "50 pct". */
export const PERCENT_WORDS = classWords(W.PercentWord);

/** Words that say a length is a size ("25m high", "a 3km-long queue"): the number before them measures, it does not count. */
export const DIMENSION_WORDS = classWords(W.DimensionWord);

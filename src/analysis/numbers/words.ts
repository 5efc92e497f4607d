// Spelled-out numbers: "twenty-five", "one hundred and twenty", "two billion", "a dozen",
// "third", "twenty-first". Pure lookups and a small grammar; no compromise involved, so the
// values do not depend on how the tagger happened to group the words.
import { wordTable } from '../../common/wordTable';

const UNITS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

const TENS = wordTable<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers that scale what comes before them ("two million"). "hundred" is handled apart. */
export const SCALES = wordTable<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

const ORDINAL_UNITS = wordTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
});

const ORDINAL_TENS = wordTable<number>({
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90,
});

const ORDINAL_SCALES = wordTable<number>({
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
});

/** Words for a part of a whole: "half", "two-thirds", "a quarter". Value of one part. */
export const FRACTION_WORDS = wordTable<number>({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
});

/** The words that can be (part of) a spelled-out cardinal or ordinal number, lower-cased. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'hundred', 'dozen',
  ...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS), ...Object.keys(ORDINAL_SCALES),
]);

/** True for a word that can be (part of) a spelled-out cardinal or ordinal number. */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word.toLowerCase());
}

/** The value of a single spelled cardinal word ("seven" → 7, "dozen" → 12), else undefined. */
export function cardinalWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  if (w in SCALES) return SCALES[w];
  if (w === 'hundred') return 100;
  if (w === 'dozen') return 12;
  return undefined;
}

/** The value of a single ordinal word ("third" → 3, "twentieth" → 20), else undefined. */
export function ordinalWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return ORDINAL_UNITS[w] ?? ORDINAL_TENS[w] ?? ORDINAL_SCALES[w];
}

/** Result of reading spelled-out number words from the start of a word list. */
export interface SpelledNumber {
  value: number;
  /** How many entries of the word list belong to the number (joining "and"s included). */
  consumed: number;
  ordinal: boolean;
}

type Step = 'start' | 'unit' | 'teen' | 'tens' | 'tensUnit' | 'hundred' | 'scale';

/**
 * Reads the longest grammatical spelled number at the start of `words` (already split on
 * spaces and hyphens, lower- or mixed-case): ["twenty", "five"] → 25, ["one", "hundred", "and",
 * "twenty"] → 120, ["two", "billion"] → 2e9, ["twenty", "first"] → 21 (ordinal). Stops before a
 * word that cannot continue the number, so ["one", "two"] reads only "one". Returns undefined
 * when the first word is not a number word.
 */
export function readSpelledNumber(words: readonly string[]): SpelledNumber | undefined {
  let total = 0; // completed groups above the current scale ("two million" of "two million five")
  let group = 0; // the group being built (< 1000)
  let step: Step = 'start';
  let lastScale = Infinity; // scales must decrease: "two million three thousand"
  let consumed = 0;
  let ordinal = false;
  for (let i = 0; i < words.length && !ordinal; i++) {
    const w = words[i].toLowerCase();
    if (w === 'and') {
      // "one hundred and twenty": only after "hundred" or a scale, and only if a number follows.
      if ((step === 'hundred' || step === 'scale') && i + 1 < words.length && (words[i + 1].toLowerCase() in UNITS || words[i + 1].toLowerCase() in TENS)) continue;
      break;
    }
    const unit = UNITS[w];
    const tens = TENS[w];
    const ordUnit = ORDINAL_UNITS[w];
    const ordTens = ORDINAL_TENS[w];
    const canStartSmall = step === 'start' || step === 'hundred' || step === 'scale';
    if (unit !== undefined || ordUnit !== undefined) {
      const v = unit ?? ordUnit;
      const isTeen = v >= 10;
      if (canStartSmall || (step === 'tens' && !isTeen && v > 0)) {
        group += v;
        step = step === 'tens' ? 'tensUnit' : isTeen ? 'teen' : 'unit';
        ordinal = ordUnit !== undefined;
      } else break;
    } else if (tens !== undefined || ordTens !== undefined) {
      if (!canStartSmall) break;
      group += tens ?? ordTens;
      step = 'tens';
      ordinal = ordTens !== undefined;
    } else if (w === 'hundred' || w === 'hundredth') {
      if (step === 'hundred' || step === 'scale' || group >= 100) break;
      group = (step === 'start' ? 1 : group) * 100;
      step = 'hundred';
      ordinal = w === 'hundredth';
    } else if (w in SCALES || (w in ORDINAL_SCALES && w !== 'hundredth')) {
      const scale = SCALES[w] ?? ORDINAL_SCALES[w];
      if (scale >= lastScale || step === 'scale') break;
      total += (step === 'start' ? 1 : group) * scale;
      group = 0;
      lastScale = scale;
      step = 'scale';
      ordinal = w in ORDINAL_SCALES;
    } else if (w === 'dozen') {
      if (step !== 'start' && step !== 'unit' && step !== 'teen' && step !== 'tens') break;
      group = (step === 'start' ? 1 : group) * 12;
      step = 'scale';
      lastScale = 12;
    } else break;
    consumed = i + 1;
  }
  if (consumed === 0) return undefined;
  return { value: total + group, consumed, ordinal };
}

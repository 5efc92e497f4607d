// The number rules, in the order they apply (see ../rules/ruleRecord.ts for the record format).
// Vetoes first (a candidate they turn down is reported in `Analysis.rejections`), then the
// kind decisions: what the written form says, then what the sentence says. The code that runs
// each rule is next to its decision: falseNumbers.ts (vetoes), kinds.ts (kinds).
import { defineRules, type RuleRecord } from '../rules/ruleRecord';

const rule = (id: string, reason: string, match: readonly string[], noMatch: readonly string[] = []): RuleRecord => ({
  id,
  subject: 'number',
  reason,
  examples: { match, noMatch },
});

/** Vetoes: candidates that look like numbers but are not figures of the article. */
export const NUMBER_VETOES = {
  phone: rule('number.in-phone-number', 'part of a telephone number, not a figure', ['For tickets call 555-0142 today.'], ['Call 911 now.']),
  webAddress: rule('number.in-web-address', 'part of a web or e-mail address', ['Read it at http://example.com/story?id=[2020] today.'], ['Sales rose [20%] in 2020.']),
  firstSecond: rule('number.first-or-second', '"first" and "second" are ordinary words here, not a rank to check', ['It was the [first] time she ran.'], ['She came [third] in the race.', 'Profit rose in the [first] quarter.', 'She finished [second] in the race.']),
  ordinalIdiom: rule('number.ordinal-idiom', 'a set phrase, not a rank ("a third party", "the fourth estate")', ['The data went to a [third] party.'], ['She came [third] in the race.']),
  pronounOne: rule('number.pronoun-one', '"one" stands for a thing or a person here ("no one", "the new one"), not a count', ['No [one] came to the meeting.', 'She bought the red [one].', 'It was a bold plan, and [one] that worked.', 'What should [one] do now?'], ['Only [one] bus came.']),
  inName: rule('number.word-in-name', 'a capitalised number word inside a name ("Formula One", "Air Force One", "One Nation")', ['He raced in Formula [One] for years.', 'She won the seat for [One] Nation in May.'], ['[Two] men were hurt.', 'Police said [Two] men were hurt.']),
  partOfName: rule(
    'number.part-of-name',
    'part of a name that ends with a number: a market index ("S&P 500"), a law or a form ("Chapter 11", "Section 8", "Form 8300", "Republic Act No. 12009"), a product\'s version ("iOS 18")',
    ['Shares in the S&P [500] rose 1%.', "Standard & Poor's [500] fell.", 'The airline filed for Chapter [11] protection.', 'Union Local [3057] voted no.', 'The app runs on iOS [18] and Windows [11].', 'It broke Republic Act No. [12009].', 'Quebec passed Bill [96].', 'The Tel Aviv [35] index rose 0.6%.'],
    ['The firm cut [500] jobs.', 'The law has [11] chapters.', 'She is world No. [1].'],
  ),
  identifier: rule(
    'number.identifier',
    'an identifier to quote or dial, not a figure: a number after "reference" or after "case number", "crime number", "account no."…, or a short number to dial after "call" or "dial"',
    ['Call 101, quoting reference [2300415627].', 'Quote crime number [54210098] when you call.', 'His account no. [1234567] was frozen.', 'Call [101] or dial [999] in an emergency.', 'Her booking number was [4471].'],
    ['Song number [3] topped the chart.', 'The firm cut [500] jobs.', 'The defence will call [150] witnesses.'],
  ),
  postalCode: rule(
    'number.postal-code',
    'a US ZIP code after a state\'s postal abbreviation ("Springfield, IL 62701"): an address, not a figure',
    ['The office is at 40 Main St., Springfield, IL [62701].', 'Write to PO Box 12, Austin, TX [78701] by May.'],
    ['The state of IL counted [62701] voters.', 'Sales in TX rose [12000] units.'],
  ),
  listMarker: rule('number.list-or-citation-mark', 'a number that opens an item of a list, or a footnote mark', ['Steps:\n[1]. Buy 12 eggs.'], ['Steps:\n1. Buy [12] eggs.']),
} as const;

/** What the written form alone says. */
export const WRITTEN_KIND_RULES = {
  money: rule('number.written-money', 'written with a currency: a sign, a code or a currency word', ['The mayor spent [$4.2 million] on roads.', 'It cost [300 euros].', 'Traders rejected a [N2.5bn] levy.', 'Officials raised [KSh 300m] from traders.', 'Rice rose to [P58] a kilo.', 'Trade was worth [5.9 billion U.S. dollars] last year.', 'Volvo earned [5 billion Swedish crowns].'], ['Nurses asked for N95 masks.', 'The P5 met in Geneva.']),
  percent: rule('number.written-percent', 'written with a percent sign or word, or as points', ['Turnout rose to [52%].', 'Rates fell [25 basis points].', 'The yield rose [5 bps] on Friday.']),
  date: rule('number.written-date', 'a calendar date: a day with its month, and its year when written', ['The vote is on [May 18, 2026].', 'It opened on [4 July].', 'It opened on [4 July 1990].']),
  time: rule('number.written-time', 'a clock time', ['The polls close at [8pm].']),
  range: rule('number.written-range', 'a range: two figures joined by "to", a dash, or "and" after "between" ("10 to 15", "between 5 and 10")', ['Between [10 and 15] people waited.', 'It costs [$5 to $10].'], ['Prices rose from [5%] to 9%.']),
  multiplier: rule('number.written-multiplier', 'a multiple: "times" before a comparison, or "-fold"', ['Prices rose [three times] faster.', 'A [tenfold] rise.']),
  year: rule('number.written-year', 'the year of a month ("July 2003")', ['The law passed in July [2003].'], ['It opened on [May 18, 2015].']),
  cardinal: rule('number.written-duration', 'a length of time written with colons (a race time)', ['She won in [2:01:09] on Sunday.']),
} as const;

/**
 * How a numeral is read into an amount (quantity.ts): its own form, then the words that extend it,
 * then the word that says what it measures. Kinds these steps give cite WRITTEN_KIND_RULES.
 */
export const QUANTITY_RULES = {
  banknotes: rule('number.banknotes', 'a currency sign before a plural: banknotes ("$20s"), not a decade', ['He paid in [$20s] and tens.'], ['Music of the [1980s] is back.']),
  formComplete: rule(
    'number.form-says-kind',
    'written in a form that already says what it is (a clock time, a date, a decade, an ordinal, an age, "99c", "25bp"), so no amount words are read after it',
    ['The polls close at [8pm] tonight.', 'A [14-year-old] boy was hurt.', 'She came [22nd] in the race.'],
    ['Rain fell on [7] towns.'],
  ),
  mixedFraction: rule('number.mixed-fraction', 'a whole number and a fraction written after it ("3 1/2")', ['The bond rose [3 1/2] points.'], ['Only [3] of 4 voted.']),
  scaleWord: rule('number.scale-word', 'a scale word after the number multiplies it ("4.2 billion", "20 lakh crore", "several thousand")', ['The city has [4.2 million] people.', 'They signed the [£30 million]-rated midfielder.'], ['The city has [42] parks.']),
  gluedScale: rule('number.glued-scale', 'a scale glued to the digits ("$5bn", "5M visitors")', ['The fund raised [$5bn] last year.'], ['The fund raised [$5] last year.']),
  decimalCommaCents: rule(
    'number.decimal-comma-cents',
    'a price written with a decimal comma and two digits of cents right after its currency ("R12,50", "€3,99"), as South Africa and continental Europe write it; without a currency "12,50" stays unread',
    ['Water costs [R12,50] per kilolitre.', 'A coffee costs [€3,99] there.'],
    ['Pages 12,50 and 61 were torn.', 'It raised [R1,500] in May.'],
  ),
  shareOfEvery: rule(
    'number.share-of-every',
    'a share written "one in three", "1 in 5", "nine out of 10": one figure, so many of every so many (not "$325,000 in 1989")',
    ['About [one in three] adults sleeps too little.', '[Nine out of 10] doctors agree.', 'It hit [one in every four] homes.'],
    ['It spent [$325,000] in 1989.', 'He scored [3] in 2019.'],
  ),
  andAHalf: rule('number.and-a-half', '"and a half" after a number adds half of its last unit ("two and a half", "a million and a half")', ['The trip took [two and a half] days.'], ['The trip took [two] days.']),
  countedCompound: rule('number.counted-compound', 'a compound that names what the number counts ("20-minute walk")', ['It was a [20]-minute walk.'], ['It was a [20] minutes walk.']),
  degreeSign: rule('number.degree-sign', 'a degree sign after the number ("40°C", "1.5 °F")', ['It was [40°C] in the shade.'], ['It was [40] in the shade.']),
  sign: rule('number.sign', 'a sign before the number: "-2.1%", "+3", "minus 20 degrees"', ['It was [minus 20 degrees] at dawn.', 'GDP shrank by [-2.1%] in May.'], ['The answer is 10 minus [3].']),
  unitOfMeasure: rule('number.unit-of-measure', 'a unit of measurement after the number ("2 km", "240,000 square meters", "5 degrees Celsius", "50m")', ['The road is [2 km] long.', 'It was [5 degrees Celsius] at noon.', 'Each dose has [50 micrograms] of antigen.', 'The ship was [20 nautical miles] out.', 'Patients got [5 mg/kg] of the drug.'], ['The road has [2] lanes.']),
} as const;

/** What the form says through a hint, then what the sentence says. */
export const KIND_RULES = {
  ageCompound: rule('number.age-compound', 'an age written as "N-year-old", or an age group ("under-19", "U-21")', ['A [14-year-old] boy was hurt.', 'He coached at [under-19] level.']),
  score: rule('number.score', 'a score of a game ("won 3-1")', ['The team won [3]-1 on Sunday.']),
  rankMark: rule('number.rank-mark', 'a rank written with "#" or a Roman numeral after "part", "war"…', ['The [#1] seed lost.', 'It is told in part [XVII].']),
  quarterCode: rule(
    'number.quarter-code',
    'a quarter of the year written "Q1" to "Q4": the period of a report, like "third quarter" (not a model after a brand, "the Audi Q3")',
    ['Profit doubled in [Q3].', 'Its [Q4] sales fell 2%.', '[Q1] revenue rose.'],
    ['The Audi [Q3] sold well.'],
  ),
  scaleReading: rule(
    'number.scale-reading',
    'a reading on a named scale joined to the scale by a hyphen ("magnitude-6.8", "Category-4"): the number after the hyphen, as in "magnitude 6.8"',
    ['A magnitude-[6.8] quake struck at dawn.', 'The storm grew to a Category-[4] hurricane.'],
    ['Cases of COVID-19 fell.', 'The F-16 landed.'],
  ),
  ageDecade: rule('number.age-decade', 'a decade of someone\'s life ("in her 50s")', ['A woman in her [50s] was hurt.'], ['Music of the [1980s] is back.']),
  yearForm: rule('number.year-form', 'a year or decade by its form ("the 1990s", "in \'98", "mid-2015", "FY2028")', ['Music of the [1980s] is back.', 'Work starts in [mid-2015].', 'It plans 30 openings in [FY2028].']),
  fraction: rule('number.fraction', 'a fraction ("two-thirds", "a quarter of", "3/4", "fell by about a fifth")', ['[Two-thirds] of voters agreed.', 'Sales fell by about [a fifth] in May.']),
  ordinal: rule('number.ordinal', 'an ordinal: a rank in a series ("22nd", "third")', ['It is the [22nd] edition.', 'She came [third] in the race.']),
  rankNumber: rule('number.rank-after-number', 'a rank after "number" or "No."', ['The song reached No. [1] in May.']),
  ageContext: rule('number.age-in-sentence', 'an age: after a name and a comma, "aged", "turned", "at the age of"…', ['Thomas Sam, [42], said he was tired.', 'She retired at [65].'], ['Thomas Sam, 42, bought [3] cars.']),
  address: rule('number.address', 'a house or block number in a street address ("the 2100 block of Elm Street", "1600 Elm Street"), not a year', ['He lives in the [2100] block of Corliss Avenue.', 'The office at [1600] Brackton Road closed.'], ['The road opened in [1996].']),
  yearContext: rule('number.year-in-sentence', 'a year: four digits after "in", "since", "by", "fiscal"… or after a name', ['The plant opened in [1996].', 'He won the World Cup [2018] final.', 'It expects fiscal [2027] sales of $9bn.'], ['The plant hired [1996] workers.']),
  count: rule('number.count', 'a plain number: a count or an amount', ['Rain fell on [7] towns.', 'The plant hired [1996] workers.']),
} as const;

export const NUMBERS_RULES = defineRules([...Object.values(NUMBER_VETOES), ...Object.values(QUANTITY_RULES), ...Object.values(WRITTEN_KIND_RULES), ...Object.values(KIND_RULES)]);

// Words around a number that say what it counts or measures: units and percentages, the words
// of time that make a number a year or a duration, the nouns that make it an age, the words that
// make "one" a pronoun and a spelled ordinal an idiom. The number finder (numbers/) reads them as
// sets (classWords), so its code stays as it is.
import { declareWordClasses, wordList } from './wordClassDeclaration';

export const NUMBER_WORD_CLASSES = declareWordClasses({
  TimeDeictic: {
    meaning: 'Words before a time word that make it a point in time ("last year", "next season").',
    source: 'English grammar',
    words: ['last', 'next', 'this', 'every', 'each', 'previous', 'coming', 'following', 'past'],
  },
  TimeWord: {
    meaning: 'A noun of a period of time or of the calendar ("year", "season", "monday").',
    source: 'a hand list from news usage',
    words: [
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'season', 'seasons', 'quarter', 'quarters', 'decade',
  'century', 'night', 'nights', 'weekend', 'morning', 'afternoon', 'evening', 'summer', 'winter', 'spring', 'autumn', 'fall',
  'time', 'term', 'semester', 'half', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
],
  },
  ValueNoun: {
    meaning: 'A noun whose number is a value, not a count ("forecast", "target", "record").',
    source: 'a hand list from news usage (the business pages)',
    words: [
  'forecast', 'estimate', 'target', 'mark', 'threshold', 'level', 'figure', 'limit', 'cap', 'ceiling', 'benchmark',
  'milestone', 'goal', 'projection', 'expectation', 'consensus', 'barrier', 'total', 'tally', 'record',
],
  },
  PastTenseHomograph: {
    meaning: 'Past tenses that compromise may read as nouns ("rose", "fell"): after a counted noun they are its verb.',
    source: 'a hand list from news usage',
    words: ['rose', 'fell', 'saw', 'left', 'felt', 'found'],
  },
  CountedPhraseOpener: {
    meaning: 'Words that open the noun phrase of "one of the …" without being counted themselves.',
    source: 'English grammar',
    words: ['the', 'a', 'an', 'all', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'most', 'more', 'very', 'few', 'many', 'several', 'other'],
  },
  OrdinalIdiom: {
    meaning: 'A set phrase with a spelled ordinal that is not a rank ("third party", "fourth estate").',
    source: 'a hand list from news usage',
    words: ['third party', 'third parties', 'fourth estate', 'fifth column'],
  },
  PronounOneOpener: {
    meaning: 'Words that make a following "one" a pronoun ("the one", "no one", "a very serious one").',
    source: 'English grammar',
    words: [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'no', 'any', 'every', 'each', 'which', 'another', 'its', 'his',
  'her', 'their', 'our', 'my', 'your', 'whose', 'what', 'whichever', 'such',
],
  },
  RelativeAfterOne: {
    meaning: 'Words that open a relative clause after "one" ("one that…", "one whose…").',
    source: 'English grammar',
    words: ['that', 'who', 'whose', 'which', 'whom'],
  },
  GenericOneOpener: {
    meaning: 'Words before the generic "one" when a verb follows ("should one follow", "if one buys").',
    source: 'English grammar',
    words: ['if', 'unless', 'whether', 'should', 'would', 'could', 'can', 'must', 'might', 'may', 'shall'],
  },
  ModalVerb: {
    meaning: 'A modal verb ("must", "could"): after the generic "one" it shows a pronoun, not a count.',
    source: 'English grammar',
    words: ['must', 'should', 'can', 'could', 'would', 'might', 'may', 'will', 'cannot', 'shall', 'needs'],
  },
  ComparisonEnd: {
    meaning: 'Words that end a multiplier\'s comparison: a new clause or item starts with them.',
    source: 'English grammar',
    words: ['and', 'but', 'or', 'which', 'who', 'because', 'while', 'when', 'since', 'although', 'though', 'after', 'before'],
  },
  ClockTimeQualifier: {
    meaning: 'Qualifiers that may stand before a clock time ("around 1.30am"); "over 6 pm" means nothing.',
    source: 'a hand list from news usage',
    words: ['about', 'around', 'approximately', 'roughly', 'circa', 'approx', 'nearly', 'almost', 'just after', 'just before'],
  },
  DurationWord: {
    meaning: 'Words of a length of time: "over 10 years" is a period, "over 10,000 people" an amount.',
    source: 'a hand list from news usage',
    words: [
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'centuries', 'hour',
  'hours', 'minute', 'minutes', 'quarter', 'quarters', 'season', 'seasons', 'term', 'terms', 'semester', 'semesters',
  'night', 'nights', 'weekend', 'weekends', 'generation', 'generations', 'seconds',
],
  },
  DurationOpener: {
    meaning: 'Prepositions that already open a length of time, so an "over" after them means "more than": "for over 10 years", "in over a decade".',
    source: 'English grammar',
    words: ['for', 'in', 'of', 'than', 'after', 'within', 'lasting', 'lasted', 'aged', 'spanning'],
  },
  YearPreposition: {
    meaning: 'A word after which a four-digit number is a year ("in 1990", "since 2005", "summer 2019").',
    source: 'a hand list from news usage',
    words: [
  'in', 'since', 'by', 'from', 'until', 'till', 'through', 'during', 'before', 'after', 'between', 'circa', 'early', 'late',
  'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'season', 'of', 'to', 'and', 'around',
],
  },
  IdentifierLabel: {
    meaning: 'A word after which a number is an identifier to quote, not a figure ("quoting reference 2300415627", "ref. 88213").',
    source: 'a hand list from news usage (police appeals, court and consumer reports)',
    words: ['reference', 'ref'],
  },
  DialVerb: {
    meaning: 'A verb after which a short number is one to dial, an identifier like a phone number, not a figure ("call 101", "dial 999 in an emergency").',
    source: 'a hand list from news usage (police appeals, health and consumer reports)',
    words: ['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing', 'ring', 'rang', 'phone', 'phoned', 'phoning'],
  },
  IdentifierNoun: {
    meaning: 'A noun before "number" or "no." that makes the number after it an identifier, not a figure ("crime number 54210098", "account no. 1234567").',
    source: 'a hand list from news usage (police appeals, court, consumer and business reports)',
    words: [
  'case', 'crime', 'incident', 'log', 'reference', 'order', 'account', 'policy', 'tracking', 'serial', 'registration', 'licence',
  'license', 'badge', 'patient', 'ticket', 'invoice', 'claim', 'docket', 'file', 'complaint', 'application', 'passport', 'booking',
  'confirmation', 'employee', 'student', 'prisoner', 'inmate', 'vehicle', 'batch', 'lot', 'product', 'customer', 'member',
],
  },
  FiscalYearWord: {
    meaning: 'A word that makes the four-digit number after it a fiscal or accounting year, even before what it counts ("fiscal 2027 sales", "FY 2026 results").',
    source: 'a hand list from business news',
    words: ['fiscal', 'fy'],
  },
  YearAttribute: {
    meaning: 'Nouns that a year qualifies rather than a count: "2005 levels", "1990 prices".',
    source: 'a hand list from news usage',
    words: ['levels', 'level', 'prices', 'figures', 'rates', 'standards', 'values', 'dollars', 'terms', 'baseline', 'census', 'election', 'elections', 'season'],
  },
  AgeVerb: {
    meaning: 'A verb before an age ("was 36", "turned 40").',
    source: 'English grammar',
    words: ['was', 'is', 'were', 'am', 'turned', 'turns', 'turning'],
  },
  TurnVerb: {
    meaning: 'Verbs of reaching an age: "turned 36".',
    source: 'English grammar',
    words: ['turned', 'turns', 'turning'],
  },
  LifeEventVerb: {
    meaning: 'A life event told with the age it happened at ("retired at 65", "married at 19").',
    source: 'a hand list from news usage',
    words: [
  'retired', 'retire', 'retires', 'retiring', 'died', 'dies', 'married', 'marry', 'wed', 'graduated', 'debuted', 'enlisted',
  'emigrated', 'away', 'orphaned', 'widowed', 'diagnosed',
],
  },
  AgePronoun: {
    meaning: 'A personal pronoun before a verb of age ("he was 36").',
    source: 'English grammar',
    words: ['he', 'she', 'i', 'they', 'we', 'you', 'who'],
  },
  AgeBound: {
    meaning: 'Words between "aged" and an age that make it a limit ("aged under 22", "aged over 65"): still an age.',
    source: 'a hand list from news usage',
    words: ['under', 'over', 'below', 'above'],
  },
  AgeListOpener: {
    meaning: 'Words that introduce a list of ages: "aged 4 and 6", "ages 9, 11 and 14".',
    source: 'a hand list from news usage',
    words: ['aged', 'ages'],
  },
  WonVerbFollower: {
    meaning: 'Words after "won" that make it the verb ("won the", "won by"), not the Korean currency.',
    source: 'a hand list from news usage',
    words: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'by', 'over', 'against', 'out'],
  },
  RomanNumeralTrigger: {
    meaning: 'Words after which a capital Roman numeral is a number ("part XVII", "World War II").',
    source: 'a hand list from news usage',
    words: ['part', 'chapter', 'volume', 'vol', 'book', 'act', 'phase', 'stage', 'war', 'bowl', 'article', 'title', 'section', 'schedule', 'class', 'category', 'grade', 'level', 'tier', 'round', 'episode', 'season', 'series'],
  },
  ShortYearOpener: {
    meaning: 'A word before an apostrophe year ("in \'99", "class of \'05").',
    source: 'a hand list from news usage',
    words: [
  'in', 'of', 'since', 'the', 'by', 'until', 'till', 'from', 'to', 'and', 'through', 'early', 'late', 'mid', 'class', 'summer',
  'spring', 'fall', 'autumn', 'winter', 'season', 'circa', 'before', 'after', 'during', 'or',
],
  },
  YearPrefix: {
    meaning: 'Prefixes of a year glued with a hyphen: "mid-2015", "pre-1990".',
    source: 'a hand list from news usage',
    words: ['mid', 'pre', 'post', 'early', 'late', 'circa', 'c'],
  },
  VideoWord: {
    meaning: 'Words after "720p" that make it the lines of a picture, not pence.',
    source: 'a hand list from news usage',
    words: ['video', 'videos', 'resolution', 'display', 'displays', 'screen', 'screens', 'stream', 'streams', 'streaming', 'hd', 'footage', 'quality', 'monitor', 'tv', 'camera', 'recording', 'format'],
  },
  AgePersonNoun: {
    meaning: 'A noun that names a person by role or description, before an age ("the suspect, 27,").',
    source: 'a hand list from news usage',
    words: wordList(`
suspect victim star survivor defendant accused plaintiff witness passenger pedestrian cyclist motorist resident neighbour
neighbor tourist visitor student pupil patient prisoner inmate detainee hostage refugee migrant worker employee owner
founder leader member fan player striker goalkeeper midfielder defender athlete runner champion winner singer rapper
actress actor musician artist writer author poet journalist reporter photographer blogger lawyer teacher doctor nurse
soldier veteran pilot driver mother father son daughter wife husband partner brother sister grandmother grandfather
grandson granddaughter aunt uncle nephew niece cousin widow widower baby toddler infant child teenager teen youth boy girl
man woman gentleman lady person individual guy mum mom dad businessman businesswoman entrepreneur billionaire millionaire
candidate politician lawmaker activist protester campaigner volunteer farmer fisherman miner climber hiker swimmer
companion friend colleague boyfriend girlfriend fiancé fiancée spouse gunman attacker assailant killer murderer robber thief shooter bomber hijacker culprit offender fugitive
`),
  },
  AmbiguousTitle: {
    meaning: 'Title words that are as often something else ("the final count", "the general public", "the chief reason").',
    source: 'a hand list from news usage',
    words: ['count', 'general', 'private', 'major', 'principal', 'cardinal', 'chief', 'speaker', 'elder', 'metropolitan', 'justice', 'delegate', 'agent'],
  },
  PersonPhraseOpener: {
    meaning: 'Words that open a noun phrase naming someone: "the suspect", "his wife", "a local man".',
    source: 'English grammar',
    words: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that'],
  },
  VagueCount: {
    meaning: 'Words that say how many of a scale without a number ("several thousand", "a few hundred").',
    source: 'English grammar',
    words: ['several', 'few', 'many'],
  },
  SpelledScale: {
    meaning: 'Scale words spelled out, which a vague count may stand before ("several thousand", not "several bn").',
    source: 'English grammar',
    words: ['hundred', 'thousand', 'million', 'billion', 'trillion'],
  },
  HalfQualifier: {
    meaning: 'Words before a bare "half" that make it an amount ("over half have left", "roughly half").',
    source: 'a hand list from news usage',
    words: ['over', 'nearly', 'almost', 'about', 'roughly', 'around', 'approximately', 'than', 'just', 'only', 'barely'],
  },
  AfterInHalf: {
    meaning: 'Words after "in half" or "by half" that end the phrase ("cut in half to 5,000", "cut in half by 2030", "cut by half for three years").',
    source: 'English grammar',
    words: ['to', 'by', 'and', 'or', 'from', 'since', 'over', 'in', 'within', 'after', 'last', 'this', 'for', 'at', 'on'],
  },
  MultiplierFollower: {
    meaning: 'Comparatives after "N times" that make it a multiplier ("50 times stronger").',
    source: 'English grammar',
    words: ['more', 'less', 'as', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller', 'faster', 'slower', 'stronger', 'weaker', 'the', 'that', 'what', 'over'],
  },
  MultipleBase: {
    meaning: 'A word after "N times" that names the base of a multiple ("25 times earnings").',
    source: 'a hand list from news usage (the business pages)',
    words: [
  'earnings', 'sales', 'revenue', 'revenues', 'profit', 'profits', 'book', 'ebitda', 'income', 'cash', 'forward', 'trailing',
  'expected', 'projected', 'estimated', 'annual', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'salary', 'salaries',
  'normal', 'average', 'usual',
],
  },
  ChangeWord: {
    meaning: 'Verbs and nouns of change: "rose from 5 to 7", "a rise from 5 to 7", "gaining 88.12 to 2657.38" are two values, not a range.',
    source: 'a hand list from news usage (market and statistics reports), every verb with all its forms',
    words: [
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling',
  'increase', 'increases', 'increased', 'increasing', 'decrease', 'decreases', 'decreased', 'decreasing',
  'drop', 'drops', 'dropped', 'dropping', 'grow', 'grows', 'grew', 'grown', 'growing',
  'climb', 'climbs', 'climbed', 'climbing', 'jump', 'jumps', 'jumped', 'jumping', 'cut', 'cuts', 'cutting',
  'raise', 'raises', 'raised', 'raising', 'reduce', 'reduces', 'reduced', 'reducing', 'lower', 'lowers', 'lowered', 'lowering',
  'went', 'goes', 'gone', 'slip', 'slips', 'slipped', 'slipping', 'slide', 'slides', 'slid', 'sliding',
  'soar', 'soars', 'soared', 'soaring', 'surge', 'surges', 'surged', 'surging', 'plunge', 'plunges', 'plunged', 'plunging',
  'decline', 'declines', 'declined', 'declining', 'double', 'doubles', 'doubled', 'doubling', 'triple', 'triples', 'tripled', 'tripling',
  'change', 'changes', 'changed', 'changing', 'moved', 'shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking',
  'expand', 'expands', 'expanded', 'expanding', 'revise', 'revises', 'revised', 'revising',
  'upgrade', 'upgrades', 'upgraded', 'upgrading', 'downgrade', 'downgrades', 'downgraded', 'downgrading',
  'boost', 'boosts', 'boosted', 'boosting', 'slash', 'slashes', 'slashed', 'slashing', 'up', 'down',
  'gain', 'gains', 'gained', 'gaining', 'add', 'adds', 'added', 'adding', 'shed', 'sheds', 'shedding',
  'ease', 'eases', 'eased', 'easing', 'edge', 'edges', 'edged', 'edging', 'slump', 'slumps', 'slumped', 'slumping',
  'tumble', 'tumbles', 'tumbled', 'tumbling', 'rally', 'rallies', 'rallied', 'rallying', 'advance', 'advances', 'advanced', 'advancing',
  'dip', 'dips', 'dipped', 'dipping', 'sink', 'sinks', 'sank', 'sunk', 'sinking', 'rebound', 'rebounds', 'rebounded', 'rebounding',
],
  },
  ScoreWordBefore: {
    meaning: 'Words before a pair of numbers that make it a score, a vote tally or a bowler\'s figures ("lost 1-3", "voted 48-52", "took 3-41", "figures of 5-23").',
    source: 'a hand list from news usage (sports pages)',
    words: [
  'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing', 'beat', 'beats', 'beaten', 'beating', 'drew', 'draw',
  'draws', 'drawn', 'defeated', 'defeat', 'defeats', 'trailed', 'trail', 'trails', 'trailing', 'led', 'lead', 'leads',
  'leading', 'score', 'scored', 'scores', 'scoreline', 'tied', 'tie', 'ties', 'vote', 'votes', 'voted', 'victory',
  'took', 'figures',
],
  },
  ScoreWordAfter: {
    meaning: 'Nouns right after a pair that make it a score ("a 0-1 defeat", "the 2-1 win").',
    source: 'a hand list from news usage (sports pages)',
    words: [
  'win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'loss', 'losses', 'draw', 'lead', 'tie', 'triumph', 'rout',
  'scoreline', 'vote', 'decision', 'margin', 'thrashing', 'upset', 'comeback',
],
  },
  AfterScore: {
    meaning: 'Words that may follow a score ("lost 1-3 at home", "won 2-1 against Spain"). Any other word after the pair is likely what a range counts: "won 10-15 seats".',
    source: 'a hand list from news usage (sports pages)',
    words: [
  'in', 'at', 'against', 'on', 'over', 'with', 'after', 'before', 'to', 'for', 'and', 'but', 'as', 'from', 'during', 'thanks',
  'when', 'while', 'the', 'a', 'an', 'this', 'last', 'away', 'home', 'into', 'until', 'despite', 'under', 'or',
],
  },
  PointInTimePreposition: {
    meaning: 'A preposition that places a number in time ("in 2019", "since 2005").',
    source: 'English grammar',
    words: ['in', 'since', 'during', 'until', 'till', 'by', 'before', 'after', 'circa'],
  },
  AfterByFraction: {
    meaning: 'A word that may follow "by a third" or "by half" when the fraction measures a change.',
    source: 'a hand list from news usage',
    words: [
  'from', 'to', 'in', 'since', 'over', 'compared', 'and', 'or', 'last', 'this', 'on', 'after', 'between', 'while', 'but', 'at',
  'during', 'within', 'than', 'as', 'by', 'for', 'when', 'year', 'years',
  // "dropped by a third the last time": a determiner cannot follow an ordinal inside a noun phrase.
  'the', 'each', 'every',
],
  },
  ArticleScale: {
    meaning: 'Articles that can stand for "one" before a scale word: "a thousand", "a dozen".',
    source: 'English grammar',
    words: ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'],
  },
  AmbiguousCurrencyWord: {
    meaning: 'Currency words too ambiguous to decide the currency of a cent ("real", "won", "rand").',
    source: 'a hand list from news usage',
    words: ['real', 'won', 'rand', 'pound', 'pounds'],
  },
  TimeOfDayOpener: {
    meaning: 'Words before an h:mm:ss time that place it in the day ("at 10:04:33") rather than measure a length of time.',
    source: 'English grammar',
    words: ['at', 'by', 'from', 'until', 'till', 'since', 'before', 'after', 'around', 'about', 'approximately'],
  },
  MeasureUnit: {
    meaning: 'A unit of measure written after a number ("km", "miles", "tonnes").',
    source: 'a hand list from news usage (metric and imperial units)',
    words: [
  'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'm', 'meter', 'meters', 'metre', 'metres', 'cm', 'mm',
  'centimeter', 'centimeters', 'centimetre', 'centimetres', 'millimeter', 'millimeters', 'millimetre', 'millimetres',
  'mile', 'miles', 'ft', 'foot', 'feet', 'inch', 'inches', 'yard', 'yards', 'kg', 'kilogram', 'kilograms', 'kilo', 'kilos',
  'g', 'gram', 'grams', 'mg', 'milligram', 'milligrams', 'lb', 'lbs', 'ounce', 'ounces', 'oz', 'ton', 'tons', 'tonne',
  'tonnes', 'l', 'litre', 'litres', 'liter', 'liters', 'ml', 'gallon', 'gallons', 'acre', 'acres', 'hectare', 'hectares',
  'ha', 'mph', 'kph', 'km/h', 'knots', 'degree', 'degrees', '°c', '°f', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'hz', 'khz', 'mhz',
  'ghz', 'kb', 'mb', 'gb', 'tb', 'volts', 'watts', 'megawatts', 'gigawatts', 'calories', 'barrels',
  // Metric prefixes on litres and watts, as supply and energy reports write them ("2.5 lakh kilolitres").
  'kilolitre', 'kilolitres', 'kiloliter', 'kiloliters', 'millilitre', 'millilitres', 'milliliter', 'milliliters',
  'megalitre', 'megalitres', 'megaliter', 'megaliters', 'volt', 'watt', 'kilowatt', 'kilowatts', 'megawatt', 'gigawatt',
  // Units of health, science, energy and climate reports ("50 micrograms", "2 terawatt-hours",
  // "5 millisieverts", "90 decibels", "37 gigatonnes", "420 ppm", "3 nanometres", "0.2 µm" with the micro sign or the Greek mu).
  'microgram', 'micrograms', 'mcg', 'µg', 'nanometre', 'nanometres', 'nanometer', 'nanometers', 'micron', 'microns', 'µm', 'μm', 'μg',
  'terawatt', 'terawatts', 'twh', 'kilowatt-hour', 'kilowatt-hours', 'megawatt-hour', 'megawatt-hours', 'gigawatt-hour',
  'gigawatt-hours', 'terawatt-hour', 'terawatt-hours', 'sievert', 'sieverts', 'millisievert', 'millisieverts', 'msv',
  'decibel', 'decibels', 'db', 'ppm', 'bushel', 'bushels', 'pint', 'pints', 'carat', 'carats', 'kiloton', 'kilotons',
  'kilotonne', 'kilotonnes', 'megaton', 'megatons', 'megatonne', 'megatonnes', 'gigaton', 'gigatons', 'gigatonne', 'gigatonnes',
  // A dose, a concentration or an emission rate, written with a slash ("5 mg/kg", "142 mg/dL").
  'mg/kg', 'mg/dl', 'mg/l', 'mmol/l', 'µg/m3', 'ug/m3', 'g/km',
],
  },
  MeasureUnitModifier: {
    meaning: 'A word between a number and its unit that belongs to the unit ("240 square metres", "30 cubic feet", "20 nautical miles", "400 sq km").',
    source: 'a hand list from news usage',
    words: ['square', 'cubic', 'sq', 'nautical'],
  },
  GluedUnit: {
    meaning: 'A unit abbreviation written glued to its number ("5km", "10kg").',
    source: 'a hand list from news usage',
    words: [
  'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 'lb', 'lbs', 'oz', 'ft', 'mph', 'kph', 'ml', 'l', 'kw', 'mw', 'gw', 'kwh', 'mwh',
  'gwh', 'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'km2', 'm2',
],
  },
  PercentWord: {
    meaning: 'Words of a percentage: "50 percent", "50 per cent", "50 pct".',
    source: 'a hand list from news usage',
    words: ['percent', 'pct', 'per cent', 'percentage point', 'percentage points'],
  },
  DimensionWord: {
    meaning: 'Words that say a length is a size ("25m high", "a 3km-long queue"): the number before them measures, it does not count.',
    source: 'a hand list from news usage',
    words: ['high', 'long', 'wide', 'deep', 'tall', 'thick', 'across', 'away', 'square', 'below', 'above', 'underground', 'underwater'],
  },
  AgeDecadePossessive: {
    meaning: 'A possessive before a two-digit decade that makes it an age ("in her 40s", "in their mid-20s").',
    source: 'English grammar',
    words: ['his', 'her', 'their', 'my', 'your', 'our'],
  },
  NotCountedAfterHyphen: {
    meaning: 'Words after a number and a hyphen that are not what it counts ("$12-an-hour", "5-to-1", "20-per-cent").',
    source: 'English grammar',
    words: ['an', 'the', 'per', 'and', 'or', 'to', 'of'],
  },
  HalfAsPart: {
    meaning: 'Words before "half" that make it a part of something, not an amount ("the first half", "the other half", "each half").',
    source: 'English grammar',
    words: ['first', 'second', 'the', 'a', 'an', 'other', 'latter', 'this', 'that', 'each', 'one'],
  },
  HalfAmountFollower: {
    meaning: 'Words after a bare "half" that make it an amount ("half of them", "half as much", "half the staff", "half their budget").',
    source: 'English grammar',
    words: ['of', 'as', 'the', 'their', 'its', 'his', 'her', 'our', 'all'],
  },
});

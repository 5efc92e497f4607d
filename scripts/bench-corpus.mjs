// The speed benches' news corpus: the project's own articles (the regression corpus's articles
// and the seed articles), repeated until the corpus reaches the size asked for. The analyser
// caches paragraphs by their text, which a repeated article would hit every time (the plain
// compromise baseline caches nothing), so each round renames the people and shifts every digit:
// the paragraphs of a round differ from those of every other round, except those with neither a
// name nor a digit, which are counted and reported (`distinctParagraphs`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GIVEN = ['Ana', 'Tom', 'Carla', 'Harold', 'Priya', 'Lena', 'Paul', 'Elena', 'Kevin', 'Ruth', 'Marcus', 'Helena', 'Ivan', 'Laura', 'Maria', 'Daniel', 'Adaeze', 'Jonathan', 'Amina', 'Dale', 'Thomas', 'Susan', 'Colin', 'Siobhan'];
const FAMILY = ['Ruiz', 'Brennan', 'Mendes', 'Baker', 'Raman', 'Fischer', 'Petrova', 'Marsh', 'Calloway', 'Delaney', 'Petrov', 'Kim', 'Ortiz', 'Obi', 'Reyes', 'Okafor', 'Whitcombe', 'Abernathy', 'Brown', 'McAllister', "O'Donnell", 'Tolliver', 'Harrington', 'Moreau', 'Nowak', 'Castellano', 'Lindqvist', 'Adeyemi'];

/** The text of every probe in an articles file: the lines between "= name" and its gold lines. */
function articleTexts(source) {
  const texts = [];
  let lines = null;
  for (const line of source.split('\n')) {
    if (line.startsWith('= ')) {
      if (lines) texts.push(lines.join('\n').trim());
      lines = [];
    } else if (/^- (people|quotes|numbers):/.test(line)) {
      if (lines) texts.push(lines.join('\n').trim());
      lines = null;
    } else if (lines) lines.push(line);
  }
  if (lines) texts.push(lines.join('\n').trim());
  return texts;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OTHER_PEOPLE = ['Wei', 'Trump', 'Young', 'Zhou', 'Xi', 'Ho', 'Yan', 'Zhang', 'Tanaka', 'Fenwick'];
const COMPANIES = ['Viacom', 'Hearst', 'Brightline', 'Chrysler', 'Fujitsu'];
// Common nouns of the same kind, swapped for one another: headlines and quotes without any name or digit vary too.
const NOUNS = ['bridge', 'school', 'council', 'county', 'city', 'company', 'court', 'hospital', 'library', 'board', 'mill', 'port', 'farm', 'shelter', 'fund', 'plan', 'budget', 'road', 'levy', 'problem', 'judge', 'mayor', 'family', 'valley', 'money', 'country', 'conference', 'department', 'drug', 'case', 'move', 'method', 'matter', 'investigation', 'crisis'];
const PLACES = ['Springfield', 'Portland', 'Millbrook', 'Maplewood', 'Harlan County', 'Wayne County', 'Des Moines', 'Busan', 'Beijing', 'Washington', 'New York', 'Geneva', 'Riverside', 'Lakeside'];

const wordsOf = list => new RegExp(`\\b(${list.map(n => n.replace(/'/g, "['’]")).join('|')})\\b`, 'g');
const bare = name => name.replace(/['’]/g, '');
const moved = (list, offset) => name => list[(list.findIndex(n => bare(n) === bare(name)) + offset) % list.length];

/** A shuffle of the ten digits, the same for the same round (a small linear congruential generator). */
function digitPermutation(round) {
  const digits = [...'0123456789'];
  let seed = round * 2654435761 % 4294967296;
  for (let i = digits.length - 1; i > 0; i--) {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    const j = seed % (i + 1);
    [digits[i], digits[j]] = [digits[j], digits[i]];
  }
  return digits;
}

/**
 * Round `round` of an article: known given names, family names, other people, companies, weekdays, months,
 * places and common nouns each
 * moved along their list (lists of different lengths, so the combinations repeat only after
 * hundreds of rounds), and the digits shuffled.
 */
function variant(text, round) {
  if (round === 0) return text;
  const digits = digitPermutation(round);
  return text
    .replace(wordsOf(GIVEN), moved(GIVEN, round))
    .replace(wordsOf(FAMILY), moved(FAMILY, round))
    .replace(wordsOf(WEEKDAYS), moved(WEEKDAYS, round))
    .replace(wordsOf(MONTHS), moved(MONTHS, round))
    .replace(wordsOf(PLACES), moved(PLACES, round))
    .replace(wordsOf(OTHER_PEOPLE), moved(OTHER_PEOPLE, round))
    .replace(wordsOf(COMPANIES), moved(COMPANIES, round))
    .replace(wordsOf(NOUNS), moved(NOUNS, round))
    .replace(/\d/g, d => digits[Number(d)]);
}

/** The project's own articles, repeated with variations in whole rounds up to at least `minChars` UTF-16 units. */
export function benchCorpus(root, minChars) {
  const articlesDir = join(root, 'test', 'regress', 'articles');
  const seedsDir = join(root, 'seeds');
  // The seeds last: a seed opens with a "date … PLACE –" header, which the analysis reads only at
  // the start of a document; the 1 MB document of the benches is the corpus joined.
  const base = [
    ...readdirSync(articlesDir).filter(f => f.endsWith('.txt')).sort().flatMap(f => articleTexts(readFileSync(join(articlesDir, f), 'utf8'))),
    ...readdirSync(seedsDir).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(seedsDir, f), 'utf8')),
  ];
  // Whole rounds only: the 1 MB document then always ends with the last seed and its sign-off
  // ("/kga"), whichever article the size was reached in; what a document ends with changes what an
  // edit can carry over (pipeline/document.ts), so it must not depend on the articles' lengths.
  const docs = [];
  let size = 0;
  for (let round = 0; size < minChars; round++) {
    for (const text of base) {
      const doc = variant(text, round);
      docs.push(doc);
      size += doc.length;
    }
  }
  const paragraphs = docs.flatMap(d => d.split(/\n\s*\n/));
  return { docs, size, articles: base.length, paragraphs: paragraphs.length, distinctParagraphs: new Set(paragraphs).size };
}

// Who "it" is in "“…,” it said": news writes it for an organisation named as the subject of a
// verb of saying shortly before ("The ministry said in a statement that … “The trend is stable,”
// it said."). A person is never "it", so the nearest such organisation is the speaker. Only the
// text is read: an organisation is told by its head noun ("the ministry", "the company") or by a
// word that ends organisation names ("Ministry", "Corp.", "Agency") — the same word lists the
// person finder uses to turn such names down — or as a body that speaks ("the campaign").
import { W, hasClass } from '../lexicon/lexicon';

/** How far back an organisation is looked for: a paragraph or two of news text. */
const LOOK_BACK = 600;

/**
 * A subject at a sentence or clause start, then a verb of saying: "The ministry said", "the
 * state-owned company announced", "Xinhua News Agency reported", "The Ministry of Commerce said",
 * or an appositive's name before it ("Her company, Brackley Holdings, said").
 */
const SUBJECT_THEN_SAYING = /(?:^|[.!?;]["”’]?\s+|,\s+|\n)((?:[Tt]he\s+)?(?:[\p{Lu}\p{Ll}][\p{L}&'’.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}?[\p{Lu}\p{Ll}][\p{L}&'’.-]*),?\s+(?:said|says|added|announced|reported|stated|wrote|noted)\b/gu;

/**
 * The subject that opens a sentence, before its first lower-case word (the verb, perhaps after a
 * day: "The United Nations Security Council on Friday made …", "The government defended …"),
 * perhaps owned by someone ("the mayor's office unveiled …").
 */
const SENTENCE_SUBJECT = /^((?:[Tt]he\s+)?(?:\p{L}+['’]s\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}?[\p{Lu}\p{Ll}][\p{L}&'’.-]*)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?\p{Ll}/u;

/** Where the sentence holding `pos` starts in `window` (which ends at `pos`). */
function sentenceStartIn(window: string): number {
  let start = 0;
  for (const m of window.matchAll(/[.!?]["”’]?\s+|\n/g)) start = m.index + m[0].length;
  return start;
}

/** The word is the head of an organisation's description or name ("ministry", "Corp."). */
function organisationWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return hasClass(lower, W.NonPersonHead) || hasClass(lower, W.OrganisationPreceder) || hasClass(lower, W.SpeakingBody);
}

/** The subject names an organisation: its last word is an organisation's head ("The ministry", "Acme Corp."). */
function namesOrganisation(subject: string): boolean {
  const words = subject.split(/\s+/);
  const last = words[words.length - 1];
  // "The ministry", "the company": a lower-case head after "the".
  if (/^[Tt]he$/.test(words[0]) && words.length > 1 && /^\p{Ll}/u.test(last)) return organisationWord(last);
  // "Acme Corp.", "Xinhua News Agency", "The Ministry of Commerce": capitalised words, one of them a head.
  return words.every(w => /^(?:[Tt]he|of|for|and|&|\p{Lu}.*)$/u.test(w)) && words.some(w => /^\p{Lu}/u.test(w) && organisationWord(w));
}

/**
 * The organisation that "it" at document offset `pos` stands for: the nearest subject of a verb
 * of saying before it that names an organisation, with its offsets; `from` is where the reading
 * started (what the speaker depends on, for an edit).
 */
export function organisationBefore(text: string, pos: number): { start: number; end: number; text: string; from: number } | null {
  const from = Math.max(0, pos - LOOK_BACK);
  const window = text.slice(from, pos);
  let found: { start: number; end: number; text: string; from: number } | null = null;
  for (const m of window.matchAll(SUBJECT_THEN_SAYING)) {
    const subject = m[1];
    if (!namesOrganisation(subject)) continue;
    const start = from + m.index + m[0].indexOf(subject);
    found = { start, end: start + subject.length, text: subject, from };
  }
  // "The government defended what it calls “…”": "it" inside the sentence of an organisation's
  // own verb stands for that organisation, the nearest one, whatever the verb.
  let opening = sentenceStartIn(window);
  // "When the mayor's office unveiled what it calls “…”": the subject after a subordinating conjunction.
  const conjunction = /^(\p{L}+)\s+/u.exec(window.slice(opening));
  if (conjunction && hasClass(conjunction[1].toLowerCase(), W.Subordinator)) opening += conjunction[0].length;
  const subject = SENTENCE_SUBJECT.exec(window.slice(opening))?.[1];
  if (subject && namesOrganisation(subject) && from + opening >= (found?.end ?? 0)) {
    const start = from + opening;
    return { start, end: start + subject.length, text: subject, from };
  }
  return found;
}

// The document pass for quotes: joins quotations that run over several paragraphs, then gives
// each quote its speaker — from its own cue, resolving "he"/"she" to the person last named
// before it, or, for a paragraph of quotation without a cue, from the paragraph before.
import type { ParagraphFindings, QuoteFinding } from '../paragraph';
import type { ResolvedEntity, ResolvedMention } from '../people/resolve';
import type { AttributionKind, Quote } from '../types';
import type { QuoteCue } from './cues';
import { firstIndex } from '../../common/firstIndex';

export interface PlacedParagraph {
  block: { start: number; continuesParagraph: boolean };
  findings: ParagraphFindings;
}

interface Piece {
  paragraph: number;
  finding: QuoteFinding;
}

interface MergedQuote {
  start: number;
  end: number;
  pieces: Piece[];
}

export interface PeopleIndex {
  mentions: ResolvedMention[];
  entities: ResolvedEntity[];
  /** Mention index of a paragraph's candidate: `mentionOf[candidateBase[paragraph] + candidate]`, -1 for none. */
  candidateBase: Int32Array;
  mentionOf: Int32Array;
}

/** Straight, curly or angle marks: a quote runs on into the next paragraph with marks of its own kind. */
function markKind(ch: string): number {
  return ch === '"' ? 0 : ch === '«' || ch === '»' ? 2 : 1;
}

/**
 * Joins an unclosed quote with the quote that opens the next paragraph, or with the rest of it
 * that closes the next block of the same paragraph. A paragraph opening with another kind of
 * mark starts a quote of its own ("Kevin was snoring. ¶ “Here he is,” she said): an excerpt
 * whose paragraphs each open with a straight mark, quoting speech in curly ones.
 */
function mergeAcrossParagraphs(text: string, paragraphs: PlacedParagraph[]): MergedQuote[] {
  const out: MergedQuote[] = [];
  let pending: MergedQuote | null = null;
  let pendingParagraph = -2;
  paragraphs.forEach((p, pi) => {
    const quotes = p.findings.quotes;
    let from = 0;
    if (pending) {
      const first = quotes[0];
      const sameMarks = !!first && markKind(text[pending.start]) === markKind(text[p.block.start + first.start]);
      const joins = first && pendingParagraph === pi - 1 && (first.leading && first.opened && sameMarks || p.block.continuesParagraph && !first.opened);
      if (joins) {
        pending.end = p.block.start + first.end;
        pending.pieces.push({ paragraph: pi, finding: first });
        from = 1;
        if (first.closed || quotes.length > 1) {
          out.push(pending);
          pending = null;
        } else pendingParagraph = pi;
      } else {
        out.push(pending);
        pending = null;
      }
    }
    for (let qi = from; qi < quotes.length; qi++) {
      const q = quotes[qi];
      // A closing mark with no opening mark before it, that no open quote runs into, is a stray
      // or misplaced mark ("… for schools and communities,\" For example …"): it starts nothing.
      if (!q.opened) continue;
      const merged: MergedQuote = { start: p.block.start + q.start, end: p.block.start + q.end, pieces: [{ paragraph: pi, finding: q }] };
      if (!q.closed && qi === quotes.length - 1) {
        pending = merged;
        pendingParagraph = pi;
      } else out.push(merged);
    }
  });
  if (pending) out.push(pending);
  return out;
}

interface Attributed {
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue?: string;
  attribution: AttributionKind;
  entity: number | null;
}

const NONE: Attributed = { speaker: null, speakerStart: null, speakerEnd: null, attribution: 'none', entity: null };

export function assembleQuotes(text: string, paragraphs: PlacedParagraph[], people: PeopleIndex): { quotes: Quote[]; quoteEntities: (number | null)[] } {
  const merged = mergeAcrossParagraphs(text, paragraphs);
  // Which person mentions sit inside a quotation (one merge of two sorted lists): a speaker is
  // rarely named inside their own quote, so those are skipped when resolving "he"/"she".
  const mentionInQuote = new Uint8Array(people.mentions.length);
  for (let i = 0, q = 0; i < people.mentions.length; i++) {
    const at = people.mentions[i].start;
    while (q < merged.length && merged[q].end <= at) q++;
    if (q < merged.length && merged[q].start <= at) mentionInQuote[i] = 1;
  }

  const resolveCue = (cue: QuoteCue, paragraph: number): Attributed => {
    const base = paragraphs[paragraph].block.start;
    const s = cue.speaker;
    const start = base + s.start;
    const end = base + s.end;
    const kind: AttributionKind = cue.kind === 'subject' ? 'cue-before' : cue.kind;
    const withCue = (a: Attributed): Attributed => (cue.cue ? { ...a, cue: cue.cue } : a);
    if (s.candidate !== undefined) {
      const m = people.mentionOf[people.candidateBase[paragraph] + s.candidate];
      if (m >= 0) {
        const e = people.mentions[m].entity;
        return withCue({ speaker: people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: kind, entity: e });
      }
      // "the Brazilian said": a capitalised description that is not a name (see below).
      if (/^the\s$/i.test(text.slice(start - 4, start)) && REDESCRIPTION.test(`the ${s.text}`)) {
        const e = describedAntecedent(text, people, start, mentionInQuote, () => true);
        if (e !== null) return withCue({ speaker: people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: kind, entity: e });
      }
      return withCue({ speaker: s.text, speakerStart: start, speakerEnd: end, attribution: kind, entity: null });
    }
    if (s.pronoun) {
      const e = s.pronoun === 'he' || s.pronoun === 'she' ? antecedent(text, people, start, s.pronoun, mentionInQuote) : null;
      return withCue({ speaker: e === null ? null : people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: 'pronoun', entity: e });
    }
    // "the minister said": the person last named with that title or role; "the 24-year-old
    // striker said": the person last named with that age.
    const age = /\b(\d{1,3})-year-old\b/.exec(s.text);
    const role = roleOf(s);
    let e = (age ? nearestEarlier(people, start, mentionInQuote, m => people.entities[m.entity].age === Number(age[1])) : null) ?? (role ? roleAntecedent(people, start, role, mentionInQuote) : null);
    // "the Brazilian said", "the 19-year-old said": a description that, by convention, re-describes
    // the person the text is about — the nearest one named before, like a pronoun.
    // (Not someone of another known age.)
    if (e === null && REDESCRIPTION.test(s.text)) e = describedAntecedent(text, people, start, mentionInQuote, m => !age || people.entities[m.entity].age === undefined);
    if (e !== null) return withCue({ speaker: people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: kind, entity: e });
    return withCue({ speaker: s.text, speakerStart: start, speakerEnd: end, attribution: kind, entity: null });
  };

  const quotes: Quote[] = [];
  const quoteEntities: (number | null)[] = [];
  /** The attribution of the last quote of each paragraph. */
  const lastOfParagraph = new Map<number, Attributed>();
  let previous: { paragraph: number; attributed: Attributed } | null = null;
  for (const m of merged) {
    const first = m.pieces[0];
    let attributed: Attributed = NONE;
    const own = m.pieces.map(p => (p.finding.cue && p.finding.cue.kind !== 'subject' ? p : null)).find(p => p !== null);
    const byline = own ? null : bylineAfter(text, paragraphs, m);
    if (own) attributed = resolveCue(own.finding.cue!, own.paragraph);
    else if (byline) attributed = resolveCue(byline, m.pieces[m.pieces.length - 1].paragraph + 1);
    else if (first.finding.leading || !first.finding.opened || opensAfterShortColon(text, paragraphs[first.paragraph].block.start, m.start)) {
      // A paragraph of quotation without a cue: the speaker of the paragraph before.
      const prevParagraph = first.paragraph - 1;
      const trailing = prevParagraph >= 0 ? paragraphs[prevParagraph].findings.trailingCue : null;
      const prevQuote = lastOfParagraph.get(prevParagraph);
      const exchange = prevQuote ? dialogueTurn(text, paragraphs, m, prevParagraph, lastOfParagraph) : null;
      if (trailing && trailing.kind !== 'subject') attributed = resolveCue(trailing, prevParagraph);
      else if (exchange) attributed = { ...exchange, attribution: 'previous-paragraph' };
      else if (prevQuote && prevQuote.attribution !== 'none') attributed = { ...prevQuote, attribution: 'previous-paragraph' };
      else if (trailing) attributed = { ...resolveCue(trailing, prevParagraph), attribution: 'previous-paragraph' };
    } else if (previous && previous.paragraph === first.paragraph && previous.attributed.attribution !== 'none' && !first.finding.cue) {
      // “A,” he said. “B.” — the second quote is still his.
      attributed = { ...previous.attributed, attribution: 'previous-quote' };
    }
    if (attributed.attribution === 'none' && first.finding.cue) attributed = resolveCue(first.finding.cue, first.paragraph);
    const q: Quote = {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      speaker: attributed.speaker,
      speakerStart: attributed.speakerStart,
      speakerEnd: attributed.speakerEnd,
      attribution: attributed.attribution,
    };
    if (attributed.cue) q.cue = attributed.cue;
    quotes.push(q);
    quoteEntities.push(attributed.entity);
    const lastPiece = m.pieces[m.pieces.length - 1];
    lastOfParagraph.set(lastPiece.paragraph, attributed);
    previous = { paragraph: lastPiece.paragraph, attributed };
  }
  return { quotes, quoteEntities };
}

/** Longest paragraph, in characters, that still reads as one line of an exchange. */
const DIALOGUE_LINE = 160;

/**
 * A short cue-less quote paragraph in an exchange of short quote paragraphs between two people
 * is the turn of the one who did not speak last, when a question or a broken-off line shows the
 * turn changes ("“Did you see him?” the prosecutor asked. ¶ “I did,” the witness said. ¶
 * “Where?” ¶ “At the station.”"). Otherwise, as news writing does, the last speaker goes on.
 */
function dialogueTurn(text: string, paragraphs: PlacedParagraph[], m: MergedQuote, prev: number, lastOfParagraph: Map<number, Attributed>): Attributed | null {
  const last = lastOfParagraph.get(prev);
  const before = lastOfParagraph.get(prev - 1);
  if (!last || !before || last.entity === null || before.entity === null || last.entity === before.entity) return null;
  const opensWithQuote = (pi: number): boolean => !!paragraphs[pi].findings.quotes[0]?.leading;
  const length = (pi: number): number => (paragraphs[pi + 1]?.block.start ?? text.length) - paragraphs[pi].block.start;
  if (m.pieces.length > 1 || m.end - m.start > DIALOGUE_LINE || length(prev) > DIALOGUE_LINE || length(prev - 1) > DIALOGUE_LINE) return null;
  if (!opensWithQuote(prev) || !opensWithQuote(prev - 1)) return null;
  // The turn changes after a question or a line broken off, or with one.
  const turnEnds = (q: string): boolean => /[?—–-]\s*["”’']?\s*$/.test(q);
  const previousQuote = lastQuoteText(text, paragraphs, prev);
  return turnEnds(text.slice(m.start, m.end)) || (previousQuote !== null && turnEnds(previousQuote)) ? before : null;
}

/** The text of the last quote of paragraph `pi`. */
function lastQuoteText(text: string, paragraphs: PlacedParagraph[], pi: number): string | null {
  const quotes = paragraphs[pi].findings.quotes;
  const q = quotes[quotes.length - 1];
  return q ? text.slice(paragraphs[pi].block.start + q.start, paragraphs[pi].block.start + q.end) : null;
}

/**
 * A quote paragraph signed on the next line: "“I was never voting for either of them.”" ¶
 * "― Marcus Hill, 29, Phoenix" (readers' comments, letters, pull quotes). The name after the
 * dash, as a cue of the next paragraph, or null.
 */
function bylineAfter(text: string, paragraphs: PlacedParagraph[], m: MergedQuote): QuoteCue | null {
  const last = m.pieces[m.pieces.length - 1];
  const next = paragraphs[last.paragraph + 1];
  if (!next || !m.pieces[0].finding.leading || text.slice(m.end, next.block.start).trim()) return null;
  const head = text.slice(next.block.start, next.block.start + 80);
  const dash = /^\s*[―—–-]\s*/.exec(head);
  if (!dash) return null;
  const candidates = next.findings.candidates;
  for (let i = 0; i < candidates.length && candidates[i].start < dash[0].length + 12; i++) {
    const c = candidates[i];
    // The name may follow a title ("― Rep. Claire Dunning").
    if (/^(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u.test(head.slice(dash[0].length, c.start))) {
      return { kind: 'cue-after', speaker: { start: c.start, end: c.end, text: head.slice(c.start, c.end), candidate: i }, cue: dash[0].trim() };
    }
  }
  return null;
}

/**
 * The quote follows only a short lead-in ending in a colon at its paragraph's start ("Then,
 * after a moment: “…”"): like a quote opening the paragraph, it continues the speaker before.
 */
function opensAfterShortColon(text: string, paragraphStart: number, quoteStart: number): boolean {
  const lead = text.slice(paragraphStart, quoteStart);
  return lead.length <= 40 && /:\s*$/.test(lead) && !/[.!?]/.test(lead);
}

/** "the Brazilian", "the 19-year-old", "the 74-year-old veteran": a nationality or an age as a description of someone. */
const REDESCRIPTION = /^[Tt]he\s+(?:\d{1,3}-year-old(?:\s+\p{Ll}+)?|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch|ic)(?:\s+(?:woman|man|player|star|champion|veteran|leader))?|\p{Lu}\p{Ll}+(?:wo)?man|Republican|Democrat)$/u;

/** Abbreviated titles, by the word a later mention uses ("Sen. Ada Lee" … "the senator"). */
const ABBREVIATED = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['pres', 'president'],
  ['sec', 'secretary'],
  ['prof', 'professor'],
  ['dr', 'doctor'],
  ['supt', 'superintendent'],
  ['insp', 'inspector'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['sgt', 'sergeant'],
  ['capt', 'captain'],
  ['amb', 'ambassador'],
  // Not abbreviations, but the word a later mention uses: "Justice Harold Abernathy" … "the judge".
  ['justice', 'judge'],
  ['magistrate', 'judge'],
]);

/**
 * The role word of a definite description that may refer back to a named person: "the
 * minister", "the foreign minister", "this spokesman" give "minister", "spokesman". Not "a
 * spokesman" (someone not named) and not phrases of more than four words.
 */
function roleNoun(phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 4 || (words[0] !== 'the' && words[0] !== 'this')) return undefined;
  const last = words[words.length - 1];
  return /^[a-z][a-z-]{2,}$/.test(last) ? last : undefined;
}

const NO_WORDS: readonly string[] = [];
/** Titles and roles repeat across mentions and edits: their words are split once. */
const roleWordCache = new Map<string, readonly string[]>();

/** The role word of each cue's speaker, read once: cues are cached with their paragraph across edits. */
const speakerRoles = new WeakMap<object, string | null>();
function roleOf(speaker: { text: string }): string | null {
  let role = speakerRoles.get(speaker);
  if (role === undefined) {
    role = roleNoun(speaker.text) ?? null;
    speakerRoles.set(speaker, role);
  }
  return role;
}

/** The words of a title or role, abbreviations spelt out: "Sen." → senator, "Police spokesman" → police, spokesman. */
function roleWords(text: string | undefined): readonly string[] {
  if (!text) return NO_WORDS;
  let words = roleWordCache.get(text);
  if (!words) {
    if (roleWordCache.size > 10_000) roleWordCache.clear();
    words = text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean)
      .map(w => ABBREVIATED.get(w) ?? w);
    roleWordCache.set(text, words);
  }
  return words;
}

/**
 * The person "the minister" at `pos` refers to: the nearest earlier mention outside quotes
 * whose title or role has that word ("Foreign Minister Wang Yi", "Amina Yusuf, a surgeon at
 * the hospital"), within the same stretch of text as for pronouns.
 */
function roleAntecedent(people: PeopleIndex, pos: number, role: string, mentionInQuote: Uint8Array): number | null {
  return nearestEarlier(people, pos, mentionInQuote, m => {
    const entity = people.entities[m.entity];
    return [m.title, m.candidate.role, entity.title, entity.role].some(t => roleWords(t).includes(role));
  });
}

/**
 * The person a "he"/"she" at `pos` refers to: the nearest earlier mention outside quotes, of a
 * compatible gender; but the subject of that mention's sentence when it is also compatible
 * ("Capt. Owen Marsh said they had interviewed Tony Graves. “…,” he said" is Marsh).
 */
function antecedent(text: string, people: PeopleIndex, pos: number, pronoun: 'he' | 'she', mentionInQuote: Uint8Array, depth = 0): number | null {
  const want = pronoun === 'he' ? 'male' : 'female';
  const fits = (m: ResolvedMention): boolean => {
    const g = people.entities[m.entity].gender;
    return !g || g === want;
  };
  // "Trump, he said, is …": not the name the pronoun's own clause reports.
  const nearest = nearestEarlierIndex(people, pos, mentionInQuote, m => fits(m) && !/^,\s*$/.test(text.slice(m.end, pos)));
  if (nearest < 0) return null;
  const chosen = preferSubject(text, people, nearest, mentionInQuote, fits);
  // "He told Dalton he had no plans. “…,” he said": the sentence's subject is the pronoun
  // itself, which refers further back.
  if (chosen === nearest && depth < 2) {
    const start = sentenceStart(text, people.mentions[nearest].start);
    const subject = new RegExp(`^\\s*${pronoun === 'he' ? 'He' : 'She'}\\b`);
    if (subject.test(text.slice(start, people.mentions[nearest].start))) return antecedent(text, people, start, pronoun, mentionInQuote, depth + 1) ?? people.mentions[nearest].entity;
  }
  return people.mentions[chosen].entity;
}

/**
 * The person a description such as "the Brazilian" or "the 19-year-old" re-describes: like a
 * pronoun, the subject of the sentence naming the nearest person.
 */
function describedAntecedent(text: string, people: PeopleIndex, pos: number, mentionInQuote: Uint8Array, accepts: (m: ResolvedMention) => boolean): number | null {
  const nearest = nearestEarlierIndex(people, pos, mentionInQuote, accepts);
  return nearest < 0 ? null : people.mentions[preferSubject(text, people, nearest, mentionInQuote, accepts)].entity;
}

/** The mention that opens the sentence of mention `nearest`, when `accepts` takes it ("Capt. Owen Marsh said they had interviewed Tony Graves"); else `nearest`. */
function preferSubject(text: string, people: PeopleIndex, nearest: number, mentionInQuote: Uint8Array, accepts: (m: ResolvedMention) => boolean): number {
  const ms = people.mentions;
  const { paragraph, candidate } = ms[nearest];
  let chosen = nearest;
  for (let j = nearest - 1; j >= 0 && ms[j].paragraph === paragraph && ms[j].candidate.sentence === candidate.sentence; j--) {
    if (!mentionInQuote[j] && accepts(ms[j]) && opensSentence(text, ms[j].start)) chosen = j;
  }
  return chosen;
}

/** Start of the sentence holding `pos` (after the last sentence end or line break before it). */
function sentenceStart(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  return s;
}

/** Words that show a mention is not the sentence's subject when they come before it ("Asked about Smith's …"). */
const NOT_SUBJECT_BEFORE = /^(?:about|of|in|on|at|for|with|by|to|from|after|before|asked|said|says|told|when|while|as|if|although|because|like|against|between|than|and|or|but|that|who|which)$/i;

/** The mention at `start` opens its sentence, after at most four words of title or role ("Fire Chief Ron Baker"). */
function opensSentence(text: string, start: number): boolean {
  const s = sentenceStart(text, start);
  const words = text.slice(s, start).match(/[\p{L}’'.-]+/gu) ?? [];
  if (words.length > 4 || /[,;:“”"]/.test(text.slice(s, start))) return false;
  return words.every(w => !NOT_SUBJECT_BEFORE.test(w));
}

/**
 * The entity of the nearest mention before `pos` that `accepts`, skipping mentions inside quotes
 * (a speaker is rarely named in their own quote), within 40 mentions and 3,000 characters.
 */
function nearestEarlier(people: PeopleIndex, pos: number, mentionInQuote: Uint8Array, accepts: (m: ResolvedMention) => boolean): number | null {
  const i = nearestEarlierIndex(people, pos, mentionInQuote, accepts);
  return i < 0 ? null : people.mentions[i].entity;
}

/** Index of that mention, -1 for none. */
function nearestEarlierIndex(people: PeopleIndex, pos: number, mentionInQuote: Uint8Array, accepts: (m: ResolvedMention) => boolean): number {
  const ms = people.mentions;
  for (let i = firstIndex(ms.length, k => ms[k].start >= pos) - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const m = ms[i];
    if (pos - m.end > 3000) break;
    if (!mentionInQuote[i] && accepts(m)) return i;
  }
  return -1;
}

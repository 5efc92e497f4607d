// Corrections win: the analysis as the user corrected it, for every output (decorations, hover
// cards, the Entities view, exports, the CLI). Pure: an analysis and the document's anchored
// corrections and verifications in, a new analysis out (the input is never changed; the editor
// caches it).
//
// How corrections are read (the editor and the CLI record them this way):
// - A correction is about a span of the CURRENT text (anchored and re-anchored like a tag), not
//   about what the analysis found there last time; so it wins over any version of the analysis
//   and survives re-analysis. An orphaned correction applies to nothing (it stays in the
//   sidecar, re-attachable). When several corrections have the same span, the one modified
//   last wins.
// - `as: "none"` removes whatever the analysis found at exactly that span: a person mention, a
//   quote, a number. An analysis entity left without mentions disappears.
// - `as: "person"` makes the span a mention of `entity` (without one: of the entity the analysis
//   gave the mention at exactly that span, else of the span's own text). Analysis mentions
//   overlapping the span are replaced. A name not yet an entity creates one; names are matched
//   to existing entities ignoring case and runs of white space.
//   * "Not a Person": `as: "none"` on the mention's span.
//   * "Is Another Person…" and "Mark as Person…": one `as: "person"` correction on the span.
//   * "Rename Person…" (X becomes Y): one `as: "person"` correction with entity Y on EVERY
//     mention of X. An analysis entity all of whose mentions went to one other entity is
//     renamed: that entity takes its title, role, age and gender (unless it is an analysis
//     entity with its own) and its quotes. A mention that a later analysis finds anew keeps
//     the analysis's name until it is corrected too: corrections are about text.
// - `as: "quote"` makes the span a quote by `speaker` (null: the speaker is unknown; absent:
//   the analysis's speaker, for a quote it found there). For a quote the analysis found at
//   exactly that span only the speaker changes; analysis quotes overlapping it are replaced.
//   A quote whose speaker a correction set has attribution "correction".
// - `as: "number"` makes the span a number: the analysis's reading when it found one at
//   exactly that span, else a cardinal whose value is read from the span when possible.
//   Analysis numbers overlapping it are replaced.
// - A quote's speaker follows the people corrections: when the mention that cues it was
//   corrected to another person, or its speaker's entity was renamed, the speaker follows.
// - A verification attaches to the quote whose span equals its own (after corrections).
// Every person mention, quote and number gets `origin`: "correction" when a correction on its
// span made or confirmed it (with `correction`: which one, and when), else "analysis".
// Types only from the analysis (the tag model is bundled without the NLP library), and the
// spelled-number grammar, which is pure lookups.
import type { Analysis, NumberMention, PersonEntity, PersonMention, Quote } from '../analysis';
import { readSpelledNumber } from '../analysis/numberWords';
import type { Correction, Creator, Verification, VerificationStatus } from './types';

export type Origin = 'analysis' | 'correction';

/** The correction that made or confirmed an item: for "corrected, with when". */
export interface AppliedCorrection {
  readonly id: string;
  readonly modified: string;
  readonly creator?: Creator;
  readonly note?: string;
}

/** A quote's recorded verdict. */
export interface QuoteVerification {
  readonly id: string;
  readonly status: VerificationStatus;
  readonly source?: string;
  readonly note?: string;
  readonly modified: string;
  readonly creator?: Creator;
}

interface Corrected {
  origin: Origin;
  correction?: AppliedCorrection;
}

export interface CorrectedPersonMention extends PersonMention, Corrected {}
export interface CorrectedQuote extends Quote, Corrected {
  verification?: QuoteVerification;
}
export interface CorrectedNumber extends NumberMention, Corrected {}

/** An `Analysis` whose items all say where they come from. */
export interface CorrectedAnalysis extends Analysis {
  people: CorrectedPersonMention[];
  quotes: CorrectedQuote[];
  numbers: CorrectedNumber[];
}

/** The analysis with the user's corrections and verdicts applied; see the file comment for the rules. */
export function applyCorrections(analysis: Analysis, corrections: readonly Correction[], verifications: readonly Verification[] = []): CorrectedAnalysis {
  const active = latestPerSpan(corrections);
  const names = new EntityNames(analysis.entities);
  const people = correctPeople(analysis, active, names);
  const renamed = renamedEntities(analysis, people);
  const quotes = correctQuotes(analysis, active, names, people, renamed);
  const verdicts = new Spans(latestPerSpan(verifications));
  for (const q of quotes) {
    const v = verdicts.at(q);
    if (v) q.verification = verdictOf(v);
  }
  const numbers = correctNumbers(analysis.numbers, active);
  // Without corrections the analysis's entities stand as they are (nothing moved).
  const entities = active.length ? rebuildEntities(analysis, people, quotes, renamed) : analysis.entities;
  return { ...analysis, people, entities, quotes, numbers };
}

/** The anchored items, one per span: the one modified last (on a tie, the later in the list). */
function latestPerSpan<T extends Correction | Verification>(items: readonly T[]): T[] {
  const bySpan = new Map<string, T>();
  for (const item of items) {
    if (item.anchor === 'orphaned') continue;
    const key = `${item.start}:${item.end}`;
    const held = bySpan.get(key);
    if (!held || held.modified <= item.modified) bySpan.set(key, item);
  }
  return [...bySpan.values()];
}

function applied(c: Correction): AppliedCorrection {
  return { id: c.id, modified: c.modified, ...(c.creator ? { creator: c.creator } : {}), ...(c.note !== undefined ? { note: c.note } : {}) };
}

function verdictOf(v: Verification): QuoteVerification {
  return {
    id: v.id,
    status: v.status,
    ...(v.source !== undefined ? { source: v.source } : {}),
    ...(v.note !== undefined ? { note: v.note } : {}),
    modified: v.modified,
    ...(v.creator ? { creator: v.creator } : {}),
  };
}

/** Names typed by the user matched to the entities' canonical names (case and spacing aside). */
class EntityNames {
  private readonly byKey = new Map<string, string>();

  constructor(entities: readonly PersonEntity[]) {
    for (const e of entities) this.canonical(e.name);
  }

  /** The known name `name` stands for, or `name` itself (trimmed), which becomes known. */
  canonical(name: string): string {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    const key = trimmed.toLocaleLowerCase();
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    this.byKey.set(key, trimmed);
    return trimmed;
  }
}

interface Range {
  readonly start: number;
  readonly end: number;
}

function byPosition<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Ranges found by their exact span or by overlap in logarithmic time: an article can have
 * thousands of mentions and corrections, and this runs on every re-analysis in the editor.
 */
class Spans<T extends Range> {
  private readonly byKey = new Map<string, T>();
  private readonly sorted: T[];
  /** The largest end among sorted[0..i]: where a backward scan for overlaps can stop. */
  private readonly maxEnd: number[];

  constructor(items: readonly T[]) {
    for (const item of items) if (!this.byKey.has(`${item.start}:${item.end}`)) this.byKey.set(`${item.start}:${item.end}`, item);
    this.sorted = [...items].sort(byPosition);
    let max = -Infinity;
    this.maxEnd = this.sorted.map(r => (max = Math.max(max, r.end)));
  }

  /** The (first) item with exactly this span. */
  at(range: Range): T | undefined {
    return this.byKey.get(`${range.start}:${range.end}`);
  }

  /** The items sharing at least one character with `range` (an empty range overlaps nothing). */
  overlapping(range: Range): T[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < range.end) lo = mid + 1;
      else hi = mid;
    }
    const found: T[] = [];
    for (let i = lo - 1; i >= 0 && this.maxEnd[i] > range.start; i--) if (this.sorted[i].end > range.start) found.push(this.sorted[i]);
    return found;
  }

  overlaps(range: Range): boolean {
    return this.overlapping(range).length > 0;
  }
}

function correctPeople(analysis: Analysis, active: readonly Correction[], names: EntityNames): CorrectedPersonMention[] {
  const rejected = new Spans(active.filter(c => c.as === 'none'));
  const marked = active.filter(c => c.as === 'person');
  const markedSpans = new Spans(marked);
  const foundPeople = new Spans(analysis.people);
  const people: CorrectedPersonMention[] = analysis.people
    .filter(m => !rejected.at(m) && !markedSpans.overlaps(m))
    .map(m => ({ ...m, origin: 'analysis' }));
  for (const c of marked) {
    const found = foundPeople.at(c);
    const entity = names.canonical(c.entity ?? found?.entity ?? c.quote.exact);
    people.push({
      ...(found ?? {}),
      start: c.start,
      end: c.end,
      text: c.quote.exact,
      entity,
      origin: 'correction',
      correction: applied(c),
    });
  }
  return people.sort(byPosition);
}

/**
 * Analysis entities whose mentions all went to one other entity through corrections: the
 * entity was renamed (or merged into another). Maps the old name to the new one.
 */
function renamedEntities(analysis: Analysis, people: readonly CorrectedPersonMention[]): Map<string, string> {
  const renamed = new Map<string, string>();
  const now = new Spans(people);
  for (const e of analysis.entities) {
    if (!e.mentions.length) continue;
    const destinations = new Set<string>();
    for (const i of e.mentions) for (const m of now.overlapping(analysis.people[i])) destinations.add(m.entity);
    if (destinations.size === 1 && !destinations.has(e.name)) renamed.set(e.name, [...destinations][0]);
  }
  return renamed;
}

function correctQuotes(
  analysis: Analysis,
  active: readonly Correction[],
  names: EntityNames,
  people: readonly CorrectedPersonMention[],
  renamed: ReadonlyMap<string, string>,
): CorrectedQuote[] {
  const rejected = new Spans(active.filter(c => c.as === 'none'));
  const marked = active.filter(c => c.as === 'quote');
  const markedSpans = new Spans(marked);
  const foundQuotes = new Spans(analysis.quotes);
  const mentions = new Spans(people);
  const correctedMentions = new Spans(people.filter(m => m.origin === 'correction'));
  const cueOf = (q: Quote): Range | undefined => (q.speakerStart !== null && q.speakerEnd !== null ? { start: q.speakerStart, end: q.speakerEnd } : undefined);
  const followPeople = (q: Quote): string | null => {
    const cueSpan = cueOf(q);
    const cue = cueSpan && correctedMentions.at(cueSpan);
    if (cue) return cue.entity;
    return q.speaker === null ? null : (renamed.get(q.speaker) ?? q.speaker);
  };
  const quotes: CorrectedQuote[] = analysis.quotes
    .filter(q => !rejected.at(q) && !markedSpans.overlaps(q))
    .map(q => ({ ...q, speaker: followPeople(q), origin: 'analysis' }));
  for (const c of marked) {
    const found = foundQuotes.at(c);
    if (found && c.speaker === undefined) {
      // Confirmed as a quote, speaker left to the analysis.
      quotes.push({ ...found, speaker: followPeople(found), origin: 'correction', correction: applied(c) });
      continue;
    }
    const speaker = c.speaker == null ? null : names.canonical(c.speaker);
    // Keep the cue's place only while it still names this speaker.
    const cueSpan = found && cueOf(found);
    const cueKept = found && cueSpan !== undefined && speaker !== null && mentions.overlapping(cueSpan).some(m => m.entity === speaker && m.start === cueSpan.start && m.end === cueSpan.end);
    const base = found ?? { start: c.start, end: c.end, text: c.quote.exact };
    const { cue, ...rest } = base as Quote;
    quotes.push({
      ...rest,
      ...(cueKept && cue !== undefined ? { cue } : {}),
      speaker,
      speakerStart: cueKept ? found.speakerStart : null,
      speakerEnd: cueKept ? found.speakerEnd : null,
      attribution: 'correction',
      origin: 'correction',
      correction: applied(c),
    });
  }
  return quotes.sort(byPosition);
}

function correctNumbers(numbers: readonly NumberMention[], active: readonly Correction[]): CorrectedNumber[] {
  const rejected = new Spans(active.filter(c => c.as === 'none'));
  const marked = active.filter(c => c.as === 'number');
  const markedSpans = new Spans(marked);
  const foundNumbers = new Spans(numbers);
  const out: CorrectedNumber[] = numbers
    .filter(n => !rejected.at(n) && !markedSpans.overlaps(n))
    .map(n => ({ ...n, origin: 'analysis' }));
  for (const c of marked) {
    const found = foundNumbers.at(c);
    const reading = found ?? { start: c.start, end: c.end, text: c.quote.exact, value: numberValue(c.quote.exact), kind: 'cardinal' as const };
    out.push({ ...reading, origin: 'correction', correction: applied(c) });
  }
  return out.sort(byPosition);
}

/** The value of a number written alone ("1,200", "3.5", "twelve"), or null when it cannot be read. */
export function numberValue(written: string): number | null {
  const plain = written.trim().replace(/[\s\u00a0]+/g, ' ');
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(plain)) return Number(plain.replace(/,/g, ''));
  const words = plain.toLowerCase().split(/[\s-]+/);
  const spelled = readSpelledNumber(words);
  return spelled && !spelled.ordinal && spelled.consumed === words.length ? spelled.value : null;
}

function rebuildEntities(
  analysis: Analysis,
  people: readonly CorrectedPersonMention[],
  quotes: readonly CorrectedQuote[],
  renamed: ReadonlyMap<string, string>,
): PersonEntity[] {
  const facts = new Map<string, PersonEntity>(analysis.entities.map(e => [e.name, e]));
  // A renamed entity's facts go with it, unless its new name is an analysis entity of its own.
  for (const [from, to] of renamed) if (!facts.has(to)) facts.set(to, facts.get(from)!);
  const order: string[] = [];
  const seen = new Set<string>();
  const keep = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    order.push(name);
  };
  // Analysis entities first, in their order; then new ones by first appearance in the text.
  const lostEverything = new Set(analysis.entities.filter(e => e.mentions.length).map(e => e.name));
  for (const m of people) lostEverything.delete(m.entity);
  for (const e of analysis.entities) if (!lostEverything.has(e.name)) keep(e.name);
  // A speaker the user named is a person of the article even when the text never names them.
  const named = quotes.filter(q => q.attribution === 'correction' && q.speaker !== null).map(q => ({ start: q.start, name: q.speaker! }));
  const appearances = [...people.map(m => ({ start: m.start, name: m.entity })), ...named];
  for (const a of appearances.sort((x, y) => x.start - y.start)) keep(a.name);
  const built = new Map<string, PersonEntity>();
  const result = order.map(name => {
    const known = facts.get(name);
    const entity: PersonEntity = { name, mentions: [], quotes: [] };
    built.set(name, entity);
    if (known?.title !== undefined) entity.title = known.title;
    if (known?.role !== undefined) entity.role = known.role;
    if (known?.age !== undefined) entity.age = known.age;
    if (known?.gender !== undefined) entity.gender = known.gender;
    return entity;
  });
  people.forEach((m, i) => built.get(m.entity)?.mentions.push(i));
  quotes.forEach((q, i) => q.speaker !== null && built.get(q.speaker)?.quotes.push(i));
  return result;
}

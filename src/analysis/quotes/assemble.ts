// The document pass for quotes: joins quotations that run over several paragraphs, then gives
// each quote its speaker — from its own cue, resolving "he"/"she" to the person last named
// before it, or, for a paragraph of quotation without a cue, from the paragraph before.
import type { DocumentWork } from '../pipeline/documentWork';
import type { ParagraphFindings, QuoteFinding } from '../pipeline/paragraph';
import type { AttributionKind, Quote } from '../types';
import { antecedent, describedAntecedent, nearestEarlier, REDESCRIPTION, roleAntecedent, roleOf, type PeopleIndex, type Referents } from './antecedents';
import type { QuoteCue, SpeakerMention } from './cues';
import { MentionSentences } from './mentionSentences';
import { organisationBefore } from './organisationAntecedent';
import { alignQuotes, mergeBounds, movedMerged, newQuoteMemo, shiftAttributed, shiftQuote, unchangedPeople, type Attributed, type EditedStretch, type MergedQuote, type QuoteMemo } from './quoteReuse';
import type { ResolvedMention } from '../people/resolve';
import { firstIndex } from '../../common/firstIndex';
import type { PeopleChanges } from '../people/redecide';
import { isUnconfirmedAnswer } from './transcript';

export type { PeopleIndex } from './antecedents';

export interface PlacedParagraph {
  start: number;
  continuesParagraph: boolean;
  findings: ParagraphFindings;
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
function* mergeAcrossParagraphs(text: string, paragraphs: PlacedParagraph[], work: DocumentWork, last?: { merged: MergedQuote[]; edit: EditedStretch }): Generator<void, MergedQuote[]> {
  // After an edit, only the paragraphs around it are walked; the last run's quotes before and
  // after them are kept (see mergeBounds).
  const bounds = last && mergeBounds(last.merged, pi => paragraphs[pi].findings.quotes, paragraphs.length, last.edit);
  const out: MergedQuote[] = bounds ? last.merged.slice(0, bounds.keep) : [];
  let pending: MergedQuote | null = null;
  let pendingParagraph = -2;
  const walkTo = bounds ? bounds.walkTo : paragraphs.length;
  for (let pi = bounds ? bounds.walkFrom : 0; pi < walkTo; pi++) {
    const p = paragraphs[pi];
    const quotes = p.findings.quotes;
    let from = 0;
    if (pending) {
      const first = quotes[0];
      const sameMarks = !!first && markKind(text[pending.start]) === markKind(text[p.start + first.start]);
      const joins = first && pendingParagraph === pi - 1 && (first.leading && first.opened && sameMarks || p.continuesParagraph && !first.opened);
      if (joins) {
        pending.end = p.start + first.end;
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
      if (!q.closed && qi === quotes.length - 1) {
        pending = { start: p.start + q.start, end: p.start + q.end, pieces: [{ paragraph: pi, finding: q }] };
        pendingParagraph = pi;
      } else out.push(wholeQuote(q, pi, p.start));
    }
    work.add(1 + quotes.length);
    work.paragraphMerged();
    if (work.due()) yield;
  }
  if (pending) out.push(pending);
  if (bounds) {
    const { merged, edit } = last;
    for (let i = bounds.moveFrom; i < merged.length; i++) out.push(movedMerged(merged[i], edit.delta));
    work.add(merged.length - bounds.moveFrom);
  }
  return out;
}

/** The quotes that lie in one paragraph, as placed last time (never changed once made). */
const wholeQuotes = new WeakMap<QuoteFinding, MergedQuote>();

/**
 * A quote that opens and closes in paragraph `pi`: the same object as last time when the
 * paragraph is where it was (after an edit, most are), else one with the same pieces.
 */
function wholeQuote(q: QuoteFinding, pi: number, base: number): MergedQuote {
  const known = wholeQuotes.get(q);
  if (known && known.pieces[0].paragraph === pi) {
    if (known.start === base + q.start) return known;
    const moved = { start: base + q.start, end: base + q.end, pieces: known.pieces };
    wholeQuotes.set(q, moved);
    return moved;
  }
  const made = { start: base + q.start, end: base + q.end, pieces: [{ paragraph: pi, finding: q }] };
  wholeQuotes.set(q, made);
  return made;
}

const NONE: Attributed = { speaker: null, speakerStart: null, speakerEnd: null, attribution: 'none', entity: null, rules: [] };

/** `rules` and then `id`, each id once. */
function andRule(rules: readonly string[], id: string): string[] {
  return rules.includes(id) ? [...rules] : [...rules, id];
}

/** An attribution carried over to another quote by the rule `id`. */
function carried(a: Attributed, attribution: AttributionKind, id: string): Attributed {
  return { ...a, attribution, rules: andRule(a.rules, id) };
}

/** The rules that found a quote: its marks, and whether it runs over paragraphs. */
function quoteRules(text: string, m: MergedQuote): string[] {
  const rules = [m.pieces[0].finding.label ? 'quote.transcript-answer' : /^[‘'‚‹]/.test(text[m.start]) ? 'quote.single-marks' : 'quote.double-marks'];
  if (m.pieces.some(p => p.paragraph !== m.pieces[0].paragraph)) rules.push('quote.multi-paragraph');
  return rules;
}

/**
 * @param last the last run's quotes and the edit since, when the people of both runs are the
 * same: the quotes the edit cannot have changed are carried over (see quoteReuse.ts).
 */
export function* assembleQuotes(
  text: string,
  paragraphs: PlacedParagraph[],
  people: PeopleIndex,
  work: DocumentWork,
  last?: { memo: QuoteMemo; edit: EditedStretch; people?: PeopleChanges },
): Generator<void, { quotes: Quote[]; quoteEntities: (number | null)[]; memo: QuoteMemo }> {
  const sameParagraphs = last && last.edit.from + last.edit.count <= paragraphs.length;
  const merged = yield* mergeAcrossParagraphs(text, paragraphs, work, sameParagraphs ? { merged: last.memo.merged, edit: last.edit } : undefined);
  yield;
  const ctx: Referents = { text, people, mentionInQuote: mentionInQuote(merged, people.mentions), sentences: new MentionSentences(text, people.mentions, work), work, low: Infinity };
  const aligned = last && alignQuotes(last.memo.merged, merged, last.edit);

  const resolveCue = (cue: QuoteCue, paragraph: number): Attributed => {
    const s = cue.speaker;
    if (!s.refersTo) return resolveMention(cue, s, paragraph);
    // "the department, which reported": the relative pronoun is the mention, its antecedent the speaker.
    const base = paragraphs[paragraph].start;
    const a = resolveMention(cue, s.refersTo, paragraph);
    return { ...a, speakerStart: base + s.start, speakerEnd: base + s.end, rules: andRule(a.rules, 'speaker.relative-pronoun') };
  };

  const resolveMention = (cue: QuoteCue, s: SpeakerMention, paragraph: number): Attributed => {
    const base = paragraphs[paragraph].start;
    const start = base + s.start;
    const end = base + s.end;
    const kind: AttributionKind = cue.kind === 'subject' ? 'cue-before' : cue.kind;
    const withCue = (a: Omit<Attributed, 'rules'>, resolvedBy?: string): Attributed => {
      const rules = resolvedBy ? [cue.rule, resolvedBy] : [cue.rule];
      return cue.cue ? { ...a, cue: cue.cue, rules } : { ...a, rules };
    };
    if (s.candidate !== undefined) {
      const m = people.mentionOf[people.candidateBase[paragraph] + s.candidate];
      if (m >= 0) {
        const e = people.mentions[m].entity;
        return withCue({ speaker: people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: kind, entity: e });
      }
      // "the Brazilian said": a capitalised description that is not a name (see below).
      if (/^the\s$/i.test(text.slice(start - 4, start)) && REDESCRIPTION.test(`the ${s.text}`)) {
        const e = describedAntecedent(ctx, start, () => true);
        if (e !== null) return withCue({ speaker: people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: kind, entity: e }, 'speaker.redescription');
      }
      return withCue({ speaker: s.text, speakerStart: start, speakerEnd: end, attribution: kind, entity: null });
    }
    if (s.pronoun === 'it') {
      // "“…,” it said": the organisation named as a speaker just before.
      const organisation = organisationBefore(text, start);
      if (organisation && organisation.from < ctx.low) ctx.low = organisation.from;
      if (organisation) return withCue({ speaker: organisation.text, speakerStart: start, speakerEnd: end, attribution: 'pronoun', entity: null }, 'speaker.it-organisation');
    }
    if (s.pronoun) {
      const e = s.pronoun === 'he' || s.pronoun === 'she' ? antecedent(ctx, start, s.pronoun) : null;
      return withCue({ speaker: e === null ? null : people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: 'pronoun', entity: e }, e === null ? undefined : 'speaker.pronoun');
    }
    // "the minister said": the person last named with that title or role; "the 24-year-old
    // striker said": the person last named with that age.
    const age = /\b(\d{1,3})-year-old\b/.exec(s.text);
    const role = roleOf(s);
    let e = age ? nearestEarlier(ctx, start, m => people.entities[m.entity].age === Number(age[1])) : null;
    let resolvedBy = 'speaker.age';
    if (e === null && role) [e, resolvedBy] = [roleAntecedent(ctx, start, role), 'speaker.role'];
    // "the Brazilian said", "the 19-year-old said": a description that, by convention, re-describes
    // the person the text is about — the nearest one named before, like a pronoun.
    // (Not someone of another known age.)
    if (e === null && REDESCRIPTION.test(s.text)) [e, resolvedBy] = [describedAntecedent(ctx, start, m => !age || people.entities[m.entity].age === undefined), 'speaker.redescription'];
    if (e !== null) return withCue({ speaker: people.entities[e].name, speakerStart: start, speakerEnd: end, attribution: kind, entity: e }, resolvedBy);
    return withCue({ speaker: s.text, speakerStart: start, speakerEnd: end, attribution: kind, entity: null });
  };

  /**
   * The speaker of quote `m`, the `k`-th; `read` gives the speaker of an earlier quote, by its
   * index (-1: none), and notes that it was read.
   */
  const attribute = (m: MergedQuote, k: number, first: MergedQuote['pieces'][number], read: (c: number) => Attributed | undefined): Attributed => {
    // A transcript's answer is its label's person's, or nobody's (then it is no quote).
    if (first.finding.label) {
      const a = first.finding.cue ? resolveCue(first.finding.cue, first.paragraph) : NONE;
      return isUnconfirmedAnswer(first.finding, a.entity) ? NONE : a;
    }
    let attributed: Attributed = NONE;
    const own = m.pieces.map(p => (p.finding.cue && p.finding.cue.kind !== 'subject' ? p : null)).find(p => p !== null);
    const byline = own ? null : bylineAfter(text, paragraphs, m);
    if (own) attributed = resolveCue(own.finding.cue!, own.paragraph);
    else if (byline) attributed = resolveCue(byline, m.pieces[m.pieces.length - 1].paragraph + 1);
    else if (first.finding.leading || !first.finding.opened || opensAfterShortColon(text, paragraphs[first.paragraph].start, m.start)) {
      // A paragraph of quotation without a cue: the speaker of the paragraph before.
      const prevParagraph = first.paragraph - 1;
      const trailing = prevParagraph >= 0 ? paragraphs[prevParagraph].findings.trailingCue : null;
      const prevQuote = read(lastIn(prevParagraph));
      const exchange = prevQuote ? dialogueTurn(text, paragraphs, m, prevParagraph, prevQuote, read(lastIn(prevParagraph - 1))) : null;
      if (trailing && trailing.kind !== 'subject') attributed = resolveCue(trailing, prevParagraph);
      else if (exchange) attributed = carried(exchange, 'previous-paragraph', 'speaker.dialogue-turn');
      else if (prevQuote && prevQuote.attribution !== 'none') attributed = carried(prevQuote, 'previous-paragraph', 'speaker.previous-paragraph');
      else if (trailing) attributed = carried(resolveCue(trailing, prevParagraph), 'previous-paragraph', 'speaker.previous-paragraph');
    } else if (k > 0 && memo.paragraph[k - 1] === first.paragraph) {
      // “A,” he said. “B.” — the second quote is still his.
      const before = read(k - 1)!;
      if (before.attribution !== 'none' && !first.finding.cue) attributed = carried(before, 'previous-quote', 'speaker.previous-quote');
    }
    if (attributed.attribution === 'none' && first.finding.cue) attributed = resolveCue(first.finding.cue, first.paragraph);
    return attributed;
  };

  const memo = newQuoteMemo(merged);
  const quotes = new Array<Quote>(merged.length);
  const quoteEntities = new Array<number | null>(merged.length);
  /** The last quote of each paragraph, -1 for none. */
  const lastOfParagraph = new Int32Array(paragraphs.length).fill(-1);
  const lastIn = (pi: number): number => (pi >= 0 ? lastOfParagraph[pi] : -1);
  const old = last?.memo;
  let kept = 0;
  for (let k = 0; k < merged.length; k++) {
    const i = aligned ? aligned.match[k] : -1;
    if (last && old && aligned && i >= 0 && (old.high[i] < aligned.low || old.low[i] > aligned.high) && (!last.people || unchangedPeople(last.people, old, i))) {
      // Untouched by the edit: the same attribution, moved with the text after the edit (its
      // speaker numbered as the edited document numbers the people).
      const delta = old.low[i] > aligned.high ? last.edit.delta : 0;
      const entity = old.entity[i];
      const renumbered = last.people && entity >= 0 ? last.people.entityMap[entity] : entity;
      memo.attributed[k] = renumbered !== entity ? { ...old.attributed[i], entity: renumbered } : old.attributed[i];
      memo.entity[k] = renumbered;
      memo.quotes[k] = shiftQuote(old.quotes[i], delta);
      memo.shift[k] = old.shift[i] + delta;
      memo.low[k] = old.low[i] + delta;
      memo.high[k] = old.high[i] + delta;
      memo.paragraph[k] = old.paragraph[i];
      // Its pieces and whether it has a speaker are as they were.
      memo.dropped[k] = old.dropped[i];
      work.add(1);
    } else {
      const m = merged[k];
      const first = m.pieces[0];
      const lastPiece = m.pieces[m.pieces.length - 1];
      // What the attribution reads: the paragraphs around the quote (the one before and the
      // one before that for a paragraph of quotation, the next for a signature), the mentions
      // looked back at, and the quotes whose speaker it carries on.
      let low = paragraphs[Math.max(0, first.paragraph - 2)].start;
      let high = paragraphs[lastPiece.paragraph + 2]?.start ?? text.length;
      const read = (c: number): Attributed | undefined => {
        if (c < 0) return undefined;
        low = Math.min(low, memo.low[c]);
        high = Math.max(high, memo.high[c]);
        return shiftAttributed(memo.attributed[c], memo.shift[c]);
      };
      ctx.low = Infinity;
      ctx.sentences.low = Infinity;
      const attributed = attribute(m, k, first, read);
      low = Math.min(low, ctx.low, ctx.sentences.low);
      const q: Quote = {
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        speaker: attributed.speaker,
        speakerStart: attributed.speakerStart,
        speakerEnd: attributed.speakerEnd,
        attribution: attributed.attribution,
        rules: [...quoteRules(text, m), ...attributed.rules],
      };
      if (attributed.cue) q.cue = attributed.cue;
      memo.quotes[k] = q;
      memo.attributed[k] = attributed;
      memo.entity[k] = attributed.entity ?? -1;
      memo.shift[k] = 0;
      memo.low[k] = low;
      memo.high[k] = high;
      memo.paragraph[k] = lastPiece.paragraph;
      // An answer of a transcript whose label names no person is no quote (quotes/transcript.ts),
      // but it keeps its place in the memo, which is aligned with `merged`.
      memo.dropped[k] = isUnconfirmedAnswer(first.finding, attributed.entity) ? 1 : 0;
      work.add(m.pieces.length);
      work.quoteAttributed();
    }
    if (!memo.dropped[k]) {
      quotes[kept] = memo.quotes[k];
      quoteEntities[kept] = memo.entity[k] < 0 ? null : memo.entity[k];
      kept++;
    }
    lastOfParagraph[memo.paragraph[k]] = k;
    if (work.due()) yield;
  }
  quotes.length = kept;
  quoteEntities.length = kept;
  return { quotes, quoteEntities, memo };
}

/**
 * Whether mention `i` sits inside a quotation: a speaker is rarely named inside their own quote,
 * so those are skipped when resolving "he"/"she". (Not a transcript's answer: its speaker names the
 * people its pronouns stand for.) Asked only of the few mentions a cue looks back at, and answered
 * by a binary search (quotes come in document order and do not overlap): marking every mention
 * beforehand walked every quote and mention of the document again after each edit.
 */
function mentionInQuote(merged: readonly MergedQuote[], mentions: readonly ResolvedMention[]): (i: number) => boolean {
  return i => {
    const at = mentions[i].start;
    let q = firstIndex(merged.length, k => merged[k].end > at);
    while (q < merged.length && merged[q].pieces[0].finding.label) q++;
    return q < merged.length && merged[q].start <= at;
  };
}

/** Longest paragraph, in characters, that still reads as one line of an exchange. */
const DIALOGUE_LINE = 160;

/**
 * A short cue-less quote paragraph in an exchange of short quote paragraphs between two people
 * is the turn of the one who did not speak last, when a question or a broken-off line shows the
 * turn changes ("“Did you see him?” the prosecutor asked. ¶ “I did,” the witness said. ¶
 * “Where?” ¶ “At the station.”"). Otherwise, as news writing does, the last speaker goes on.
 */
function dialogueTurn(text: string, paragraphs: PlacedParagraph[], m: MergedQuote, prev: number, last: Attributed | undefined, before: Attributed | undefined): Attributed | null {
  if (!last || !before || last.entity === null || before.entity === null || last.entity === before.entity) return null;
  const opensWithQuote = (pi: number): boolean => !!paragraphs[pi].findings.quotes[0]?.leading;
  const length = (pi: number): number => (paragraphs[pi + 1]?.start ?? text.length) - paragraphs[pi].start;
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
  return q ? text.slice(paragraphs[pi].start + q.start, paragraphs[pi].start + q.end) : null;
}

/**
 * A quote paragraph signed on the next line: "“I was never voting for either of them.”" ¶
 * "― Marcus Hill, 29, Phoenix" (readers' comments, letters, pull quotes). The name after the
 * dash, as a cue of the next paragraph, or null.
 */
function bylineAfter(text: string, paragraphs: PlacedParagraph[], m: MergedQuote): QuoteCue | null {
  const last = m.pieces[m.pieces.length - 1];
  const next = paragraphs[last.paragraph + 1];
  if (!next || !m.pieces[0].finding.leading || text.slice(m.end, next.start).trim()) return null;
  const head = text.slice(next.start, next.start + 80);
  const dash = /^\s*[―—–-]\s*/.exec(head);
  if (!dash) return null;
  const candidates = next.findings.candidates;
  for (let i = 0; i < candidates.length && candidates[i].start < dash[0].length + 12; i++) {
    const c = candidates[i];
    // The name may follow a title ("― Rep. Claire Dunning").
    if (/^(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u.test(head.slice(dash[0].length, c.start))) {
      return { kind: 'cue-after', speaker: { start: c.start, end: c.end, text: head.slice(c.start, c.end), candidate: i }, cue: dash[0].trim(), rule: 'speaker.signed-below' };
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


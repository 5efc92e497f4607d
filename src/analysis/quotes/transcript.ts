// Q&A transcripts: a line that opens with a speaker's label ("OKONKWO-HAINES: Because the ships
// got bigger.") is that person's own words, marked by the label instead of quotation marks. Each
// labelled answer is one quote, from after the label to the next labelled line or the paragraph's
// end, and its speaker is the person the label names. What the label stands for is decided with
// the rest of the document: a label that is not a person ("Q:", "Correction:", "England:" before a
// team sheet, "NEW DELHI:" as a dateline) gives no quote (see isUnconfirmedAnswer). Quotations in
// marks inside an answer are quotes of their own, with their own speakers.
import type { QuoteCue } from './cueContext';
import { type Context, mentionOfCandidate } from './cueContext';
import type { QuotePiece } from './quotePiece';

/**
 * A label at a line's start: one to four capitalised words (capitals, hyphens, apostrophes and
 * dots allowed, "OKONKWO-HAINES", "Dr. Ruiz"), a colon, a space and the answer. One letter
 * ("Q", "A") marks the interviewer's question or an unnamed answer: no quote. As a parliament's
 * record writes it, a question's number may come first and the member's seat and party in
 * brackets after the name ("1. Sarah Pemberton (Hartlepool East) (Lab):"); the label is the name.
 * Both brackets, or none: a numbered list of people with their clubs ("1. Lionel Messi (Inter
 * Miami): Scored 12 goals") is no transcript.
 */
const LABEL = /^([ \t]*(?:\d{1,3}\.[ \t]+(?=[^\n]*\)[ \t]\([^()\n]*\):))?)(\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3})(?:(?:[ \t]\([^()\n]{1,40}\)){2})?:[ \t]+(?=\S)/gmu;

/**
 * An office with its holder's name in brackets, as a parliament's record labels a minister
 * ("The Minister for Energy Security (Daniel Okoro):"): the label is the name in the brackets.
 */
const OFFICE_LABEL = /^([ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t][\p{L}'’.-]+){0,7}[ \t]\()(\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){1,3})\):[ \t]+(?=\S)/gmu;

/** The answers of a paragraph after speaker labels, as quote pieces carrying their label's span. */
export function findAnswerPieces(text: string): QuotePiece[] {
  if (!text.includes(':')) return [];
  // Each label: its line's start, the label's span, and where the answer starts.
  const labels: { line: number; start: number; end: number; from: number }[] = [];
  for (const pattern of [LABEL, OFFICE_LABEL]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + m[1].length;
      labels.push({ line: m.index, start, end: start + m[2].length, from: m.index + m[0].length });
    }
  }
  labels.sort((a, b) => a.line - b.line);
  const pieces: QuotePiece[] = [];
  labels.forEach((label, i) => {
    if (!/\p{L}.*\p{L}/u.test(text.slice(label.start, label.end))) return;
    let end = i + 1 < labels.length ? labels[i + 1].line : text.length;
    while (end > label.from && /\s/.test(text[end - 1])) end--;
    // (An answer in quotation marks, "Whitcombe: “We will rebuild.”", is a quote of its own
    // after a colon, not a transcript's line.)
    if (end > label.from && !/^["“”‘'«„]/.test(text[label.from]) && !isHeadline(text.slice(label.from, end))) pieces.push({ start: label.from, end, opened: true, closed: true, label: { start: label.start, end: label.end } });
  });
  return pieces;
}

/**
 * A headline after the colon ("Pence: Gennifer Flowers Won’t Be at Debate"): most of its first
 * words capitalised. A person's claim summed up in a title, not their words.
 */
function isHeadline(answer: string): boolean {
  const words = (answer.match(/\p{L}[\p{L}'’-]*/gu) ?? []).slice(0, 12);
  if (words.length < 4) return false;
  const capitalised = words.filter(w => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.7;
}

/** The cue of an answer piece: the name candidate its label holds, or null when it holds none. */
export function labelCue(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const label = piece.label!;
  for (let i = 0; i < ctx.candidates.length; i++) {
    const c = ctx.candidates[i];
    if (c.start >= label.start && c.end <= label.end) return { kind: 'cue-before', speaker: mentionOfCandidate(ctx, i), cue: ':', rule: 'speaker.transcript-label' };
  }
  return null;
}

/**
 * An answer whose label the document does not confirm as a person: no quote. (The attribution is
 * resolved for the whole document; a label naming no person resolves to no one.)
 */
export function isUnconfirmedAnswer(piece: QuotePiece, entity: number | null): boolean {
  return !!piece.label && entity === null;
}

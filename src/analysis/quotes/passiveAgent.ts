// "The plan has been described as “a hammer blow” by island businesses": a verb of saying in the
// passive hands the quote to the agent after "by", not to its grammatical subject (the plan says
// nothing). Used by cues.ts before the other cue finders, which would pick the subject.
import { W, hasClass } from '../lexicon/lexicon';
import type { QuotePiece } from './quoteMarks';
import { type Context, type QuoteCue, sentenceEndIndex, sentenceStartIndex, tokenAt } from './cueContext';
import { phraseStartingAt } from './phrases';

/** How far before the quote the passive verb may be: "was described [by many] as", "were called". */
const VERB_REACH = 6;

/** The agent after "by" right after the quote, when a passive verb of saying or describing comes just before it. */
export function passiveAgentCue(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const { tokens } = ctx;
  const after = tokenAt(tokens, piece.end);
  if (after >= tokens.length || tokens[after].lower !== 'by') return null;
  const b = tokenAt(tokens, piece.start) - 1;
  if (b < 1) return null;
  const floor = Math.max(sentenceStartIndex(ctx, b), b - VERB_REACH);
  for (let i = b; i > floor; i--) {
    const t = tokens[i];
    if (!hasClass(t.lower, W.SayingVerbInSentence) && !hasClass(t.lower, W.DescribedAsVerb)) continue;
    // "was described", "has been widely called": a form of "be" right before, or before one adverb.
    const aux = hasClass(tokens[i - 1].lower, W.PassiveAuxiliary) || (i - 2 >= floor && tokens[i - 1].lower.endsWith('ly') && hasClass(tokens[i - 2].lower, W.PassiveAuxiliary));
    if (!aux) return null;
    const agent = phraseStartingAt(ctx, after + 1, sentenceEndIndex(ctx, after));
    return agent ? { kind: 'cue-after', speaker: agent, cue: t.text, rule: 'speaker.passive-agent' } : null;
  }
  return null;
}

// Cues after a quote: "…,” he said", "…,” said Wei", "…” ― Matthew Ingram", "…,” according to
// Wei", and a sentence that closes on ", she said".
import { W, hasClass } from '../lexicon/lexicon';
import { isCapitalised } from '../people/nameRuns';
import { Tag, endsLineOrMeetsQuote } from '../text/tokens';
import type { QuotePiece } from './quoteMarks';
import { type SpeakerMention, type QuoteCue, SPACE, SENTENCE_END, endsSentence, isCueVerb, tokenAt, type Context, mentionOfCandidate, pronounMention, isPronoun, sentenceEndIndex, tokenIndex, cueWords } from './cueContext';
import { nameAfterRole, nameAfterSource, phraseStartingAt, sourceWords } from './phrases';
import { subjectOf } from './subjects';

/**
 * A verb of saying at token `i` right before a name ("says Nigel Longley"), also where compromise
 * reads it as a noun ("…was chaotic,” says Nigel Longley": "says" a noun after "was chaotic").
 */
function cueVerbBeforeName(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return ctx.byFirst.has(i + 1) && (isCueVerb(t) || hasClass(t.lower, W.QuoteCueVerb)) && !t.lower.endsWith('ing');
}

/** "…,” he said" / "…,” said Wei" / "…” – Matthew Ingram". */
export function cueAfter(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const { tokens, text } = ctx;
  let a = tokenAt(tokens, piece.end);
  // A free-standing dash is a token of its own: "…” ― Sonya Herridge" (compromise may keep the
  // space after it in the token's text).
  while (a < tokens.length && /^[—–―-]+\s*$/.test(tokens[a].text)) a++;
  if (a >= tokens.length) return null;
  const gap = text.slice(piece.end, tokens[a].start);
  if (!/^[\s,—–―-]*$/.test(gap) || gap.includes('\n')) return null;
  // The quote ends a clause ("…,” he said) rather than running on ("“absolutely right” when he
  // said") or ending its sentence ("… full of s---.” Not that anyone … is arguing").
  const lastChar = text.slice(piece.start, piece.end).replace(/["“”’'»\s]+$/u, '').slice(-1);
  const punctuated = /[,?!—–―-]/.test(lastChar) || /[,—–―-]/.test(gap);
  const first = tokens[a];
  // "…,” when Clinton blasted him", "…,” though she noted", "…,” but four Republicans said": a
  // clause of its own, not the quote's cue.
  if (hasClass(first.lower, W.Subordinator) || hasClass(first.lower, W.ClauseJoiner)) return null;
  const verbNext = (i: number): boolean => i < tokens.length && isCueVerb(tokens[i]);
  // A quote that ends a sentence begun before it ("Reed said the talks were “productive.” Grieve
  // said …", "The union said: “We will strike.” Fans agreed.") is not the subject's of the next one.
  const endsOthersSentence = lastChar === '.' && !/(?:^|[.!?]["”’]?)\s*$/.test(text.slice(Math.max(0, piece.start - 3), piece.start));
  const speakerThenVerb = !endsOthersSentence && ((isPronoun(first) && verbNext(a + 1)) || (ctx.byFirst.has(a) && verbNext(ctx.candidates[ctx.byFirst.get(a)!].lastToken + 1)));
  if (!punctuated && !speakerThenVerb) return null;
  const last = Math.min(tokens.length - 1, a + 25);
  // "…,” said Wei" — but not "…,” adding that …": a participle's subject is the sentence's.
  // Right after the quote and its comma a verb of saying is a verb, whatever compromise tagged it
  // ("“It is over,” said Wei", "…,” noted Kim": it may read "said" or "noted" as an adjective).
  if (punctuated && (isCueVerb(first) || hasClass(first.lower, W.QuoteCueVerb) && (!(first.tags & Tag.Noun) || cueVerbBeforeName(ctx, a))) && !first.lower.endsWith('ing')) {
    let end = a;
    while (end < last && !endsSentence(tokens[end]) && !/[,;:]/.test(tokens[end].post)) end++;
    const speaker = phraseStartingAt(ctx, a + 1, end);
    const apposed = nameAfterRole(ctx, speaker, end);
    if (apposed) return { kind: 'cue-after', speaker: apposed, cue: first.text, rule: 'speaker.cue-after' };
    if (speaker) return { kind: 'cue-after', speaker, cue: first.text, rule: 'speaker.cue-after' };
  }
  // "…,” shrugged coach Dan Ruiz" / "…,” he laughed.": any verb of manner between the quote and
  // its speaker, in a clause of its own.
  if (punctuated) {
    const manner = (v: number): boolean => v < tokens.length && !!(tokens[v].tags & Tag.PastTense) && !(tokens[v].tags & Tag.Auxiliary) && !tokens[v].lower.endsWith('ing');
    if (manner(a) && SPACE.test(first.post)) {
      let s = a + 1;
      if (s < tokens.length && !isCapitalised(tokens[s]) && tokens[s].tags & (Tag.Actor | Tag.Noun) && SPACE.test(tokens[s].post)) s++;
      const named = ctx.byFirst.get(s);
      if (named !== undefined && /^[.,;!?]|^$/.test(tokens[ctx.candidates[named].lastToken].post)) return { kind: 'cue-after', speaker: mentionOfCandidate(ctx, named), cue: first.text, rule: isCueVerb(first) ? 'speaker.cue-after' : 'speaker.manner-after' };
    }
    if (isPronoun(first) && manner(a + 1) && SPACE.test(first.post) && /^[.,;!?]/.test(tokens[a + 1].post)) return { kind: 'cue-after', speaker: pronounMention(first), cue: tokens[a + 1].text, rule: isCueVerb(tokens[a + 1]) ? 'speaker.cue-after' : 'speaker.manner-after' };
    // "…,” Cho shot back." / "…,” the president cut in.": a name or a pronoun, a verb and its particle.
    const subjectEnd = ctx.byFirst.has(a) ? ctx.candidates[ctx.byFirst.get(a)!].lastToken : isPronoun(first) ? a : -1;
    const v = subjectEnd + 1;
    if (subjectEnd >= 0 && manner(v) && SPACE.test(tokens[subjectEnd].post) && SPACE.test(tokens[v].post) && hasClass(tokens[v + 1]?.lower ?? '', W.SpeechParticle) && /^[.,;!?:]/.test(tokens[v + 1].post)) {
      const speaker = ctx.byFirst.has(a) ? mentionOfCandidate(ctx, ctx.byFirst.get(a)!) : pronounMention(first);
      return { kind: 'cue-after', speaker, cue: `${tokens[v].text} ${tokens[v + 1].text}`, rule: 'speaker.manner-after' };
    }
  }
  // A dash and a name closing the paragraph: a byline-style attribution ("…” ― Sonya Herridge).
  if (/[—–―-]/.test(gap) && ctx.byFirst.has(a)) {
    const idx = ctx.byFirst.get(a)!;
    const c = ctx.candidates[idx];
    const after = tokenAt(tokens, c.end);
    const endPost = tokens[c.lastToken].post;
    // (The name closes the attribution where the next quotation opens: "…” ― Nell Carden Grey “…".)
    if (endsLineOrMeetsQuote(tokens, c.lastToken) || SENTENCE_END.test(endPost) || tokens[after].sentence !== tokens[a].sentence) {
      return { kind: 'cue-after', speaker: mentionOfCandidate(ctx, idx), cue: gap.trim(), rule: 'speaker.dash-after' };
    }
  }
  let inParens = false;
  for (let v = a + 1; v <= last; v++) {
    const prev = tokens[v - 1];
    // "Rep. Gwen Moore (D-Wis.) said": skip a parenthesis.
    if (prev.pre.includes('(')) inParens = true;
    if (inParens) {
      // The word after the closing parenthesis may be the verb ("(R-Fla.) said").
      if (!prev.post.includes(')')) continue;
      inParens = false;
    } else if (!/^\.,/.test(prev.post)) {
      // (A dot then a comma ends an abbreviation, not the sentence: "McConnell, R-Ky., said".)
      if (endsSentence(prev)) break;
      if (/[;:“”"]/.test(prev.post)) break;
    }
    // "…,” a narrator in the ad asks.": a verb of saying closing the sentence, whatever compromise tagged it.
    if (isCueVerb(tokens[v]) || hasClass(tokens[v].lower, W.SpeechVerb) && endsSentence(tokens[v]) && !(tokens[v - 1].tags & (Tag.Determiner | Tag.Possessive | Tag.Adjective))) {
      // "…,” settler spokesman Noam Arnon quoted Mordechai as saying.": the one quoted.
      const quoted = tokens[v].lower === 'quoted' ? quotedName(ctx, v) : undefined;
      if (quoted !== undefined) return { kind: 'cue-after', speaker: mentionOfCandidate(ctx, quoted), cue: 'quoted … as saying', rule: 'speaker.quoted-as' };
      const speaker = subjectOf(ctx, v, a);
      if (speaker) return { kind: 'cue-after', speaker, cue: cueWords(tokens, v), rule: 'speaker.cue-after' };
      return null;
    }
  }
  return null;
}

/**
 * The name quoted after "quoted" at token `v`, followed by "as": "quoted Mordechai as saying", or
 * after role words ("quoted Foreign Ministry spokesman Liu Wei as saying"), as the news agencies
 * write it; the candidate's index, or undefined.
 */
function quotedName(ctx: Context, v: number): number | undefined {
  const { tokens } = ctx;
  for (let i = v + 1; i < tokens.length && i <= v + 6; i++) {
    const named = ctx.byFirst.get(i);
    if (named !== undefined) return tokens[ctx.candidates[named].lastToken + 1]?.lower === 'as' ? named : undefined;
    if (!SPACE.test(tokens[i].post) || tokens[i].tags & (Tag.Verb | Tag.Preposition | Tag.Pronoun)) return undefined;
  }
  return undefined;
}

/**
 * "“The only way things change is jail time” for the bosses, she said.": a sentence closing on
 * ", she said" / ", said Ortiz" attributes the quotes inside it that have no cue of their own.
 * The closing clause is short and holds nothing but the speaker, the verb and a few words.
 */
export function sentenceEndCue(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, piece.end);
  if (a >= tokens.length || a === 0 || tokens[a].sentence !== tokens[a - 1].sentence) return null;
  // "…into that fuller life.” The Central Council … aims to …, says John Baldwin": a quote that
  // closes on a full stop before a capital ends its sentence, wherever compromise ends it.
  if (/\.["”’']*\s*$/.test(ctx.text.slice(piece.start, piece.end)) && isCapitalised(tokens[a])) return null;
  const end = sentenceEndIndex(ctx, a);
  const { quoteMarksBefore } = tokenIndex(ctx);
  if (quoteMarksBefore[end + 1] > quoteMarksBefore[a]) return null;
  // The closing clause starts after a comma among the last words (it is short); the last comma
  // first, then one before it when the speaker's appositive has commas of its own ("…, says
  // Michael Porter, an analyst at Smith Barney, Harris Upham & Co.").
  let lastComma = true;
  for (let k = end - 1; k >= a && end - k <= 16; k--) {
    if (!/^,/.test(tokens[k].post)) continue;
    if (lastComma && end - k <= 8 || cueVerbBeforeName(ctx, k + 1)) {
      const cue = closingClause(ctx, k + 1, end);
      if (cue) return cue;
    }
    lastComma = false;
  }
  return null;
}

/** ", she said", ", Ortiz said", ", said Ortiz" from token `s` to the sentence's end `end`, with nothing after but words without a verb. */
function closingClause(ctx: Context, s: number, end: number): QuoteCue | null {
  const { tokens } = ctx;
  const named = ctx.byFirst.get(s);
  let speaker: SpeakerMention | null = null;
  let v = -1;
  if (isPronoun(tokens[s]) && tokens[s].lower !== 'it') {
    speaker = pronounMention(tokens[s]);
    v = s + 1;
  } else if (named !== undefined) {
    speaker = mentionOfCandidate(ctx, named);
    v = ctx.candidates[named].lastToken + 1;
  } else if (cueVerbBeforeName(ctx, s)) {
    speaker = mentionOfCandidate(ctx, ctx.byFirst.get(s + 1)!);
    v = s;
  }
  if (!speaker || v > end || !(isCueVerb(tokens[v]) || v === s) || tokens[v].lower.endsWith('ing')) return null;
  // Nothing after the verb but a few words without a verb ("she said in an interview").
  for (let i = v + 1; i <= end; i++) if (tokens[i].tags & Tag.Verb && !ctx.byFirst.has(i)) return null;
  return { kind: 'cue-after', speaker, cue: tokens[v].text, rule: 'speaker.sentence-end' };
}

/** "…,” according to Wei." */
export function accordingAfter(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, piece.end);
  if (a + 2 >= tokens.length) return null;
  if (tokens[a].lower !== 'according' || tokens[a + 1].lower !== 'to') return null;
  const end = sentenceEndIndex(ctx, a);
  const speaker = phraseStartingAt(ctx, a + 2, end) ?? sourceWords(ctx, a + 2, end);
  if (!speaker) return null;
  // "…,” according to his spokeswoman, Kang Yu-jung.": the name after the role.
  return { kind: 'according-to', speaker: nameAfterSource(ctx, speaker, a + 2, end) ?? speaker, cue: 'according to', rule: 'speaker.according-to' };
}

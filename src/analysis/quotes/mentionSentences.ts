// Where the sentence of each person mention starts, whether the mention opens it ("Capt. Owen
// Marsh said they had interviewed Tony Graves" opens with Marsh), and whether "He" or "She" does.
// Asked about the mentions before every "he said" and "the Brazilian said". Walking back to the
// sentence start each time costs the sentence's length, and in text without sentence breaks
// that is the whole document for every pronoun: so each answer is kept, and a walk back stops at
// the previous mention whose sentence start is known — every character is walked over at most
// once per analysis.
import type { DocumentWork } from '../pipeline/documentWork';
import { W, hasClass } from '../lexicon/lexicon';

const FULL_STOP = 46;
const EXCLAMATION = 33;
const QUESTION = 63;
const LINE_FEED = 10;

/** A sentence starts after one of these (a line break too). */
function endsSentence(code: number): boolean {
  return code === FULL_STOP || code === EXCLAMATION || code === QUESTION || code === LINE_FEED;
}

const WORD = /[\p{L}’'.-]+/gu;
/** A mark that puts a clause, a list or a quote between the sentence start and a mention. */
const CLAUSE_MARK = /[,;:“”"]/;
/** At most this many words (of title or role: "Fire Chief Ron Baker") before a mention opening its sentence. */
const MAX_WORDS_BEFORE = 4;
/** First stretch looked at before a mention; it doubles until it holds too much or reaches the sentence start. */
const FIRST_LOOK = 64;

const UNKNOWN = 0;
const NO = 1;
const YES = 2;
const SPACES = /\s*/y;

export class MentionSentences {
  /** Sentence start of each mention, -1 until asked. */
  private readonly starts: Int32Array;
  private readonly opens: Uint8Array;
  /** Which pronoun opens the sentence of each mention: UNKNOWN, NO, or 2 + index in PRONOUNS. */
  private readonly pronouns: Uint8Array;
  /** Mentions whose start a walk back passed, to be given its answer too. */
  private readonly passed: number[] = [];
  /** The lowest offset an answer depended on since the caller last reset it (see Referents.low). */
  low = Infinity;

  /** `mentions` in document order. */
  constructor(
    private readonly text: string,
    private readonly mentions: readonly { start: number }[],
    private readonly work: DocumentWork,
  ) {
    this.starts = new Int32Array(mentions.length).fill(-1);
    this.opens = new Uint8Array(mentions.length);
    this.pronouns = new Uint8Array(mentions.length);
  }

  /** Start of the sentence holding mention `i` (after the last sentence end or line break before it). */
  sentenceStart(i: number): number {
    const s = this.findSentenceStart(i);
    if (s < this.low) this.low = s;
    return s;
  }

  private findSentenceStart(i: number): number {
    if (this.starts[i] >= 0) return this.starts[i];
    const { text, mentions, passed } = this;
    passed.length = 0;
    passed.push(i);
    let s = mentions[i].start;
    let j = i - 1;
    for (;;) {
      const stop = j >= 0 ? mentions[j].start : 0;
      const from = s;
      while (s > stop && !endsSentence(text.charCodeAt(s - 1))) s--;
      this.work.add(from - s + 1);
      if (s > stop || j < 0) break;
      // No sentence end since mention j started: its sentence is this one.
      if (this.starts[j] >= 0) {
        s = this.starts[j];
        break;
      }
      passed.push(j--);
    }
    for (const k of passed) this.starts[k] = s;
    return s;
  }

  /** Mention `i` opens its sentence, after at most four words of title or role ("Fire Chief Ron Baker"). */
  opensSentence(i: number): boolean {
    // (The sentence start is asked even when the answer is known: it is what the answer read.)
    const s = this.sentenceStart(i);
    if (this.opens[i] === UNKNOWN) this.opens[i] = this.readOpens(s, this.mentions[i].start) ? YES : NO;
    return this.opens[i] === YES;
  }

  /** The sentence of mention `i` opens with the word `pronoun` ("He told Dalton he had no plans"). */
  opensWithPronoun(i: number, pronoun: 'He' | 'She'): boolean {
    const s = this.sentenceStart(i);
    if (this.pronouns[i] === UNKNOWN) {
      const end = this.mentions[i].start;
      SPACES.lastIndex = s;
      SPACES.exec(this.text);
      const at = Math.min(SPACES.lastIndex, end);
      this.work.add(at - s + 1);
      const found = PRONOUNS.findIndex(p => at + p.length <= end && this.text.startsWith(p, at) && (at + p.length === end || !/\w/.test(this.text[at + p.length])));
      this.pronouns[i] = found < 0 ? NO : 2 + found;
    }
    return this.pronouns[i] === 2 + PRONOUNS.indexOf(pronoun);
  }

  /** Only a few words, none showing another subject, and no clause mark between `s` and `start`. */
  private readOpens(s: number, start: number): boolean {
    const { text } = this;
    // A growing stretch before the mention first, so that one deep in a long sentence is ruled
    // out without reading all of that sentence.
    for (let look = FIRST_LOOK; look < start - s; look *= 2) {
      const tail = text.slice(start - look, start);
      this.work.add(look);
      if (CLAUSE_MARK.test(tail) || (tail.match(WORD)?.length ?? 0) > MAX_WORDS_BEFORE) return false;
    }
    const lead = text.slice(s, start);
    this.work.add(lead.length + 1);
    const words = lead.match(WORD) ?? [];
    if (words.length > MAX_WORDS_BEFORE || CLAUSE_MARK.test(lead)) return false;
    return words.every(w => !hasClass(w.toLowerCase(), W.NotSubjectBefore));
  }
}

const PRONOUNS = ['He', 'She'] as const;

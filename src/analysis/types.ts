// The analysis contract: what `analyze()` finds in an article. Everything here is plain data
// (JSON-serialisable) so that the CLI can print it and the editor can cache it.
// All offsets are UTF-16 code-unit indices into the exact document text, end exclusive —
// the same unit as JavaScript string indices and VS Code's `TextDocument.offsetAt()`.

/** A half-open range of the document text. `text` is always `documentText.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One mention of a person. Titles ("President") are not in the span but kept in `title`. */
export interface PersonMention extends Span {
  /** Canonical full name of the person this mention refers to; the key of its `PersonEntity`. */
  entity: string;
  /** A title or honorific written right before the mention ("President", "Dr."), if any. */
  title?: string;
  /** Ids of the rules that decided this mention (see rules/ruleRecord.ts), in the order they applied. */
  rules?: string[];
}

/** A person, with every mention of them grouped together. */
export interface PersonEntity {
  /** Canonical full name ("Wei Xiaojun"); unique within one analysis. */
  name: string;
  /** Title when the text states one ("President"). */
  title?: string;
  /** Role when the text states one, typically from an appositive ("deputy director-general of …"). */
  role?: string;
  /** Age when the text states it ("Xiaobing Yan, 40"). */
  age?: number;
  /** Grammatical gender when a given name or an honorific ("Mr.", "Ms.") shows it; used to resolve "he"/"she". */
  gender?: 'male' | 'female';
  /** Indices into `Analysis.people`, in document order. */
  mentions: number[];
  /** Indices into `Analysis.quotes` attributed to this person, in document order. */
  quotes: number[];
}

/** How a quote's speaker was found. */
export type AttributionKind =
  | 'cue-after' // "…,” he said
  | 'cue-before' // Wei said: “…”
  | 'according-to' // According to Wei, … “…”
  | 'pronoun' // a pronoun cue resolved to a person
  | 'previous-paragraph' // a quote paragraph without a cue takes the previous paragraph's speaker
  | 'previous-quote' // “A,” he said. “B.” — a cue-less quote after another in the same paragraph
  | 'correction' // the user named the speaker (set by applyCorrections, never by the analysis)
  | 'none';

/** A direct quotation. The span covers the quotation marks. */
export interface Quote extends Span {
  /** Resolved speaker name (canonical when the speaker is a known person), or null. */
  speaker: string | null;
  /** The mention in the text that cues the speaker ("he", "Wei"), or null. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The cue words ("said", "told reporters", "according to"), when there is one. */
  cue?: string;
  attribution: AttributionKind;
  /** Ids of the rules that found the quote ("quote.…") and its speaker ("speaker.…"). */
  rules?: string[];
}

export type NumberKind =
  | 'cardinal'
  | 'ordinal'
  | 'percent'
  | 'money'
  | 'year'
  | 'date'
  | 'age'
  | 'multiplier'
  | 'range'
  | 'fraction'
  | 'time';

/** A number, with its meaning. Trailing punctuation is never part of the span. */
export interface NumberMention extends Span {
  /** Normalised value: 20000 for "20,000", 2 for "two", 50 for "50%" (see `unit`). For a date, null. */
  value: number | null;
  kind: NumberKind;
  /** ISO date for dates ("2017-11-03"; "--09-14" when the year is not written, "2003-07" for a month). */
  date?: string;
  /** 24-hour clock time for times ("15:11", "6 pm" → "18:00"). */
  time?: string;
  /** Upper bound of a range ("10 to 15" → value 10, upTo 15). */
  upTo?: number;
  /** "%", a currency code ("USD", "EUR"), "times"… */
  unit?: string;
  /** "more than", "about", "nearly"… when the text says it. */
  qualifier?: string;
  /** What is counted, when the text says it ("Americans"). */
  counted?: string;
  /** What a multiplier says of its subject: "stronger than heroin" in "50 times stronger than heroin". */
  compared?: string;
  /** Ids of the rules that decided the number and its kind. */
  rules?: string[];
}

/** Facts about the article as a whole, from the seed format's header and sign-off. */
export interface ArticleInfo {
  /** ISO date from the header (`date 2017-11-03 BEIJING – …`). */
  date?: string;
  /** The dateline place ("BEIJING"). */
  dateline?: string;
  /** Author initials from a closing sign-off ("/kga" → "kga"). */
  author?: string;
  /** The header's span (`date 2017-11-03 BEIJING –`), not highlighted as ordinary text. */
  header?: Span;
  /** The sign-off's span (`/kga`). */
  signOff?: Span;
  /** The first sentence or line after the header, usable as a headline in lists. */
  headline?: string;
}

/** A candidate the analysis looked at and turned down, with the rules that turned it down. */
export interface Rejection extends Span {
  kind: 'person' | 'quote' | 'number';
  rules: string[];
}

export interface Analysis {
  people: PersonMention[];
  entities: PersonEntity[];
  quotes: Quote[];
  numbers: NumberMention[];
  article: ArticleInfo;
  /** Candidates turned down by a rule (vetoes), so that --explain can say why something is *not* found. */
  rejections?: Rejection[];
}

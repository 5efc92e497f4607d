// Who said what: every speaker with their quotes, for one article or across many, with the
// user's corrections applied; and a sourcing summary: quotes and quoted words per speaker, how
// many quotes have no speaker, how many carry each verdict. Pure: the callers (the CLI's
// `speakers`, the Markdown report, the editor's view) read the articles and apply the
// corrections (applyCorrections) first.
import type { CorrectedAnalysis, VerificationStatus } from '../annotations';
import { VERIFICATION_STATUSES } from '../annotations';
import { countWords } from '../common/text';

/** One article's corrected analysis, under the name (or path) to show for it. */
export interface SourcedArticle {
  readonly name: string;
  readonly analysis: CorrectedAnalysis;
}

export interface SourcedQuote {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: number;
  /** The recorded verdict; "unverified" when there is none. */
  readonly status: VerificationStatus;
  /** True when a correction made the quote or set its speaker. */
  readonly corrected: boolean;
}

export interface SpeakerSources {
  /** The canonical name; the same person in several articles is one speaker. */
  readonly name: string;
  readonly quotes: readonly SourcedQuote[];
  readonly quotedWords: number;
  /** The articles quoting them, in the order given. */
  readonly articles: readonly string[];
}

export interface SourcingSummary {
  readonly articles: number;
  readonly quotes: number;
  readonly quotedWords: number;
  /** Speakers by number of quotes (then quoted words, then name). */
  readonly speakers: readonly SpeakerSources[];
  /** Quotes without a speaker. */
  readonly unattributed: readonly SourcedQuote[];
  /** How many quotes carry each verdict ("unverified": no verdict, or that one). */
  readonly verdicts: Readonly<Record<VerificationStatus, number>>;
}

/** Who said what in `articles`: speakers merged by canonical name (case and spacing aside). */
export function summarizeSourcing(articles: readonly SourcedArticle[]): SourcingSummary {
  const speakers = new Map<string, { name: string; quotes: SourcedQuote[]; articles: Set<string> }>();
  const unattributed: SourcedQuote[] = [];
  const verdicts = Object.fromEntries(VERIFICATION_STATUSES.map(s => [s, 0])) as Record<VerificationStatus, number>;
  let total = 0;
  let words = 0;
  for (const article of articles) {
    for (const q of article.analysis.quotes) {
      const sourced: SourcedQuote = {
        article: article.name,
        start: q.start,
        end: q.end,
        text: q.text,
        words: countWords(q.text),
        status: q.verification?.status ?? 'unverified',
        corrected: q.origin === 'correction',
      };
      total++;
      words += sourced.words;
      verdicts[sourced.status]++;
      if (q.speaker === null || !q.speaker.trim()) {
        unattributed.push(sourced);
        continue;
      }
      const key = q.speaker.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
      const speaker = speakers.get(key) ?? { name: q.speaker.replace(/\s+/g, ' ').trim(), quotes: [], articles: new Set<string>() };
      speaker.quotes.push(sourced);
      speaker.articles.add(article.name);
      speakers.set(key, speaker);
    }
  }
  const list = [...speakers.values()].map(s => ({ name: s.name, quotes: s.quotes, quotedWords: s.quotes.reduce((n, q) => n + q.words, 0), articles: [...s.articles] }));
  list.sort((a, b) => b.quotes.length - a.quotes.length || b.quotedWords - a.quotedWords || a.name.localeCompare(b.name));
  return { articles: articles.length, quotes: total, quotedWords: words, speakers: list, unattributed, verdicts };
}

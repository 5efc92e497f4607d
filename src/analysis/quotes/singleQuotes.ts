// British-style quotations in single marks: 'We will win,' he said. A single mark is far more
// often an apostrophe (it's, the '90s, rock 'n' roll, O'Brien, the players' union) or a scare
// quote than a quotation, so a single-quoted passage counts only where it is clearly speech: a
// verb of saying right after it ("…,' he said", "…,' said Ms Hale") or right before it ("She
// said: 'We will win.'"). Passages inside a double-quoted quotation are nested quotes and are
// left to the double quotes.
import { W, hasClass } from '../lexicon/lexicon';
import type { QuotePiece } from './quotePiece';

const LETTER = /[\p{L}\p{N}]/u;
const OPENERS = new Set(['‘', "'"]);
const CLOSERS = new Set(['’', "'"]);
/** Characters a quotation may end with before its closing mark. */
const END_PUNCT = /[,.!?…]/;
/** The longest stretch scanned for a closing mark (a quotation is a few sentences at most). */
const MAX_QUOTE = 1500;


/** True when `i` can open a single quotation: a mark after a space or dash, before a letter. */
function opensAt(text: string, i: number): boolean {
  if (!OPENERS.has(text[i])) return false;
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = text[i + 1] ?? ' ';
  if (!/[\s(\u2014\u2013:-]/u.test(prev) && i > 0) return false;
  // '90s, 'em and 'n' are elisions, not quotations.
  return LETTER.test(next) && !/\d/.test(next);
}

/** True when the mark at `i` can close a quotation that ends in punctuation (…,' / …?' / …'.). */
function closesAt(text: string, i: number): boolean {
  if (!CLOSERS.has(text[i])) return false;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  if (LETTER.test(next)) return false; // don't, O'Brien
  // (…,' or …?' — or right after a nested double quote: ‘He said, “You’re finished,”’.)
  if (END_PUNCT.test(prev) || prev === '”' || prev === '"') return true;
  // 'We will win'. — the punctuation outside the mark.
  return LETTER.test(prev) && /[.,;]/.test(next) && /^\s|^$/.test(text.slice(i + 2, i + 3));
}

/** A verb of saying, alone or after its subject (a pronoun, a group such as "police", a noun phrase or up to four capitalised words), starts `rest`. */
function cueFollows(rest: string): boolean {
  const words = rest.trimStart().split(/[ \t\u00a0]+/, 6);
  for (let k = 0; k < words.length; k++) {
    const w = words[k].replace(/[,.;:]+$/, '');
    if (hasClass(w, W.SpeechVerb)) {
      if (k === 0) return true; // …,' said Ms Hale
      if (k === 1 && hasClass(words[0].toLowerCase(), W.SubjectPronoun)) return true;
      // A group with no determiner, in lower case: "…,' police said", "…', officials warned".
      if (k === 1 && hasClass(words[0], W.GroupSubject)) return true;
      // A noun phrase: "the mayor", "a No 10 spokesman", "the family".
      if (k <= 4 && hasClass(words[0].toLowerCase(), W.SubjectPhraseOpener)) return true;
      // A name, with a title or initials: every word capitalised.
      return words.slice(0, k).every(x => /^\p{Lu}[\p{L}.'’-]*$/u.test(x));
    }
    // The subject ends at punctuation: no verb of saying right after the quotation.
    if (w !== words[k]) return false;
  }
  return false;
}

/**
 * A verb of saying ends `before`, followed by a colon or comma ("She said: ", "He added, "), or
 * by its listener and a colon ("told MSPs: ", "told the BBC: ").
 */
function cuePrecedes(before: string): boolean {
  const m = before.match(/([\p{L}]+)[ \t\u00a0]*[:,][ \t\u00a0]*$/u);
  if (m && hasClass(m[1].toLowerCase(), W.SpeechVerb)) return true;
  if (!/:[ \t\u00a0]*$/.test(before)) return false;
  const words = before.replace(/:[ \t\u00a0]*$/, '').split(/[ \t\u00a0]+/).slice(-4, -1);
  return words.some(w => hasClass(w.toLowerCase(), W.ListenerVerb));
}

/**
 * "remembered her as ‘…’", "described the plan as ‘…’": a verb of describing, its object and
 * "as" end `before`, so the description in marks is the subject's words.
 */
function describedAs(before: string): boolean {
  const words = before.split(/[ \t\u00a0]+/);
  if (words.pop() !== '' || words.pop() !== 'as') return false;
  for (const w of words.slice(-5)) if (hasClass(w.toLowerCase(), W.DescribedAsVerb)) return true;
  return false;
}

/** A verb of saying earlier in the sentence that ends `before`: "Mr Hunt said the figures were ‘…’". */
function saidEarlier(before: string): boolean {
  const sentence = before.slice(Math.max(before.search(/[.!?]["”’']?\s+[^.!?]*$/u), 0));
  for (const w of sentence.match(/\p{L}+/gu) ?? []) if (hasClass(w, W.SayingVerbInSentence)) return true;
  return false;
}


/**
 * A subheading in title case ("‘All Bets Are Off.’", "‘Coal Isn’t the Villain.’"): every word of
 * four letters or more capitalised. A paragraph of speech has lower-case words.
 */
function isHeading(words: string): boolean {
  return !/(?:^|[\s(])\p{Ll}\p{L}{3}/u.test(words);
}

/**
 * Only spaces or tabs stand between the start of the line and `i`. Read backwards from `i`, so
 * the cost is the line's indent, not the text before it (a test on `text.slice(0, i)` read it all
 * for every opening mark).
 */
function opensItsLine(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const ch = text[k];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0') return false;
  }
  return true;
}

/** Single-quoted speech outside the double-quoted `pieces` (which are sorted and not nested). */
export function findSingleQuotedSpeech(text: string, pieces: QuotePiece[]): QuotePiece[] {
  if (!text.includes("'") && !text.includes('‘')) return [];
  const out: QuotePiece[] = [];
  let p = 0;
  for (let i = 0; i < text.length; i++) {
    while (p < pieces.length && pieces[p].end <= i) p++;
    if (p < pieces.length && pieces[p].start <= i) {
      i = pieces[p].end - 1;
      continue;
    }
    if (!opensAt(text, i)) continue;
    const limit = Math.min(text.length, i + MAX_QUOTE);
    let nested = p;
    const before = text.slice(Math.max(0, i - 40), i);
    // "'Nobody,' said Tom Ashby, 'saw it coming.'": the quotation resumes after its cue.
    const last = out[out.length - 1];
    const resumes = !!last && i - last.end < 60 && /^[^.!?'‘’]*,[ \t\u00a0]*$/.test(text.slice(last.end, i));
    // "‘…,’ said Ms Hale. ‘Nurses deserve better.’": the next sentence opens another quote of hers.
    const between = last ? text.slice(last.end, i) : '';
    const continues = !!last && between.length < 200 && /[.!?][ \t\u00a0]*$/.test(between) && !/[‘’'"“”\n]/.test(between);
    // A partial quote follows a word ("were ‘encouraging’"), not a comma ("think, ‘This …’").
    const afterWord = !continues && !resumes && /\p{L}[ \t\u00a0]+$/u.test(before);
    const described = afterWord && describedAs(before);
    const partial = described || (afterWord && saidEarlier(text.slice(Math.max(0, i - 150), i)));
    // A paragraph that is one quotation in single marks (‘If the boat doesn’t come, the town
    // doesn’t eat.’): speech a paragraph before it introduced; an apostrophe never spans a paragraph.
    const wholeParagraph = opensItsLine(text, i);
    const introduced = resumes || continues || cuePrecedes(before);
    for (let j = i + 2; j < limit; j++) {
      // A double quotation inside (British style: ‘He said, “You’re finished,”’ said Pell) is passed over.
      if (nested < pieces.length && j === pieces[nested].start) {
        j = pieces[nested++].end - 1;
        continue;
      }
      if (text[j] === '\n' && text[j + 1] === '\n') break;
      // Another opening mark first: this one was an elision ("rock 'n' roll").
      if (opensAt(text, j)) break;
      // A partial quote may close before a space: "were ‘encouraging’ but warned".
      // After "described as" a straight mark closes it too ("described as 'a hammer blow' by"): there
      // the words in marks are somebody's description; elsewhere a straight mark before a space is
      // as often a plural possessive or a scare quote ("called the plan 'a joke' and the 'experts'").
      if (partial && (text[j] === '’' || (described && text[j] === "'")) && LETTER.test(text[j - 1]) && /[\s.,;:]/.test(text[j + 1] ?? ' ')) {
        out.push({ start: i, end: j + 1, opened: true, closed: true });
        i = j;
        break;
      }
      if (!closesAt(text, j)) continue;
      const after = text.slice(j + 1, j + 60);
      const endsParagraph = wholeParagraph && END_PUNCT.test(text[j - 1]) && /^[ \t\u00a0]*(?:\n|$)/.test(text.slice(j + 1)) && !isHeading(text.slice(i + 1, j));
      if (introduced || partial || endsParagraph || cueFollows(after.replace(/^[.,;]/, ''))) {
        out.push({ start: i, end: j + 1, opened: true, closed: true });
        i = j;
      }
      break;
    }
  }
  return out;
}

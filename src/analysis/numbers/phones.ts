// Telephone numbers look like figures — "555-1234" reads as a range, "+44 20 7946 0958" as four
// counts — but they are not figures anyone checks. Their spans are found on the raw text, and
// number expressions inside them are dropped.

/** A half-open character range of the paragraph. */
export interface TextRange {
  start: number;
  end: number;
}

/** Fewer digits than this is not a telephone number ("call 911" stays a number). */
const MIN_PHONE_DIGITS = 7;

/**
 * North American forms: "(212) 555-1234", "212-555-1234", "212.555.1234", "1-800-555-0199".
 * Not preceded or followed by more digits, so "2012-555-12345" does not match.
 */
const NORTH_AMERICAN = /(?<![\w.,+-])(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{4}(?![\w-]|[.,]\d)/g;

/** With a country code: "+44 20 7946 0958", "+33 (0)1 23 45 67 89". */
const INTERNATIONAL = /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\w-])/g;

/**
 * After a telephone word: "call 555-1234", "tel: 020 7946 0958", "phone us on 0800 123 456".
 * Group 1 is the number; its groups after the first have two digits or more.
 */
const AFTER_PHONE_WORD =
  /\b(?:call|phone|telephone|tel|fax|hotline|helpline|dial|ring|mobile|cell|whatsapp)\b\.?(?:\s+(?:us|them|him|her|me|on|at|number|no\.?)\b)*[\s:.]*(\(?\+?\d+\)?(?:[ .-]\(?\d{2,}\)?)*)/gi;

/** Dates written with separators ("2016-03-12", "12-03-2016"), which a phone word can precede ("the call on 12-03-2016"). */
const DATE_LIKE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})$/;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

/** A text with MIN_PHONE_DIGITS digits or more (anchored, so it reads the text once). */
const ENOUGH_DIGITS = new RegExp(`^(?:\\D*\\d){${MIN_PHONE_DIGITS}}`);

/** The telephone numbers of a paragraph, in text order (they may overlap). */
export function phoneNumberSpans(text: string): TextRange[] {
  const spans: TextRange[] = [];
  // Every span holds MIN_PHONE_DIGITS digits of the text: with fewer in the whole paragraph (most
  // paragraphs with a number), the patterns cannot find one and are not run.
  if (!ENOUGH_DIGITS.test(text)) return spans;
  for (const pattern of [NORTH_AMERICAN, INTERNATIONAL]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (digitCount(m[0]) >= MIN_PHONE_DIGITS) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  AFTER_PHONE_WORD.lastIndex = 0;
  for (let m = AFTER_PHONE_WORD.exec(text); m; m = AFTER_PHONE_WORD.exec(text)) {
    const number = m[1];
    if (digitCount(number) < MIN_PHONE_DIGITS || !/[\s.()-]/.test(number) || DATE_LIKE.test(number)) continue;
    const start = m.index + m[0].length - number.length;
    spans.push({ start, end: start + number.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

// Describing a range of text as a W3C TextQuoteSelector: the exact text plus context.
import { QUOTE_CONTEXT_LENGTH, type TextQuote } from './types';

/** The quote for `text.slice(start, end)` with up to 32 characters of context either side. */
export function describeQuote(text: string, start: number, end: number, contextLength = QUOTE_CONTEXT_LENGTH): TextQuote {
  let prefixStart = Math.max(0, start - contextLength);
  let suffixEnd = Math.min(text.length, end + contextLength);
  // Never cut a surrogate pair in half at the outer edges of the context: a lone surrogate
  // would not survive a round trip through UTF-8 in the sidecar file.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd--;
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `start`/`end` would split a surrogate pair (an emoji, a rare CJK character). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && text.charCodeAt(offset - 1) >= 0xd800 && text.charCodeAt(offset - 1) <= 0xdbff;
}

// Checks of what the user asks for (a range, a label, a note) and new ids: shared by every
// kind of annotation, so that a tag and a correction refuse the same bad range the same way.
import { splitsSurrogatePair } from './quote';
import type { TextRange } from './types';

/** Bad input to an annotation operation; the message is meant for the user as is. */
export class TagInputError extends Error {}

export function checkLabel(label: string): string {
  const clean = label.trim();
  if (!clean) throw new TagInputError('the label must not be empty');
  if (/[\r\n]/.test(clean)) throw new TagInputError('the label must be a single line');
  return clean;
}

/** A single-line name (an entity, a speaker): trimmed, never empty. */
export function checkName(name: string, what: string): string {
  const clean = name.trim();
  if (!clean) throw new TagInputError(`the ${what} must not be empty`);
  if (/[\r\n]/.test(clean)) throw new TagInputError(`the ${what} must be a single line`);
  return clean;
}

export function cleanNote(note: string | undefined): string | undefined {
  return note !== undefined && note.trim() ? note : undefined;
}

export function checkRange(range: TextRange, text: string): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0) throw new TagInputError(`offsets must be non-negative integers (got ${start}–${end})`);
  if (start >= end) throw new TagInputError(`the range ${start}–${end} is empty; select some text to tag`);
  if (end > text.length) throw new TagInputError(`the range ${start}–${end} is outside the document (its length is ${text.length})`);
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) throw new TagInputError(`the range ${start}–${end} splits a character in two (offsets are UTF-16 code units)`);
  if (!text.slice(start, end).trim()) throw new TagInputError(`the range ${start}–${end} holds only white space`);
}

/** `prefix` and 12 random hex digits: short enough to read in a diff, unique enough per document. */
export function randomId(prefix: string): string {
  const bytes = new Uint8Array(6);
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (webCrypto?.getRandomValues) webCrypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return prefix + [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
}

/** A new tag id: "t-" and 12 hex digits. */
export function randomTagId(): string {
  return randomId('t-');
}

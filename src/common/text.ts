// Small text helpers shared by the editor, the exports and the CLI (no `vscode` here).

/** The first words of a text, for lists ("I have to admit regret regarding…"). */
export function firstWords(text: string, words = 8): string {
  const all = text.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»]+$/g, '').split(/\s+/);
  return all.length <= words ? all.join(' ') : all.slice(0, words).join(' ') + '…';
}

/** Words as a reader counts them: "who’ve", "anti-drug" and "20,000" are one word each. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}’'-]|[.,](?=\p{N}))*/gu) ?? []).length;
}

/** The sentence around a span: from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[\n]/.test(text[a - 1]) && !(/[.!?]/.test(text[a - 2] ?? '') && /\s/.test(text[a - 1]))) a--;
  let b = end;
  while (b < text.length && text[b] !== '\n' && !(/[.!?]/.test(text[b]) && (b + 1 >= text.length || /\s/.test(text[b + 1])))) b++;
  if (b < text.length && text[b] !== '\n') b++;
  const sentence = text.slice(a, b).trim();
  return sentence.length > 300 ? firstWords(sentence, 45) : sentence;
}

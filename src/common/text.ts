// Small text helpers shared by the editor, the exports and the CLI (no `vscode` here).

/** The first words of a text, for lists ("I have to admit regret regarding…"). */
export function firstWords(text: string, words = 8): string {
  const all = text.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»]+$/g, '').split(/\s+/);
  return all.length <= words ? all.join(' ') : all.slice(0, words).join(' ') + '…';
}

/** "1 mention", "3 mentions". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The text on one line, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
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

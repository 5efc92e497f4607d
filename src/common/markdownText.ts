// Untrusted text (article text, and every string of a sidecar, which arrives by git like any
// other file) put into Markdown or into a VS Code message so that it shows as written and can
// never start a block, a link, an image, HTML or a command link of its own; the command links
// the extension makes itself; and, the other way, a card's Markdown read back as plain words.
// Used by the hover cards, the Markdown report and Describe Highlight at Cursor.

/** Line breaks of every kind (CR, LF, NEL, U+2028/U+2029), tabs and other control characters. */
const BREAKS_AND_CONTROLS = /[\s\p{Cc}]+/gu;

/**
 * The text on one line: every run of whitespace or control characters becomes one space.
 * Markdown blocks (headings, lists, tables, fences, block quotes) start only at a line start, so
 * text that cannot make a new line cannot start one.
 */
export function oneLine(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ').trim();
}

/**
 * Characters that can open or close Markdown syntax anywhere in a line (CommonMark and GFM):
 * code, emphasis, strikethrough, links and images, HTML and autolinks, tables, entities, and
 * VS Code's `$(icon)` (a parenthesis means something only after an escaped `]`); `#` and `@` also become references and mentions where a report is shared.
 * Any ASCII punctuation may be backslash-escaped, so `\x` always shows as `x`.
 */
const INLINE_SYNTAX = /[\\`*_~[\]<>!|&#$@]/g;

/**
 * Text for any inline Markdown context — a paragraph, a heading, a table cell, a list item, a
 * link's text — shown exactly as written (on one line).
 */
export function markdownText(text: string): string {
  return (
    oneLine(text)
      .replace(INLINE_SYNTAX, '\\$&')
      // Bare URLs that GFM turns into links: "http://", "www.".
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/(www)\./gi, '$1\\.')
      // Marks that start a block only at a line start: "- " and "+ " (lists), "---" (a rule or
      // a setext underline), "===" (a setext underline), "1. " and "1) " (lists). "-5" stays as it is.
      .replace(/^[-+](?=[\s-]|$)/, '\\$&')
      .replace(/^=+$/, '\\$&')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}

/**
 * A code span showing the text as written (on one line): its fence is one backtick longer than
 * the longest run of backticks inside, and it is padded with a space when the text starts or ends
 * with a backtick or a space (CommonMark strips one space on each side).
 */
export function markdownCode(text: string): string {
  const content = oneLine(text);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content === '' || /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * Text for a VS Code notification, which turns `[label](command:…)` into a working link: on one
 * line, with a zero-width space between `]` and `(` so that no link can form.
 */
export function notificationText(text: string): string {
  return oneLine(text).replace(/\]\(/g, ']\u200b(');
}

/**
 * A tag id a link may carry: the extension makes "t-" and hex digits; a hand-edited sidecar may
 * hold anything, and such a tag is edited from the Tags view instead.
 */
export function isLinkableTagId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/.test(id);
}

/**
 * A `command:` URI for a Markdown link: the arguments as JSON, percent-encoded including the
 * `( ) ' ! * ~` that encodeURIComponent leaves, so that no argument can close the link.
 */
export function commandUri(command: string, args: readonly (string | number)[]): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*~]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${query}`;
}

// A card's Markdown as plain text, for a screen reader or a notification: what a reader hears
// should be the words, not "asterisk asterisk" or a command URI. Handles the Markdown the cards
// are made of (emphasis, code spans, links, block quotes, rules, escapes, VS Code's `$(icon)`
// syntax); anything else passes through as the text it is.

/** The words of a card, one line per paragraph, without Markdown. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split(/\n(?:\s*\n)+|\n?^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$\n?/m) // paragraphs, and rules between them
    .map(paragraph => {
      // Code spans first, kept aside: what is inside them is text, whatever it looks like.
      const codes: string[] = [];
      const held = paragraph.replace(/(`+) ?([\s\S]*?) ?\1(?!`)/g, (_, _fence: string, code: string) => `\uE000${codes.push(code) - 1}\uE001`);
      return held
        .replace(/\$\([\w-]+(?:~\w+)?\)\s?/g, '') // codicons: $(tag), $(sync~spin)
        .replace(/^\s{0,3}>\s?/gm, '') // block quotes
        .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
        .replace(/!?\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\\])*\)/g, '$1') // links and images: their text
        .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
        .replace(/(^|[^\\\w])[*_](?=\S)([^*_\n]*?\S)[*_](?!\w)/g, '$1$2')
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&:"'$@])/g, '$1')
        .replace(/\uE000(\d+)\uE001/g, (held, i: string) => codes[Number(i)] ?? held)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    })
    .filter(Boolean)
    .join('\n');
}

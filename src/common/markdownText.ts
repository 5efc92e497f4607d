// A hover card's Markdown as plain text, for a screen reader or a notification: what a reader
// hears should be the words, not "asterisk asterisk" or a command URI. Handles the Markdown the
// cards are made of (emphasis, code spans, links, block quotes, rules, escapes, VS Code's
// `$(icon)` syntax); anything else passes through as the text it is.

/** The words of a card, one line per paragraph, without Markdown. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split(/\n(?:\s*\n)+|\n?^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$\n?/m) // paragraphs, and rules between them
    .map(paragraph =>
      paragraph
        .replace(/\$\([\w-]+(?:~\w+)?\)\s?/g, '') // codicons: $(tag), $(sync~spin)
        .replace(/^\s{0,3}>\s?/gm, '') // block quotes
        .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
        .replace(/!?\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\\])*\)/g, '$1') // links and images: their text
        .replace(/(`+)\s?([\s\S]*?)\s?\1/g, (_, _ticks: string, code: string) => code.replace(/\\/g, '\uE000')) // code spans keep backslashes
        .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
        .replace(/(^|[^\\\w])[*_](?=\S)([^*_\n]*?\S)[*_](?!\w)/g, '$1$2')
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&:"'$])/g, '$1')
        .replace(/\uE000/g, '\\')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

// A small CommonMark/GFM-ish reader for the tests (no Markdown parser is installed): it finds
// what a renderer would make active in Markdown — links, images, autolinks, raw HTML, bare URLs
// and e-mail addresses — after backslash escapes and code spans, paragraph by paragraph (a code
// span or a link cannot cross a blank line). Approximate, but on the strict side: it reports a
// bracket pair followed by "(" as a link even where a renderer might not.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** What would be active, as "link:dest", "image:dest", "autolink:…", "html:…", "url:…", "email:…". */
export function activeMarkdown(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .flatMap(paragraph => activeInParagraph(paragraph));
}

function activeInParagraph(p: string): string[] {
  const found: string[] = [];
  const openBrackets: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && ASCII_PUNCTUATION.test(p[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(p.slice(i))![0];
      const close = closingRun(p, i + run.length, run.length);
      i = close >= 0 ? close + run.length - 1 : i + run.length - 1;
      continue;
    }
    if (c === '<') {
      const rest = p.slice(i + 1);
      const autolink = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/.exec(rest) ?? /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+>/.exec(rest);
      if (autolink) found.push(`autolink:${autolink[0].slice(0, -1)}`);
      else if (/^[A-Za-z/!?]/.test(rest)) found.push(`html:${rest.slice(0, 20)}`);
      continue;
    }
    if (c === '[') {
      openBrackets.push(i);
      continue;
    }
    if (c === ']' && openBrackets.length && p[i + 1] === '(') {
      const open = openBrackets.pop()!;
      const dest = /^\(([^)\s]*)/.exec(p.slice(i + 1))?.[1] ?? '';
      found.push(`${p[open - 1] === '!' ? 'image' : 'link'}:${dest}`);
      continue;
    }
    const before = p[i - 1];
    if (before === undefined || /[\s*_~(]/.test(before)) {
      const url = /^(?:https?:\/\/|ftp:\/\/|www\.)[^\s<]*/i.exec(p.slice(i));
      if (url) found.push(`url:${url[0]}`);
    }
    if (c === '@' && /[\w.+-]$/.test(p.slice(0, i)) && /^@[\w-]+\.[\w-]/.test(p.slice(i))) found.push(`email:${p.slice(i, i + 20)}`);
  }
  return found;
}

/** The start of the next run of exactly `length` backticks from `from`, or -1. */
function closingRun(p: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let m = runs.exec(p); m; m = runs.exec(p)) if (m[0].length === length) return m.index;
  return -1;
}

/** The contents of the code spans of one line of Markdown (CommonMark strips one space each side). */
export function codeSpans(line: string): string[] {
  const spans: string[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && ASCII_PUNCTUATION.test(line[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (line[i] !== '`') continue;
    const run = /^`+/.exec(line.slice(i))![0];
    const close = closingRun(line, i + run.length, run.length);
    if (close < 0) {
      i += run.length - 1;
      continue;
    }
    const content = line.slice(i + run.length, close);
    spans.push(/^ .*[^ ].* $/.test(content) ? content.slice(1, -1) : content);
    i = close + run.length - 1;
  }
  return spans;
}

/** Markdown text with its backslash escapes read: what a renderer shows. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

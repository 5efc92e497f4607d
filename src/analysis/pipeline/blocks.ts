// The units of analysis: paragraphs (runs of non-blank lines), with long paragraphs cut into
// blocks of at most MAX_BLOCK characters at line breaks, then at sentence ends, so that no
// single parse takes long (compromise costs ~0.1 ms a word) and an edit re-parses little.

/** Upper bound of a block's length in UTF-16 units (~120 words, a few milliseconds of parsing). */
export const MAX_BLOCK = 700;

export interface Block {
  start: number;
  text: string;
  /** The block continues the same paragraph as the block before it (a forced cut). */
  continuesParagraph: boolean;
}

const PARAGRAPH = /[^\r\n]+(?:\r?\n(?![ \t]*\r?\n)[^\r\n]+)*/g;

/** Splits text into blocks with their offsets; blank lines separate paragraphs. */
export function splitBlocks(text: string): Block[] {
  const out: Block[] = [];
  PARAGRAPH.lastIndex = 0;
  for (let m = PARAGRAPH.exec(text); m; m = PARAGRAPH.exec(text)) {
    // A paragraph may start with lines of spaces only: they belong to the blank line before.
    const lead = /^(?:[ \t]*\r?\n)+/.exec(m[0]);
    const start = m.index + (lead ? lead[0].length : 0);
    const para = lead ? m[0].slice(lead[0].length) : m[0];
    if (!/\S/.test(para)) continue;
    if (para.length <= MAX_BLOCK) out.push({ start, text: para, continuesParagraph: false });
    else cut(para, start, out);
  }
  return out;
}

function cut(paragraph: string, base: number, out: Block[]): void {
  let from = 0;
  let first = true;
  while (from < paragraph.length) {
    let to = paragraph.length;
    if (to - from > MAX_BLOCK) to = cutPoint(paragraph, from, from + MAX_BLOCK);
    const piece = paragraph.slice(from, to);
    if (/\S/.test(piece)) {
      out.push({ start: base + from, text: piece, continuesParagraph: !first });
      first = false;
    }
    from = to;
  }
}

/** Where to end a block starting at `from`: after the last line break, else sentence end, else space. */
function cutPoint(s: string, from: number, limit: number): number {
  const min = Math.ceil(from + (limit - from) / 3);
  // Only the window is searched: a search back from `limit` would cross the whole paragraph
  // before it, for every block of a long paragraph without line breaks or spaces.
  const nl = s.slice(min, limit).lastIndexOf('\n');
  if (nl >= 0) return min + nl + 1;
  const window = s.slice(from, limit);
  // Not after an initial or an abbreviated title ("Robert R. Murray", "Mr. Lane"): a cut there
  // would split a name between two blocks.
  const sentence = /(?<!(?:^|[\s(“"'‘])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Rev|Hon|Sgt|Cpl|Maj|Adm|Cmdr|Messrs|Mme|Mt|Ft|No|Nos|Calif|Mass|Penn|Conn|Ill|Fla|Tex|Wash|Mich|Minn|Wis|Ore|Ariz|Colo|Okla|Tenn|Va|Ga|Ky|La|Md|Mo|Ala|Kan|Neb|Nev|Del|Vt|Wyo|Ark|Miss|Mont|Ind)|\b\p{Lu}\.\p{Lu})[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;
  let best = -1;
  for (let m = sentence.exec(window); m; m = sentence.exec(window)) best = from + m.index + m[0].length;
  if (best >= min) return best;
  const sp = s.slice(min, limit).lastIndexOf(' ');
  return sp >= 0 ? min + sp + 1 : limit;
}

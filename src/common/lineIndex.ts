// Offset ↔ line/character conversion for texts that are not open in an editor (VS Code's
// TextDocument does this for open ones). Lines end at "\n"; a "\r" before it stays on the line,
// as in VS Code, where "\r\n" counts as two code units of the line ending.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Zero-based line and character (UTF-16) of an offset. */
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

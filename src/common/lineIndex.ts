// Offset ↔ line/character conversion for texts that are not open in an editor (VS Code's
// TextDocument does this for open ones), with VS Code's rules: LF, CRLF and a lone CR each end
// a line, and the line break is not part of the line's characters.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
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

  /** One-based line number of an offset, as people count lines. */
  lineNumber(offset: number): number {
    return this.position(offset).line + 1;
  }
}

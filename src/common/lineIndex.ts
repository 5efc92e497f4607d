// Offset ↔ line/character conversion for texts that are not open in an editor (VS Code's
// TextDocument does this for open ones), with VS Code's rules: LF, CRLF and a lone CR each end
// a line, and the line break is not part of the line's characters.
import { firstIndex } from './firstIndex';

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
    const line = Math.max(0, firstIndex(this.starts.length, i => this.starts[i] > offset) - 1);
    return { line, character: offset - this.starts[line] };
  }

  /** One-based line number of an offset, as people count lines. */
  lineNumber(offset: number): number {
    return this.position(offset).line + 1;
  }
}

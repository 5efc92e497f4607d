// Offset and line helpers for exports. Tags use UTF-16 code units; the W3C model counts
// Unicode code points, so W3C exports convert (an emoji is 2 units but 1 code point).

/** Converts UTF-16 offsets of `text` to code-point offsets. Efficient for many offsets. */
export class CodePointOffsets {
  /** Code points before each 1024-unit block, so a conversion scans at most one block. */
  private readonly blockStarts: number[] = [];

  constructor(private readonly text: string) {
    let points = 0;
    for (let i = 0; i < text.length; i++) {
      if ((i & 1023) === 0) this.blockStarts.push(points);
      if (!isLowSurrogateAfterHigh(text, i)) points++;
    }
    this.blockStarts.push(points);
  }

  toCodePoints(offset: number): number {
    const block = offset >> 10;
    let points = this.blockStarts[Math.min(block, this.blockStarts.length - 1)];
    for (let i = block << 10; i < offset && i < this.text.length; i++) if (!isLowSurrogateAfterHigh(this.text, i)) points++;
    return points;
  }
}

function isLowSurrogateAfterHigh(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const p = text.charCodeAt(i - 1);
  return p >= 0xd800 && p <= 0xdbff;
}

/** 1-based line numbers of offsets (any of LF, CRLF, CR ends a line). */
export class LineNumbers {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

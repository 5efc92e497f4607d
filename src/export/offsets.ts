// Offset helpers for exports (line numbers: src/common/lineIndex.ts). Tags use UTF-16 code units; the W3C model counts
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

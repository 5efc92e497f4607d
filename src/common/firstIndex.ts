// Binary search over anything sorted: positions of tokens, spans, lines. One loop, so the bounds
// are right once, instead of a hand-written copy per caller.

/**
 * The first index in [0, length) at which `isPast(i)` holds, or `length` when it never does.
 * `isPast` must be monotonic: false up to some index, true from it on ("starts after offset").
 */
export function firstIndex(length: number, isPast: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

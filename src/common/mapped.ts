// `list.map(fn)` for hot code, built with push. On Node 20 (V8 11.3) an array that
// Array.prototype.map returns is packed while its caller runs unoptimised and holey once the
// caller is optimised (TurboFan's inlined map), so the next builtin that reads the result — join,
// filter, some, for…of, here or in any function it is handed to — fails its map check and the
// function is deoptimised and compiled again: once per such site, tens of milliseconds each for
// the large finders. An array grown by push is packed in both tiers (see text/wordMemo.ts, whose
// sentences are built the same way for the same reason).

/** The items through `fn`, in order, as a packed array. */
export function mapped<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(fn(list[i], i));
  return out;
}

/** The `lower` of the items [from, to) joined by single spaces ("new york city"). */
export function joinedLower(list: ReadonlyArray<{ readonly lower: string }>, from = 0, to = list.length): string {
  let out = '';
  for (let i = from; i < to; i++) out += i === from ? list[i].lower : ' ' + list[i].lower;
  return out;
}

// How a number's value is written for a reader, in the hover card and in the Markdown export:
// whole numbers with thousands separators, others with six decimals at most, and a share
// ("one in three") also as a percentage. Pure, so both places write a value the same way.

/** "20,000", "2657.38", "0.333333": a value as a reader checks it against the text. */
export function formatNumberValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(Number(v.toFixed(6)));
}

/** A share's value with its percentage ("0.333333 (33.3%)"); any other value as `formatNumberValue` writes it. */
export function formatValueOfKind(v: number, kind: string): string {
  return kind === 'fraction' ? `${formatNumberValue(v)} (${formatNumberValue(Math.round(v * 1000) / 10)}%)` : formatNumberValue(v);
}

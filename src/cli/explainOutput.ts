// `analyze --explain`: the rule ids behind each finding stay in the JSON and are spelled out in
// the text output; without --explain they are left out, so the default output (and the eval
// contract) stays as compact as before.
import { ruleReasons, type Analysis } from '../analysis';
import { printable } from './terminalText';

export function withoutExplanations(analysis: Analysis): Analysis {
  const result: Analysis = {
    ...analysis,
    people: analysis.people.map(withoutRules),
    quotes: analysis.quotes.map(withoutRules),
    numbers: analysis.numbers.map(withoutRules),
  };
  delete result.rejections;
  return result;
}

function withoutRules<T extends { rules?: string[] }>(finding: T): T {
  if (!finding.rules) return finding;
  // A rest copy, not `delete`: an object with a deleted key turns into a slow dictionary, and
  // JSON.stringify then takes longer over every finding of the output.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { rules, ...rest } = finding;
  return rest as T;
}

/** One line per finding and per rejected candidate: what, where, and the reasons in plain words. */
export function renderExplanations(analysis: Analysis): string {
  const lines: string[] = [];
  const line = (what: string, span: { start: number; end: number; text: string }, rules: readonly string[] | undefined) => {
    const reasons = ruleReasons(rules);
    const text = span.text.length > 60 ? span.text.slice(0, 59) + '…' : span.text;
    lines.push(`${what} ${JSON.stringify(printable(text))} [${span.start}–${span.end}]: ${reasons.length ? reasons.join('; ') : '(no recorded rule)'}`);
  };
  for (const p of analysis.people) line('person', p, p.rules);
  for (const q of analysis.quotes) line(`quote (${q.speaker ?? 'no speaker'})`, q, q.rules);
  for (const n of analysis.numbers) line(`number (${n.kind})`, n, n.rules);
  for (const r of analysis.rejections ?? []) line(`not a ${r.kind}`, r, r.rules);
  return lines.join('\n');
}

// Every example of every rule is a test: a rule's record says on which texts it must fire and on
// which it must not, and this runs them all (see src/analysis/rules/ruleRecord.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, Analyzer, ruleById, type Analysis, type RuleRecord } from '../../../src/analysis';

interface Finding {
  text: string;
  rules: readonly string[];
}

/** The findings a rule of this subject can be cited by, rejected candidates included. */
function findingsFor(rule: RuleRecord, analysis: Analysis): Finding[] {
  const kind = rule.subject === 'speaker' ? 'quote' : rule.subject;
  const found: Finding[] =
    kind === 'person' ? analysis.people.map(p => ({ text: p.text, rules: p.rules ?? [] }))
    : kind === 'quote' ? analysis.quotes.map(q => ({ text: q.text, rules: q.rules ?? [] }))
    : analysis.numbers.map(n => ({ text: n.text, rules: n.rules ?? [] }));
  for (const r of analysis.rejections ?? []) if (r.kind === kind) found.push({ text: r.text, rules: r.rules });
  return found;
}

/** "[Mrs. Banks] said" → the text without brackets and the bracketed part. */
export function readExample(example: string): { text: string; target?: string } {
  const open = example.indexOf('[');
  const close = example.indexOf(']', open + 1);
  if (open < 0 || close < 0) return { text: example };
  return { text: example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1), target: example.slice(open + 1, close) };
}

function describeFindings(findings: Finding[]): string {
  return findings.map(f => `${JSON.stringify(f.text)} ${JSON.stringify(f.rules)}`).join('; ') || 'nothing';
}

describe('rule examples', () => {
  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples.match) {
        it(`fires on ${JSON.stringify(example)}`, () => {
          const { text, target } = readExample(example);
          const findings = findingsFor(rule, new Analyzer().analyze(text)).filter(f => target === undefined || f.text === target);
          assert.ok(findings.some(f => f.rules.includes(rule.id)), `${rule.id} did not fire; found ${describeFindings(findings)}`);
        });
      }
      for (const example of rule.examples.noMatch) {
        it(`does not fire on ${JSON.stringify(example)}`, () => {
          const { text, target } = readExample(example);
          const findings = findingsFor(rule, new Analyzer().analyze(text)).filter(f => target === undefined || f.text === target);
          assert.ok(!findings.some(f => f.rules.includes(rule.id)), `${rule.id} fired; found ${describeFindings(findings)}`);
        });
      }
    });
  }

  it('every rule the analysis cites on the seed articles is declared, with a reason', () => {
    const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');
    for (const file of readdirSync(seeds).filter(f => f.endsWith('.txt'))) {
      const analysis = new Analyzer().analyze(readFileSync(join(seeds, file), 'utf8'));
      const cited = [...analysis.people, ...analysis.quotes, ...analysis.numbers, ...(analysis.rejections ?? [])].flatMap(f => f.rules ?? []);
      for (const id of cited) assert.ok(ruleById(id), `${file}: the analysis cites "${id}", which no rule table declares`);
    }
  });

  it('reads a bracketed example', () => {
    assert.deepEqual(readExample('[Mrs. Banks] said'), { text: 'Mrs. Banks said', target: 'Mrs. Banks' });
    assert.deepEqual(readExample('no brackets'), { text: 'no brackets' });
  });
});

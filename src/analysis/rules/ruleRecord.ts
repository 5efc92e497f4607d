// A decision of the analysis, kept as a record rather than buried in an if-chain: an id the
// output can cite (`"rules": ["person.title-before"]`), a reason in plain words for the hover
// card, and examples that must and must not trigger it. The examples are tests
// (test/unit/analysis/ruleExamples.test.ts runs every one), so a comment can no longer drift
// from what the code does. The model is compromise's post-tagger, which keeps its rules as
// `{match, tag, reason}` records in a declared order.

/** Which kind of finding a rule decides. */
export type RuleSubject = 'person' | 'quote' | 'speaker' | 'number';

export interface RuleRecord {
  /** "<subject>.<short-name>", lower-case words joined by "-": "person.title-before". */
  readonly id: string;
  readonly subject: RuleSubject;
  /** Why, in plain words a reader understands: "a title before a capitalised name". */
  readonly reason: string;
  /**
   * Texts on which the rule must fire (`match`) and must not (`noMatch`). Square brackets may
   * mark the finding the rule decides: "[Mrs. Banks] said" — the example then checks that
   * finding (a person, quote or number whose text is the bracketed text); without brackets it
   * checks any finding of the text. A rule that rejects a candidate (a veto) is seen in
   * `Analysis.rejections`.
   */
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

const RULE_ID = /^(person|quote|speaker|number)\.[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Declares a table of rules, in the order they apply. Throws on a malformed or repeated id, or a
 * rule without a match example, so a bad table fails at load (and in every test), not silently.
 */
export function defineRules(records: readonly RuleRecord[]): readonly RuleRecord[] {
  const seen = new Set<string>();
  for (const rule of records) {
    if (!RULE_ID.test(rule.id)) throw new Error(`rule id "${rule.id}" must look like "person.title-before"`);
    if (!rule.id.startsWith(rule.subject + '.')) throw new Error(`rule "${rule.id}" must start with its subject "${rule.subject}."`);
    if (seen.has(rule.id)) throw new Error(`rule id "${rule.id}" is declared twice`);
    if (!rule.reason.trim()) throw new Error(`rule "${rule.id}" has no reason`);
    if (!rule.examples.match.length) throw new Error(`rule "${rule.id}" has no example it must match`);
    seen.add(rule.id);
  }
  return records;
}

// Every rule of the analysis, from the tables each part keeps next to its code, so the CLI's
// --explain, the hover cards and the example test see one list.
import { NUMBERS_RULES } from '../numbers/rules';
import { PEOPLE_RULES } from '../people/rules';
import { QUOTES_RULES } from '../quotes/rules';
import type { RuleRecord } from './ruleRecord';

export const ALL_RULES: readonly RuleRecord[] = [...PEOPLE_RULES, ...QUOTES_RULES, ...NUMBERS_RULES];

const byId = new Map<string, RuleRecord>();
for (const rule of ALL_RULES) {
  if (byId.has(rule.id)) throw new Error(`rule id "${rule.id}" is declared in two tables`);
  byId.set(rule.id, rule);
}

export function ruleById(id: string): RuleRecord | undefined {
  return byId.get(id);
}

/** The plain-words reasons of rule ids, in their order, unknown ids skipped. */
export function ruleReasons(ids: readonly string[] | undefined): string[] {
  return (ids ?? []).flatMap(id => {
    const rule = byId.get(id);
    return rule ? [rule.reason] : [];
  });
}

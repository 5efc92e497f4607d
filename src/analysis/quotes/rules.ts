// The quote and speaker rules, in the order they apply (see ../rules/ruleRecord.ts for the record format).
import { defineRules } from '../rules/ruleRecord';

export const QUOTES_RULES = defineRules([]);

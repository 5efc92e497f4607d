// The person rules, in the order they apply (see ../rules/ruleRecord.ts for the record format).
import { defineRules } from '../rules/ruleRecord';

export const PEOPLE_RULES = defineRules([]);

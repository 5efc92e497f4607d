// Public surface of the analysis: pure functions, text in, spans out. No `vscode` here.
export * from './types';
export { Analyzer, analyze } from './pipeline/analyzer';
export { readArticleInfo } from './text/article';
export { ALL_RULES, ruleById, ruleReasons } from './rules/registry';
export type { RuleRecord, RuleSubject } from './rules/ruleRecord';

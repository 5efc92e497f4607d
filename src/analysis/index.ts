// Public surface of the analysis: pure functions, text in, spans out. No `vscode` here.
export * from './types';
export { Analyzer, analyze } from './analyzer';
export { readArticleInfo } from './article';

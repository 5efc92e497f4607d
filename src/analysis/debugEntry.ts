export { parseParagraph, Tag } from './tokens';
export { wordClass, Lex } from './lexicon/wordClass';
export { analyzeParagraph } from './paragraph';
export { Analyzer } from './analyzer';
import { Tag } from './tokens';
import { Lex } from './lexicon/wordClass';
export const tagNames = (b: number): string => Object.entries(Tag).filter(([, v]) => b & v).map(([k]) => k).join(',');
export const lexNames = (b: number): string => Object.entries(Lex).filter(([, v]) => b & v).map(([k]) => k).join(',');

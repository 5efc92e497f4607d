export { Analyzer } from './analyzer';
export { splitBlocks } from './blocks';
export { combine } from './document';
export { analyzeParagraph } from './paragraph';

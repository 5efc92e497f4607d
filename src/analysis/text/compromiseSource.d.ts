// Modules of compromise's own source, reached through tsconfig's `compromise-src/*` path
// (the package ships them untyped); src/analysis/text/compromisePasses.ts gives each its type.
declare module 'compromise-src/*' {
  const step: unknown;
  export default step;
}
declare module 'compromise-src/1-one/tokenize/methods/02-terms/01-hyphens.js' {
  export const hasHyphen: unknown;
}

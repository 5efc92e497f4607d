#!/usr/bin/env node
// Writes src/analysis/text/postTaggerRules.ts: the compromise post-tagger rules the analysis
// leaves out. Parses the project's own text (the bench corpus: the regression corpus's articles and the
// seeds, varied, ≥ 1 MB; and the files of the seeds and the regression corpus as they are) with every rule, applies each rule's tagging
// one at a time, and leaves out the LEFT_OUT costliest rules (most tried) among those that
//   - never changed a tag the finders read (READ_TAGS in tokens.ts) in that text, and
//   - do not tag a name, a place, an organisation, a number or a date (the finders' main
//     evidence: kept even when our text never needed it, as a margin for other news).
// Run it again after a compromise upgrade or when a finder starts reading another tag:
//   node scripts/post-tagger-rules.mjs     (LEFT_OUT=N node … to leave out another number)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { benchCorpus } from './bench-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = `export { default as nlp } from 'compromise';
export { READ_TAGS, parseParagraph } from './src/analysis/text/tokens';
export { PostTagger, fullPostTagger, ruleKey } from './src/analysis/text/postTagger';
export { compromiseBulkMatch } from './src/analysis/text/compromiseSweep';`;
const bundled = await esbuild.build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { nlp, READ_TAGS, parseParagraph, PostTagger, fullPostTagger, ruleKey, compromiseBulkMatch } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`
);

/**
 * How many of the costliest unneeded rules to leave out. More save more (all 475 unneeded: the
 * post-tagger costs a sixth of what it did) but cost quality on other news: at 200 the quotes
 * of one dev set dropped (0.951 → 0.950: "is telling a group that …" is a verb only through a
 * rule our own text never fires). Raise it only with `npm run eval` unchanged.
 */
const LEFT_OUT = Number(process.env.LEFT_OUT ?? 60);
const ENTITY_TAGS = /^(?:Person|FirstName|LastName|MaleName|FemaleName|Honorific|ProperNoun|Place|Country|City|Region|Address|Organization|SportsTeam|School|Company|Demonym|Value|Money|Date|Month|WeekDay|Holiday|Possessive|Acronym)$/;

const read = new Set(READ_TAGS);
const signature = term => [...term.tags].filter(t => read.has(t)).sort().join(',');
const rules = nlp.model().two.matches;
const changes = new Map(rules.map(rule => [ruleKey(rule), 0]));

// Count the chunks each rule is tried on (what it costs: compromise's sweep runs its matcher
// once per rule and chunk that holds its hook words), and apply the found rules one at a time,
// noting which changed a tag we read. The counting runs compromise's own sweep: ours
// (text/compromiseSweep.ts) runs compiled matchers that never call `methods.match`, so counted
// through it, most rules would look untried.
const methods = nlp.methods().one;
const ourBulkMatch = methods.bulkMatch;
methods.bulkMatch = compromiseBulkMatch;
const tries = new Map(rules.map(rule => [ruleKey(rule), 0]));
const firings = new Map(rules.map(rule => [ruleKey(rule), 0]));
const match = methods.match;
methods.match = (docs, rule, ...rest) => {
  tries.set(ruleKey(rule), tries.get(ruleKey(rule)) + 1);
  return match(docs, rule, ...rest);
};
const bulkTagger = methods.bulkTagger;
let fired = new Set();
methods.bulkTagger = (found, document, world) => {
  for (const todo of found) {
    fired.add(ruleKey(todo));
    firings.set(ruleKey(todo), firings.get(ruleKey(todo)) + 1);
    const terms = methods.getDoc([todo.pointer], document)[0] ?? [];
    const before = terms.map(signature).join('|');
    bulkTagger([todo], document, world);
    if (terms.map(signature).join('|') !== before) changes.set(ruleKey(todo), changes.get(ruleKey(todo)) + 1);
  }
};

// The varied corpus, and every file of the seeds and the regression corpus as it stands (probe
// files with their comments and gold lines, as the unit test that compares the taggers reads them).
const texts = benchCorpus(root, 1 << 20).docs;
for (const dir of [join(root, 'seeds'), join(root, 'test', 'regress', 'articles'), join(root, 'test', 'regress', 'probes')]) {
  for (const f of readdirSync(dir).filter(f => f.endsWith('.txt'))) texts.push(readFileSync(join(dir, f), 'utf8'));
}
const paragraphs = texts.flatMap(text => text.split(/\n\s*\n/)).filter(p => p.trim());
/** Per paragraph, the rules that matched somewhere in it. */
const firedIn = paragraphs.map(paragraph => {
  fired = new Set();
  parseParagraph(paragraph, fullPostTagger);
  return fired;
});
methods.bulkTagger = bulkTagger;
methods.match = match;
methods.bulkMatch = ourBulkMatch;

const tagsOf = rule => [rule.tag, rule.unTag].flat().filter(Boolean).map(t => t.replace(/^#/, '').split(/[ ,]+/)).flat();
const needed = rule => changes.get(ruleKey(rule)) > 0 || tagsOf(rule).some(t => ENTITY_TAGS.test(t));
// Only the costliest of the rules our text never needed are left out: a rule that never fired
// here may still correct other news (compromise wrote each for a reason), and the cheap ones
// cost little to keep.
const leftOut = new Set(rules.filter(rule => !needed(rule)).sort((a, b) => tries.get(ruleKey(b)) - tries.get(ruleKey(a))).slice(0, LEFT_OUT).map(ruleKey));
// A left-out rule can still matter through the others: a tag it sets that we do not read can
// make a later rule's tagging fail compromise's conflict check. Where the post-tagger without
// them tags a paragraph differently from all the rules, the rules that matched in that
// paragraph are put back, until the two agree on every paragraph.
const readTags = (paragraph, postTagger) => parseParagraph(paragraph, postTagger).doc.docs.flat().map(signature).join('|');
for (let round = 1; ; round++) {
  const without = new Set(leftOut);
  const postTagger = new PostTagger(rule => !without.has(ruleKey(rule)));
  let differing = 0;
  paragraphs.forEach((paragraph, i) => {
    if (readTags(paragraph, postTagger) === readTags(paragraph, fullPostTagger)) return;
    differing++;
    for (const key of firedIn[i]) leftOut.delete(key);
  });
  console.log(`round ${round}: ${differing} paragraph(s) tagged differently; ${leftOut.size} rules left out`);
  if (differing === 0) break;
}
const lines = rules
  .map(ruleKey)
  .filter((key, i, all) => leftOut.has(key) && all.indexOf(key) === i)
  .map(key => `  ${JSON.stringify(key)}, // tried ${tries.get(key)} times, fired ${firings.get(key)}`);
writeFileSync(
  join(root, 'src', 'analysis', 'text', 'postTaggerRules.ts'),
  `// Generated by scripts/post-tagger-rules.mjs from ${paragraphs.length} paragraphs of the project's own text:
// the ${leftOut.size} of compromise ${nlp.version}'s ${rules.length} post-tagger rules that the analysis leaves out,
// the costliest (tried on the most sentence chunks) of those that never changed a tag the
// finders read there and do not tag a name, place, organisation, number or date. In
// compromise's order, keyed "tag|unTag|match".
export const LEFT_OUT_POST_TAGGER_RULES: readonly string[] = [
${lines.join('\n')}
];
`,
);
const triesOf = keys => [...keys].reduce((sum, key) => sum + tries.get(key), 0);
console.log(`${paragraphs.length} paragraphs; left out ${leftOut.size} of ${rules.length} rules, ${Math.round((100 * triesOf(leftOut)) / triesOf(tries.keys()))}% of all rule tries`);

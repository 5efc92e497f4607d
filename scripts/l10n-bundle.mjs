// `npm run l10n`: writes l10n/bundle.l10n.json, the English texts of every `vscode.l10n.t(…)` call
// in src/, which translators copy to bundle.l10n.<language>.json. VS Code shows the code's own
// English text when there is no bundle for the display language, so this file is the list of
// what there is to translate, and must be regenerated when a message changes:
// test/unit/l10n.test.ts runs `node scripts/l10n-bundle.mjs --check`, which fails when it is stale.
// The format is @vscode/l10n-dev's (`export`): the message is the key; a call with a comment,
// `l10n.t({ message, comment, args })`, is keyed "message/comment". This small script, over the
// TypeScript parser the project already has, does the same export without another dependency.
//   node scripts/l10n-bundle.mjs            write the bundle
//   node scripts/l10n-bundle.mjs --check    exit 1, listing the differences, when it is stale
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './harness/install.mjs';
import { isMain } from './harness/script.mjs';

const SOURCES = join(REPO_ROOT, 'src');
export const BUNDLE = join(REPO_ROOT, 'l10n', 'bundle.l10n.json');

/** `l10n.t` or `vscode.l10n.t`. */
function isL10nCall(node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 't') return false;
  const owner = node.expression.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

function literalText(node) {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/**
 * The messages of every l10n.t call in src/, key → English text, sorted by key. A message that is
 * not a literal cannot be extracted (and so cannot be translated): that is an error.
 */
export function extractMessages() {
  const messages = new Map();
  const problems = [];
  const files = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.ts') && !name.endsWith('.d.ts'));
  for (const name of files.sort()) {
    const path = join(SOURCES, name);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = node => {
      if (isL10nCall(node)) {
        const [first] = node.arguments;
        let key;
        let message = literalText(first);
        if (message !== undefined) key = message;
        else if (first && ts.isObjectLiteralExpression(first)) {
          const property = field => first.properties.find(p => ts.isPropertyAssignment(p) && p.name.getText(source) === field)?.initializer;
          message = literalText(property('message'));
          const comment = property('comment');
          const comments = comment && ts.isArrayLiteralExpression(comment) ? comment.elements.map(literalText) : [literalText(comment)];
          if (message !== undefined && comments.every(c => c !== undefined)) key = `${message}/${comments.join('')}`;
        }
        if (key === undefined) {
          const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
          problems.push(`${relative(REPO_ROOT, path)}:${line + 1}:${character + 1}: l10n.t needs a literal message (a string, or { message, comment } of literals)`);
        } else messages.set(key, message);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return Object.fromEntries([...messages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function bundleText(messages) {
  return JSON.stringify(messages, null, 2) + '\n';
}

if (isMain(import.meta.url)) {
  try {
    const messages = extractMessages();
    if (process.argv.includes('--check')) {
      const written = existsSync(BUNDLE) ? JSON.parse(readFileSync(BUNDLE, 'utf8')) : {};
      const missing = Object.keys(messages).filter(key => written[key] !== messages[key]);
      const stale = Object.keys(written).filter(key => !(key in messages));
      if (missing.length || stale.length || readFileSync(BUNDLE, 'utf8') !== bundleText(messages)) {
        console.error(`${relative(REPO_ROOT, BUNDLE)} is not in step with the code: run \`npm run l10n\`.`);
        for (const key of missing) console.error(`  missing or changed: ${JSON.stringify(key)}`);
        for (const key of stale) console.error(`  no longer in the code: ${JSON.stringify(key)}`);
        process.exit(1);
      }
      console.log(`${relative(REPO_ROOT, BUNDLE)} is in step with the code (${Object.keys(messages).length} messages).`);
    } else {
      mkdirSync(dirname(BUNDLE), { recursive: true });
      writeFileSync(BUNDLE, bundleText(messages));
      console.log(`Wrote ${relative(REPO_ROOT, BUNDLE)} (${Object.keys(messages).length} messages).`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

// The editor's words can be translated: every text the extension shows through the VS Code API
// goes through `vscode.l10n.t`, and l10n/bundle.l10n.json (what translators work from) lists
// exactly the messages the code has. The manifest's own texts are checked in manifest.test.ts.
//
// The scan is deliberately simple: it knows the API calls, constructors and properties that put
// text on screen (below), and flags a string literal with words in it that reaches one of them
// without passing through l10n.t. Text built elsewhere and passed in a variable is not followed;
// text from src/analysis, src/annotations and src/export stays English (those layers know
// nothing of VS Code), and the editor says so where it shows it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');

/** Calls that show text, and which of their arguments are text ('all': every one). */
const SHOWING_CALLS: Record<string, number[] | 'all'> = {
  showInformationMessage: 'all',
  showWarningMessage: 'all',
  showErrorMessage: 'all',
  showQuickPick: 'all',
  setStatusBarMessage: [0],
  showInputBox: [0],
  showSaveDialog: [0],
  showOpenDialog: [0],
  withProgress: [0],
  createOutputChannel: [0],
  createTreeView: [1],
  registerDocumentSymbolProvider: [2],
  // Hover cards (src/editor/markdown.ts's HoverCard and MarkdownString).
  append: [0],
  appendText: [0],
  appendMarkdown: [0],
  link: [0],
  // The editor's own prompts and messages: a tag label's question, an undo step's name, a notification.
  askLabel: [1],
  transaction: [0],
  notificationText: [0],
};

/** Constructors whose arguments are shown (a tree item's label, a symbol's name and detail, …). */
const SHOWING_CONSTRUCTORS: Record<string, number[]> = {
  TreeItem: [0],
  DocumentSymbol: [0, 1],
  InlayHint: [1],
  MarkdownString: [0],
  StatusBarItem: [0],
};

/** Properties whose value is shown: of quick picks, tree items, status-bar items, commands, dialogs. */
const SHOWING_PROPERTIES = new Set(['text', 'tooltip', 'description', 'label', 'detail', 'placeholder', 'placeHolder', 'title', 'prompt', 'name', 'saveLabel', 'openLabel', 'message', 'validationMessage', 'items']);

export interface Finding {
  line: number;
  text: string;
}

function isL10nCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 't') return false;
  const owner = node.expression.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

/** Words a person reads: letters, once codicons ("$(tag)") are taken out. */
function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text.replace(/\$\([\w-]+\)/g, ''));
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function propertyName(name: ts.PropertyName | ts.MemberName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** String literals with words in them that are shown without going through l10n.t. */
export function untranslatedTexts(code: string, fileName = 'file.ts'): Finding[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const findings = new Map<ts.Node, Finding>();
  const flag = (node: ts.Node, text: string) => {
    if (hasWords(text)) findings.set(node, { line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source) });
  };
  /** Follows a shown expression down to its literals (through ?:, +, ??, templates, arrays, .map callbacks, calls' arguments). */
  const shown = (node: ts.Node | undefined): void => {
    if (!node || isL10nCall(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return flag(node, node.text);
    if (ts.isTemplateExpression(node)) {
      flag(node, [node.head.text, ...node.templateSpans.map(s => s.literal.text)].join(' '));
      for (const span of node.templateSpans) shown(span.expression);
      return;
    }
    if (ts.isConditionalExpression(node)) return [node.whenTrue, node.whenFalse].forEach(shown);
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) [node.left, node.right].forEach(shown);
      else if (op === ts.SyntaxKind.AmpersandAmpersandToken) shown(node.right);
      return;
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSpreadElement(node)) return shown(node.expression);
    if (ts.isArrayLiteralExpression(node)) return node.elements.forEach(shown);
    if (ts.isArrowFunction(node)) return ts.isBlock(node.body) ? undefined : shown(node.body);
    if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) if (ts.isPropertyAssignment(p) && SHOWING_PROPERTIES.has(propertyName(p.name) ?? '')) shown(p.initializer);
      return;
    }
    if (ts.isCallExpression(node)) {
      // A showing call inside (a card's link in its text) is checked on its own, for its text arguments only.
      const name = calleeName(node.expression);
      if (name && Object.hasOwn(SHOWING_CALLS, name)) return;
      // `[…].join(' · ')`, `items.map(x => ({ label: … }))`, `fileName(…)`: what they return is shown.
      if (ts.isPropertyAccessExpression(node.expression)) shown(node.expression.expression);
      return node.arguments.forEach(shown);
    }
  };
  const showArguments = (args: readonly ts.Expression[] | undefined, which: number[] | 'all') => {
    (args ?? []).forEach((arg, i) => {
      if (which === 'all' || which.includes(i)) shown(arg);
    });
  };
  const visit = (node: ts.Node): void => {
    if (isL10nCall(node)) return;
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name && Object.hasOwn(SHOWING_CALLS, name)) showArguments(node.arguments, SHOWING_CALLS[name]);
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name && Object.hasOwn(SHOWING_CONSTRUCTORS, name)) showArguments(node.arguments, SHOWING_CONSTRUCTORS[name]);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      if (SHOWING_PROPERTIES.has(node.left.name.text)) shown(node.right);
    } else if (ts.isPropertyAssignment(node) && SHOWING_PROPERTIES.has(propertyName(node.name) ?? '')) {
      shown(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...findings.values()].sort((a, b) => a.line - b.line);
}

function editorSources(): string[] {
  const editor = join(ROOT, 'src', 'editor');
  const files = readdirSync(editor, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.ts'))
    .map(name => join(editor, name));
  return [join(ROOT, 'src', 'extension.ts'), ...files];
}

describe('translatable texts', () => {
  it('the scan finds texts shown without l10n.t, and passes them once they go through it', () => {
    const before = [
      "vscode.window.showInformationMessage('Source Annotator: open an article first.');",
      'const t = new vscode.TreeItem(`Tags of ${name} cannot be read`, none);',
      "pick.placeholder = 'Pick a label';",
      "void vscode.window.showQuickPick(kinds.map(k => ({ label: 'Quotes', kind: k })), { placeHolder: 'Which kind?' });",
      "vscode.window.setStatusBarMessage(done ? 'undid it' : `${prefix}nothing to undo`, 3000);",
      "card.append(`$(tag) **${label}** · on every mention of ${entity}`);",
    ].join('\n');
    assert.deepEqual(
      untranslatedTexts(before).map(f => f.line),
      [1, 2, 3, 4, 4, 5, 5, 6],
    );
    const after = [
      "vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: open an article first.'));",
      "const t = new vscode.TreeItem(vscode.l10n.t('Tags of {0} cannot be read', name), none);",
      "pick.placeholder = vscode.l10n.t('Pick a label');",
      "void vscode.window.showQuickPick(kinds.map(k => ({ label: vscode.l10n.t('Quotes'), kind: k })), { placeHolder: vscode.l10n.t('Which kind?') });",
      "vscode.window.setStatusBarMessage(done ? vscode.l10n.t('undid it') : vscode.l10n.t('nothing to undo'), 3000);",
      "card.append(`$(tag) **${label}** · ${vscode.l10n.t('on every mention of {0}', entity)}`);",
      // Not words: codicons, Markdown, separators; not shown: command ids and context values.
      "card.append(`\\n\\n$(book) **${title}** · `); t.contextValue = 'tag.orphaned'; card.link(text, 'sourceAnnotator.tagRange', [uri]);",
    ].join('\n');
    assert.deepEqual(untranslatedTexts(after), []);
  });

  it('src/editor and src/extension.ts show no text that bypasses vscode.l10n.t', () => {
    const findings = editorSources().flatMap(file =>
      untranslatedTexts(readFileSync(file, 'utf8'), file).map(f => `${relative(ROOT, file)}:${f.line}: ${f.text}`),
    );
    assert.deepEqual(findings, []);
  });

  it('l10n/bundle.l10n.json lists exactly the messages of the code (npm run l10n regenerates it)', function () {
    this.timeout(30_000);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n', 'package.json names the folder of the code’s translations');
    assert.ok(existsSync(join(ROOT, 'l10n', 'bundle.l10n.json')), 'l10n/bundle.l10n.json exists');
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'l10n-bundle.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(check.status, 0, `${check.stdout}${check.stderr}`);
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    // Spot checks that the export reads the code: a message with a placeholder, and a plain one.
    assert.equal(bundle['Tags of {0} cannot be read'], 'Tags of {0} cannot be read');
    assert.equal(bundle['Source Annotator: open an article first.'], 'Source Annotator: open an article first.');
  });
});

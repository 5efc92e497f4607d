// Loads the extension outside VS Code, in a fresh Node process, with a stub `vscode` module, and
// prints JSON about it: how long loading the module and calling `activate()` took, and whether
// the NLP library (compromise) was loaded by then. Used by the activation bench
// (scripts/bench-activation.mjs, on dist/extension.js) and by the unit test that keeps
// compromise off the activation path (test/unit/editor/activation.test.ts, on out/src/).
//   node test/support/activationProbe.cjs <extension module> [--analyse <documentAnalyses module>]
// With --analyse it then analyses a short text through DocumentAnalyses, as the first
// highlight does, and reports the people found and whether compromise is loaded after that.
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { performance } = require('node:perf_hooks');

// Every property of a stub is another stub, callable and constructible, so that
// `new vscode.EventEmitter()`, `vscode.window.createOutputChannel(…)`, `.event(listener)` and
// `.dispose()` all work. Not thenable, iterates as empty, remembers what is assigned to it.
const handler = {
  get(target, key) {
    if (Object.hasOwn(target.cache, key)) return target.cache[key];
    if (key === 'then' || key === Symbol.toPrimitive) return undefined;
    if (key === Symbol.iterator) return function* () {};
    if (key === 'length') return 0;
    return (target.cache[key] = stub());
  },
  set(target, key, value) {
    target.cache[key] = value;
    return true;
  },
  apply: () => stub(),
  construct: () => stub(),
};
function stub() {
  const f = function () {};
  f.cache = {};
  return new Proxy(f, handler);
}

const [extensionPath, flag, documentAnalysesPath] = process.argv.slice(2).map(a => (a.startsWith('--') ? a : resolve(a)));
// Compiled code copies the module's own property names (esbuild's __toESM), so the module is a
// plain object with a stub for every name the VS Code API declares (minified bundles rename
// their `vscode` variable, so the names can't be read from the code).
const vscode = {};
const api = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
for (const [, name] of api.matchAll(/export (?:namespace|class|enum|const|function) (\w+)/g)) vscode[name] ??= stub();
// What activate() reads as data: default settings, no open editors or folders (a fresh window).
vscode.workspace.getConfiguration = () => ({ get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} });
vscode.workspace.textDocuments = [];
vscode.workspace.workspaceFolders = undefined;
vscode.window.visibleTextEditors = [];
vscode.window.activeTextEditor = undefined;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
const compromiseLoaded = () => Object.keys(require.cache).some(file => /[\\/]node_modules[\\/]compromise[\\/]/.test(file));

async function main() {
  const context = { subscriptions: [], workspaceState: stub(), globalState: stub(), extensionUri: stub(), extension: stub() };
  const t0 = performance.now();
  const extension = require(extensionPath);
  const t1 = performance.now();
  extension.activate(context);
  const t2 = performance.now();
  const report = { loadMs: t1 - t0, activateMs: t2 - t1, compromiseLoadedAtActivation: compromiseLoaded() };
  if (flag === '--analyse') {
    const { DocumentAnalyses } = require(documentAnalysesPath);
    const config = { settings: { analysisDelay: 0, maxAnalysedLength: Infinity } };
    const analyses = new DocumentAnalyses(config, stub());
    const analysis = await analyses.analyzeText('“We will rebuild the bridge,” said Mayor Jane Okafor on Tuesday.');
    report.people = analysis.entities.map(e => e.name);
    report.compromiseLoadedAfterAnalysis = compromiseLoaded();
  }
  process.stdout.write(JSON.stringify(report));
  // The stub's listeners and timers must not keep the process alive.
  process.exit(0);
}
main().catch(err => {
  console.error(err);
  process.exit(1);
});

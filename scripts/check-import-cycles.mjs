// Fails when the modules under src/ import each other in a cycle. A cycle makes the load order
// matter (a module can see another's exports still undefined) and blurs the layering: analysis
// → annotations → export → editor → extension, with common/ at the bottom. Type-only imports
// count too (`import type`): they do not run, but a cycle of types is the same tangle of concepts.
//
//   node scripts/check-import-cycles.mjs          checks src/, prints each cycle, exits 1 if any
//   node scripts/check-import-cycles.mjs <dir>    checks another folder (used to try the check)
import ts from 'typescript';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function tsFilesUnder(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...tsFilesUnder(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The file a relative import names ('./x', './x.js', './dir' → dir/index.ts), or undefined for packages. */
function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Map from each file to the files it imports (imports, re-exports, dynamic imports). */
export function importGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => resolveImport(file, fileName)).filter(Boolean);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The strongly connected components with more than one module, or one that imports itself
 * (Tarjan's algorithm, iterative so that deep graphs cannot overflow the stack).
 */
export function cycles(graph) {
  let counter = 0;
  const index = new Map();
  const lowLink = new Map();
  const onStack = new Set();
  const stack = [];
  const found = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    index.set(start, counter);
    lowLink.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node), index.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        lowLink.set(parent, Math.min(lowLink.get(parent), lowLink.get(frame.node)));
      }
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || targets.includes(frame.node)) found.push(component.sort());
      }
    }
  }
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(REPO_ROOT, 'src'));
  const graph = importGraph(tsFilesUnder(dir));
  const found = cycles(graph);
  if (found.length === 0) {
    console.log(`No import cycles among the ${graph.size} modules under ${relative(process.cwd(), dir) || '.'}.`);
  } else {
    console.log(`${found.length} import cycle${found.length > 1 ? 's' : ''} under ${relative(process.cwd(), dir) || '.'}:`);
    for (const component of found) {
      console.log(`  - ${component.map(file => relative(process.cwd(), file)).join(', ')}`);
      // One concrete loop, so it is clear which import to move.
      console.log(`    e.g. ${loopThrough(graph, component).map(file => relative(process.cwd(), file)).join(' → ')}`);
    }
    process.exitCode = 1;
  }
}

/** A shortest path from the component's first module back to itself, staying inside it. */
function loopThrough(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const target of graph.get(node) ?? []) {
      if (target === start) {
        const path = [start];
        for (let at = node; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (members.has(target) && !previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return component;
}

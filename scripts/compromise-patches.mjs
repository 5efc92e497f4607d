// An esbuild plugin that edits a few lines of compromise's source as it is bundled, for the
// bundles this project ships (scripts/build.mjs) and the bundle the benchmark times
// (scripts/bench.mjs). Each edit leaves compromise's results as they are:
// - compromise reads `process.env.DEBUG_TAGS` on every tag it sets (about 137,000 reads on the
//   bench corpus, each a call into the C++ environment lookup) to print a tagging log with
//   `console.log`. With DEBUG_TAGS set in the user's environment that log went into the CLI's
//   JSON output and the extension host's console. Here compromise sees an empty environment: no
//   log, and no lookup.
// - compromise merges its plugins' models at load with `Object.assign(model, { [key]: value })`,
//   an object made per key of its lexicons; a plain assignment sets the same property (both
//   are [[Set]]; the unsafe keys are skipped before either).
// An edit whose text is not found fails the build: a new compromise version must be looked at,
// not silently left unpatched.

/** compromise's way of finding the environment, in each file that reads DEBUG_TAGS. */
const ENVIRONMENT = "typeof process === 'undefined' || !process.env ? self.env || {} : process.env";

/** By file under compromise's package folder: the texts to replace, each found exactly once. */
export const COMPROMISE_PATCHES = {
  'src/1-one/tag/methods/setTag.js': [[ENVIRONMENT, '{}']],
  'src/2-two/preTagger/compute/tagger/_fastTag.js': [[ENVIRONMENT, '{}']],
  'src/1-one/sweep/methods/tagger/index.js': [[ENVIRONMENT, '{}']],
  'src/2-two/preTagger/compute/tagger/3rd-pass/06-switches.js': [[ENVIRONMENT, '{}']],
  'src/3-three/chunker/compute/04-fallback.js': [[ENVIRONMENT, '{}']],
  'src/API/extend.js': [
    ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
    ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
  ],
};

/** `source` with the edits for `file` (a path under compromise's package folder) made. */
export function patchCompromiseSource(file, source) {
  let patched = source;
  for (const [from, to] of COMPROMISE_PATCHES[file] ?? []) {
    const at = patched.indexOf(from);
    if (at < 0 || patched.indexOf(from, at + 1) >= 0) {
      throw new Error(`compromise-patches: expected exactly one "${from}" in compromise/${file}; compromise changed, look at this edit again`);
    }
    patched = patched.slice(0, at) + to + patched.slice(at + from.length);
  }
  return patched;
}

const IN_COMPROMISE = /[\\/]node_modules[\\/]compromise[\\/](src[\\/].*\.js)$/;

/** The esbuild plugin. */
export function compromisePatches() {
  return {
    name: 'compromise-patches',
    setup(build) {
      build.onLoad({ filter: IN_COMPROMISE }, async args => {
        const file = IN_COMPROMISE.exec(args.path)[1].replace(/\\/g, '/');
        if (!COMPROMISE_PATCHES[file]) return undefined;
        const { readFile } = await import('node:fs/promises');
        return { contents: patchCompromiseSource(file, await readFile(args.path, 'utf8')), loader: 'js' };
      });
    },
  };
}

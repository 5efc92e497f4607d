// src/annotations and src/export run in the web extension too: no Node built-ins, no vscode.
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';

describe('portability of the tag model and the exports', () => {
  for (const entry of ['src/annotations/index.ts', 'src/export/index.ts']) {
    it(`${entry} bundles for the browser without Node built-ins or vscode`, async function () {
      this.timeout(30000);
      const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
      const inputs = Object.keys(result.metafile.inputs);
      assert.ok(inputs.every(i => i.startsWith('src/')), `only project sources: ${inputs.filter(i => !i.startsWith('src/')).join(', ')}`);
      assert.ok(!inputs.some(i => i.startsWith('src/cli/') || i.startsWith('src/editor/')));
      for (const output of Object.values(result.metafile.outputs)) assert.deepEqual(output.imports, []);
    });
  }
});

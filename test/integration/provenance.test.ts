// The extension under test is the one the harness means to test: the repo's folder in the
// development run, the .vsix installed into the server's extensions dir in the installed runs.
// Without this, an installed-.vsix run that quietly loaded the repo's copy (or no extension at
// all) would pass while testing nothing a user installs.
import * as assert from 'node:assert/strict';
import { sep } from 'node:path';
import * as vscode from 'vscode';
import { testEnv } from '../suite/environment';
import { EXTENSION_ID } from './helpers';

describe('provenance: the extension under test', () => {
  it('is loaded from where the harness put it, and activates', async function () {
    const expectedFolder = testEnv('extensionFrom');
    if (expectedFolder === undefined) this.skip(); // not run by scripts/integration.mjs
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const path = extension.extensionPath;
    assert.ok(path === expectedFolder || path.startsWith(expectedFolder + sep), `loaded from ${path}, expected under ${expectedFolder}`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});

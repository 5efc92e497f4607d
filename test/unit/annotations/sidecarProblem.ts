// The problem the sidecar reader names for a file it refuses (shared by the format tests).
import assert from 'node:assert/strict';
import { parseSidecar, SidecarFormatError } from '../../../src/annotations/sidecarFormat';

export function sidecarProblem(source: string): string {
  try {
    parseSidecar(source);
  } catch (err) {
    assert.ok(err instanceof SidecarFormatError);
    return err.problem;
  }
  return assert.fail('expected the sidecar to be refused');
}

// `source-annotator agreement A B [--json]`: how far two annotators' sidecars of the same article
// agree (see src/annotations/agreement.ts for the measures). A and B are files; for another
// branch's version: git show branch:article.txt.annotations.json > theirs.json
import { resolve } from 'node:path';
import { compareSidecars, type KindAgreement } from '../annotations';
import { parseArgs, UsageError } from './args';
import type { CliContext } from './context';
import { CliError } from './io';
import { readSidecarFile } from './sidecarFile';
import { jsonLine, printable } from './terminalText';

export const agreementUsage = `source-annotator agreement A B [--json]
  Compares two annotators' sidecars of the same article: per kind (tags, corrections,
  verifications) F1 on exact spans and on overlapping spans (same label), Cohen's kappa on the
  labels of spans both annotated, and the disagreements with their offsets.
  --json   {"tags": {"f1","f1Overlap","kappa","matched","onlyA","onlyB","labels"},
            "corrections": {…}, "verifications": {…}, "disagreements": [{"kind","start","end","text","a","b"}]}`;

export async function agreementCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'] });
  if (args.positionals.length !== 2) throw new UsageError('give the two sidecars A and B');
  const [a, b] = await Promise.all(
    args.positionals.map(async (p, i) => {
      const path = resolve(ctx.cwd, p);
      const content = await readSidecarFile(path, i ? 'B' : 'A');
      if (!content) throw new CliError(`${i ? 'B' : 'A'} ${path} is empty`);
      return content;
    }),
  );
  if (a.document.fingerprint && b.document.fingerprint && a.document.fingerprint !== b.document.fingerprint) {
    ctx.stderr('source-annotator agreement: the two sidecars were saved with different article texts; offsets may not line up\n');
  }
  const result = compareSidecars(a, b);
  if (args.flags.has('json')) {
    ctx.stdout(jsonLine(result));
    return 0;
  }
  const row = (name: string, k: KindAgreement) =>
    `${name.padEnd(14)} ${fixed(k.f1)}  ${fixed(k.f1Overlap)}  ${k.kappa === null ? '   –' : fixed(k.kappa)}  ${String(k.matched).padStart(7)}  ${String(k.onlyA).padStart(6)}  ${String(k.onlyB).padStart(6)}\n`;
  ctx.stdout(`${''.padEnd(14)}   F1  F1~ovl  kappa  matched  only A  only B\n`);
  ctx.stdout(row('tags', result.tags) + row('corrections', result.corrections) + row('verifications', result.verifications));
  if (result.disagreements.length) ctx.stdout(`\nDisagreements (offsets: A's label / B's label):\n`);
  for (const d of result.disagreements) {
    ctx.stdout(printable(`  ${d.kind.padEnd(13)} ${d.start}–${d.end} “${d.text.replace(/\s+/g, ' ')}”: ${d.a ?? '—'} / ${d.b ?? '—'}`) + '\n');
  }
  return 0;
}

function fixed(n: number): string {
  return n.toFixed(3).padStart(5);
}

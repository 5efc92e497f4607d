// The project's own text, for the tests that check a faster path of the parse against
// compromise's own: every paragraph of the seed articles and of the regression corpus's files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

export function projectParagraphs(): string[] {
  const dirs = [join(root, 'seeds'), join(root, 'test', 'regress', 'articles'), join(root, 'test', 'regress', 'probes')];
  return dirs.flatMap(dir =>
    readdirSync(dir)
      .filter(f => f.endsWith('.txt'))
      .flatMap(f => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
      .filter(p => p.trim()),
  );
}

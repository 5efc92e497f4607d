// Runs of capitalised words that hold a person's name and then the start of something else,
// written without a comma between them: a letter's signature with its town ("Ruth K. Nelson
// Cullowhee, N.C."), a byline that runs into the next sentence ("by reporter Hao Liu British
// officials said"). The run is cut where the name ends, so each part is judged on its own.
import { Lex, wordClass } from '../lexicon/wordClass';
import { US_STATE_ABBREVIATION } from '../lexicon/organisationWords';
import { isTownName } from '../lexicon/townNames';
import type { Token } from '../text/tokens';
import { isInitial, type NameRun } from './nameRuns';
import { NAME, nameLike, shapeEvidence } from './nameShape';
import { Evidence } from './candidate';
import { joinedLower } from '../../common/mapped';

/** The run, or its parts when a person's name inside it is followed by a town or a nationality. */
export function splitNameRun(tokens: Token[], text: string, run: NameRun): NameRun[] {
  if (run.headline || run.titleCase || run.nickname || run.last - run.first < 2) return [run];
  const at = townAfterName(tokens, text, run) ?? nationalityAfterName(tokens, run);
  if (at === undefined) return [run];
  return [
    { ...run, last: at - 1 },
    { ...run, first: at },
  ];
}

/** Tokens [first, to) read as a person's full name on their own ("Robert S. Jenkins", "Hao Liu"). */
function personNameBefore(tokens: Token[], first: number, to: number): boolean {
  if (to - first < 2 || isInitial(tokens[to - 1])) return false;
  const name = tokens.slice(first, to);
  return name.every(t => nameLike(t)) && shapeEvidence(name, false, null) === Evidence.Strong;
}

/**
 * "Robert S. Jenkins Cambridge, Mass.", "Oliver Berliner Beverly Hills, Calif.": the run is
 * followed by a comma and a US state, so it ends with a town; the name before it ends at a known
 * town, or else at the word after the last middle initial. The index where the town starts.
 */
function townAfterName(tokens: Token[], text: string, run: NameRun): number | undefined {
  const last = tokens[run.last];
  const after = tokens[run.last + 1];
  if (!after || after.sentence !== last.sentence || last.possessive || !/^,[ \t\u00a0]+$/.test(last.post)) return undefined;
  if (!US_STATE_ABBREVIATION.test(text.slice(after.start, after.start + 20))) return undefined;
  for (let p = run.first + 2; p <= run.last; p++) {
    const town = joinedLower(tokens, p, run.last + 1);
    if (isTownName(town) && personNameBefore(tokens, run.first, p)) return p;
  }
  for (let q = run.last - 2; q > run.first; q--) {
    if (isInitial(tokens[q])) return personNameBefore(tokens, run.first, q + 2) ? q + 2 : undefined;
  }
  return undefined;
}

/**
 * "Hao Liu British Ministry …": a nationality after a name of two words or more starts a new
 * phrase. (Not a nationality that is also a family name, "Dawn French".)
 */
function nationalityAfterName(tokens: Token[], run: NameRun): number | undefined {
  for (let p = run.first + 2; p <= run.last; p++) {
    const c = wordClass(tokens[p].lower);
    if (c & Lex.Demonym && !(c & NAME) && personNameBefore(tokens, run.first, p)) return p;
  }
  return undefined;
}

import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { firstClueTag } from '../../../src/analysis/text/switchStep';
import { seededRandom } from './seededRandom';

interface TagInfo {
  parents: string[];
}
const world = nlp.world() as unknown as { model: { one: { tagSet: Record<string, TagInfo | undefined> }; two: { clues: Record<string, Record<string, Record<string, string> | undefined>> } } };
const { tagSet } = world.model.one;

/** compromise's checkTag choice (06-switches.js): sort the tags, most parents first, then the first with a clue. */
function compromiseChoice(tags: string[], clues: Record<string, string>): string | undefined {
  const sorted = Array.from(new Set(tags)).sort((a, b) => {
    const numA = tagSet[a] ? tagSet[a].parents.length : 0;
    const numB = tagSet[b] ? tagSet[b].parents.length : 0;
    return numA > numB ? -1 : 1;
  });
  return sorted.find(tag => clues[tag]);
}

describe('the switch step’s choice of a neighbour’s tag clue', () => {
  it('picks what compromise’s sort then find picks, for every kind of switch and tag sets in any order', () => {
    const next = seededRandom(7);
    // Real tags, many with the same number of parents, where the order in the set decides.
    // (Not 'Redacted', listed without parents: compromise's sort throws on it.)
    const tags = Object.keys(tagSet)
      .filter(tag => tagSet[tag]?.parents)
      .concat(['NotATag']);
    let compared = 0;
    for (const [form, clues] of Object.entries(world.model.two.clues)) {
      for (const side of ['beforeTags', 'afterTags']) {
        const clueTags = clues?.[side];
        if (!clueTags) continue;
        const clueList = Object.keys(clueTags);
        for (let n = 0; n < 400; n++) {
          // Half of each set from the clues' own tags, so that several of them compete.
          const size = 1 + Math.floor(next() * 12);
          const set = Array.from({ length: size }, () => (next() < 0.5 ? clueList[Math.floor(next() * clueList.length)] : tags[Math.floor(next() * tags.length)]));
          assert.equal(firstClueTag(new Set(set), clueTags, tagSet), compromiseChoice(set, clueTags), `${form} ${side}: ${set.join(',')}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 1000, `${compared} sets compared`);
  });
});

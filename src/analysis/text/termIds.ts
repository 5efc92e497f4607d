// compromise gives every term an id (compute 'id'), which it reads only to compare: a match
// remembers the ids of its first and last terms so that a later look-up can tell whether the
// words moved (pointers/methods/getDoc.js), and a match by id compares them. Its ids are strings
// built from the word, a counter, the term's position and a random digit: five number-to-string
// conversions and as many concatenations per term, a few percent of the parse before the
// post-tagger. Here an id is a number from a counter instead. Only equality between ids can
// matter, and the ids of one document are distinct either way (compromise's by the term's
// position; these always), so every comparison answers as before. Installed on compromise's
// shared compute table when this module loads.
import nlp from 'compromise';

interface IdTerm {
  id?: unknown;
}

const compute = (nlp.world() as unknown as { compute: Record<string, (view: { docs: IdTerm[][] }) => void> }).compute;

/** compromise's own id step, kept for the tests that compare with it. */
export const compromiseIds = compute.id;

// Past 2^30 the counter would leave V8's small integers: it starts again at 1 (a document has
// far fewer terms, so its ids stay distinct).
const WRAP = 2 ** 30;
let last = 0;

function ids(view: { docs: IdTerm[][] }): void {
  for (const terms of view.docs) {
    for (const term of terms) {
      // As compromise: a term keeps an id it has (a re-parsed contraction's neighbours).
      if (term.id) continue;
      last = last >= WRAP ? 1 : last + 1;
      term.id = last;
    }
  }
}

compute.id = ids;

// compromise folds accented letters to plain ones ("Björk" → "bjork") for every word it reads,
// through `methods.one.killUnicode`: a split of the word into characters, a table look-up for
// each and a join — a few percent of a whole parse, though news words are nearly all plain
// ASCII, which the table leaves as they are. This is the same fold with that case answered at
// once and the others done in one pass; installed on compromise's shared method table when this
// module loads.
import nlp from 'compromise';

interface World {
  model: { one: { unicode?: Record<string, string> } };
}
type Fold = (str: string, world: World) => string;

const methods = (nlp.methods() as unknown as { one: { killUnicode: Fold } }).one;

/** compromise's own fold, kept for the test that checks this one folds the same. */
export const compromiseKillUnicode = methods.killUnicode;

/** Per fold table: does it leave every ASCII character as it is (so a plain-ASCII word needs no look-up)? */
const keepsAscii = new WeakMap<Record<string, string>, boolean>();

function asciiUnchanged(table: Record<string, string>): boolean {
  let known = keepsAscii.get(table);
  if (known === undefined) {
    known = Object.keys(table).every(ch => ch.length !== 1 || ch.charCodeAt(0) > 0x7f || table[ch] === ch);
    keepsAscii.set(table, known);
  }
  return known;
}

/** Any UTF-16 unit above U+007F (surrogates included). */
const NOT_ASCII = /[\u0080-\uffff]/;

export const killUnicode: Fold = (str, world) => {
  const table = world.model.one.unicode ?? {};
  str = str || '';
  if (!NOT_ASCII.test(str) && asciiUnchanged(table)) return str;
  let out = '';
  // By UTF-16 unit, as compromise's `split('')` does.
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    out += Object.prototype.hasOwnProperty.call(table, ch) && table[ch] ? table[ch] : ch;
  }
  return out;
};

methods.killUnicode = killUnicode;

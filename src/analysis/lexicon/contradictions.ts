// Pairs of word classes whose meanings exclude each other: a word in both would make two rules
// pull the same word opposite ways (a word "never a person alone" that is also a given name turns
// every "Jesus Navas" into a fight between them). The lexicon test checks that no word is in both
// classes of a pair, unless a third class says the word is ambiguous, or the pair lists the word
// as a known exception with the reason.
import type { WordClassDeclaration } from './wordClassDeclaration';
import type { WordClassName } from './lexicon';

export interface Contradiction<Name extends string = WordClassName> {
  readonly a: Name;
  readonly b: Name;
  /** Why a word cannot be both. */
  readonly why: string;
  /** A class that marks a word as ambiguous between the two: a word in it may be in both. */
  readonly unless?: Name;
  /** Words that are in both on purpose, each with the reason. */
  readonly except?: Readonly<Record<string, string>>;
}

export const CONTRADICTIONS: readonly Contradiction[] = [
  {
    a: 'NeverPersonAlone',
    b: 'GivenName',
    unless: 'AmbiguousGivenName',
    why: 'a word never a person alone is a given name only before a family name, which is what the ambiguous given names say',
  },
  {
    a: 'NeverPersonAlone',
    b: 'FamilyName',
    why: 'a family name alone is a person once the article names them in full',
    except: { islam: 'a religion, and a Bangladeshi family name ("Kazi Nazrul Islam"): alone it stays the religion' },
  },
  { a: 'CommonWord', b: 'GivenName', unless: 'AmbiguousGivenName', why: 'a given name that is also an ordinary word is a name only before a family name' },
  {
    a: 'CommonWord',
    b: 'FamilyName',
    why: 'the ordinary words make a capitalised phrase an organisation; a family name among them would turn people into organisations',
    except: { sun: 'a Chinese family name; the common-word entry only makes the plural "Suns" (a team) an ordinary word' },
  },
  { a: 'NonPersonHead', b: 'GivenName', unless: 'AmbiguousGivenName', why: 'a name ending in a given name is a person, one ending in a place or organisation head is not' },
  { a: 'NonPersonHead', b: 'FamilyName', unless: 'FamilyNameHead', why: 'a place head that is also a family name ("Hill", "Park") must be marked so, or "Anthony Hill" becomes a place' },
  { a: 'NonPersonStart', b: 'GivenName', unless: 'AmbiguousGivenName', why: 'a name starting with a given name is a person, one starting with "Mount" or "Lake" is not' },
  { a: 'Nationality', b: 'GivenName', unless: 'AmbiguousGivenName', why: 'a nationality alone is not a person; a given name alone may be' },
  { a: 'Nationality', b: 'FamilyName', why: 'a nationality after a name starts a new phrase; a family name there ends the name' },
  { a: 'MaleTitle', b: 'FemaleTitle', why: 'a title says one gender' },
  { a: 'MaleGivenName', b: 'FemaleGivenName', why: 'a unisex name belongs in neither gender list (it is a given name without a gender)' },
];

/** Every word that breaks a declared contradiction, as "word: A and B (why)"; empty when the lexicon is consistent. */
export function findContradictions<Name extends string>(classes: Readonly<Record<Name, WordClassDeclaration>>, rules: readonly Contradiction<Name>[]): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    const b = new Set(classes[rule.b].words);
    const ambiguous = new Set(rule.unless ? classes[rule.unless].words : []);
    for (const word of new Set(classes[rule.a].words)) {
      if (!b.has(word) || ambiguous.has(word) || rule.except?.[word] !== undefined) continue;
      found.push(`${word}: ${rule.a} and ${rule.b} (${rule.why})`);
    }
    // An exception the lists no longer need is stale: say so, so it does not outlive its reason.
    for (const word of Object.keys(rule.except ?? {})) {
      if (!b.has(word) || !classes[rule.a].words.includes(word)) found.push(`${word}: listed as an exception to ${rule.a} and ${rule.b}, but not in both`);
    }
  }
  return found;
}

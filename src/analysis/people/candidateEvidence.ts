// What raises a name's evidence from the words around it, as ordered records run by a loop (like
// the vetoes in candidateVetoes.ts): each cites its rule (people/rules.ts) and says to what level
// it raises the evidence, or nothing. Every rule that raises it is recorded, in this order.
import { Lex, wordClass } from '../lexicon/wordClass';
import type { RuleRecord } from '../rules/ruleRecord';
import { Evidence } from './candidate';
import type { NameView } from './candidateVetoes';
import { NAME, NOT_PERSON, givenNameAndPlace, surnameLike } from './nameShape';
import { contextIsPersonal, countryInBrackets, ledBy, nextToNumber, nicknameAfterName } from './personalContext';
import { personRule } from './rules';

export interface EvidenceRule {
  rule: RuleRecord;
  /** The evidence the rule gives the name, given what it has so far; undefined when it does not apply. */
  raise(name: NameView, evidence: number): number | undefined;
}

/** A lone name without a title. */
const lone = (v: NameView): boolean => v.name.length === 1 && v.titleFrom < 0;

/**
 * Words that can be an athlete's name before their country: the last not a club's place ("Bayern
 * Munich") or head ("Manchester United"), none a function word, a place or a people; any may
 * also be an ordinary word ("Asa Carlsson", "Jearl Miles").
 */
function athleteName(v: NameView): boolean {
  if ((v.tailClass & Lex.NonPersonHead && !(v.tailClass & Lex.SurnameHead)) || v.tailClass & Lex.Place) return false;
  for (const t of v.name) if (wordClass(t.lower) & (Lex.Function | Lex.Place | Lex.Organization | Lex.Demonym)) return false;
  return true;
}

const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;

/** The name is followed by a bowler's figures, "9-0-49-1" or "9.5-0-44-1", and is no place or group. */
function bowlingFiguresAfter(v: NameView): boolean {
  const next = v.tokens[v.end + 1];
  return !!next && /^[ \t\u00a0]+$/.test(v.tail.post) && BOWLING_FIGURES.test(next.text) && !(v.headClass & NOT_PERSON) && !(v.tailClass & NOT_PERSON);
}

export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  // "said Wei", "Paris claims": a speech verb or a personal context makes family names (or a
  // given name and a place, "Paris Hilton") a person.
  {
    rule: personRule('person.speech-cue'),
    raise: (v, evidence) => {
      if (evidence >= Evidence.Strong || !contextIsPersonal(v.tokens, v.k, v.end)) return undefined;
      const surnames = v.name.every(t => surnameLike(t)) && !(v.headClass & NOT_PERSON && !(v.headClass & NAME));
      return surnames || givenNameAndPlace(v.name) ? Evidence.Strong : undefined;
    },
  },
  // "the Monti government", "the Trump administration": a leader's name before what they lead,
  // even when the document never gives the full name.
  {
    rule: personRule('person.leads'),
    raise: (v, evidence) => (evidence === Evidence.None && lone(v) && !(v.headClass & (NOT_PERSON | Lex.Common | Lex.Function)) && ledBy(v.tokens, v.k) ? Evidence.Weak : undefined),
  },
  // "Asa Carlsson (Sweden) beat …": a full name with the athlete's country in brackets.
  {
    rule: personRule('person.country-in-brackets'),
    raise: (v, evidence) => (evidence < Evidence.Strong && v.name.length >= 2 && v.titleFrom < 0 && athleteName(v) && countryInBrackets(v.tokens, v.end) ? Evidence.Strong : undefined),
  },
  // "Bowling: Dharmasena 9-0-49-1": a name before a bowler's figures (overs-maidens-runs-wickets).
  {
    rule: personRule('person.bowling-figures'),
    raise: (v, evidence) => (evidence < Evidence.Strong && v.titleFrom < 0 && v.name.length <= 3 && bowlingFiguresAfter(v) ? Evidence.Strong : undefined),
  },
  // "Wanderley da Silva, known as Dedé,": a nickname given after a person's name.
  {
    rule: personRule('person.known-as'),
    raise: (v, evidence) => (evidence < Evidence.Strong && lone(v) && !(v.headClass & NOT_PERSON) && nicknameAfterName(v.tokens, v.k) ? Evidence.Strong : undefined),
  },
  // A lone given name ("Gloria") is probably a person, unless it sits in a table of results.
  {
    rule: personRule('person.given-name'),
    raise: (v, evidence) =>
      evidence === Evidence.None && v.name.length === 1 && v.headClass & Lex.FirstName && !(v.headClass & (Lex.AmbiguousFirst | NOT_PERSON | Lex.Common | Lex.Function)) && !nextToNumber(v.tokens, v.k, v.end)
        ? Evidence.Weak
        : undefined,
  },
];

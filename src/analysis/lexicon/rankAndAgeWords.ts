// Words that tell a number is a rank or an age group: a verb that places someone in a race or a
// table ("finished second"), and the parts of an age group ("under-19 level", "the U-21 side").
import { declareWordClasses } from './wordClassDeclaration';

export const RANK_AND_AGE_CLASSES = declareWordClasses({
  RankVerb: {
    meaning: 'A verb that places someone in a race or a table, before "first" or "second" ("finished second", "ranked first"): the rank is a figure to check ("came first" is left out: "safety comes first").',
    source: 'a hand list from the sports and business pages',
    words: ['finished', 'finish', 'finishes', 'finishing', 'placed', 'places', 'ranked', 'ranks', 'ended', 'ends'],
  },
  AgeGroupPrefix: {
    meaning: 'Words joined by a hyphen before an age that make an age group: "under-19 level", "the U-21 side", "over-50s".',
    source: 'a hand list from sports and social news usage',
    words: ['under', 'over', 'u'],
  },
  AgeGroupNoun: {
    meaning: 'A team\'s word after an age group written with "U" ("the U-21 side", "U-19 level"): without one, "U-47" is a name (a submarine).',
    source: 'a hand list from the sports pages',
    words: ['side', 'sides', 'team', 'teams', 'squad', 'level', 'cup', 'international', 'internationals', 'championship', 'championships', 'tournament', 'final', 'finals', 'player', 'players', 'coach', 'debut', 'match', 'game', 'games', 'league', 'title', 'world', 'qualifier', 'qualifiers', 'friendly', 'friendlies'],
  },
});

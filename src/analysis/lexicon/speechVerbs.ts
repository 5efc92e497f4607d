// Verbs of reported speech. `SpeechVerb` words are the verbs of saying proper ("said", "told",
// "added"): next to a capitalised word they are evidence that it is a person, and they cue
// quotes. `QuoteCueVerb` adds verbs that attach a quotation to their subject without being
// verbs of saying ("Clinton called them “deplorables”", "Politifact ruled it “true”"); they are
// used to attribute quotes only. Listed by lemma; inflections are generated at module load.
import { declareWordClasses, wordList } from './wordClassDeclaration';
import { wordTable } from '../../common/wordTable';

const SAYING = `
say tell add ask admit acknowledge agree allege announce answer argue assert boast caution claim comment complain concede
conclude confirm contend declare deny explain exclaim insist mutter note observe quip recall recount remark reiterate
reply respond retort scoff shout speak testify tweet warn whisper write yell interrupt interject
`;

const ATTACHING = `
call describe dub brand label term cite accuse praise criticize criticise condemn blame dismiss decry hail deride mock rule
rate deem characterize characterise refer quote recommend vow threaten predict promise encourage tout defend post point
state read sing chant report reveal repeat urge plead pledge lament blast slam joke cry sigh snap demand emphasise emphasize
stress suggest mention advise estimate announce concede counter query interject opine proclaim think seek put charge
continue
`;

// Verbs that give their object a description or a label: "called the ruling “dangerous”",
// "described it as “a mess”", "branded him a “liar”". A short quotation they govern is somebody's
// words even when it looks like a scare quote.
const CHARACTERIZING = `
call describe dub brand label term characterize characterise deem consider rate rule hail deride dismiss decry condemn
criticize criticise praise blast slam liken portray depict paint denounce lambaste tout refer cite compare
`;

const IRREGULAR = wordTable<string[]>({
  say: ['say', 'says', 'said', 'saying'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  read: ['read', 'reads'],
  think: ['think', 'thinks', 'thought'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  put: ['put', 'puts', 'putting'],
  // British and American spellings both.
  label: ['label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling'],
});

/** Verbs whose final consonant doubles before -ed/-ing ("admitted", "quipped"). */
const DOUBLING = new Set(['admit', 'quip', 'snap', 'slam', 'dub', 'refer', 'plan', 'regret', 'commit']);

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  if (DOUBLING.has(lemma)) {
    const d = lemma + lemma.slice(-1);
    return [lemma, lemma + 's', d + 'ed', d + 'ing'];
  }
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, stem + 'ies', stem + 'ied', lemma + 'ing'];
  }
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  if (lemma.endsWith('e')) return [lemma, third, lemma + 'd', (lemma.endsWith('ee') ? lemma : lemma.slice(0, -1)) + 'ing'];
  return [lemma, third, lemma + 'ed', lemma + 'ing'];
}

export const SPEECH_VERB_CLASSES = declareWordClasses({
  SpeechVerb: {
    meaning: 'A verb of saying proper ("said", "told", "added"), in all its forms.',
    source: 'hand list of lemmas, inflected by inflect() above',
    words: wordList(SAYING).flatMap(inflect),
  },
  QuoteCueVerb: {
    meaning: 'A verb that attaches a quotation to its subject: the verbs of saying and those of describing or praising ("called", "hailed").',
    source: 'the verbs of saying and a hand list of lemmas, inflected by inflect() above',
    words: [...wordList(SAYING), ...wordList(ATTACHING)].flatMap(inflect),
  },
  CharacterizingVerb: {
    meaning: 'A verb that gives its object a description or a label ("called it a mess").',
    source: 'hand list of lemmas, inflected by inflect() above',
    words: wordList(CHARACTERIZING).flatMap(inflect),
  },
});



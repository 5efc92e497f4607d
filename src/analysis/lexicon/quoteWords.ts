// Words around a quotation that say whether it is somebody's words or a name, a title or a term:
// "so-called", "titled", "the film …" (a name or a work), "told reporters", "what he called …"
// (speech), and the function words the cue finders read ("who", "when", "itself").
import { declareWordClasses, wordList } from './wordClassDeclaration';

export const QUOTE_WORD_CLASSES = declareWordClasses({
  NamingWord: {
    meaning: 'Words right before a quotation that make it a name, a title or a term, not speech.',
    source: 'a hand list from news usage',
    words: [
  'so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'labelled', 'labeled', 'branded', 'termed', 'word',
  'words', 'term', 'terms', 'phrase', 'slogan', 'hashtag', 'name', 'website', 'site', 'blog', 'show', 'film', 'movie',
  'book', 'song', 'album', 'series', 'programme', 'program', 'column', 'headline', 'user', 'username', 'handle', 'operation',
  'campaign', 'initiative', 'project', 'mark', 'brand', 'label', 'codenamed', 'code-named', 'alias', 'aka', 'as',
  'poem', 'novel', 'essay', 'memoir', 'podcast', 'episode', 'documentary', 'opera', 'painting', 'exhibition', 'single',
  'anthem', 'motto', 'musical', 'sitcom', 'newsletter',
],
  },
  SpeakingBody: {
    meaning: 'A body that speaks in the news and is "it" after it has been named ("The campaign said … “…,” it said"), besides the heads of organisation names.',
    source: 'a hand list from news usage (politics, courts and regulators)',
    words: ['campaign', 'kremlin', 'pentagon', 'vatican', 'regulator', 'watchdog', 'study', 'poll', 'lawsuit', 'complaint', 'indictment', 'ruling', 'filing', 'statement'],
  },
  TitlingWord: {
    meaning: 'Words that announce a title, however long: "a paper titled “Sleep Duration and Cognitive Decline in Older Adults”".',
    source: 'a hand list from news usage',
    words: ['titled', 'entitled', 'dubbed', 'nicknamed', 'codenamed', 'code-named', 'billed'],
  },
  WorkTitlePreceder: {
    meaning: 'Words after which a capitalised quotation is a title rather than speech.',
    source: 'a hand list from news usage',
    words: [
  'of', 'on', 'in', 'into', 'at', 'documentary', 'show', 'film', 'movie', 'episode', 'programme', 'program', 'podcast', 'novel', 'book', 'song', 'album', 'series',
  'journal', 'magazine', 'newspaper', 'column', 'blog', 'channel',
],
  },
  WorkVerb: {
    meaning: 'Verbs whose object in title case is the title of a work: "had watched “The Godfather”".',
    source: 'a hand list from news usage',
    words: [
  'watch', 'watched', 'watching', 'watches', 'read', 'reading', 'reads', 'saw', 'seen', 'see', 'seeing', 'starred', 'starring', 'directed',
  'directing', 'published', 'publishing', 'released', 'releasing', 'performed', 'performing', 'sang', 'sing', 'singing', 'sung', 'hosted',
  'hosting', 'hosts', 'produced', 'producing', 'aired', 'screened', 'premiered', 'recorded', 'reviewed', 'played', 'playing', 'streamed', 'streaming',
],
  },
  ScareQuoteDeterminer: {
    meaning: 'Words before a quoted noun phrase that make it a term set in quotes: "a “support movement”".',
    source: 'English grammar',
    words: ['a', 'an', 'the', 'this', 'these', 'those'],
  },
  NamingParticiple: {
    meaning: 'Past participles that name what comes next: "a group called “Anonymous”".',
    source: 'a hand list from news usage',
    words: ['called', 'named', 'dubbed', 'nicknamed', 'titled', 'entitled', 'labelled', 'labeled', 'branded', 'termed'],
  },
  DescribingRelative: {
    meaning: 'A relative word before a verb of describing ("what he called “fraud”"): the quote is its object, somebody\'s words.',
    source: 'English grammar',
    words: ['what', 'which', 'whom', 'that'],
  },
  KnownAs: {
    meaning: 'A participle before "as" that names rather than reports ("known as", "referred to as").',
    source: 'a hand list from news usage',
    words: ['known', 'identified', 'referred'],
  },
  CallingVerb: {
    meaning: 'A verb of giving a name ("call", "style", "dub"), in all its forms.',
    source: 'a hand list from news usage',
    words: ['call', 'calls', 'called', 'calling', 'style', 'styles', 'styled', 'styling', 'name', 'names', 'named', 'naming', 'dub', 'dubs', 'dubbed', 'brand', 'brands', 'branded'],
  },
  ReflexivePronoun: {
    meaning: 'A reflexive pronoun ("itself", "themselves"): "calls itself …" names.',
    source: 'English grammar',
    words: ['itself', 'themselves', 'himself', 'herself', 'ourselves', 'myself'],
  },
  GoVerb: {
    meaning: 'A form of "go": "goes by …" names.',
    source: 'English grammar',
    words: ['go', 'goes', 'went', 'going', 'gone'],
  },
  SubjectPronoun: {
    meaning: 'A subject pronoun that can say a single-quoted quotation ("…,\' he said").',
    source: 'English grammar',
    words: ['he', 'she', 'they', 'i', 'we', 'it'],
  },
  GroupSubject: {
    meaning: 'A plural or collective noun that says a single-quoted quotation without a determiner: "…,\' police said", "…\', officials warned".',
    source: 'a hand list from news usage (who is quoted as a group)',
    words: [
      'police', 'officials', 'officers', 'detectives', 'investigators', 'prosecutors', 'witnesses', 'residents', 'experts', 'doctors',
      'analysts', 'economists', 'scientists', 'researchers', 'forecasters', 'firefighters', 'paramedics', 'organisers', 'organizers',
      'campaigners', 'protesters', 'critics', 'sources', 'authorities', 'ministers', 'councillors', 'lawmakers', 'senators', 'aides',
      'diplomats', 'lawyers', 'teachers', 'parents', 'fans', 'supporters', 'neighbours', 'neighbors', 'locals', 'villagers', 'relatives',
      'staff', 'workers', 'unions', 'rescuers', 'engineers',
    ],
  },
  PassiveAuxiliary: {
    meaning: 'Forms of "be" that make the verb of saying after them passive ("was described as “…” by the union", "has been called “…” by critics"): its speaker is the agent after "by", not its subject.',
    source: 'English grammar',
    words: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  },
  SubjectPhraseOpener: {
    meaning: 'Words that open a subject noun phrase: "…,\' the mayor said", "…,\' a No 10 spokesman said".',
    source: 'English grammar',
    words: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another'],
  },
  SayingVerbInSentence: {
    meaning: 'A past or present form of a verb of saying that, anywhere in the sentence, makes a single-quoted stretch speech.',
    source: 'a hand list from news usage',
    words: [
  'said', 'says', 'told', 'tells', 'warned', 'warns', 'added', 'argued', 'insisted', 'claimed', 'described', 'called', 'stated', 'wrote', 'admitted', 'promised',
  'vowed', 'dismissed', 'accused', 'branded', 'labelled', 'labeled', 'suggested', 'conceded', 'acknowledged', 'denied', 'declared', 'urged', 'pledged',
],
  },
  DescribedAsVerb: {
    meaning: 'A verb that, with its object and "as", gives a description in single marks that is somebody\'s words ("remembered her as ‘the conscience of the chamber’").',
    source: 'a hand list from news usage (obituaries, tributes, reviews)',
    words: wordList(`
remembered remembers recalled recalls described describes hailed hails branded brands dismissed dismisses derided
derides portrayed portrays painted paints depicted depicts characterised characterized labelled labeled mourned
`),
  },
  ListenerVerb: {
    meaning: 'A verb of saying whose object is the listener ("told reporters"), in all its forms.',
    source: 'a hand list from news usage',
    words: ['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'ask', 'asking', 'urged', 'urges', 'ordered', 'orders', 'warned', 'warns', 'reminded', 'instructed'],
  },
  SpeechParticle: {
    meaning: 'Particles that make a verb one of speaking: "shot back", "fired back", "cut in", "went on", "chimed in".',
    source: 'a hand list from news usage',
    words: ['back', 'in', 'on', 'up'],
  },
  RelativePronoun: {
    meaning: 'A relative pronoun ("who", "which", "that").',
    source: 'English grammar',
    words: ['who', 'which', 'that'],
  },
  Subordinator: {
    meaning: 'Conjunctions that open a subordinate clause: after a quote they start a clause of their own.',
    source: 'English grammar',
    words: ['when', 'while', 'though', 'although', 'because', 'after', 'before', 'if', 'since', 'until', 'unless', 'whereas', 'whether', 'once'],
  },
  ClauseJoiner: {
    meaning: 'Conjunctions that join two main clauses after a comma ("…, and Gref warned …"): a verb of saying after one speaks for a quote that follows.',
    source: 'English grammar',
    words: ['and', 'but', 'while', 'whereas'],
  },
  SpeechNoun: {
    meaning: 'Nouns of saying: with a possessive before them they attribute a quote ("Trump’s claim that there were “…”").',
    source: 'a hand list from news usage',
    words: ['claim', 'claims', 'statement', 'statements', 'words', 'remark', 'remarks', 'comment', 'comments', 'assertion', 'description', 'promise', 'pledge', 'warning', 'accusation', 'charge', 'tweet', 'tweets', 'message', 'speech', 'argument', 'suggestion', 'view', 'insistence'],
  },
  NotSubjectBefore: {
    meaning: 'Words before a name in its sentence that show it is not the sentence\'s subject ("according to", "after", "said", "when", "and").',
    source: 'English grammar and the verbs of saying',
    words: [
  'about', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'after', 'before', 'asked', 'said', 'says', 'told', 'when',
  'while', 'as', 'if', 'although', 'because', 'like', 'against', 'between', 'than', 'and', 'or', 'but', 'that', 'who', 'which',
],
  },
  Spokesperson: {
    meaning: 'Nouns for people who speak or act for someone else ("a spokeswoman for the ministry said", "his lawyer said").',
    source: 'a hand list from news usage, singular and plural',
    words: [
  'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokesperson', 'spokespeople', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'representative', 'representatives', 'counsel', 'agent', 'agents',
  'publicist', 'publicists', 'deputy', 'deputies', 'envoy', 'envoys',
],
  },
  ReportingDocument: {
    meaning: 'A document that reports someone\'s words: "according to a pool report", "a transcript", "the court filings".',
    source: 'a hand list from news usage, singular and plural',
    words: [
  'report', 'reports', 'statement', 'statements', 'readout', 'readouts', 'transcript', 'transcripts', 'filing', 'filings', 'memo',
  'memos', 'document', 'documents', 'release', 'releases', 'letter', 'letters', 'recording', 'recordings', 'video', 'videos',
  'footage', 'footages',
],
  },
});

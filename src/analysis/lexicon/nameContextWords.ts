// Words around a name that say what it names: the particles inside a name ("de", "al"), the
// nouns that only a person's name qualifies ("father", "administration"), the verbs a company or a
// place takes ("said its", "moved to"), and letters that are acronyms rather than initials.
import { declareWordClasses, wordList } from './wordClassDeclaration';

export const NAME_CONTEXT_CLASSES = declareWordClasses({
  CompoundTail: {
    meaning: 'Short words that make a compound adjective of a name ("Trump-era", "Obama-led"), not a name part.',
    source: 'a hand list from news usage',
    words: ['era', 'led', 'run', 'age', 'day', 'way', 'ite', 'ism', 'ist', 'ian'],
  },
  NameParticle: {
    meaning: 'Lower-case name particles allowed inside a name ("Kevin de Bruyne", "Bashar al-Assad").',
    source: 'a hand list from news usage (Romance, Filipino, Germanic, Dutch, Swedish, Arabic and Welsh name particles)',
    words: ['de', 'da', 'del', 'della', 'dello', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'los', 'las', 'dela', 'delos', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'do', 'zu', 'bint', 'ben', 'abu', 'y', "d'", 'wa', 'arap', 'ap', 'af', 'binti', 'binte', 'a/l', 'a/p'],
  },
  CapitalNameParticle: {
    meaning: 'Capitalised particles of Irish and Scottish Gaelic names ("Pádraig Ó Briain", "Eimear Ní Bhriain", "Nic Dhonnchadha"): inside a name, before the family name, not a single capital or a code.',
    source: 'a hand list from Irish and Scottish news usage (Ó, Ní, Nic, Uí, Mhic, Ua)',
    words: ['ó', 'ní', 'nic', 'uí', 'mhic', 'ua'],
  },
  AbbreviationNotInitials: {
    meaning: 'Dotted capitals that are country or body abbreviations, not a person\'s initials.',
    source: 'a hand list from news usage',
    words: ['us', 'uk', 'un', 'eu', 'dc', 'usa', 'ussr', 'nz'],
  },
  TitleCaseMinorWord: {
    meaning: 'A short word headline style leaves in lower case ("of", "the"): a title-case line may still have it.',
    source: 'the minor words of English headline style',
    words: ['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'as', 'vs', 'from', 'into', 'over', 'but', 'nor', 'per', 'de'],
  },
  ShortAcronym: {
    meaning: 'Two letters that are an acronym or an abbreviation ("US", "TV"), not a person\'s initials.',
    source: 'a hand list from news usage',
    words: wordList(`us uk un eu ap ai tv pc bp gm hp it pr id ny la vw is ok mp pm ea ge ib db ms os ip ad bc nz sa nv bv ag co st
dj mc ii iv vi xi fc ac sc sv rc cd ud cf sd rb sk fk nk bk if ik ks ss kv vv`),
  },
  PersonalNoun: {
    meaning: 'Nouns for a person\'s family and circle: "Paris\'s father" makes "Paris" a person.',
    source: 'a hand list from news usage',
    words: wordList(`father mother parents parent wife husband son sons daughter daughters brother brothers sister
sisters family children child mum mom dad grandmother grandfather uncle aunt cousin widow fiancee fiance girlfriend boyfriend
partner lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aides aide friend friends career life death
funeral birthday home house wedding marriage claims claim account testimony memoir lawsuit allegations statement comments
remarks words book role campaign`),
  },
  PositionNoun: {
    meaning: 'A player\'s position or a trade, written capitalised before a full name at the opening of a sentence ("Quarterback Dion Vance", "Chef Ana Ruiz"): a role, not part of the name; right after a name, its team or its employer ("Chelsea defender").',
    source: 'a hand list from news usage (the sports and arts pages; "Retiree", "Pensioner" before a name in Singapore and British papers)',
    words: wordList(`quarterback linebacker cornerback fullback halfback tailback wingback running-back pitcher catcher
shortstop outfielder infielder goalkeeper goalie keeper goaltender netminder winger striker midfielder defender
centre-back center-back playmaker batsman batter bowler wicketkeeper wicket-keeper all-rounder allrounder skipper jockey
rookie flanker fly-half scrum-half player players chef actress poet pundit novelist retiree pensioner homemaker housewife`),
  },
  ModifiedByName: {
    meaning: 'A noun a person\'s name can qualify ("the Cruise video", "the Obama campaign").',
    source: 'a hand list from news usage',
    words: wordList(`administration government cabinet presidency premiership era campaign camp aides team video
interview speech memo letter doctrine family estate foundation biography`),
  },
  Copula: {
    meaning: '"is" and "was": after "said" they make the name before them a person ("said Paris was").',
    source: 'English grammar',
    words: ['is', 'was'],
  },
  LedByName: {
    meaning: 'What a leader\'s name can qualify: "the Obama administration", "the Assad regime".',
    source: 'a hand list from news usage',
    words: ['administration', 'government', 'cabinet', 'presidency', 'premiership', 'regime', 'junta'],
  },
  CompanyActionVerb: {
    meaning: 'A verb of business after "said it" ("Maxus said it expects …"): a company speaking of itself.',
    source: 'a hand list from news usage (the business pages)',
    words: ['plans', 'expects', 'intends', 'agreed', 'agrees', 'hopes', 'bid', 'acquired', 'completed', 'filed', 'posted', 'reported', 'signed', 'sold', 'bought'],
  },
  MotionVerb: {
    meaning: 'A verb of going somewhere: "came to" or "moved from" before a name makes it a place.',
    source: 'a hand list from news usage',
    words: ['came', 'come', 'comes', 'went', 'go', 'goes', 'moved', 'returned', 'returns', 'travelled', 'traveled', 'flew', 'drove', 'headed', 'relocated', 'back', 'moving', 'coming', 'returning'],
  },
  SaintPrefix: {
    meaning: 'A word before a name that makes it a saint, a church or a place named after one ("St Paul", "San Francisco").',
    source: 'English, French, Spanish and Italian forms of "saint"',
    words: ['st', 'saint', 'ste', 'sainte', 'san', 'santa'],
  },
  DiscourseAdverb: {
    meaning: 'Adverbs that open a sentence and that compromise may not know ("Meantime, …", "Nonetheless, …"): never a name.',
    source: 'a hand list from news usage',
    words: ['meantime', 'nonetheless', 'furthermore', 'moreover', 'however', 'meanwhile', 'nevertheless'],
  },
  TradeVerb: {
    meaning: 'A verb of buying or selling before "at"/"from" and a possessive name ("shopped at Macy\'s", "bought it from Harrod\'s"): the name is a shop.',
    source: 'a hand list from news usage',
    words: ['shopped', 'shop', 'shops', 'shopping', 'bought', 'buy', 'buys', 'buying', 'sold', 'sells', 'selling', 'ordered', 'purchased', 'sale', 'sales', 'auctioned'],
  },
  BeforeFirmPossessive: {
    meaning: 'Prepositions before a lone name with a possessive that make it a shop or a firm ("at Christie\'s,", "from Macy\'s.").',
    source: 'English grammar',
    words: ['at', 'to', 'from', 'of', 'in'],
  },
  GroupNoun: {
    meaning: 'Nouns for a group a full name after them acts on or leads ("a group Mitt Romney won", "the team Tom Brady led").',
    source: 'a hand list from news usage',
    words: ['group', 'bloc', 'party', 'movement', 'union', 'association', 'team', 'side', 'club'],
  },
});

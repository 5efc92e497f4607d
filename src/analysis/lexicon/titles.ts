// Words that form a person's title when written right before the name ("President Donald Trump",
// "Deputy Attorney General Rod J. Rosenstein", "Mr. Key"). The title is not part of the name
// span but is kept as the person's title. Lower case, without the abbreviation dot.
import { declareWordClasses, wordList } from './wordClassDeclaration';

export const TITLE_CLASSES = declareWordClasses({
  Title: {
    meaning: 'A title on its own: before a name it is evidence of a person ("President", "Mrs").',
    source: 'a hand list from news usage (honorifics, offices, ranks, religious and royal titles)',
    words: wordList(`
mr mrs ms miss mx messrs mme mlle dr doctor prof professor sir dame lord lady rev reverend fr father pastor bishop archbishop
cardinal pope rabbi imam sheikh sheik ayatollah mullah president vice-president premier chancellor minister secretary
senator sen rep reps representative congressman congresswoman councilman councilwoman councillor councilor alderman
assemblyman assemblywoman delegate governor gov mayor judge justice magistrate prosecutor attorney sheriff marshal commissioner
chairman chairwoman chairperson director ambassador envoy consul king queen prince princess emperor empress duke duchess
earl baron baroness count countess tsar czar emir sultan shah general gen colonel col lieutenant lt major maj captain capt
commander cmdr cdr admiral adm sergeant sgt corporal cpl private pvt officer detective det inspector constable superintendent
supt chief speaker coach manager nurse brother sister elder deacon chaplain mufti patriarch metropolitan
president-elect senator-elect governor-elect mayor-elect premier-elect spokesman spokeswoman spokesperson treasurer comptroller provost dean principal trooper agent leader
shri smt shrimati begum alhaji alhaja mallam malam comrade engr engineer insp cllr hon honourable honorable taoiseach tánaiste atty
oba otunba ooni alaafin comhairle mk mec vicar rector ch
datuk dato datin tun toh puan encik mdm madam seri nana togbe omanhene
pak bu bapak ibu w/ro woizero weizero w/t woizerit
`),
  },
  SingleNameTitle: {
    meaning: 'A title before a name, the Indonesian "Pak Darto", "Bu Siti", "Pak Joko Widodo"; a family name before Korean syllables ("Pak Pong-ju", "Pak Ui Chun").',
    source: 'a hand list from Indonesian and Korean news usage',
    words: ['pak', 'bu'],
  },
  TwoWordTitle: {
    meaning: 'A title of two words whose first word alone is a name or an ordinary word: Malaysian honours ("Tan Sri Yusof Idris"; "Tan Wei Ming" is a name, "Sri Lanka" a country).',
    source: 'a hand list from Malaysian news usage',
    words: ['tan sri', 'toh puan', 'dato sri', 'datuk sri', "dato' sri", "dato' seri"],
  },
  TitleModifier: {
    meaning: 'Words that only modify a title ("Deputy", "Foreign", "Prime"): stripped with it, not evidence alone.',
    source: 'a hand list from news usage',
    words: wordList(`
deputy vice assistant associate acting interim former ex late first second grand supreme prime foreign home interior defence
defense finance economy economic trade commerce health education justice labor labour energy environment agriculture
transport transportation treasury state foreign-affairs public security intelligence cabinet chief executive senior junior
general attorney lieutenant rear field staff head lead principal regional national federal provincial municipal city county
district crown opposition majority minority party house senate senior-most parliamentary permanent under under-secretary
undersecretary honorary emeritus distinguished visiting assistant-professor associate-professor secretary-general
director-general managing financial operating technical technology information marketing medical legal commercial
creative investment compliance digital product communications rt ceann
`),
  },
  AbbreviatedTitle: {
    meaning: 'Titles written as abbreviations with a dot ("Mr.", "Dr.", "Sen."): the dot does not end the name run.',
    source: 'a hand list from news usage (AP and British abbreviations)',
    words: wordList(`
mr mrs ms messrs mme mlle dr prof rev fr sen rep reps gov gen col lt maj capt cmdr cdr adm sgt cpl pvt det insp supt st
hon pres sec atty supt smt engr cllr rt ch
`),
  },
  AbbreviatedGivenName: {
    meaning: 'A given name written as an abbreviation with a dot, part of the name ("Ma. Cristina Reyes" for María, "Md. Shahidul Islam" for Mohammad, "Wm. Tell"): the dot does not end the name run.',
    source: 'a hand list from Philippine, Bangladeshi, Malaysian and older English usage',
    words: wordList(`ma md mohd muhd wm chas jas thos geo benj robt`),
  },
  PostNominal: {
    meaning: 'Letters after a name for an honour, a degree or an office ("Simon Hart KC", "Ann Lee MP", "Anthony Kostakis SC", Senior Counsel in Australia and Ireland): not part of the name.',
    source: 'a hand list from news usage (British honours, degrees, offices)',
    words: wordList(`kc qc sc mp msp mep mla td mpp mlc obe mbe cbe kbe dbe phd md dds esq frs`),
  },
  NameSuffix: {
    meaning: 'Generational and honorific suffixes that belong to the name span ("Martin Luther King Jr.").',
    source: 'a hand list from news usage',
    words: wordList(`jr sr ii iii iv vi vii viii ix xi xii xiii xiv xv xvi`),
  },
  RegnalNumeral: {
    meaning: 'A regnal number after a monarch\'s or a pope\'s name, part of the name ("Henry VIII", "King Olav V", "Benedict XVI").',
    source: 'Roman numerals one to twenty-three, the range monarchs and popes reach in the news',
    words: wordList(`i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii`),
  },
  FamilyNameTitle: {
    meaning: 'A title that is also a common family name ("Billie Jean King", "Howard Dean"): alone mid-sentence, the article decides which it is.',
    source: 'a hand list from news usage',
    words: wordList(`king bishop dean judge major marshal pope prince baron earl duke`),
  },
  NamePartTitle: {
    meaning: 'A title that is also a part of many South Asian and Middle Eastern names: after a given name, inside the name, it is part of the name ("Ahmad Shah Massoud", "Nadir Shah Khan", "Khaleda Begum Zia"), not a title before the rest.',
    source: 'a hand list from news usage (Afghan, Pakistani, Indian, Bangladeshi and Gulf names)',
    words: wordList(`shah sultan begum`),
  },
  RoyalTitle: {
    meaning: 'A title of a monarch or a pope, after which a Roman numeral, even "I", is a regnal number ("Queen Elizabeth I").',
    source: 'a hand list from news usage',
    words: wordList(`king queen pope emperor empress tsar czar tsarina czarina kaiser sultan shah pharaoh prince princess`),
  },
  MaleTitle: {
    meaning: 'A title that says the person is a man ("Mr", "Sir").',
    source: 'a hand list from news usage',
    words: wordList(`mr sir lord king prince duke earl baron emperor father fr brother sheikh sheik shri alhaji`),
  },
  FemaleTitle: {
    meaning: 'A title that says the person is a woman ("Mrs", "Dame").',
    source: 'a hand list from news usage',
    words: wordList(`mrs ms miss mme mlle madam mdm dame lady queen princess duchess countess baroness empress sister smt shrimati begum alhaja`),
  },
  HonorificTitle: {
    meaning: 'A courtesy title ("Mr", "Dr", "Lady"): after it a lone word is a family name, whatever else it names.',
    source: 'a hand list from news usage',
    words: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'messrs', 'mme', 'mlle', 'madam', 'rev', 'reverend', 'lord', 'lady'],
  },
  DottedAbbreviation: {
    meaning: 'An abbreviation written with a dot that does not end a sentence ("Mr.", "Inc.", "Jan.").',
    source: 'a hand list from news usage',
    words: [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'rev', 'inc', 'ltd',
  'co', 'corp', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt',
],
  },
});

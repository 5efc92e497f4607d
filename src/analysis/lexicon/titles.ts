// Words that form a person's title when written right before the name ("President Donald Trump",
// "Deputy Attorney General Rod J. Rosenstein", "Mr. Key"). The title is not part of the name
// span but is kept as the person's title. Lower case, without the abbreviation dot.

const split = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Words that are titles on their own: one of them before a name is evidence of a person. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(split(`
mr mrs ms miss mx messrs mme mlle dr doctor prof professor sir dame lord lady rev reverend fr father pastor bishop archbishop
cardinal pope rabbi imam sheikh sheik ayatollah mullah president vice-president premier chancellor minister secretary
senator sen rep reps representative congressman congresswoman councilman councilwoman councillor councilor alderman
assemblyman assemblywoman delegate governor gov mayor judge justice magistrate prosecutor attorney sheriff marshal commissioner
chairman chairwoman chairperson director ambassador envoy consul king queen prince princess emperor empress duke duchess
earl baron baroness count countess tsar czar emir sultan shah general gen colonel col lieutenant lt major maj captain capt
commander cmdr cdr admiral adm sergeant sgt corporal cpl private pvt officer detective det inspector constable superintendent
supt chief speaker coach manager nurse brother sister elder deacon chaplain mufti patriarch metropolitan
president-elect spokesman spokeswoman spokesperson treasurer comptroller provost dean principal trooper agent leader
shri smt shrimati begum alhaji alhaja mallam malam comrade engr engineer
`));

/** Words that only modify a title ("Deputy", "Foreign", "Prime"): stripped with it, not evidence alone. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(split(`
deputy vice assistant associate acting interim former ex late first second grand supreme prime foreign home interior defence
defense finance economy economic trade commerce health education justice labor labour energy environment agriculture
transport transportation treasury state foreign-affairs public security intelligence cabinet chief executive senior junior
general attorney lieutenant rear field staff head lead principal regional national federal provincial municipal city county
district crown opposition majority minority party house senate senior-most parliamentary permanent under under-secretary
undersecretary honorary emeritus distinguished visiting assistant-professor associate-professor secretary-general
director-general managing financial operating technical technology information marketing medical legal commercial
creative investment compliance digital product communications
`));

/** Titles written as abbreviations with a dot ("Mr.", "Dr.", "Sen."): the dot does not end the name run. */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(split(`
mr mrs ms messrs mme mlle dr prof rev fr sen rep reps gov gen col lt maj capt cmdr cdr adm sgt cpl pvt det insp supt st
hon pres sec atty supt smt engr
`));

/** Letters after a name for an honour, a degree or an office ("Simon Hart KC", "Ann Lee MP"): not part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(split(`kc qc mp msp mep mla obe mbe cbe kbe dbe phd md dds esq frs`));

/** Generational and honorific suffixes that belong to the name span ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(split(`jr sr ii iii iv vi vii viii ix xi xii xiii xiv xv xvi`));

/** Honorifics that fix the gender of the person they precede. */
export const MALE_TITLES: ReadonlySet<string> = new Set(split(`mr sir lord king prince duke earl baron emperor father fr brother sheikh sheik shri alhaji`));
export const FEMALE_TITLES: ReadonlySet<string> = new Set(split(`mrs ms miss mme mlle dame lady queen princess duchess countess baroness empress sister smt shrimati begum alhaja`));

/** The gender the first gendered word of a title says ("Mrs." female, "Mr." male); words lower case, without dots. */
export function titleGender(words: Iterable<string>): 'male' | 'female' | undefined {
  for (const w of words) {
    if (MALE_TITLES.has(w)) return 'male';
    if (FEMALE_TITLES.has(w)) return 'female';
  }
  return undefined;
}

// Words that show a capitalised name is a company or a US town: a company suffix ("Fujitsu
// Ltd."), nouns that head a company's description ("Maxus, an independent oil and gas concern"),
// things only a company owns ("Hearst's shareholders"), and US state abbreviations after a town
// ("Greenville, S.C."). Used by people/nonPersonUse.ts.
import { declareWordClasses, wordList } from './wordClassDeclaration';

/** A company's legal form right after its name, read from the text: "Inc.", "Corp.", "S.A.", "G.m.b.H.", "S.p.A.". */
export const COMPANY_SUFFIX =
  /^(?:Inc|Corp|Co|Cos|Ltd|PLC|Plc|LLC|L\.P|LP|AG|A\.G|SA|S\.A|NV|N\.V|BV|B\.V|GmbH|G\.m\.b\.\s?H|S\.p\.\s?A|SpA|Pty|KK|K\.K|ASA|Oyj|Bhd|Tbk)\b\.?(?=$|[\s,;:)'’.])/;

export const ORGANISATION_CLASSES = declareWordClasses({
  CompanyNoun: {
    meaning: 'The head noun of a description that makes the thing described a company ("a maker of", "a closely held concern").',
    source: 'a hand list from news usage',
    words: wordList(`
company companies concern firm maker manufacturer unit subsidiary group bank insurer retailer chain carrier airline
conglomerate magazine newspaper network utility refiner automaker carmaker chipmaker steelmaker drugmaker brokerage lender
partnership boutique
`),
  },
  PersonalMaker: {
    meaning: 'Words before "maker" that make a person of it ("a film maker", "a policy maker").',
    source: 'a hand list from news usage',
    words: wordList(`film movie policy peace king deal rain trouble match`),
  },
  UsPostalState: {
    meaning: 'A US state\'s two-letter postal abbreviation, written in capitals before a ZIP code ("Springfield, IL 62701").',
    source: 'the US Postal Service\'s state abbreviations (50 states, D.C. and the territories)',
    words: wordList(`
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn
tx ut vt va wa wv wi wy dc pr gu vi as mp
`),
  },
  CompanyOwned: {
    meaning: 'What a company has and a person does not: after a possessive name ("Hearst\'s shareholders").',
    source: 'a hand list from news usage',
    words: wordList(`
shareholders stockholders shares stock stake unit units subsidiary subsidiaries parent board directors executives employees
workers plant plants factory factories products headquarters earnings profit profits revenue revenues sales bonds
securities debt customers president chairman stores outlets
`),
  },
});



const STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming`;

/** A US state written after a town, as AP abbreviates it ("Calif.", "N.C.") or in full and ending its phrase ("Texas,"). */
export const US_STATE_ABBREVIATION = new RegExp(
  `^(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\\.[CYJHMD]|S\\.[CD]|R\\.I|D\\.C|W\\.\\s?Va)\\.|(?:${STATES})(?=[,.;:)]|$))`,
);

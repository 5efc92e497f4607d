// Words that make a capitalised phrase an organisation, a place, an event or a thing rather
// than a person ("Justice Department", "Tiananmen Square", "Grace Road", "Manchester United").

const split = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Heads of organisation and place names: a run ending in one of these is not a person. */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set(split(`
spa sa nv bv ab asa oy kk bhd tbk srl sarl pty llp lp cos
department ministry bureau agency administration office committee commission council court tribunal party union
association federation organization organisation institute institution university college school academy foundation
fund trust bank group company co corp corporation inc ltd llc plc gmbh ag sa holdings partners industries enterprises
airlines airways motors systems technologies technology communications media news times post journal herald tribune
gazette daily press network channel radio television tv club fc afc cf united city rovers athletic athletico wanderers
albion county town team force forces army navy airforce police service services guard guards church cathedral mosque
railways railway rail vihar nagar colony puram bagh ganj chowk bazaar marg enclave
temple synagogue hospital clinic center centre museum gallery library stadium arena hall house senate congress
parliament assembly cabinet government republic kingdom empire states state province region district street st road rd
avenue ave boulevard blvd lane drive square park gardens garden bridge river lake lakes mountain mountains mount hills
hill island islands bay valley beach coast sea ocean gulf canal airport station port harbor harbour hotel tower towers
building plaza mall market markets exchange index prize award awards cup trophy championship championships open games
olympics league series festival conference summit act bill treaty accord agreement plan program programme project
initiative movement day week war revolution zoo studios studio pictures records magazine review reports report
brothers bros sons society chamber courts capital securities investments investment insurance energy oil gas petroleum
resources mining steel foods pharmaceuticals labs laboratories laboratory hospitals parish borough village desert
forest peninsula strait straits falls canyon springs heights base camp prison jail reserve corps brigade division
battalion regiment squadron fleet command commandos rebels front alliance coalition bloc caucus wing mission embassy
consulate secretariat directorate authority authorities board panel taskforce inquiry declaration constitution palace
amendment code law laws doctrine charter convention protocol stock stocks bulletin forum observatory
associates newsletter monastery abbey plateau aluminium aluminum aerospace equipment international test cellars
`));

/** Nouns that name a place before "of" and its name ("the village of Novye Atagi"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['village', 'town', 'city', 'district', 'province', 'region', 'state', 'county', 'island', 'islands', 'port', 'suburb', 'municipality', 'republic', 'kingdom', 'emirate', 'governorate', 'prefecture', 'borough', 'neighbourhood', 'neighborhood', 'hamlet', 'valley']);

/** Nouns after a possessive name that make a thing named after the person ("Halley's Comet"). */
export const EPONYM_HEADS: ReadonlySet<string> = new Set(['comet', 'law', 'laws', 'disease', 'syndrome', 'boson', 'theorem', 'principle', 'constant', 'effect', 'paradox', 'equation', 'razor', 'rule', 'palsy', 'sarcoma', 'lymphoma']);

/**
 * Words before the name of a storm or a ship ("Hurricane Katrina", "USS Gerald R. Ford", "HMS
 * Queen Elizabeth"): the name is not a person's, here or when repeated alone ("Katrina hit").
 */
export const NAMED_THING_PREFIXES: ReadonlySet<string> = new Set(split(`
hurricane typhoon cyclone storm tropical supertyphoon uss hms rms hmas hmcs hmnzs ins mv ss
`));

/**
 * Spanish, Portuguese and Italian words that start a place or an institution when a particle
 * follows ("Rio de Janeiro", "Costa del Sol", "Banco de España", "Puerto de la Cruz"), though
 * some are family names too ("Diego Costa").
 */
export const PLACE_BEFORE_PARTICLE: ReadonlySet<string> = new Set(split(`
rio costa puerto porto banco playa sierra ciudad isla ilha cabo monte villa vila casa plaza praça palacio palazzo museo
universidad universidade estadio paseo calle avenida lago mar san santa santo são sao nuestra real torre castillo castelo
iglesia catedral instituto colegio hospital parque ponte porta piazza via
`));

/** Words that start a place or organisation name ("Mount Everest", "Lake Placid", "Bank of China"). */
export const NON_PERSON_STARTS: ReadonlySet<string> = new Set(split(`
mount mt lake fort ft port cape st gulf camp club bank university college school department ministry bureau office museum
hotel air radio team operation project the la los las el san santa santo sao saint instituto colegio escuela
universidad masjid
`));

/**
 * Single capitalised words that are never a person in news text though compromise may not know
 * them as places or organisations: institutions, groups, movements, events, religions, languages, software
 * and devices ("Firefox", "Android": a two-word product name is not a given and a family name).
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set(split(`
god allah jesus christ internet web congress senate parliament pentagon kremlin whitehall downing vatican nato un eu
republicans republican democrats democrat democratic conservatives conservative labour liberals liberal tories tory
greens christian christians muslim muslims islam islamic jewish jews hindu hindus catholic catholics protestant sunni
shia shiite christmas easter ramadan eid hanukkah thanksgiving halloween passover diwali monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec english french german spanish italian russian chinese arabic japanese
korean portuguese dutch greek turkish hebrew facebook twitter google youtube instagram amazon apple microsoft reuters
ap afp bloomberg cnn bbc fox msnbc nbc cbs abc asian african hispanic latino latina western eastern lankan lankans
xinhua tass ria kyodo yonhap ansa efe dpa pti ani bernama anadolu interfax
libertarian libertarians
northern southern north south east west fentanyl covid coronavirus ebola aids hiv chad jordan georgia israel
mozilla firefox netscape iphone ipad ipod android linux xbox playstation wikipedia wikinews yahoo skype whatsapp tiktok
snapchat linkedin reddit netflix spotify huawei samsung taliban hamas hezbollah fatah likud houthi houthis baath kuomintang
sandinista sandinistas
`));

/**
 * Lower-case words that, right after a capitalised name, show it names an organisation or a
 * place ("Pirelli shares", "Tanjug news agency", "Charles de Gaulle airport"). A person's name
 * is followed by "administration" or "campaign" too, so those are not here.
 */
export const NON_PERSON_FOLLOWERS: ReadonlySet<string> = new Set(split(`
shares share stock stocks division subsidiary subsidiaries unit units plant plants factory brand products profit profits
revenue revenues earnings sales headquarters agency newspaper newspapers daily radio television tv club fans squad board
airport street square bridge avenue road river mountains region province district checkpoint mosque church palace stadium
hotel port prison town city village county valley spokesman spokeswoman spokesperson group bank company corp shareholders
customers index category chain family families brothers sisters siblings clan dynasty twins household hospital
clinic school college academy museum station railway railways
`));

/**
 * Lower-case words that, right before a capitalised name, show it is an organisation, a place or
 * the title of a work ("the carmaker Tata", "her graphic novel Angel Catbird").
 */
export const NON_PERSON_PRECEDERS: ReadonlySet<string> = new Set(split(`
agency company firm group giant maker operator carrier newspaper daily station channel broadcaster airline bank insurer
lender retailer manufacturer producer team club side university network website site brand magazine party movement
organisation organization union association town city village province region state country airport port newspaper
tabloid daily weekly automaker carmaker chipmaker conglomerate subsidiary novel book film movie album song documentary
sitcom series show videogame painting poem musical browser app chain
`));

/**
 * Firms and brands named like people, written as two names ("Morgan Stanley", "Harley
 * Davidson"): in news they are nearly always the company. Founders still in the news under their
 * own name ("Ralph Lauren", "Calvin Klein") are left out. Lower case.
 */
export const PERSON_SHAPED_FIRMS: ReadonlySet<string> = new Set([
  'morgan stanley', 'goldman sachs', 'merrill lynch', 'dow jones', 'harley davidson', 'charles schwab', 'wells fargo',
  'lehman brothers', 'bear stearns', 'smith barney', 'jp morgan', 'j.p. morgan', 'morgan chase', 'dean witter',
  'edward jones', 'louis vuitton', 'christian dior', 'rolls royce', 'aston martin',
  // Agencies and firms of the financial pages.
  'freddie mac', 'fannie mae', 'ginnie mae', 'sallie mae', 'farmer mac', 'de beers', 'du pont', 't. rowe price',
  'kidder peabody', 'shearson lehman', 'shearson lehman hutton', 'drexel burnham', 'drexel burnham lambert', 'baker hughes',
  'campbell soup', 'paine webber', 'salomon brothers', 'dean witter reynolds', 'general electric', 'general motors',
  'general dynamics', 'general mills', 'ethan allen',
]);

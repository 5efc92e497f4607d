// Words that make a capitalised phrase an organisation, a place, an event or a thing rather
// than a person ("Justice Department", "Tiananmen Square", "Grace Road", "Manchester United").
import { declareWordClasses, wordList } from './wordClassDeclaration';

export const NON_PERSON_CLASSES = declareWordClasses({
  NonPersonHead: {
    meaning: 'Heads of organisation and place names: a run ending in one of these is not a person.',
    source: 'a hand list from news usage (company forms, institutions, newspapers, place features; Nordic and German company words such as "Energi", "Vind", "Gruppen"; the trade a company names itself after: "Brightline Software", "Candlewood Paper", "Texas Instruments")',
    words: wordList(`
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
prefecture prefectures provinces counties confederation syndicate guild inspectorate
forest peninsula strait straits falls canyon springs heights base camp prison jail reserve corps brigade division
battalion regiment squadron fleet command commandos rebels front alliance coalition bloc caucus wing mission embassy
consulate secretariat directorate authority authorities board panel taskforce inquiry declaration constitution palace
amendment code law laws doctrine charter convention protocol stock stocks bulletin forum observatory
associates newsletter monastery abbey plateau aluminium aluminum aerospace equipment international test cellars
courier chronicle examiner telegraph inquirer enquirer dispatch sentinel ledger argus observer advertiser guardian globe
survey conservancy consortium cooperative symphony orchestra philharmonic
energi energie vind gruppen fastigheter area
software paper pharma chemicals electronics semiconductor semiconductors textiles logistics shipping construction
engineering robotics therapeutics biosciences biotech brewing brewery breweries beverages apparel cement telecom telecoms
wireless entertainment analytics automotive petrochemicals minerals metals retail supermarkets realty properties ventures
networks solutions dynamics instruments devices microsystems productions publishing dairy freight haulage trucking
`),
  },
  StreetWord: {
    meaning: 'The last word of a street\'s name ("Elm Street", "Corliss Ave."): a four-digit number before such a name is a house number, not a year.',
    source: 'a hand list from US, British and Irish addresses',
    words: wordList(`street st avenue ave road rd boulevard blvd lane ln drive dr terrace parkway pkwy highway hwy pike`),
  },
  PlaceNoun: {
    meaning: 'Nouns that name a place before "of" and its name ("the village of Novye Atagi").',
    source: 'a hand list from news usage',
    words: ['village', 'town', 'city', 'district', 'province', 'region', 'state', 'county', 'island', 'islands', 'port', 'suburb', 'municipality', 'republic', 'kingdom', 'emirate', 'governorate', 'prefecture', 'borough', 'neighbourhood', 'neighborhood', 'hamlet', 'valley'],
  },
  EponymHead: {
    meaning: 'Nouns after a possessive name that make a thing named after the person ("Halley\'s Comet").',
    source: 'a hand list from news usage',
    words: ['comet', 'law', 'laws', 'disease', 'syndrome', 'boson', 'theorem', 'principle', 'constant', 'effect', 'paradox', 'equation', 'razor', 'rule', 'palsy', 'sarcoma', 'lymphoma'],
  },
  StormOrShipPrefix: {
    meaning: 'A word before the name of a storm or a ship ("Hurricane", "USS").',
    source: 'a hand list from news usage',
    words: wordList(`
hurricane typhoon cyclone storm tropical supertyphoon uss hms rms hmas hmcs hmnzs ins mv ss
`),
  },
  PlaceBeforeParticle: {
    meaning: 'A Spanish, Portuguese or Italian word that starts a place or an institution when a particle follows ("Rio de").',
    source: 'a hand list from news usage',
    words: wordList(`
rio costa puerto porto banco playa sierra ciudad isla ilha cabo monte villa vila casa plaza praça palacio palazzo museo
universidad universidade estadio paseo calle avenida lago mar san santa santo são sao nuestra real torre castillo castelo
iglesia catedral instituto colegio hospital parque ponte porta piazza via
`),
  },
  NonPersonStart: {
    meaning: 'Words that start a place or organisation name ("Mount Everest", "Lake Placid", "Bank of China"), or a Māori iwi\'s ("Ngāti Kahu", "Ngāi Tahu").',
    source: 'a hand list from news usage',
    words: wordList(`
mount mt lake fort ft port cape st gulf camp club bank university college school department ministry bureau office museum
hotel air radio team operation project the la los las el san santa santo sao saint instituto colegio escuela
universidad masjid banco banca banque bangko deportivo atletico atlético dinamo dynamo lokomotiv spartak olympique
taman kampung kampong jalan bandar ngāti ngati ngāi ngai
`),
  },
  VesselVerb: {
    meaning: 'What a ship does, after a name ("The Queen Mary docked"): the name is a ship\'s.',
    source: 'a hand list from news usage',
    words: wordList(`docked docks sailed sails berthed moored anchored sank capsized ran`),
  },
  VenueNoun: {
    meaning: 'A venue or a vessel named after someone, after the name ("the Prince Albert pub", "the Queen Mary liner").',
    source: 'a hand list from news usage',
    words: wordList(`pub inn tavern liner ship vessel ferry theatre theater pier`),
  },
  PlacePrefix: {
    meaning: 'A word that opens only a place\'s name ("Mount Kenya", "Lake Placid", "Taman Sri Muda"), kept at the start of a sentence so the place is judged whole.',
    source: 'a hand list from news usage (English, Malay and Indonesian place names, and the "Ngāti" of Māori iwi)',
    words: wordList(`mount mt lake fort ft port cape camp taman kampung kampong jalan bandar ngāti ngati ngāi ngai`),
  },
  TownJoiner: {
    meaning: 'A preposition or article joined by hyphens inside a town\'s name ("Chester-le-Street", "Stratford-upon-Avon", "Boulogne-sur-Mer").',
    source: 'a hand list from English, French and German place names',
    words: wordList(`le la les upon on under in sur en am an im by`),
  },
  NeverPersonAlone: {
    meaning: 'A capitalised word that is never a person alone in news text: an institution, a group, an event, a religion, a product.',
    source: 'a hand list from news usage',
    words: wordList(`
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
northern southern north south east west fentanyl covid coronavirus ebola aids hiv chad jordan georgia israel britain
mozilla firefox netscape iphone ipad ipod android linux xbox playstation wikipedia wikinews yahoo skype whatsapp tiktok
snapchat linkedin reddit netflix spotify huawei samsung taliban hamas hezbollah fatah likud houthi houthis baath kuomintang
sandinista sandinistas deportivo atletico atlético dinamo dynamo lokomotiv spartak olympique
toyota nissan hyundai kia volkswagen peugeot
`),
  },
  Nationality: {
    meaning: 'A nationality or a people as an adjective ("British", "Cypriot"): before a title it is part of the role, alone or after a name it is not a person.',
    source: 'a hand list of the demonyms compromise\'s lexicon lacks (it knows "Chinese", "German", "Kenyan"…)',
    words: wordList(`
british english irish scottish scots welsh finnish danish swedish polish turkish spanish kurdish cypriot maltese flemish
basque catalan tibetan uighur uyghur uzbek tajik kyrgyz azerbaijani azeri chechen montenegrin slovenian slovene slovakian
kosovar bosniak serb burmese nepali nepalese bhutanese sri-lankan sinhalese maldivian pashtun baluch punjabi bengali
laotian khmer malay bruneian timorese papuan fijian tongan maori māori pakeha pākehā yemeni bahraini somali eritrean djiboutian tanzanian
burundian gabonese togolese beninese burkinabe mauritanian malian sahrawi guinean zambian malawian mozambican botswanan
swazi mauritian salvadoran belizean bahamian barbadian guyanese surinamese uruguayan argentinian quebecois arab persian
israeli palestinian
`),
  },
  OrganisationFollower: {
    meaning: 'A lower-case word that, right after a capitalised name, shows it names an organisation or a place ("Pirelli shares").',
    source: 'a hand list from news usage',
    words: wordList(`
shares share stock stocks division subsidiary subsidiaries unit units plant plants factory brand products profit profits
revenue revenues earnings sales headquarters agency newspaper newspapers daily radio television tv club fans squad board
airport street square bridge avenue road river mountains region province district checkpoint mosque church palace stadium
hotel port prison town city village county valley spokesman spokeswoman spokesperson group bank company corp shareholders
customers index category chain family families brothers sisters siblings clan dynasty twins household hospital
clinic school college academy museum station railway railways crude futures
prefecture prefectures provinces counties districts regions states police
`),
  },
  OrganisationPreceder: {
    meaning: 'A lower-case word that, right before a capitalised name, shows an organisation, a place or a work ("the carmaker Tata").',
    source: 'a hand list from news usage',
    words: wordList(`
agency company firm group giant maker operator carrier newspaper daily station channel broadcaster airline bank insurer
lender retailer manufacturer team club side university network website site brand magazine party movement
organisation organization union association town city village province region state country airport port newspaper
tabloid daily weekly automaker carmaker chipmaker conglomerate subsidiary novel book film movie album song documentary
sitcom series show videogame painting poem musical browser app chain
films movies novels albums songs documentaries sitcoms videogames paintings poems musicals operas
`),
  },
  PrecederAlsoVerb: {
    meaning: 'An organisation preceder that is also a verb taking a name ("show", "film", "brand"): after a plural subject it is the verb ("court records show Whitfield", "polls show Clinton ahead"), not the noun ("the show Ozark").',
    source: 'a hand list from news usage',
    words: ['show', 'film', 'brand'],
  },
  LoneOrganisationPreceder: {
    meaning: 'A lower-case word that, right before a lone capitalised word, shows a company ("the Leeds builder Marchbank"); before a full name it is a trade ("builder Dave Marchbank").',
    source: 'a hand list from news usage (the business pages)',
    words: wordList(`
builder housebuilder developer contractor supplier distributor wholesaler supermarket grocer publisher consultancy
outsourcer miner refiner steelmaker drugmaker brokerage utility producer
`),
  },
  LaunchVerb: {
    meaning: 'A verb whose object is a product or a mission, not a person ("unveiled Juniper", "launched Artemis").',
    source: 'a hand list from news usage (the technology and business pages)',
    words: ['unveil', 'unveils', 'unveiled', 'unveiling', 'launch', 'launches', 'launched', 'launching', 'debut', 'debuts', 'debuted'],
  },
  PersonShapedProduct: {
    meaning: 'A product named like a person, alone ("Alexa", "Siri"): no person without a title ("Alexa Chung" stays one).',
    source: 'a hand list from news usage (the technology pages: voice assistants)',
    words: ['alexa', 'siri', 'cortana', 'bixby'],
  },
  PersonShapedFirm: {
    meaning: 'A firm, an agency, a brand or a political party written as two names ("Morgan Stanley", "Freddie Mac", "Sinn Féin").',
    source: 'a hand list from news usage (the financial and political pages)',
    words: [
  'morgan stanley', 'goldman sachs', 'merrill lynch', 'dow jones', 'harley davidson', 'charles schwab', 'wells fargo',
  'lehman brothers', 'bear stearns', 'smith barney', 'jp morgan', 'j.p. morgan', 'morgan chase', 'dean witter',
  'edward jones', 'louis vuitton', 'christian dior', 'rolls royce', 'aston martin',
  // Agencies and firms of the financial pages.
  'freddie mac', 'fannie mae', 'ginnie mae', 'sallie mae', 'farmer mac', 'de beers', 'du pont', 't. rowe price',
  'kidder peabody', 'shearson lehman', 'shearson lehman hutton', 'drexel burnham', 'drexel burnham lambert', 'baker hughes',
  'campbell soup', 'paine webber', 'salomon brothers', 'dean witter reynolds', 'general electric', 'general motors',
  'general dynamics', 'general mills', 'ethan allen',
  // Political parties whose names read like a person's ("Sinn Féin housing spokeswoman …").
  'sinn féin', 'sinn fein', 'fianna fáil', 'fianna fail', 'fine gael', 'plaid cymru', 'bharatiya janata', 'aam aadmi',
  'shiv sena', 'janata dal', 'yesh atid', 'forza italia', 'die linke', 'parti québécois', 'parti quebecois', 'bloc québécois',
  'bloc quebecois',
],
  },
});










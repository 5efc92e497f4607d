// Ordinary English words that compromise's small lexicon lacks but that news text capitalises
// in names of organisations, places, events and products, and in headlines ("Jones Medical",
// "Narcotics Control Bureau", "Secret Service", "Science Fair"). A capitalised phrase made of
// these is not a person's name. Lower case, singular; plurals are matched by stripping -s/-es/-ies.
// Words that are also common surnames ("Brown", "King", "Young") are deliberately absent.
import { declareWordClasses, wordList } from './wordClassDeclaration';

export const COMMON_WORD_CLASSES = declareWordClasses({
  CommonWord: {
    meaning: 'An ordinary English word news capitalises in names of organisations, places and events.',
    source: 'a hand list from news usage (words compromise\'s small lexicon lacks)',
    words: wordList(`
academic access account action active activity actor address advance advanced adventure advertising advice affair
affairs agency agenda aid air aircraft airline alert alliance allied alpine alternative amateur ambulance analysis
ancient angel animal annual answer anti appeal application approach arch archive area arena arm armed arms art article
artist arts asset assets atlantic atomic attack attorney auction audit authority auto automotive avenue award
awareness baby balance ball ballet band banking banner bar base baseball basic basin basketball battle bay beach bear
beauty bed beer benefit best beverage bible big bike bill biology bird birth blue board boat body bond book border
bowl box boxing brain branch brand brave bread break breakfast brewery brick bridge brief broad broadcast broadcasting
budget building bulletin bureau bus business cable cafe call camera camp campus canal cancer candidate capital car
carbon card care cargo carrier case cash casino castle cat catholic cause cell cement census central century ceremony
certificate chain chair challenge chamber champion chance change channel chapter charity chart charter chemical
chemicals chemistry chess chicken chief child children china choice choir circle circuit citizen civic civil claim
class classic clean clear climate clinic clock close cloud coach coal coalition coast code coffee cold collection
colonial colony color colour combat comedy comfort command commerce commercial common communication communications
community company comparison competition complex computer concert concord concrete conference congress connection
conservation conservative construction consulting consumer contact content contest continental contract control
cooperation copper corner corporate correction cotton counsel counter country county coup course court cover credit
crime crisis cross crown cruise crystal cultural culture cup currency current customs cyber dairy dance data date dawn
day dead deal death debate debt decision deep defence defense delta democracy democratic dental deposit design desk
development diamond digital dinner direct direction disaster discovery disease district division doctor document
dollar domestic door double down draft dragon drama dream drink drive driver drug drugs dry dynamic eagle early earth
east eastern economic economics economy edge edition education effect election electric electrical electricity
electronic electronics elite embassy emergency empire employment energy engine engineering enterprise entertainment
entry environment environmental equal equipment equity estate ethics euro event evidence exchange executive exercise
exhibition exit expert export express extra facility factor factory fair faith fall family fan farm fashion fast
father fear feature federal fee festival fiction fighter figure film final finance financial fine fire firm first fish
fitness flag flight flood floor flower fly focus food football force forces foreign forest forum foundation frame free
freedom freight fresh friend friendship front fuel full fund future gallery game games garden gas gate gateway general
generation genetic giant gift girl glass global gold golden golf good government governor grand graphic great grid
ground group growth guard guide gulf gun hand harbour harbor hard head headquarters health healthy heart heat heavy
help heritage hero high highway historic history holding holiday holy home homeland horizon horse hospital host hot
hotel hour housing human humanitarian ice idea image immigration imperial import independence independent index
industrial industry info information initiative inland inn innovation inquiry insight institute instrument insurance
integrated intelligence interactive interest interior international internet investment investor iron island issue jet
job joint journal journey judicial junior jury justice key kid kids kingdom kitchen knowledge labor labour laboratory
lake land language large laser late league learning left legal legend legislative leisure liberal liberty library life
light limited line link liquid list literary literature live living loan local lodge logistics lottery low lower
luxury machine magazine magic mail main major majority making mall management manufacturing map marathon marine
maritime market marketing mass master match material matter mayor meat media medical medicine medium meeting memorial
memory men mental metal metro middle military mill mind mineral mining minister ministry minority mission mobile model
modern money monitor monument moon morning mortgage mother motion motor mountain movement movie municipal museum music
mutual nation national native natural nature naval network new news newspaper night noble north northern note nuclear
number nursing ocean office official oil old olympic online open opera operation operations opposition orange
orchestra order organic organization outdoor overseas pacific palace panel paper parade parent parliament part partner
partnership party pass patrol peace pension people performance person petroleum pharmacy phone photo physical pilot
pipeline place plan planet planning plant plastic platform play player plaza plus pocket point poetry police policy
political politics pool popular population port portfolio post postal power premier premium presidential press prime
prison private prize pro process product production professional program programme progress project property
protection provincial public publishing pure quality quantum quarter queen quest race racing radio rail railway rain
range rapid rate real reality record recovery red reform refugee regional register regulatory relations relief
religious remote rental report republic republican research reserve resource resources response restaurant retail
review revolution revolutionary right rights ring rise risk river road rock rocket royal rugby rule run rural safe
safety sales salt sand satellite savings school science scientific score screen sea search season second secret
secretariat section sector secure security seed select senate senior service session settlement shadow share shell
shield ship shipping shop shopping short show sign signal silver simple single site sky small smart social society
software solar solution sound source south southern space special speed sport sports spring square staff stage
standard star state station steel stock storm story strategic strategy street strike student studies studio study
style summer summit sun super supply support supreme surface survey system table talent talk tank task tax taxi team
tech technical technology telecom telegraph telephone television temple tennis term territory terror test theatre
theater theory third thunder ticket tiger time tobacco today top total tour tourism tower town trade trading traffic
trail train training transit transport transportation trauma travel treasury treaty trial tribune tropical truck trust
truth tunnel turbo union unit united unity universal university upper urban user valley value venture veteran victory
video view village vision visual voice volunteer vote war ward warning waste watch water wave way weapon weather web
week weekly welfare well western wide wild wildlife wind window wine winter wire wireless wisdom women work workers
world worldwide wrestling year youth zero zone
`),
  },
  FamilyNameHead: {
    meaning: 'Heads of place names that are also common family names ("Stuart Law", "Anthony Hill").',
    source: 'a hand list from news usage',
    words: wordList('hill hall law wood bell ford field banks park lane brooks church moss marsh mills wells house holmes street'),
  },
  AmbiguousGivenName: {
    meaning: 'A given name that is also an ordinary word or never a person alone ("Rose", "Jesus"): a given name only when a family name follows.',
    source: 'a hand list from news usage',
    words: wordList(`
rose grace hope faith joy will bill mark frank guy art dean rich pat sue don ray jack bob jean gene rob herb bud chip chuck
rusty dawn ruby pearl iris daisy holly ivy lily violet amber crystal summer autumn sky heather ginger candy penny sandy
misty brandy carol earl hunter chase cliff glen dale lance miles wade drew grant reed rocky sonny jan per
gail les jay sterling rod gay hazel olive jasmine flora fern willow robin wren jewel angel destiny
harmony melody august ernest noble rex max sunny stormy buck hank mack colt bo bea di val van dries dick christian
jesus
`),
  },
});



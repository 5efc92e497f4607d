// Family names of many origins that compromise's lexicon lacks. Lower case, space-separated.
// A surname alone is weak evidence (many are also places or words), so the people finder uses
// these together with a given name, a title, a speech verb, or an earlier full-name mention.
import { declareWordClasses, wordList } from './wordClassDeclaration';

const SURNAMES = `
abbas abbasi abdi abe adeyemi agarwal aguilar ahmadi akhtar alvarez amin anand andrade arslan assad ayala aziz
baker bakr banerjee barzani basu bhatt bhattacharya bhutto bose botha bouteflika buhari burhan cabrera calderon
campos cardenas carvalho castaneda castillo castro cavusoglu chakraborty chatterjee chaudhry chavez chen cheng cheung
chiang chopra chou chow chowdhury chun contreras cordero correa costa cruz cui dang das dasgupta davutoglu delgado deng
desai diallo dias diaz dlamini dominguez dong duarte duong erdogan escobar espinoza estrada fernandes fernandez ferreira
figueroa flores fonseca fuentes fujimori fujita gallardo gandhi gao garza ghani ghosh gomes gomez gonzales gonzalez goto
guerrero gupta gutierrez guzman haddad hakimi hamdan hariri hasegawa hashemi hashimoto he henriquez hernandez herrera
hoang hosseini hsieh hsu hu huang huerta hussaini hwang ibarra ibrahimovic ikeda inoue ishikawa islam iyer jaber jafari
jain jang jeong jiang jimenez jin joshi jung kaczynski kamara kang kapoor karimi kato kaur kejriwal keita kenyatta khalaf
khan khamenei khatami khoury kim kimura kishida kobayashi koh koizumi kondo kovac kovacs kowalski kozlov kuang kumar kuo
kuznetsov kwok lai lam lavrov leung liang lim lin liu lopez lozano lu luna luo ly maduro mahmoud majumdar malik mansour
marquez martinez mbeki medina medvedev mehta mejia mendez mendoza menon miranda mishra modi molina montes morales moreno
mori mukherjee murakami musa mwangi nair nakamura nasrallah navarro nazarbayev netanyahu nguyen ng nunez obi odinga ogawa
okafor okonkwo okoye olmert orban ortega ortiz osei ospina otieno ozturk pacheco padilla pandey park patel paz pena pereira
perez petrov pham phan pillai pinto ponce popescu popov prasad putin qureshi rahman ramirez ramos rao rashid reddy reyes
rezaei rios rivas rivera robles rodrigues rodriguez rojas romero rosales rouhani roy ruiz saakashvili sadr salas salazar
salehi saleh sanchez sandoval santana santiago santos sato sen sharif sharma shevchenko shi shimizu singh siddiqui silva
sisi smirnov sokolov solis song soto suarez sun suzuki takahashi tanaka tang tiwari torres tran trudeau truong tsai tsang
valdez vargas vasquez vazquez vega velasquez verma vu wang watanabe wei wong wu xi xiao xie xu yadav yamada yamaguchi
yamamoto yanukovych yilmaz yoon yoshida yu yuan zapata zelensky zeng zhang zhao zheng zhou zhu zuma
`;

export const FAMILY_NAME_CLASSES = declareWordClasses({
  FamilyName: {
    meaning: 'A family name of many origins that compromise\'s lexicon lacks.',
    source: 'a hand list from news usage (family names of many origins)',
    words: wordList(SURNAMES),
  },
  ChineseFamilyName: {
    meaning: '* Common Chinese family names in pinyin (and Hong Kong\'s Cantonese spellings, Cheung, Tsang, Lau, Chan; a few Wade-Giles ones). A name run that starts or ends with one of these and whose other part reads as pinyin is a person ("Wei Xiaojun", "Xiaobing Yan").',
    source: 'the common Chinese family names, in pinyin and a few older spellings',
    words: wordList(`
bai bao cai cao chang chen cheng chiang chou chow chu cui dai deng ding dong du duan fan fang feng fu gao ge gong gu guan
guo han hao he hong hou hsu hu hua huang ji jia jiang jin kang kong kuang lai lam lan lee lei leung li liang liao lin ling
liu long lu luo ma mao meng mo ng ni niu pan peng qi qian qin qiu ren shao shen shi song su sun tan tang tao tian tsai wan
wang wei wen wong wu xi xia xiang xiao xie xiong xu xue yan yang yao ye yi yin yu yuan zeng zhai zhang zhao zheng zhong zhou
zhu zou
cheung tsang lau chan tse tsui kwok yeung kwan poon
`),
  },
  KoreanFamilyName: {
    meaning: 'Korean family names, romanised; Korean given names are written as two hyphenated syllables.',
    source: 'the common Korean family names, romanised',
    words: wordList(`
ahn bae baek ban cha chae cho choi chun chung ha han heo hong hwang jang jeon jeong jin jo ju jung kang kim ko kwak kwon lee
lim moon na nam noh oh park roh ryu seo seong shin sohn son song suh yang yoo yoon yu
`),
  },
});



import assert from 'node:assert/strict';
import { Analyzer, type Analysis } from '../../../src/analysis';

const analyze = (text: string): Analysis => new Analyzer().analyze(text);
const mentions = (a: Analysis): string[] => a.people.map(p => p.text);
const entity = (a: Analysis, name: string) => {
  const e = a.entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name}; have ${a.entities.map(x => x.name).join(', ')}`);
  return e;
};

describe('people', () => {
  it('groups a surname-only repeat and a possessive with the full name', () => {
    const text = 'Local officials met Marta Okonjo on Monday. Okonjo said the plan was sound.\n\nCritics questioned Okonjo’s figures.';
    const a = analyze(text);
    assert.deepEqual(mentions(a), ['Marta Okonjo', 'Okonjo', 'Okonjo']);
    const e = entity(a, 'Marta Okonjo');
    assert.equal(e.mentions.length, 3);
    for (const i of e.mentions) assert.equal(a.people[i].entity, 'Marta Okonjo');
    // The possessive is not part of the span.
    const last = a.people[2];
    assert.equal(text.slice(last.start, last.end), 'Okonjo');
  });

  it('keeps a title out of the span but on the mention and the entity', () => {
    const a = analyze('Prime Minister Lena Haraldsen arrived late. Haraldsen apologised.');
    assert.deepEqual(mentions(a), ['Lena Haraldsen', 'Haraldsen']);
    assert.equal(a.people[0].title, 'Prime Minister');
    assert.equal(entity(a, 'Lena Haraldsen').title, 'Prime Minister');
  });

  it('finds Chinese names in both orders and resolves the family name alone', () => {
    const a = analyze('Liu Xiaoming, a trade negotiator, met Xiaoping Gao in Geneva. Liu later said talks would resume.');
    assert.deepEqual(mentions(a), ['Liu Xiaoming', 'Xiaoping Gao', 'Liu']);
    assert.equal(a.people[2].entity, 'Liu Xiaoming');
    assert.equal(entity(a, 'Liu Xiaoming').role, 'a trade negotiator');
  });

  it('keeps initials inside a name', () => {
    const a = analyze('Deputy Secretary Paul T. Brennick signed the order.');
    assert.deepEqual(mentions(a), ['Paul T. Brennick']);
    assert.equal(a.people[0].title, 'Deputy Secretary');
  });

  it('reads an age and an appositive role', () => {
    const a = analyze('Amira Haddad, 34, and Tomas Varga, 51, were charged on Tuesday. Nadia Ferro, deputy head of the customs office, declined to comment.');
    assert.equal(entity(a, 'Amira Haddad').age, 34);
    assert.equal(entity(a, 'Tomas Varga').age, 51);
    assert.equal(entity(a, 'Nadia Ferro').role, 'deputy head of the customs office');
  });

  it('reads a role that starts with its owner, or that follows an age or "Jr."', () => {
    const a = analyze('Sipho Dlamini, South Africa’s trade minister, met Dana Ruiz, 61, the former mayor of Leeds. Pedro Alvarez Jr., the league’s president, joined them.');
    assert.equal(entity(a, 'Sipho Dlamini').role, 'South Africa’s trade minister');
    assert.equal(entity(a, 'Dana Ruiz').role, 'the former mayor of Leeds');
    assert.equal(entity(a, 'Dana Ruiz').age, 61);
    assert.equal(entity(a, 'Pedro Alvarez Jr.').role, 'the league’s president');
  });

  it('reads ages written as "23-year-old", "(35)" and "aged 19" around the name', () => {
    const a = analyze('The victim, 23-year-old Tamika Obi, was hurt. Sara Ahmadi (35) told reporters. The driver, Diego Ferraz, aged 19, was charged. Jim Harlow, 40-year-old father of three, helped.');
    assert.deepEqual(['Tamika Obi', 'Sara Ahmadi', 'Diego Ferraz', 'Jim Harlow'].map(n => entity(a, n).age), [23, 35, 19, 40]);
  });

  it('does not join "Ms. X" to a man named X, nor "Mr. X" to a woman', () => {
    const a = analyze('Donna Falcone took the stand. Her husband, Anthony Falcone, watched. Ms. Falcone faces 25 years. Mr. Falcone left early.');
    assert.deepEqual(a.people.map(p => p.entity), ['Donna Falcone', 'Anthony Falcone', 'Donna Falcone', 'Anthony Falcone']);
    const b = analyze('Anthony Falcone watched. Mrs. Falcone, his wife, did not attend.');
    assert.deepEqual(b.entities.map(e => e.name), ['Anthony Falcone', 'Falcone']);
    // A surname that is also a given name is still the surname of the person named in full.
    assert.deepEqual(analyze('Serena Blake won. Blake said she was tired. Lindsey Graham agreed, and Graham left.').entities.map(e => e.name), ['Serena Blake', 'Lindsey Graham']);
  });

  it('reads "died at 79" as an age and leaves letters after a name out of it', () => {
    const a = analyze('Christine Vale died at 79. Peter Hale died in April aged 94. Defence barrister Simon Hart KC told the court the evidence was thin.');
    assert.deepEqual(mentions(a), ['Christine Vale', 'Peter Hale', 'Simon Hart']);
    assert.deepEqual([entity(a, 'Christine Vale').age, entity(a, 'Peter Hale').age], [79, 94]);
    // After an appositive, and never to a word of the appositive.
    const b = analyze('Archbishop Desmond Rutu, the Nobel peace laureate, died at 90 in Cape Town.');
    assert.deepEqual(mentions(b), ['Desmond Rutu']);
    assert.equal(entity(b, 'Desmond Rutu').age, 90);
  });

  it('reads a role written before the name with a comma', () => {
    const a = analyze('The agency’s envoy in Nairobi, Peter Mwangi, declined to comment.');
    assert.deepEqual(mentions(a), ['Peter Mwangi']);
    assert.match(entity(a, 'Peter Mwangi').role ?? '', /envoy in Nairobi/);
  });

  it('leaves the dateline out of a role written before the name', () => {
    for (const dash of ['–', '—', '-']) {
      const a = analyze(`DUBLIN ${dash} The Taoiseach, Pádraig Ó Briain, has defended the plan.`);
      assert.equal(entity(a, 'Pádraig Ó Briain').role, 'The Taoiseach');
    }
  });

  it('counts "Trump administration" as Trump but not organisations and places', () => {
    const text = 'President Donald Trump spoke at Lafayette Square. The Trump administration and the Justice Department disagreed. Trump said so.';
    const a = analyze(text);
    assert.deepEqual(mentions(a), ['Donald Trump', 'Trump', 'Trump']);
    assert.ok(!a.people.some(p => /Square|Department|Justice/.test(p.text)));
  });

  it('takes both of two names that speak together, and "spoke" as a verb of saying', () => {
    assert.deepEqual(mentions(analyze('O’Rourkin and O’Nalley spoke on Monday. Kellner and Lavrenko said the talks went well. Apple and Google said no.')), ['O’Rourkin', 'O’Nalley', 'Kellner', 'Lavrenko']);
  });

  it('learns a person from a speech verb and applies it to the whole document', () => {
    const a = analyze('Kowalczyk played down the dispute.\n\n“It will pass,” said Kowalczyk.');
    assert.deepEqual(mentions(a), ['Kowalczyk', 'Kowalczyk']);
  });

  it('does not take organisations that speak for people', () => {
    const a = analyze('Norvatek said profits fell. Norvatek shares lost 4 percent.');
    assert.deepEqual(mentions(a), []);
  });

  it('takes names in a capitals headline only when the article names them', () => {
    const a = analyze('TENNIS - OKAFOR BEATS LINDQVIST IN LONDON\n\nChidi Okafor beat the Swede in three sets.');
    assert.deepEqual(mentions(a), ['OKAFOR', 'Chidi Okafor']);
    assert.equal(a.people[0].entity, 'Chidi Okafor');
    // A capitals headline word the article does not name stays unmarked.
    assert.ok(!a.people.some(p => p.text === 'LINDQVIST'));
  });

  it('does not find people in the dateline', () => {
    const a = analyze(' date 2019-04-02 NAIROBI – Officials met on Tuesday. Grace Wanjiru said little.');
    assert.deepEqual(mentions(a), ['Grace Wanjiru']);
  });

  it('gives each entity unique name and consistent indices', () => {
    const a = analyze('Ana Souza met Bill Crane. Souza and Crane argued. Crane left.');
    const names = a.entities.map(e => e.name);
    assert.equal(new Set(names).size, names.length);
    a.entities.forEach(e => e.mentions.forEach(i => assert.equal(a.people[i].entity, e.name)));
    assert.equal(a.entities.reduce((n, e) => n + e.mentions.length, 0), a.people.length);
  });

  describe('family names that are also places or words', () => {
    it('reads a lone family name that also heads places as the person named in full with it ("Anthony Hill" … "Hill made")', () => {
      const a = analyze('Australian Anthony Quellon-Hill lost. Later Ann Hill walked off. The match boiled over when Hill made to walk off court. "It was out," said Hill.');
      assert.deepEqual(mentions(a), ['Anthony Quellon-Hill', 'Ann Hill', 'Hill', 'Hill']);
      assert.deepEqual(a.people.slice(2).map(p => p.entity), ['Ann Hill', 'Ann Hill']);
      // Without a full name, the word stays a place's ("Hill staffers", "Hill said").
      assert.deepEqual(mentions(analyze('Hill said the vote failed. "We will fight," said Hill.')), []);
    });

    it('reads a town after a title as the family name, alone or after a given name that is also a word', () => {
      assert.deepEqual(mentions(analyze('The panel said Judge Jack Hampton was wrong, and Judge Hampton appealed.')), ['Jack Hampton', 'Hampton']);
      assert.deepEqual(mentions(analyze('Senator Lincoln voted no.')), ['Lincoln']);
    });

    it('reads a full name after "producer" as a person, and a lone name after it as a company', () => {
      assert.deepEqual(mentions(analyze('The studio is controlled by Hollywood producer Burt Quellon, who declined to comment.')), ['Burt Quellon']);
      assert.deepEqual(mentions(analyze('Shares of the oil producer Quellon fell.')), []);
    });

    it('reads a town as the family name after a given name, and as the person in personal use only', () => {
      const text =
        'Marguerite Lyon, a retired teacher, has sued the council. Lyon says she was never warned.\n\n' +
        'Lyon’s daughter wrote to the mayor. In 2019, Lyon moved out. The council met in Lyon, France, and Lyon was busy.';
      const a = analyze(text);
      const lyons = a.people.filter(p => p.entity === 'Marguerite Lyon');
      assert.deepEqual(lyons.map(p => text.slice(p.start, p.end + 5)), ['Marguerite Lyon, a r', 'Lyon says', 'Lyon’s da', 'Lyon move']);
      // "in Lyon, France" and "Lyon was busy" (no full-name reading needed) stay places.
      assert.equal(a.people.length, 4);
    });

    it('takes a known given name before a town as a full name', () => {
      const a = analyze('A spokesperson for the group Omar Haddad and Fatima Tripoli spoke on Monday.');
      assert.ok(mentions(a).includes('Fatima Tripoli'), mentions(a).join(', '));
    });

    it('counts an ordinary-word family name only in personal use once the full name is known', () => {
      const text = 'The artist Jane Glass posted a video. The Glass video went viral. Glass said she regretted nothing. The shop sold Glass bottles.';
      const a = analyze(text);
      assert.deepEqual(mentions(a), ['Jane Glass', 'Glass', 'Glass']);
      assert.deepEqual(
        a.people.slice(1).map(p => text.slice(p.start, p.end + 5)),
        ['Glass vide', 'Glass said'],
      );
    });

    it('does not make people of capitalised words without a full name in the document', () => {
      const a = analyze('Police said the Cruise ship docked. Officials said Paris was calm.');
      assert.deepEqual(mentions(a), []);
    });

    it('counts a family name that is also a town in reported speech and before a negated verb', () => {
      const text = 'Noemi Lyon left the group in 2009. The group claims that Lyon not signing the form was her choice. It also said Lyon was a volunteer.';
      const a = analyze(text);
      assert.deepEqual(a.people.map(p => text.slice(p.start, p.end + 4)), ['Noemi Lyon lef', 'Lyon not', 'Lyon was']);
    });

    it('reads a given name and a family name that are both English words as a name', () => {
      const text = 'Voters compared President Okafor, Bob Hale and Rosa Imbert. Later Hale’s proposal drew fire, and Hale and Imbert met. Dick Warden resigned.';
      const a = analyze(text);
      assert.deepEqual(a.people.map(p => text.slice(p.start, p.end)), ['Okafor', 'Bob Hale', 'Rosa Imbert', 'Hale', 'Hale', 'Imbert', 'Dick Warden']);
      assert.equal(a.people[3].entity, 'Bob Hale');
    });

    it('takes a name followed by ", who" as a person, but not a team, a nationality or a place', () => {
      const text = 'Marisa Lyon beat the champion. Lyon, who climbed back from two sets down, celebrated. The Cardinals, who won, and the Briton, who lost, left early. A developer in Virginia, who knew her, watched.';
      assert.deepEqual(mentions(analyze(text)), ['Marisa Lyon', 'Lyon']);
    });

    it('takes the name before "administration" or "government" for a leader, not a party or a nationality', () => {
      const a = analyze('The Haraldsen administration appealed. The Vestrini government fell in 2012. The Likud government and the Burmese government both objected.');
      assert.deepEqual(mentions(a), ['Haraldsen', 'Vestrini']);
    });

    it('takes the name before "administration" without "the" too, but not a country before "a … government"', () => {
      const a = analyze('Haraldsen administration officials declined. Mr. Tull, a Vestrini administration budget official, agreed. The dam used a Ruritania government loan.');
      assert.deepEqual(mentions(a), ['Haraldsen', 'Tull', 'Vestrini']);
    });

    it('counts a name used as a modifier when the person is named in the document', () => {
      const a = analyze('Prime Minister Anna Vestberg resigned. The Vestberg government had lasted two years.');
      assert.deepEqual(mentions(a), ['Anna Vestberg', 'Vestberg']);
      assert.equal(a.people[1].entity, 'Anna Vestberg');
    });
  });

  describe('name shapes', () => {
    it('keeps undotted initials before a family name inside a sentence, not acronyms', () => {
      const a = analyze('The method was described in a 1987 paper by RW Tolliver. Fans of SC Freiburg and the UN Quarterly disagreed.');
      assert.deepEqual(mentions(a), ['RW Tolliver']);
    });

    it('keeps a given name that is also a place after a title', () => {
      const a = analyze('Professor Cres Wakeling, head of the unit, said the data were clear.');
      assert.deepEqual(mentions(a), ['Cres Wakeling']);
      assert.equal(a.people[0].title, 'Professor');
    });

    it('reads Korean and Taiwanese names with a hyphenated given name', () => {
      const a = analyze('Kim Jong-un met the mayor, Hau Lung-bin, and spoke of al-Qaeda.');
      assert.deepEqual(mentions(a), ['Kim Jong-un', 'Hau Lung-bin']);
    });

    it('reads a Korean given name of two syllables, spaced or hyphenated, whatever words they spell', () => {
      const a = analyze('Choi Dong Hun visited the plant. Former President Moon Jae-in and the director Park Chan-wook met Lee Jae-yong. Choi said little.');
      assert.deepEqual(mentions(a), ['Choi Dong Hun', 'Moon Jae-in', 'Park Chan-wook', 'Lee Jae-yong', 'Choi']);
      // Not a hyphenated English word after a name.
      assert.deepEqual(mentions(analyze('The Trump-era rules and the Obama-led talks ended.')), []);
    });

    it('keeps South Asian and West African honorifics out of the name, as titles, and keeps "Singh" names whole', () => {
      const a = analyze('Water Minister Shri Rakesh Sharma visited. Begum Nasreen Akhtar, 62, complained. Councillor Smt. Anjali Verma agreed. Alhaji Aminu Dantata and Comrade Joe Ajaero spoke. Retired teacher Harbhajan Singh Gill, 70, watched. Sri Lanka won.');
      assert.deepEqual(mentions(a), ['Rakesh Sharma', 'Nasreen Akhtar', 'Anjali Verma', 'Aminu Dantata', 'Joe Ajaero', 'Harbhajan Singh Gill']);
      assert.deepEqual(a.people.slice(1, 5).map(p => p.title), ['Begum', 'Councillor Smt.', 'Alhaji', 'Comrade']);
    });

    it('keeps two given names, "van der" in mid-sentence and "arap"', () => {
      const a = analyze('A U.S. embassy spokeswoman, Marie Claire Dupont, said he was safe. Kenya’s President Daniel arap Moi arrived. Eduard van der Berg conducted, and critics said van der Berg had shaped the orchestra.');
      assert.deepEqual(mentions(a), ['Marie Claire Dupont', 'Daniel arap Moi', 'Eduard van der Berg', 'van der Berg']);
    });

    it('keeps the given name before a capitalised particle and after a Vietnamese middle name', () => {
      const a = analyze('Marine Le Pen hailed the result. Le Pen said it was historic. Tran Van Hung, 60, runs a shop. Hung said business was slow.');
      assert.deepEqual(a.entities.map(e => e.name), ['Marine Le Pen', 'Tran Van Hung']);
      assert.deepEqual(mentions(a), ['Marine Le Pen', 'Le Pen', 'Tran Van Hung', 'Hung']);
    });

    it('keeps a title with "of" or "for" whole: "Secretary of State"', () => {
      const a = analyze('Former Secretary of State Lena Marchetti met Minister for Europe Ada Lindqvist.');
      assert.deepEqual(mentions(a), ['Lena Marchetti', 'Ada Lindqvist']);
      assert.deepEqual(a.people.map(p => p.title), ['Former Secretary of State', 'Minister for Europe']);
      assert.equal(analyze('Senate Majority Leader Tom Brandt said the vote was set.').people[0].title, 'Senate Majority Leader');
    });

    it('finds a name at the start of a quotation', () => {
      const a = analyze('The agency added: “Kim Jong-un issued an order to the army.”');
      assert.deepEqual(mentions(a), ['Kim Jong-un']);
    });

    it('reads a given name that is also an English word before an unknown family name', () => {
      const a = analyze('The visitors pressed early, and Dries Vandamme scored from a corner.');
      assert.deepEqual(mentions(a), ['Dries Vandamme']);
    });

    it('starts a name after a title inside a run, and reads no clause of saying as a role', () => {
      const a = analyze('Charlotte Mayor Jenna Robertson said the video would be released. Tom Weller, the chairman said, would resign.');
      assert.deepEqual(mentions(a), ['Jenna Robertson', 'Tom Weller']);
      assert.equal(a.people[0].title, 'Mayor');
      assert.equal(a.entities.find(e => e.name === 'Tom Weller')?.role, undefined);
    });

    it('starts a name after a title or an organisation’s name written before it', () => {
      const a = analyze('Party Research Director Rajan Sethi spoke first. Later the chief executive of the Migrant Council Enver Tamimi told reporters more.');
      assert.deepEqual(mentions(a), ['Rajan Sethi', 'Enver Tamimi']);
    });

    it('keeps a regnal number and reads "Christian" as a given name before a family name', () => {
      const a = analyze('The treaty between the Holy Roman Emperor Charles VI and France held. Fullback Christian Mauleon scored; the Christian Democrats lost. Larry King and Howard Dean watched.');
      assert.deepEqual(mentions(a), ['Charles VI', 'Christian Mauleon', 'Larry King', 'Howard Dean']);
      assert.equal(a.people[0].title, 'Emperor');
    });

    it('keeps two particles inside a name', () => {
      assert.deepEqual(mentions(analyze('Scrum-half Joost van der Merwelaan scored twice.')), ['Joost van der Merwelaan']);
    });

    it('does not take a group for a person, but counts a plural-looking family name the document knows', () => {
      const text = 'Eyewitnesses told reporters that radical Islamists had fled. Stella Woods won; Woods said she was tired. The news-stand chain Kiosko said it would grow.';
      assert.deepEqual(mentions(analyze(text)), ['Stella Woods', 'Woods']);
    });

    it('does not take one hyphenated word for a full name, unless a particle shows one', () => {
      const a = analyze('Sales in the Garden-Outdoor category rose. Tickets for Spider-Gwen sold out. Inzamam-ul-Haq made 40.');
      assert.deepEqual(mentions(a), ['Inzamam-ul-Haq']);
    });

    it('finds a name right after an organisation’s name', () => {
      const a = analyze('The director of the Institute for Coastal Studies Alia Fenwick said the dunes were moving.');
      assert.deepEqual(mentions(a), ['Alia Fenwick']);
    });
  });

  describe('names among places, products and lists', () => {
    it('does not take saints’ places, awards, things named after people or a sentence-ending acronym for people', () => {
      const text = 'The St. Louis Cardinals won. Storms hit St. Louis. Jenkins won an Oscar for best actor and Radcliffe won a Tony. ' +
        'Halley’s Comet returns in 2061. He has Lou Gehrig’s disease. The firm hired Anna Kovacs as CFO. Kovacs said she was thrilled.';
      assert.deepEqual(mentions(analyze(text)), ['Anna Kovacs', 'Kovacs']);
      // A name that modifies a noun after "a" is still a name.
      assert.deepEqual(mentions(analyze('Ana Rios played well. He jiggled his body to a Rios rooting section.')), ['Ana Rios', 'Rios']);
    });

    it('finds a given name with a family name that is also a company, and drops a role opening the sentence', () => {
      const a = analyze('Founder Michael Dell said servers drove growth. Dell, 59, owns half the company. Defender Kyle Walker was booked. Michael J. Fox spoke.');
      assert.deepEqual(mentions(a), ['Michael Dell', 'Dell', 'Kyle Walker', 'Michael J. Fox']);
      assert.equal(entity(a, 'Michael Dell').age, 59);
      assert.equal(entity(a, 'Kyle Walker').role, 'Defender');
      // A position with no agent ending, and a story opening after its dateline.
      const b = analyze('NEW ORLEANS — Quarterback Dion Vance threw for 312 yards. Chef Ana Ruiz cooked.');
      assert.deepEqual(mentions(b), ['Dion Vance', 'Ana Ruiz']);
      assert.equal(entity(b, 'Dion Vance').role, 'Quarterback');
      // A team or a faith is not a family name.
      assert.deepEqual(mentions(analyze('The San Diego Padres won. The Roman Catholic church agreed. Preston North End drew.')), []);
    });

    it('does not take a family, a court case or an unlisted word after a full name for a person of its own', () => {
      const a = analyze('The Kelce brothers faced off again. The Bush family gathered. The ruling in Miranda v. Arizona stands. Strategist Liz Ann Sonders said stocks were cheap.');
      assert.deepEqual(mentions(a), ['Liz Ann Sonders']);
    });

    it('does not take news agencies, Indian localities or products with a number for people', () => {
      assert.deepEqual(mentions(analyze('Residents of Mayur Vihar complained, Xinhua reported. The Galaxy S25 sold well, Yonhap said.')), []);
    });

    it('does not take places named with "the village of", hospitals, railways, "North Carolina" or a party for people', () => {
      const text = 'Rebels shelled the village of Novye Atagi. Staff of the Sint Antonius hospital agreed. The operator, Kestrovan Railways, expects delays. ' +
        'Voters in North Carolina and Libertarian Gary Johnson disagreed. Women, a group Mitt Romney won, shifted.';
      assert.deepEqual(mentions(analyze(text)), ['Gary Johnson', 'Mitt Romney']);
    });

    it('does not take places and institutions with a particle, demonyms or listed companies for people', () => {
      const text = 'Flights to Rio de Janeiro resumed. The Banco de España raised rates. Puerto de la Cruz flooded. Sri Lankan bowler Ravi Perera retired. Shares of Estée Lauder fell.';
      assert.deepEqual(mentions(analyze(text)), ['Ravi Perera']);
    });

    it('does not take storms, ships or streets named like people for people, nor their names repeated alone', () => {
      const text = 'Hurricane Odalys struck the coast and Tropical Storm Bertram followed. Odalys killed 12 people. The USS Harold T. Weller and HMS Queen Matilda sailed. Cars jammed Ronald Okafor Jr. Boulevard. Ines Pena, a nurse, stayed.';
      assert.deepEqual(mentions(analyze(text)), ['Ines Pena']);
    });

    it('reads a given name listed with places, or before its state, as a place', () => {
      const a = analyze('Floods hit New South Wales, Victoria, Queensland and Tasmania. Clara Osei, a nurse from Irving, Texas, was evacuated. They visited Adelaide, Perth and Darwin.');
      assert.deepEqual(mentions(a), ['Clara Osei']);
    });

    it('keeps a person next to a place when the list does not go on, or goes on with people', () => {
      const text = 'Jalal Tabrizi denounced the raids. In Boston, Tabrizi said the attacks by Iran and Tabrizi’s rivals must stop.';
      assert.deepEqual(mentions(analyze(text)), ['Jalal Tabrizi', 'Tabrizi', 'Tabrizi']);
      const list = 'Lena Okafor and Paul Brandt met. After the surge in Iraq, Okafor and Brandt withdrew the troops.';
      assert.deepEqual(mentions(analyze(list)), ['Lena Okafor', 'Paul Brandt', 'Okafor', 'Brandt']);
    });

    it('does not read a verb before a name as a work or a company ("show", "painting")', () => {
      const text = 'Lena Okafor leads. Polls show Okafor ahead, and critics keep painting Okafor as weak. Her novel Winter Harbour sold well.';
      assert.deepEqual(mentions(analyze(text)), ['Lena Okafor', 'Okafor', 'Okafor']);
    });

    it('takes unknown names listed with a person as people', () => {
      const a = analyze('Visitors still honour the old gods, such as Zorvan, Methra, Kallisto and Athena.');
      assert.deepEqual(mentions(a), ['Zorvan', 'Methra', 'Kallisto', 'Athena']);
    });

    it('does not take listed companies and products for people', () => {
      const a = analyze('The league includes Hyundai, Daewoo and Samsung; fans of Apple, Android and Firefox argued.');
      assert.deepEqual(mentions(a), []);
    });

    it('does not take a firm named like a person for one', () => {
      assert.deepEqual(mentions(analyze('Shares of Morgan Stanley and Harley-Davidson rose, and Wells Fargo fell.')), []);
    });

    it('does not take a firm named with a spaced ampersand for a person', () => {
      const a = analyze('Shares of Douglas & Wrenfield rose, said an analyst at Peter D. Harlow & Co.');
      assert.deepEqual(mentions(a), []);
    });

    it('does not take software or the title of a work for a person', () => {
      const a = analyze('Usage of Mozilla Firefox fell, and Firefox lost ground. She signed copies of her graphic novel Angel Catbird.');
      assert.deepEqual(mentions(a), []);
    });

    it('does not read a clause after a comma as a role that makes a word a person', () => {
      const a = analyze('The worst crush came during the 1990 Umrah, in which 300 pilgrims died.');
      assert.deepEqual(mentions(a), []);
    });
  });
});

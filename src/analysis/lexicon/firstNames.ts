// Given names of many origins that compromise's lexicon lacks or under-covers. Lower case,
// space-separated to keep the source compact; split once at module load. The gender lists
// help resolve "he"/"she" to the right person; unisex names go in `UNISEX`.
// Names that are also everyday English words ("Will", "Said", "Grace"…) are left out on purpose:
// a false first name turns ordinary capitalised phrases into people.
import { declareWordClasses, wordList } from './wordClassDeclaration';

const MALE = `
aaron abdel abdelaziz abdelkader abdul abdulaziz abdulla abdullah abdullahi abdulrahman abel abhishek abiy abu abubakar
adebayo adel adeel adnan adolfo adrian afonso agustin ahmad ahmed ahmet aidan akbar akhil akin akira akram alain alberto
alejandro aleksandr aleksandar aleksei alessandro alexei alexey alfonso alfredo ali alim alisher aliyu alok alonso alvaro
amadou amar amir amit amr anand anatoly anders andrei andrej andres andrzej angelo anil ansel antonio anwar aram arash arjun
armando arnaud arsen arturo arvind asad ashraf atiku attila aurelio ayman ayodele aziz babajide bashar bassam bayo bekir
bilal bin bjorn bogdan bojan boris branko bruno bulent burak carlos cem cesar chaim chidi chinedu chinonso chukwuma
cristiano cristian dalibor damir dario davide davut dejan demetrios dimitri dimitrios diego dmitri dmitry domenico
dragan duc dusan ebrahim edgar edmundo eduardo efrain ehud ekrem elias emeka emilio emmanuel enrique ercan erdem eren erkan
ernesto esteban ettore eyal fabio fahad faisal farhad farid farouk faruk fatih federico felipe ferhat fernando fidel
filippo florin francesco francisco franco fuad gabriele gaurav gennady gennaro giacomo gianluca gianni gilberto giorgio
giovanni giuseppe goran gonzalo guillermo gustavo haider hakan hamad hamdi hamed hamid hamza haruki hasan hashem
hassan heinz helmut hernan hideki hiroshi hiroyuki hisham hossein hugo husain hussain hussein ibrahim igor ilhan imran ioannis
iqbal isamu ismail ivan ivo jacek jaime jalal jamal jamshid janusz javad javier jaroslav jerzy jesus jian jiang jie
joaquim joaquin jorge jose josip juan junichiro kareem karim kazuo kemal kenji khaled khalid khalil kiril kofi
konstantin krzysztof kunal kwame kwabena lakshman laszlo lazaro leonid lorenzo luca luigi luis lukasz luiz mahdi mahmood
mahmoud makoto mamadou manfred manoj manuel marat marcelo marcin marco marek mariano mario marwan masood masoud matteo mauricio
maurizio mehdi mehmet mehmood miguel mikhail milan milos mirko mircea miroslav mohamad mohamed mohammad mohammed
mohan mohsen moshe muhamed muhammad muhammadu mustafa mustapha nabil naftali naguib najib naoto naresh nasser nawaz ndidi
nikita nikola nikolai nikolaos nnamdi noor nuno nursultan obafemi octavio oleksandr oleksiy olumide olusegun omar orhan osama
oscar osman oswaldo ozil pablo pankaj paolo pavel pawel pedro petar petro piotr pradeep pranab prakash qasim rafael rafiq
rahul raja rajesh rajiv ramiro ramon ramzan rashid raul reza ricardo rinat riyad roberto rodrigo rohan rustam ryuichi saad
sadiq saeed salah saleh salim salman sameer samir sandeep sanjay santiago sebastian sergei sergey sergio shahid
shakil shigeru shinzo shlomo shoaib siddharth sinan slobodan stanislav stefano stjepan suleiman sultan sunil suresh syed
tadeusz taher takeshi tamer tariq taro tayyip thabo themba tomasz toshiro ugo uhuru umar umberto usman vadim valentin
valery vasily vasyl viktor vijay vikram vittorio vladimir vladislav volodymyr waleed walid wojciech xavier yahya yakov yasin
yasser yasuo yevgeny yitzhak yoshihiko yoshiro youssef yuri yusuf zaid zbigniew zeki zeljko zoran zvonimir
`;

const FEMALE = `
aaliyah abena adaeze alia adebola agnieszka aiko aisha akiko alejandra aleksandra alessandra alina amina amira amna anamika
ananya anastasia aneta angela angelika anjali annalena antonella aparna aranzazu asma asuka ayesha ayumi aziza
beatriz birgit bogdana bushra carmen catalina cecilia chiara chidinma chioma cristina dagmar daniela darya dilnoza dolores
dorota ebru ekaterina elena elif elisabetta elzbieta emine esra esperanza fadwa farida fatima fatma fatou fernanda
francesca gabriela giovanna giulia graciela guadalupe gulnara hadiza halima hana hanan haruka hatice hiba hiroko huda ilham
ines irina isabel isabella jelena jimena jiyoung joanna katarzyna kateryna keiko khadija kiran lakshmi latifa laila leila
lucia ludmila luisa lyudmila magdalena malala malgorzata manuela mariam mariana mariela marina marisol marta maryam
mehwish mercedes milagros mina mio miyuki monika nadia nadezhda naledi nasrin natalia natasha nazanin neha ngozi
nilufar nkechi noura nour nurul oksana olena olga paola parisa patrizia pilar priya rania rasha renata rocio roksana roxana
rukhsana ruslana sadia sakura samira sanaa sanna sarita shabnam shirin silvia sofia sonia stanislava suad sunita svetlana
tamara tanvi tatiana tatyana teresa tomoko ulrike valentina valeria veronika victoria viktoria wafa xiomara
yasmin yasmine yekaterina yelena yoko yolanda yukiko yulia yumi zahra zainab zanele zehra zeynep zhanna zoya zuzana
`;

const UNISEX = `
akira ali ayo chinwe hikaru lin ngoc rin sasha tuan yuki
`;

export const GIVEN_NAME_CLASSES = declareWordClasses({
  MaleGivenName: {
    meaning: 'A man\'s given name, of the many origins compromise\'s lexicon lacks or under-covers.',
    source: 'a hand list from news usage (names of many origins)',
    words: wordList(MALE),
  },
  FemaleGivenName: {
    meaning: 'A woman\'s given name, of the many origins compromise\'s lexicon lacks or under-covers.',
    source: 'a hand list from news usage (names of many origins)',
    words: wordList(FEMALE),
  },
  GivenName: {
    meaning: 'A given name compromise\'s lexicon lacks (men\'s, women\'s and unisex names).',
    source: 'a hand list from news usage (the two lists above and unisex names)',
    words: [...wordList(MALE), ...wordList(FEMALE), ...wordList(UNISEX)],
  },
});

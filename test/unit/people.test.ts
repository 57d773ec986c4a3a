import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { findCandidates, findPeople } from '../../server/src/analysis/people';
import { splitParagraphs, splitSentences } from '../../server/src/analysis/segment';
import { tokenize, type Token } from '../../server/src/analysis/tokens';

const people = (t: string) => analyze(t).people;
const names = (t: string): string[] => people(t).map((p) => p.name);

describe('people', () => {
  it('takes a self-introduction as evidence, however it is written, and nothing else ending in m or s', () => {
    for (const intro of ["I'm", 'I’m', 'I am', 'My name is', 'and my name is', 'Hi, I am']) {
      assert.deepEqual(names(`Heading\n\nHello. ${intro} Zorvan Quelk. Welcome.`), ['Zorvan Quelk'], intro);
    }
    for (const other of ['From', 'Across', 'Team', 'I amass']) {
      assert.deepEqual(names(`Heading\n\nHello. ${other} Zorvan Quelk. Welcome.`), [], other);
    }
  });
  it('takes an unlisted occupation opening a sentence before a given name as a role, and keeps given names that look like one', () => {
    const [p] = people('Heading\n\nMeteorologist Carlos Henrique Duarte of the weather institute said more rain was coming.');
    assert.equal(p!.name, 'Carlos Henrique Duarte');
    assert.deepEqual(p!.roles, ['Meteorologist']);
    // "Hunter" and "Spencer" are given names, not occupations.
    assert.deepEqual(names('Heading\n\nHunter Robert Biden spoke. Spencer Tom Hale said no.'), ['Hunter Robert Biden', 'Spencer Tom Hale']);
  });
  it('reads "<role> of X" before a name as one role ("Minister of Agriculture Femke Wiersma")', () => {
    for (const [t, name, role] of [
      ['Minister of Agriculture Femke Wiersma said it would be studied.', 'Femke Wiersma', 'Minister of Agriculture'],
      ['Secretary of State Marco Rubio said the talks would go on.', 'Marco Rubio', 'Secretary of State'],
      ['The son of Carlos Duarte said the talks would go on.', 'Carlos Duarte', null],
    ] as const) {
      const [p] = people(`Heading\n\n${t} ${name.split(' ')[1]} left.`);
      assert.equal(p!.name, name, t);
      assert.deepEqual(p!.mentions.map((m) => m.text), [name, name.split(' ')[1]], t);
      if (role) assert.ok(p!.roles.includes(role), p!.roles.join('|'));
    }
  });
  it('keeps the particles of a surname used alone ("von der Leyen", "Van Keimpema")', () => {
    const ps = people('Heading\n\nPresident Ursula von der Leyen spoke on Monday. "We will act," von der Leyen said. Von der Leyen left. '
      + 'Farmers leader Sieta van Keimpema disagreed, and van Keimpema left too. Ms van Gogh, no relation, stayed.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [
      ['Ursula von der Leyen', 'Ursula von der Leyen', 'von der Leyen', 'Von der Leyen'],
      ['Sieta van Keimpema', 'Sieta van Keimpema', 'van Keimpema'],
      ['van Gogh', 'van Gogh'], // a different person: no full name has these particles before "Gogh"
    ]);
  });
  it('takes a relation before an apposed name as evidence ("Lee\'s predecessor, Yoon Suk Yeol,")', () => {
    const [p] = people('Heading\n\nEarlier this year, Lee\'s predecessor, Yoon Suk Yeol, was removed from office. Yoon has denied wrongdoing.');
    assert.equal(p!.name, 'Yoon Suk Yeol');
    assert.deepEqual(p!.mentions.map((m) => m.text), ['Yoon Suk Yeol', 'Yoon']);
  });
  it('takes initials for given names, but not a country or a sports club written in capitals', () => {
    assert.deepEqual(names('Heading\n\nThey beat US Quevilly and FC Porto, then AC Milan. The club signed TJ Watt and CJ Stroud.'), ['TJ Watt', 'CJ Stroud']);
  });
  it('lets a gendered honorific choose between two people sharing a surname, never turning the only one away', () => {
    const couple = people('Heading\n\nPassenger Rebecca Stein was angry. Her husband, Mark Stein, said they missed a wedding. '
      + 'Mr Stein said he would ask for a refund. Mrs. Stein said nothing. Stein left.');
    assert.deepEqual(couple.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [
      ['Rebecca Stein', 'Rebecca Stein', 'Stein', 'Stein'], // "Mrs. Stein", and the surname alone: the one named first
      ['Mark Stein', 'Mark Stein', 'Stein'], // "Mr Stein": the husband
    ]);
    // A name list may be wrong about a name ("Kelly" is listed as female only): it never splits a person.
    assert.deepEqual(people('Heading\n\nBoeing chief executive Kelly Ortberg spoke. Mr Ortberg said no.').map((p) => p.mentions.length), [2]);
  });
  it('reads a sentence-opening title or given name that looks like a gerund or an adverb ("King", "Holly", "Sally")', () => {
    const ps = people('Heading\n\nKing Charles III met the Pope on Wednesday. Holly Smith said so. Sally Field agreed. Ming Li said so too.');
    assert.deepEqual(ps.map((p) => `${p.name} (${p.roles.join('|')})`), ['Charles III (King)', 'Holly Smith ()', 'Sally Field ()', 'Ming Li ()']);
  });
  it('never runs a name across a sentence end ("met the Pope. Charles left")', () => {
    const ps = people('Heading\n\nKing Charles met the Pope. Charles left.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.roles]), [['Charles', 'King']]);
  });
  it('takes a month after a given name for a surname ("Theresa May")', () => {
    assert.deepEqual(names('Heading\n\nPrime Minister Theresa May said no. The vote was on Thursday May 7.'), ['Theresa May']);
  });
  it('takes an unlisted first word for a role when the text also writes it in lower case ("Taoiseach Simon Harris")', () => {
    const ps = people('Heading\n\nTaoiseach Simon Harris spoke first. Micheál Martin said no, having served as taoiseach. Harris left. The Taoiseach said so.');
    assert.deepEqual(ps.map((p) => [p.name, p.roles.join('|'), ...p.mentions.map((m) => m.text)]), [
      ['Simon Harris', 'Taoiseach', 'Simon Harris', 'Harris'],
      ['Micheál Martin', '', 'Micheál Martin'],
    ]);
    // Without the lower-case form, nothing says the first word is no name.
    assert.deepEqual(names('Heading\n\nZorvan Simon Quelk spoke first, and Quelk said no.'), ['Zorvan Simon Quelk']);
  });
  it('takes words in capitals for shouting, not for a name, unless they open with a given name', () => {
    assert.deepEqual(names('Heading\n\nHello. MY NAME IS Zorvan Quelk. THE PRESIDENT SPOKE. JOHN SMITH SAID NO. The report was by AS Heagle.'), [
      'Zorvan Quelk', 'JOHN SMITH', 'AS Heagle',
    ]);
  });
  it('takes a place or organisation word that is a common surname for one after a given name, given other evidence', () => {
    const ps = people('Heading\n\nMark Hall said no. Hall left. Margaret Court, the former tennis player, agreed. Victoria Park was closed. The Supreme Court ruled. The British Antarctic Survey said so.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Mark Hall', 'Mark Hall', 'Hall'], ['Margaret Court', 'Margaret Court']]);
  });
  it('shares a verdict along a whole list, but not across an apposition', () => {
    assert.deepEqual(names('Heading\n\nThe talks were attended by Xi Jinping, Shinzo Abe and Narendra Modi. A lawyer for Goldman Sachs, John Smith, declined to comment.'), [
      'Xi Jinping', 'Shinzo Abe', 'Narendra Modi', 'John Smith',
    ]);
  });
  it('takes an age in apposition and an inverted attribution as evidence', () => {
    assert.deepEqual(names('Heading\n\nPolice arrested Aoife Byrne, 34, on Monday. "It is a relief," said Siobhan Kelly.'), ['Aoife Byrne', 'Siobhan Kelly']);
  });
  it('links a surname alone to a name with two surnames or an Arabic article ("Sheinbaum", "Assad")', () => {
    const ps = people('Heading\n\nPresident Claudia Sheinbaum Pardo spoke on Monday. Later, Claudia Sheinbaum said she was calm. Sheinbaum left. '
      + 'Bashar al-Assad fled to Moscow. Assad has not been seen since. Mary Lou McDonald spoke. McDonald left.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [
      ['Claudia Sheinbaum Pardo', 'Claudia Sheinbaum Pardo', 'Claudia Sheinbaum', 'Sheinbaum'],
      ['Bashar al-Assad', 'Bashar al-Assad', 'Assad'],
      ['Mary Lou McDonald', 'Mary Lou McDonald', 'McDonald'],
    ]);
  });
  it('reads a surname ending in -ing before a speech verb, and takes no company or festival for a person', () => {
    assert.deepEqual(names('Heading\n\nPeyton Manning praised the coach. Manning said it was brilliant. London-based Ember Books said sales rose. '
      + 'Al Jazeera reported the strike. Muslims marked Eid al-Fitr. Riyadh-based Nahda Logistics said so. Al Gore said no.'), ['Peyton Manning', 'Al Gore']);
    assert.deepEqual(people('Heading\n\nPeyton Manning praised the coach. Manning said it was brilliant.')[0]!.mentions.map((m) => m.text), ['Peyton Manning', 'Manning']);
  });
  it('takes an affiliation as evidence, and a family name written first for the person introduced first', () => {
    const ps = people('Heading\n\nThe study was led by Zhang Wei of the Chinese Academy of Sciences. Co-author Zhang Min of Peking University agreed. "It was fast," Zhang said.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Zhang Wei', 'Zhang Wei', 'Zhang'], ['Zhang Min', 'Zhang Min']]);
    // A given name shared by two people stays unlinked.
    assert.deepEqual(people('Heading\n\nMark Hall said no. Mark Stein said yes. Mark left.').map((p) => p.mentions.length), [1, 1]);
  });
  it('strips religious titles and "Special Judge", and takes no made-up company word or inspectorate for a person', () => {
    const ps = people('Heading\n\nMaulana Fazal Karim said the road was blocked. Special Judge Kavita Raghunathan said the trial would go on. '
      + 'The rival Hanbit Semitech said so. Estonia’s Data Protection Inspectorate said it had 37 complaints. Ford shares fell after Henry Ford III spoke.');
    assert.deepEqual(ps.map((p) => [p.name, p.roles.join('|'), ...p.mentions.map((m) => m.text)]), [
      ['Fazal Karim', 'Maulana', 'Fazal Karim'], ['Kavita Raghunathan', 'Special Judge', 'Kavita Raghunathan'], ['Henry Ford III', '', 'Henry Ford III'],
    ]);
  });
  it('reads a nationality that is a given name as one ("Christian Horner"), and no court or plural of capitals as a person', () => {
    const ps = people('Heading\n\nChristian Horner said the car was fast. The team principal, Christian Horner, agreed. He appeared at Southwark Crown Court. '
      + 'More than forty Labour MPs voted against it. Margaret Court said no.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Christian Horner', 'Christian Horner', 'Christian Horner'], ['Margaret Court', 'Margaret Court']]);
  });
  it('keeps a nationality that opens a sentence out of the name before a given name ("American John Smith")', () => {
    assert.deepEqual(names('Heading\n\nAmerican John Smith won the race. Irish Patrick Kelly was second.'), ['John Smith', 'Patrick Kelly']);
  });
  it('takes no company with a legal suffix for a person ("Brandauer Automobil AG", "Siemens AG")', () => {
    assert.deepEqual(names('Heading\n\nBrandauer Automobil AG said it would appeal. Siemens AG declined to comment. Anna Weber said so.'), ['Anna Weber']);
  });
  it('leaves honours and ranks after a name out of it ("Daniel O\'Rourke SC", "Jane Smith OBE")', () => {
    assert.deepEqual(names('Heading\n\nCounsel assisting the inquiry, Daniel O\'Rourke SC, spoke first. Jane Smith OBE agreed. O\'Rourke left.'), ['Daniel O\'Rourke', 'Jane Smith']);
  });
  it('reads a relative "who" after a name as evidence of a person, not after a preposition', () => {
    assert.deepEqual(names('Heading\n\nRicardo Montenegro, who governed the province, testified. Tom Reed, the MP for North Wealdon, who has held the seat since 2010, agreed.'), ['Ricardo Montenegro', 'Tom Reed']);
  });
  it('links a surname that names a place too ("Montenegro told the panel") to the person, never "in Montenegro"', () => {
    const ps = people('Heading\n\nRicardo Montenegro testified on Wednesday. Prosecutors accuse Montenegro of fraud. He once lived in Montenegro.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Ricardo Montenegro', 'Ricardo Montenegro', 'Montenegro']]);
    assert.deepEqual(names('Heading\n\nTalks in Georgia ended. Georgia said it would not sign.'), []);
  });
  it('reads "A." and "I." between name words as initials, not as the article or the pronoun ("John A. Smith")', () => {
    assert.deepEqual(names('Heading\n\nThe mayor, John A. Smith, said so. Kofi A. Asante, a retired diplomat, agreed.'), ['John A. Smith', 'Kofi A. Asante']);
  });
  it('reads a Chinese name written family name first ("Huang Wenjie"), and links the family name alone', () => {
    const ps = people('Heading\n\nHuang Wenjie beat Arjun Mehta in the final round. Huang said he was tired. The meeting was attended by Li Qiang. Wang Street was closed.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Huang Wenjie', 'Huang Wenjie', 'Huang'], ['Arjun Mehta', 'Arjun Mehta'], ['Li Qiang', 'Li Qiang']]);
  });
  it('gives a gendered honorific to the person known to be of that gender before one no list knows ("Ms Bautista" is Liza)', () => {
    const ps = people('Heading\n\nDisaster chief Rodel Bautista said 312 residents were rescued. Among them was Liza Bautista, a shopkeeper. Ms Bautista told reporters she had waited. Mr Bautista agreed.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Rodel Bautista', 'Rodel Bautista', 'Bautista'], ['Liza Bautista', 'Liza Bautista', 'Bautista']]);
    assert.equal(ps[1]!.mentions[1]!.start < ps[0]!.mentions[1]!.start, true, '"Ms Bautista" comes before "Mr Bautista"');
  });
  it('links the given names alone to the person named in full before ("Luiz Henrique" after "Luiz Henrique Carvalho")', () => {
    const ps = people('Heading\n\nBrazilian midfielder Luiz Henrique Carvalho joined in 2019. Luiz Henrique himself broke his silence on Tuesday. Anna Smith agreed.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Luiz Henrique Carvalho', 'Luiz Henrique Carvalho', 'Luiz Henrique'], ['Anna Smith', 'Anna Smith']]);
  });
  it('takes a plural surname after "the" or a number for a family, not a mention ("the two Whitmores")', () => {
    const ps = people('Heading\n\nMinister Rachel Whitmore spoke. Tom Whitmore MP agreed. Asked about the two Whitmores, she laughed. The Whitmores live in Kent.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Rachel Whitmore', 'Rachel Whitmore'], ['Tom Whitmore', 'Tom Whitmore']]);
  });
  it('reads "Frenchman" and "Dutchman" as nationalities before a name, and the "Col du" of a mountain pass as no colonel', () => {
    assert.deepEqual(names('Heading\n\nRuggeri was second, with Frenchman Bastien Loriot third, ahead of Dutchman Sander Kuipers. Mosquera attacked on the Col du Perthuis. Col. John Smith watched.'), [
      'Bastien Loriot', 'Sander Kuipers', 'John Smith',
    ]);
  });
  it('reads a given name alone in apposition to a kinship word as a person ("His wife, Adele, died")', () => {
    const ps = people('Heading\n\nEllis Hargrove died on Sunday. His wife, Adele, died in 2009. He is survived by his son, Marcus, and by Victoria Station staff.');
    assert.deepEqual(ps.map((p) => [p.name, p.roles.join('|')]), [['Ellis Hargrove', ''], ['Adele', 'wife'], ['Marcus', 'son']]);
  });
  it('reads names no list knows after a learned occupation or a country\'s possessive, Welsh "ap", and company legal forms as written', () => {
    assert.deepEqual(names('Heading\n\nVolcanologist Kristján Þórðarson of the Earth Sciences Institute spoke. He finished ahead of Ethiopia\'s Yohannes Tsegaye. '
      + 'The chief intermediary, Mohamed Ag Alher, a former MP, said so. Alliance leader Huw ap Dafydd agreed. Sarvodaya Lifesciences said so. Brandauer Automobil AG said so.'), [
      'Kristján Þórðarson', 'Yohannes Tsegaye', 'Mohamed Ag Alher', 'Huw ap Dafydd',
    ]);
  });
  it('reads an apposed role that a long relative clause follows, "Co-" occupations, and firms named for what they mine or secure', () => {
    const ps = people('Heading\n\nThey demanded the release of Bakyt Usenov, a 34-year-old journalist who was arrested in February and is accused of inciting unrest in a series of online videos. '
      + 'Co-maintainer Rafael Okonkwo-Brandt said a fix would come. Halyard Security said so. Ironwake Minerals said so.');
    assert.deepEqual(ps.map((p) => [p.name, p.roles.join('|')]), [['Bakyt Usenov', '34-year-old journalist'], ['Rafael Okonkwo-Brandt', 'Co-maintainer']]);
  });
  it('reads a given name alone with an age in apposition as a person ("Carmen, 71,"), "Prefect" as a title, "a forest guide" as a role', () => {
    const ps = people('Heading\n\nCarmen, 71, said she still supported the staff. "It costs me," Carmen said. Prefect Ioana Mureșan spoke. '
      + 'The name honours Jean-Baptiste Moukala, a forest guide from the village of Méla who led the researchers. He was a curator at the Royal Museum of Fine Arts.');
    assert.deepEqual(ps.map((p) => [p.name, p.mentions.length]), [['Carmen', 2], ['Ioana Mureșan', 1], ['Jean-Baptiste Moukala', 1]]);
  });
  it('reads three-part Chinese and Vietnamese names, "Magistrate", sports roles, and no verb clause as an apposition', () => {
    const ps = people('Heading\n\nThe men, named as Lim Wei Jie and Tran Van Duc, appeared before Magistrate Carmen Leung yesterday. An appeal by Latvian luger Kristaps Ozoliņš failed. '
      + 'The tabloid Dagsnytt Vest reported it. Figures came from Asia Wildlife Trade Watch and the Institute for Urban Water Studies.');
    assert.deepEqual(ps.map((p) => [p.name, p.roles.join('|')]), [['Lim Wei Jie', ''], ['Tran Van Duc', ''], ['Carmen Leung', 'Magistrate'], ['Kristaps Ozoliņš', 'Latvian luger']]);
  });
  it('reads a name of one word with an age or a person\'s role in apposition as a person, and named things, firms and ships as none', () => {
    const ps = people('Heading\n\nNurlina, a 34-year-old market trader travelling with her husband, said water poured in. Sutrisno, 52, a fisherman, agreed. '
      + 'Meanwhile, a spokesman said the plan was sound, and left. The ship KM Mutiara Timur sank. Its operator, PT Lautan Sejahtera, said so. '
      + 'Comet Fuentes was seen. According to Xinhua, the state news agency, talks went well.');
    assert.deepEqual(ps.map((p) => p.name), ['Nurlina', 'Sutrisno']);
  });
  it('takes no newspaper opening with a Dutch article for a person ("Het Nieuwsblad")', () => {
    assert.deepEqual(names('Heading\n\nBelgian newspaper Het Nieuwsblad reported that the club paid a record fee. Jan Peeters said so.'), ['Jan Peeters']);
  });
  it('takes a family name written first that speaks alone for evidence ("Xi Jinping ... Xi said")', () => {
    const ps = people('Heading\n\nXi Jinping met the delegation on Monday. Xi said the talks were frank.');
    assert.deepEqual(ps.map((p) => [p.name, ...p.mentions.map((m) => m.text)]), [['Xi Jinping', 'Xi Jinping', 'Xi']]);
  });
  it('strips titles from the span and keeps them as a role', () => {
    const [p] = people('Heading\n\nGerman Finance Minister Ulrike Brandt said taxes would rise.');
    assert.equal(p!.name, 'Ulrike Brandt');
    assert.deepEqual(p!.mentions.map((m) => m.text), ['Ulrike Brandt']);
    assert.ok(p!.roles.includes('German Finance Minister'), p!.roles.join('|'));
  });
  it('links transliteration variants and surnames to one person', () => {
    const t = 'Heading\n\nForeign Minister Sergei Ivanov arrived. Later Sergey Ivanov said the talks failed. Ivanov left.';
    const ps = people(t);
    assert.equal(ps.length, 1);
    assert.deepEqual(ps[0]!.mentions.map((m) => m.text), ['Sergei Ivanov', 'Sergey Ivanov', 'Ivanov']);
    assert.ok(ps[0]!.aliases.includes('Sergey Ivanov'));
  });
  it('takes roles from appositions before and after the name', () => {
    const t = 'Heading\n\nThe UN spokesman, Pierre Lemaire, said aid arrived. Tomas Novak, a lawyer for the family, disagreed.';
    const ps = people(t);
    const byName = new Map(ps.map((p) => [p.name, p]));
    assert.ok(byName.get('Pierre Lemaire')!.roles.some((r) => /spokesman/.test(r)));
    assert.ok(byName.get('Tomas Novak')!.roles.some((r) => /lawyer for the family/.test(r)));
  });
  it('shares a role across a coordinated list of names, one each', () => {
    const t = 'Heading\n\nThe two presidents, Halvard Lange and Recep Tayyip Erdogan, met on Friday. The Russian and Turkish ministers, Ivan Orlov and Ali Demir, followed.';
    assert.deepEqual(people(t).map((p) => [p.name, p.roles]), [
      ['Halvard Lange', ['president']], ['Recep Tayyip Erdogan', ['president']],
      ['Ivan Orlov', ['Russian minister']], ['Ali Demir', ['Turkish minister']],
    ]);
  });
  it('does not take organisations, places, nationalities or things named after people', () => {
    const t = 'Heading\n\nThe Supreme Court and the United Nations met in New Zealand. Russian officials visited the Udvar-Hazy Center and the Huffington Post.';
    assert.deepEqual(names(t), []);
  });
  it('keeps two people who share a name part apart', () => {
    const t = 'Heading\n\nMohamed El-Hassan Mohamed met Ahmed Mohamed, the mayor. Ahmed Mohamed said nothing.';
    const ps = people(t);
    assert.equal(ps.length, 2, ps.map((p) => p.name).join('|'));
  });
  it('drops the possessive ending from the span', () => {
    const t = "Heading\n\nPrime Minister Rishi Sunak arrived. Sunak's plan failed. Thomas' view differs from Mr. Thomas Reed's.";
    const sunak = people(t).find((p) => p.name === 'Rishi Sunak')!;
    assert.deepEqual(sunak.mentions.map((m) => m.text), ['Rishi Sunak', 'Sunak']);
  });
  it('keeps a title such as Professor as a role, but not a bare Mr or Dr', () => {
    const ps = people('Heading\n\nProfessor Alan Brooks met Dr. Helen Marsh and Mr. Tom Reed.');
    assert.deepEqual(ps.map((p) => [p.name, p.roles]), [['Alan Brooks', ['Professor']], ['Helen Marsh', []], ['Tom Reed', []]]);
  });
  it('finds a surname-only person with an honorific', () => {
    const t = 'Heading\n\nUndersecretary for Education Mr. Toccafondi says schools will close.';
    assert.deepEqual(names(t), ['Toccafondi']);
  });
  it('links a family-name-first mention to the full name', () => {
    const t = 'Heading\n\nKim Jong-un gave the order. Later Kim inspected the troops.';
    assert.deepEqual(people(t)[0]!.mentions.map((m) => m.text), ['Kim Jong-un', 'Kim']);
  });
  it('links Title Case headline words only to people the body names', () => {
    const t = 'Senator Clara Voss Wins Second Term In Ohio\n\nSenator Clara Voss won a second term on Tuesday. Voss thanked voters.';
    const ps = people(t);
    assert.deepEqual(ps.map((p) => [p.name, p.mentions.map((m) => m.text)]), [['Clara Voss', ['Clara Voss', 'Clara Voss', 'Voss']]]);
  });
  it('ends a name at a capitalised function word and starts a new one at a title', () => {
    const t = 'Heading\n\nOn Monday President Ana Lima And Pope Leo met. Lima spoke.';
    assert.deepEqual(names(t), ['Ana Lima', 'Leo']);
  });
  it('joins particles and initials into the name', () => {
    const t = 'Heading\n\nAuthor J.K. Rowling met Judge Maria de la Cruz and Pieter van der Berg, the mayor.';
    assert.deepEqual(names(t), ['J.K. Rowling', 'Maria de la Cruz', 'Pieter van der Berg']);
  });
  it('links a name without its first given name to the full name', () => {
    const t = 'Heading\n\nPresident Recep Tayyip Erdogan spoke. Later, Tayyip Erdogan left and Erdogan flew home.';
    assert.deepEqual(people(t).map((p) => [p.name, p.mentions.length]), [['Recep Tayyip Erdogan', 3]]);
  });
  it('links a name written with and without a hyphen', () => {
    const t = 'Heading\n\nLeader Kim Jong Un spoke. Analysts doubt what Kim Jong-Un promised.';
    assert.deepEqual(people(t).map((p) => [p.name, p.mentions.length]), [['Kim Jong Un', 2]]);
  });
  it('keeps long names with particles and tells place names from given names', () => {
    const t = 'Heading\n\nFloods hit Rio Grande do Sul, officials said. President Luiz Inácio Lula da Silva visited. Lula promised help.';
    assert.deepEqual(people(t).map((p) => [p.name, p.mentions.map((m) => m.text)]), [['Luiz Inácio Lula da Silva', ['Luiz Inácio Lula da Silva', 'Lula']]]);
  });
  it('makes a full name a person when its surname later speaks', () => {
    const t = 'Heading\n\nThe rescue was led by Fuad Basya on Friday. Basya said the crew was safe.';
    assert.deepEqual(people(t).map((p) => [p.name, p.mentions.length]), [['Fuad Basya', 2]]);
  });
  it('gives a shared surname alone to the person named first; the other goes by first name', () => {
    const t = 'Heading\n\nPianist Marian Holt died on Thursday. Her son, Daniel Holt, said she died at home. "She played to the end," Daniel said. Holt was born in 1934.';
    const ps = people(t);
    assert.deepEqual(ps.map((p) => [p.name, p.mentions.map((m) => m.text)]), [
      ['Marian Holt', ['Marian Holt', 'Holt']], ['Daniel Holt', ['Daniel Holt', 'Daniel']],
    ]);
  });
  it('ends an apposed role where a relative clause begins, and takes no newspaper for a person', () => {
    const t = 'Heading\n\nMarian Holt, the pianist whose records shaped jazz, died. A review in the Village Chronicle dismissed her album.';
    assert.deepEqual(people(t).map((p) => [p.name, p.roles]), [['Marian Holt', ['pianist']]]);
  });
  it('does not count a thing or group named after a known person as a mention', () => {
    const t = 'Heading\n\nPrime Minister Mario Monti resigned. The Monti government fell, and the Monti family left Rome. Monti said little.';
    assert.deepEqual(people(t)[0]!.mentions.map((m) => m.text), ['Mario Monti', 'Monti']);
  });
  it('does not overlap mentions', () => {
    const t = 'Heading\n\nJohn Key met John Burrows. Key said Burrows was right; John agreed.';
    const spans = people(t).flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i]!.start >= spans[i - 1]!.end);
  });
  it('reads a paragraph at a time as the whole text at once: evidence reaches back into the paragraph before', () => {
    // analyze() drops each paragraph's tokens once read; a run opening a paragraph still reads the
    // last words of the one before, as over the whole text's tokens.
    const t = 'Heading\n\nAid arrived late, said the UN spokesman\n\nPierre Lemaire said more would come.\n\nA\n\nHalvard Lange spoke next.\n\nEdvard Holm agreed.';
    const allTokens: Token[] = [];
    for (const p of splitParagraphs(t)) allTokens.push(...tokenize(t, splitSentences(t, p.start, p.end), 0));
    assert.deepEqual(analyze(t).people, findPeople(t, allTokens).people);
    const lemaire = analyze(t).people.find((p) => p.name === 'Pierre Lemaire');
    assert.deepEqual(lemaire?.roles, ['UN spokesman']);
  });
  it('keeps no candidate for a run that names no person: a title alone, a place, a month, an organisation', () => {
    // Candidates live until the whole text is linked; runs that can never be a person are not kept.
    const t = 'The Foreign Minister arrived in Paris on Monday, and Minister John Smith said the Ministry of Defence would wait.';
    const candidates = findCandidates(t, tokenize(t, splitSentences(t, 0, t.length), 0), () => false);
    assert.deepEqual(candidates.map((c) => c.nameWords.join(' ')), ['John Smith']);
  });
  it('leaves an age before a name, West African honorifics and the place an institution is of out of people', () => {
    assert.deepEqual(names('Heading\n\nFifteen-year-old Kiran Balasubramanian won. Balasubramanian said he was tired.'), ['Kiran Balasubramanian']);
    assert.deepEqual(names('Heading\n\nThe lease was signed by Opanin Kofi Darko and Alhaji Ibrahim Seidu-Tanko. Darko said nothing.'), ['Kofi Darko', 'Ibrahim Seidu-Tanko']);
    assert.deepEqual(names('Heading\n\nThe rector of the University of Kessel-Arnau, Professor Miroslav Halas, denied it.'), ['Miroslav Halas']);
    assert.deepEqual(names('Heading\n\nScientists on the Halvorsen Ice Shelf said so. Ebba Lind of the Centre for Maritime Archaeology agreed.'), ['Ebba Lind']);
  });
  it('reads names joined by an ampersand as a firm, and zoos, schools and streets as places', () => {
    assert.deepEqual(names('Heading\n\nDominic Ashcombe closed Ashcombe & Vine on Monday. Staff at Brackenfield Zoo and Linwood Elementary on Quayside Row agreed.'), ['Dominic Ashcombe']);
    assert.equal(people('Heading\n\nDominic Ashcombe closed Ashcombe & Vine on Monday.')[0]!.mentions.length, 1);
  });
  it('knows Russian and Ukrainian given names as the press spells them ("Anatoly", "Dmitry", "Yevgeny")', () => {
    assert.deepEqual(names('Heading\n\nAnatoly Rudenko told the court he was there. Dmitry Sokolov and Yevgeny Orlov agreed.'), ['Anatoly Rudenko', 'Dmitry Sokolov', 'Yevgeny Orlov']);
  });
  it('reads the village a place is of, and a participle after a comma, as no apposition of a person', () => {
    assert.deepEqual(names('Heading\n\nGuards fired near the Kyrgyz village of Kyzyl-Bulak, leaving one guard wounded, officials said.'), []);
    assert.deepEqual(names('Heading\n\nThe smaller Green Liberals quit. Priya Venkataraman of Skyline Advisory and Brannock Aggregates agreed.'), ['Priya Venkataraman']);
  });
  it('keeps a word between two titles in the title, and reads a union of workers and an occupation after "a" as what they are', () => {
    assert.deepEqual(people('Heading\n\nChief Fire Officer Deborah Nakamura-Hale said the site was unsafe.').map((p) => `${p.name}|${p.roles.join(';')}`),
      ['Deborah Nakamura-Hale|Chief Fire Officer']);
    assert.deepEqual(names('Heading\n\nRukhsana Begum, a regional organiser for the General Workers’ Union, said so. The Teachers\' Federation agreed.'), ['Rukhsana Begum']);
    // A company's apposition with "the" stays no evidence of a person; "a number of" is no occupation.
    assert.deepEqual(names('Heading\n\nIonian Structural Works, the contractor, rejected it. Kobayashi Denki, the maker, said so. Rukhsana Begum, a number of whom were there, left.'), []);
  });
  it('keeps the full stop of a surname initial, reads "Team-mate" as a role and sports bodies and Spanish firms as no people', () => {
    assert.deepEqual(people('Heading\n\nThe suspect, Dariusz K., was arrested.').flatMap((p) => p.mentions.map((m) => m.text)), ['Dariusz K.']);
    assert.deepEqual(names('Heading\n\nTeam-mate Nuno Barreiros was suspended. New Zealand Cricket said so. Minera Altavista denied it.'), ['Nuno Barreiros']);
  });
  it('keeps surnames that are street or sport words, and reads a headline\'s last word as no evidence against the name below it', () => {
    assert.deepEqual(names('Heading\n\nThe actor Nathan Lane said it was fine.'), ['Nathan Lane']);
    assert.deepEqual(names('Flood hits town\n\nMaria Lopez visited the streets.'), ['Maria Lopez']);
  });
  it('reads ships and horses named like people, Portuguese and Spanish villages and football clubs as no people', () => {
    assert.deepEqual(names('Heading\n\nThe trawler Marisol Dawn sank. The research vessel Ingrid Sæterdal sailed. Farms in Vilar Seco and Castelo Alvar were hit. '
      + 'Pennington Rovers said so. Alto Cerrejón was buried.'), []);
  });
  it('takes a compound occupation before a name as a role, finds Irish names by their particle, and no pharmacy or parade', () => {
    assert.deepEqual(names('Heading\n\nHeadteacher Siobhán Nic Aodha said it was unfair. Newsagent Farhan Siddiqui, 52, denies the charge.'),
      ['Siobhán Nic Aodha', 'Farhan Siddiqui']);
    assert.deepEqual(names('Heading\n\nSiobhán Ní Bhriain, whose two children attend the school, was there.'), ['Siobhán Ní Bhriain']);
    assert.deepEqual(names('Heading\n\nCorvell Pharmacy said it had recalled the syrup. Shoppers on Eastgate Parade said so.'), []);
  });
  it('finds "whose son Tobias has", a name police "identified the passenger as", and no campaign, energy firm, league, creek or fishery', () => {
    assert.deepEqual(names('Heading\n\nMarguerite Oduya, whose son Tobias has been taking the drug, travelled there. His partner Siemens said so.'),
      ['Marguerite Oduya', 'Tobias']);
    assert.deepEqual(names('Heading\n\nThai police later identified the passenger as Anurak Phromsiri. Officials identified the vessel as Nordic Star.'), ['Anurak Phromsiri']);
    assert.deepEqual(names('Heading\n\nSave Mynydd Garw said so. Nordvind Energi said so. The Marches Premiership said so. Orrin Creek Dam is old, said Ben Stokes. '
      + 'Ó Conaill Fisheries said the boat was safe.'), ['Ben Stokes']);
  });
  it('reads "Cr" and "Cllr" as titles, one name after a role noun before "who" or "said" as a person, and no rail firm or shire', () => {
    assert.deepEqual(names('Heading\n\nCr Dimitra Kostopoulos spoke first. "It was a siding," Cr Kostopoulos said. Northvale Rail said so. Corrin Shire said so.'),
      ['Dimitra Kostopoulos']);
    assert.deepEqual(names('Heading\n\nAbout 200 people stayed, according to village head Suyatno, who uses only one name. The government Tuesday said no.'), ['Suyatno']);
  });
  it('reads no firm after a business role as a person, and keeps "van Dam"', () => {
    assert.deepEqual(names('Heading\n\nCommodities trader Glencore said profits fell. Gold miner Newmont said output rose. The party\'s chief Whip, who voted against, resigned. '
      + 'Marleen van Dam, a Dutch MP, said the law was wrong. The firm named the buyer as Kinder Morgan.'), ['Marleen van Dam']);
  });
  it('reads a name "run by" or "owned by" someone as no person', () => {
    assert.deepEqual(names('Heading\n\nThe Hanna Ostrander, run by the charity SeaBridge, reached the boat. The Maria Celeste, owned by a Greek firm, sank.'), []);
  });
  it('reads a firm described by the word opening its sentence, or named with an energy, marine or water word, as no person; "Samantha Power" stays one', () => {
    assert.deepEqual(names('Heading\n\nDrugmaker Halvern said it would recall the pills. Carmaker Veltra cut jobs. Halvern said the risk was low.'), []);
    assert.deepEqual(names('Heading\n\nNorthline Power cut supply. Blackwater Marine won the contract. Thames Water was fined.'), []);
    assert.deepEqual(names('Heading\n\nSamantha Power said the vote was fair. David Steel agreed.'), ['Samantha Power', 'David Steel']);
    // A role noun of the lists opening a sentence before two name words is a role, not part of the name.
    assert.deepEqual(names('Heading\n\nFarmer Eleri Vaughan said the river rose.'), ['Eleri Vaughan']);
  });
  it('knows given names faker\'s locales miss (human-names), with their gender', () => {
    assert.deepEqual(names('Heading\n\nThe lifeboat came after Iain Gilchrist brought it alongside. Rajesh Pillai was there. Siobhan Kearney waved.'), ['Iain Gilchrist', 'Rajesh Pillai', 'Siobhan Kearney']);
    // Their gender resolves a pronoun's speaker: "Gareth" is male, "Siobhan" female.
    const a = analyze('Heading\n\nGareth Pryce met Siobhan Kearney. "It went well," she said.', {});
    assert.equal(a.people.find((p) => p.id === a.quotes[0]?.speaker)?.name, 'Siobhan Kearney');
  });
  it('reads a given name before a landform, where a place stands, as a place: "a plant in Ashby Cross"; "Emma Green" stays a person', () => {
    assert.deepEqual(names('Heading\n\nA child was taken to hospital in Ashby Vale. The trawler sank off the Kellan Banks. The works at its Ashby Marsh site flooded.'), []);
    assert.deepEqual(names('Heading\n\nEmma Green said the plant in Ashby Cross would close.'), ['Emma Green']);
  });
  it('reads townships, co-operatives, commissioners and publishing houses as no person; "Datuk" is a title', () => {
    assert.deepEqual(names('Heading\n\nHe lived in Garnet Township. The Tri-County Grain Co-operative said prices fell. Revenue Commissioners said no. Ardent House published it.'), []);
    assert.deepEqual(names('Heading\n\nThe president, Datuk Lim Kok Seng, said the win would help. Emily House agreed.'), ['Lim Kok Seng', 'Emily House']);
  });
  it('reads an age in apposition at the end of a sentence, and orbital, travel and engineering firms and mountain passes as no person', () => {
    assert.deepEqual(names('Heading\n\nAmong the dead was one of the drivers, Giorgos Papadakis, 51. The second driver was injured.'), ['Giorgos Papadakis']);
    assert.deepEqual(names('Heading\n\nThe company, Aurora Orbital, said the launch was delayed. The operator Obermayr Reisen was shocked. The bus crashed on the Karsa Pass. Anna Pass said she saw it.'), ['Anna Pass']);
  });
  it('reads a name someone "gave only as" as a person, and a place after "in" before an apposition as none', () => {
    assert.deepEqual(names('Heading\n\nAt Kingsgate Academy in Elsbury, one student, who gave her name only as Priya, said the paper was everywhere. A farmer who asked to be identified only as Juma agreed.'),
      ['Priya', 'Juma']);
    assert.deepEqual(names('Heading\n\nThe dog, known as Rex, barked.'), []);
  });
  it('reads a given name alone as a person after a name\'s kin ("Hrytsenko\'s wife, Olena") or before ", who ..., said"; "Grandmaster" is a title', () => {
    assert.deepEqual(names('Heading\n\nHrytsenko\'s wife, Olena, said she had not heard from him. Anjali, who spent the weekend at the base, said she had checked.'), ['Olena', 'Anjali']);
    assert.deepEqual(names('Heading\n\nChelsea, who beat Arsenal on Sunday, are top. Grandmaster Leyla Aksoy said the vote was bought.'), ['Leyla Aksoy']);
  });
});

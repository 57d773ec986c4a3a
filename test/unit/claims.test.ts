import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';

const disputed = (t: string) => analyze(t).claims.filter((c) => c.status === 'disputed').map((c) => [c.text, c.cue]);

describe('claims', () => {
  it('proposes disputed for what a sentence reports before a comment that contests it, without who reports it', () => {
    assert.deepEqual(disputed('Intro.\n\nThe minister said the strike was illegal, a claim the union rejected. Moscow said the troops protect civilians, which Kyiv called a pretext for invasion.'), [
      ['the strike was illegal', 'a claim the union rejected'],
      ['the troops protect civilians', 'which Kyiv called a pretext'],
    ]);
  });
  it('points back to the sentence before when the cue\'s sentence calls it false or its subject is what was reported', () => {
    assert.deepEqual(disputed('Intro.\n\nThe leaders spoke by phone on Sunday. The call has not been independently verified. '
      + 'Whitfield said the vaccine causes harm. Whitfield\'s claim is false. The ministry said 40 soldiers died. Critics called the claim a lie.'), [
      ['The leaders spoke by phone on Sunday.', 'has not been independently verified'],
      ['the vaccine causes harm.', 'claim is false'],
      ['40 soldiers died.', 'called the claim a lie'],
    ]);
  });
  it('takes the clause before ", but the report could not be confirmed", and no noun "the accused" for a cue', () => {
    assert.deepEqual(disputed('Intro.\n\nResidents said a landslide had buried the houses, but the report could not be confirmed. The accused held a position of trust.'), [
      ['Residents said a landslide had buried the houses', 'could not be confirmed'],
    ]);
  });
  it('reads a passive rejection and a present-tense dispute ("a claim rejected by", "researchers dispute the result")', () => {
    assert.deepEqual(disputed('Intro.\n\nFarage said Starmer had lost control, a claim rejected by Downing Street. Astronomers detected water on the planet. '
      + 'Some researchers dispute the result. Farage said the plan failed. Mr Farage\'s claim was rejected by No 10.'), [
      ['Starmer had lost control', 'a claim rejected by'],
      ['Astronomers detected water on the planet.', 'dispute the result'],
      ['the plan failed.', 'claim was rejected'],
    ]);
  });
  it('reads "a figure that auditors disputed", "Police have not said so", "was lying" and "as a pretext", not a body lying on a beach', () => {
    assert.deepEqual(disputed('Intro.\n\nThe agency put the cost at $2 million, a figure that auditors disputed. Police have not said so. '
      + 'Kessler testified on Monday. Mendes said Kessler was lying. The rebels dismissed the ceasefire as a pretext. He was lying on the beach.'), [
      ['The agency put the cost at $2 million', 'a figure that auditors disputed'],
      ['Police have not said so.', 'Police have not said'],
      ['Kessler testified on Monday.', 'was lying'],
      ['The rebels dismissed the ceasefire as a pretext.', 'as a pretext'],
    ]);
  });
  it('keeps the reported words, not the reporter, in a disputed claim ("X told local radio that Y. The company disputed this account.")', () => {
    assert.deepEqual(disputed('Intro.\n\nJuana Díaz told local radio that the driver had been going too fast. The company disputed this account. '
      + 'Italia Nostra said that two statues had been moved, a claim the museum denied.'), [
      ['the driver had been going too fast.', 'disputed this account'],
      ['two statues had been moved', 'a claim the museum denied'],
    ]);
  });
  it('takes an insistence on the opposite for a dispute ("insisted she had not")', () => {
    assert.deepEqual(disputed('Intro.\n\nThe mayor insisted she had not broken any rules.'), [['The mayor insisted she had not broken any rules.', 'insisted she had not']]);
  });
  it('proposes disputed for the clause a denial marks, and shows the phrase', () => {
    assert.deepEqual(disputed('Paris backs the plan, while Rome, despite its denials, is suspected of funding the rebels.'), [
      ['Rome, despite its denials, is suspected of funding the rebels.', 'despite its denials'],
    ]);
  });
  it('takes the clause after "denied that"', () => {
    assert.deepEqual(disputed('The company denied that it had hidden the losses.'), [['it had hidden the losses.', 'denied']]);
  });
  it('recognises allegedly, reportedly and unverified claims', () => {
    assert.equal(disputed('The man allegedly stole a car. The army reportedly fired first. The video has not been independently verified.').length, 3);
  });
  it('finds one disputed claim per clause when a sentence holds two cues', () => {
    assert.deepEqual(disputed('Two fans were allegedly involved in a fight; the club denied that its stewards had used force.'), [
      ['Two fans were allegedly involved in a fight', 'allegedly'], ['its stewards had used force.', 'denied'],
    ]);
  });
  it('marks the clause before "although a report disputed those figures"', () => {
    assert.deepEqual(disputed('The agency said rainfall was three times the average, although a report disputed those figures.'), [
      ['The agency said rainfall was three times the average', 'disputed those figures'],
    ]);
  });
  it('takes "doubts the" as a dispute, and "no doubt that" not', () => {
    assert.equal(disputed('Another expert doubts the commitment made at the congress.').length, 1);
    assert.deepEqual(disputed('There is no doubt that the plan worked.'), []);
  });
  it('points a denial of "the accusations" back at the accusation, once', () => {
    assert.deepEqual(disputed('The mayor was accused of hiding the report. She has denied the accusations, calling them "absurd".'), [
      ['The mayor was accused of hiding the report.', 'was accused'],
    ]);
    assert.deepEqual(disputed('The council spent the fund on travel. The mayor has denied the allegations.'), [
      ['The council spent the fund on travel.', 'denied the allegations'],
    ]);
  });
  it('points a denial with a pronoun object ("disputed that", "denied it") back at the claim before it', () => {
    assert.deepEqual(disputed('Intro.\n\nThe government claims the vote was fair, but observers disputed that. The ministry said 40 people died. The opposition rejected this.'), [
      ['The government claims the vote was fair', 'disputed'],
      ['40 people died.', 'rejected this'],
    ]);
    // With nothing before it, the denial's own sentence is the claim.
    assert.deepEqual(disputed('She denied it, saying she was at home.'), [['She denied it, saying she was at home.', 'denied it']]);
  });
  it('reads denials of an account, a conclusion or a remark, with possessives, and "accuse X of"', () => {
    assert.deepEqual(disputed('Intro.\n\nIbarra said he delivered cash to the office. The defence disputed Ibarra\'s account. '
      + 'Dr Tomasz Zielinski disputed the team\'s conclusion that warmer springs are the main driver. Prosecutors accuse Montenegro of steering contracts to friends.'), [
      ['he delivered cash to the office.', 'disputed Ibarra\'s account'],
      ['warmer springs are the main driver.', 'disputed the team\'s conclusion'],
      ['steering contracts to friends.', 'accuse Montenegro'],
    ]);
  });
  it('points a paragraph that opens with a denial back at the end of the paragraph before, never at the dateline', () => {
    assert.deepEqual(disputed('Heading\n\nLugones told journalists that the prosecution was "a show for the cameras".\n\nPeña dismissed that remark. "The evidence speaks," he said.'), [
      ['the prosecution was "a show for the cameras".', 'dismissed that remark'],
    ]);
    // With nothing before it to point at, a sentence that only denies is no claim either.
    assert.deepEqual(disputed('Heading\n\nTuesday, May 5, 2015\n\nThe company denied the allegations.'), []);
  });
  it('reads "the claim has not been verified" after a clause about the source as pointing at the sentence before', () => {
    assert.deepEqual(disputed('Intro.\n\nThe paper said the father demanded a fee. The newspaper did not name its sources, and the claim has not been independently verified.'), [
      ['the father demanded a fee.', 'has not been independently verified'],
    ]);
    // A clause that states a fact itself stays the claim.
    assert.deepEqual(disputed('Two people died on Monday, but the figure could not be verified.'), [['Two people died on Monday', 'could not be verified']]);
  });
  it('keeps a denial of "any wrongdoing" or "all the charges" out of the claims when the sentence before is the contested one', () => {
    assert.deepEqual(disputed('Intro.\n\nHe is accused of steering contracts to a friend. He has denied any wrongdoing. The seal reportedly came from one batch, although officials have not said so.'), [
      ['He is accused of steering contracts to a friend.', 'is accused'],
      ['The seal reportedly came from one batch', 'reportedly'],
    ]);
  });
  it('reads "an allegation that", a plural possessive owner and "has never been confirmed"', () => {
    assert.deepEqual(disputed('Intro.\n\nPolice are investigating an allegation that Moncur moved £90,000 to Gibraltar. He disputed the authors\' conclusion that the groove is a sense organ. '
      + 'Hargrove said he played the solo on the 1951 hit. The claim has never been confirmed; the session sheets list another trumpeter.'), [
      ['Moncur moved £90,000 to Gibraltar.', 'an allegation'],
      ['the groove is a sense organ.', 'disputed the authors\' conclusion'],
      ['he played the solo on the 1951 hit.', 'has never been confirmed'],
    ]);
  });
  it('reads "that is simply not true", "an account X called a fiction", a claim a qualifier precedes, and who says a sighting is unconfirmed', () => {
    assert.deepEqual(disputed('Intro.\n\nAmbrose said the festival had caved to a lumber company.\n\nWith respect to Councillor Ambrose, that is simply not true.'), [
      ['the festival had caved to a lumber company.', 'that is simply not true'],
    ]);
    assert.deepEqual(disputed('Intro.\n\nThe records described the objects as purchased, an account the historian Esther Nkwenti called “a convenient fiction.” '
      + 'The airline says the incident was minor, an account several passengers dispute. Vance disputed Tally’s headline claim that it catches most errors. '
      + 'A hiker said he saw a woman on a road, but police said that sighting had not been confirmed.').map(([, cue]) => cue), [
      'an account the historian Esther Nkwenti called', 'an account several passengers dispute', 'disputed Tally’s headline claim', 'had not been confirmed',
    ]);
  });
  it('proposes no disputed claim in the headline', () => {
    assert.deepEqual(disputed('Passengers dispute airline\'s account of emergency landing\n\nThe airline says the incident was minor, an account several passengers dispute.').map(([t]) => t), ['the incident was minor']);
  });
  it('points "denied any rift" back at the clause before it', () => {
    assert.deepEqual(disputed('Intro.\n\nOnodera had clashed with Kanzaki over the tax, though both men have denied any rift.'), [['Onodera had clashed with Kanzaki over the tax', 'denied any rift']]);
  });
  it('reads "rejected that view", "his claims were without foundation", ", a link ... had not confirmed", and no accusation of nobody', () => {
    assert.deepEqual(disputed('Intro.\n\nA study says the frog is known from Cameroon. The authors rejected that view. He said he had been sidelined. Al-Hajri said his claims were without foundation. '
      + 'A woman died on July 11, a link the department said it had not confirmed. Nobody is being accused of anything.'), [
      ['the frog is known from Cameroon.', 'rejected that view'],
      ['he had been sidelined.', 'claims were without foundation'],
      ['A woman died on July 11', 'a link the department said it had not confirmed'],
    ]);
  });
  it('reads "the account could not be confirmed" after a clause about the source declining comment as pointing back', () => {
    assert.deepEqual(disputed('Intro.\n\nDelegates had threatened to walk out. Neither delegation responded to requests for comment, and the account could not be confirmed.'), [
      ['Delegates had threatened to walk out.', 'could not be confirmed'],
    ]);
  });
  it('reads "the belief, rejected by scientists, that", "rejected the athlete\'s argument that", ", which X deny", "would not confirm", "dismissed as pure invention"', () => {
    assert.deepEqual(disputed('Intro.\n\nDemand is driven by the belief, rejected by scientists, that they can treat arthritis, Sze said. '
      + 'The panel rejected the athlete\'s argument that the drug came from a team physician. Kalchev said the prisoner had refused treatment, which his lawyers deny. '
      + 'Insurers valued the objects at 2.4 billion forints, a figure the museum would not confirm. The tabloid reported that the couple were engaged, a story the palace dismissed as \'pure invention\'.').map(([, cue]) => cue), [
      'belief, rejected by scientists,', 'rejected the athlete\'s argument', 'which his lawyers deny', 'a figure the museum would not confirm', 'a story the palace dismissed as \'pure invention',
    ]);
  });
  it('points a denial that restates a claim ("denied receiving any distress call") back at it, once; "That account was disputed" too', () => {
    assert.deepEqual(disputed('Intro.\n\nSea Watch said a commercial ship had ignored the boat\'s calls for help. The shipping company denied receiving any distress call. '
      + 'Kim said he had asked the federation for help. That account was disputed by the federation.'), [
      ['a commercial ship had ignored the boat\'s calls for help.', 'denied receiving'],
      ['he had asked the federation for help.', 'account was disputed'],
    ]);
    // A sentence that only calls the one before unverified has dealt with it: a denial after it points no further.
    assert.deepEqual(disputed('Intro.\n\nThe paper said the father demanded a fee. The newspaper did not name its sources, and the claim has not been verified.\n\nThe father denied asking for any payment.').length, 1);
  });
  it('makes no claim of a headline', () => {
    const a = analyze('Minister says taxes will rise\n\nThe minister said on Monday that taxes would rise next year.');
    assert.deepEqual(a.claims.map((c) => c.text), ['The minister said on Monday that taxes would rise next year.']);
  });
  it('does not mark plain attribution as disputed', () => {
    assert.deepEqual(disputed('The minister said the economy grew, according to official data.'), []);
  });
  it('makes every quotation a pending claim linked to it', () => {
    const a = analyze('Heading\n\n"Growth is back," said Maria Lopez.');
    const claim = a.claims.find((c) => c.quote === a.quotes[0]!.id)!;
    assert.equal(claim.status, 'pending');
    assert.equal(claim.text, a.quotes[0]!.text);
  });
  it('makes a sentence of reported speech a pending claim', () => {
    const a = analyze('The ministry said the new bridge would open in the spring of next year.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0]!.status, 'pending');
  });
  it('points "disputes that figure" and "denied this when contacted" at the clause before, and ", which X disputes, says that" at what is said', () => {
    assert.deepEqual(disputed('Intro.\n\nResidents say about 40 families lost farmland, though the company disputes that figure and says only 11 farms were affected.'),
      [['Residents say about 40 families lost farmland', 'disputes that figure']]);
    assert.deepEqual(disputed('Intro.\n\nOne operator has already taken bookings for trips to the wreck, though the company denied this when contacted on Friday.'),
      [['One operator has already taken bookings for trips to the wreck', 'denied this']]);
    assert.deepEqual(disputed('Intro.\n\nThe group’s report, which Halas disputes, says that 61 of the 212 pages contain copied passages.'),
      [['61 of the 212 pages contain copied passages.', 'which Halas disputes']]);
  });
  it('contests nothing with a denial that is itself denied, and reads "would not accept the result" and ", figures X disputed"', () => {
    assert.deepEqual(disputed('Intro.\n\nHe took the money in 2007, which his own lawyer has not denied. She did not dispute the figures.'), []);
    assert.deepEqual(disputed('Intro.\n\nThe commission said Tafuna had won a second term. Vaipulu said he would not accept the official result.'),
      [['Tafuna had won a second term.', 'would not accept the official result']]);
    assert.deepEqual(disputed('Intro.\n\nThe union said 11,400 teachers joined, figures the mayor\'s office disputed. Quispe said he swam it in 2004, a claim the association has never accepted.'),
      [['11,400 teachers joined', 'figures the mayor\'s office disputed'], ['he swam it in 2004', 'a claim the association has never accepted']]);
  });
  it('lets "That is simply not true," opening a quotation, point back; and a denial made "in an interview" is no claim of its own', () => {
    assert.deepEqual(disputed('Intro.\n\nThe mayor said the aircraft came late. "That is simply not true," the minister said.'), [['the aircraft came late.', 'That is simply not true']]);
    assert.deepEqual(disputed('Intro.\n\n"We have been patient," he said. "It is over."\n\nLindemann rejected the accusation in an interview with a broadcaster the following day.'), []);
  });
  it('points a denial past the accuser\'s own quoted words at the allegation they back', () => {
    assert.deepEqual(disputed('Intro.\n\nThe union said as many as 1,100 jobs were at risk.\n\n"They are buying new planes," Asante told a rally. "We were never consulted about any of it."\n\n'
      + 'The airline rejected the union\'s figures. In a statement, it said no jobs would go.'), [['as many as 1,100 jobs were at risk.', 'rejected the union\'s figures']]);
    // An allegation already contested is not marked again; the quotation after it is not the claim either.
    assert.deepEqual(disputed('Intro.\n\nThe letter alleged that the office had withheld a shortfall. "The House was misled, and I was asked to keep quiet," she wrote.\n\n'
      + 'Ebbesen has rejected the accusation. He said parliament had been told.'), [['the office had withheld a shortfall.', 'alleged']]);
  });
  it('reads "That is disputed by" and "Neither account could be verified" as pointing back; reported speech with a quotation inside is an allegation itself', () => {
    assert.deepEqual(disputed('Intro.\n\nA spokeswoman said the company was "confident it met every legal obligation."\n\nThat is disputed by the regulator, which says it was not told.'),
      [['the company was "confident it met every legal obligation."', 'That is disputed']]);
    assert.deepEqual(disputed('Intro.\n\nTajik troops said the villagers had crossed the border. Neither account could be independently verified.'),
      [['the villagers had crossed the border.', 'could be independently verified']]);
  });
  it('reads ", a claim the referee, Claudia Verhoeven, rejected" and ", a timeline the company disputes"', () => {
    assert.deepEqual(disputed('Intro.\n\nBrøndum said the shuttle had landed out, a claim the tournament referee, Claudia Verhoeven, rejected.'),
      [['the shuttle had landed out', 'a claim the tournament referee, Claudia Verhoeven, rejected']]);
    assert.deepEqual(disputed('Intro.\n\nMayors said they received the alert only at 2:15 a.m., a timeline the company disputes.'),
      [['they received the alert only at 2:15 a.m.', 'a timeline the company disputes']]);
  });
  it('points "Investigators have not confirmed the account." back, and reads "when an adult is lying" as no dispute', () => {
    assert.deepEqual(disputed('Intro.\n\nNeighbours said the suspect had lost his job last month. Investigators have not confirmed the account.'),
      [['the suspect had lost his job last month.', 'Investigators have not confirmed the account']]);
    assert.deepEqual(disputed('Intro.\n\nThe jury praised the novel. "Children know when an adult is lying to them," Munro said.'), []);
  });
  it('reads "called that timeline misleading", "a figure the company called speculative", "That account has been challenged" and a modified estimate', () => {
    assert.deepEqual(disputed('Intro.\n\nThe company said engineers first noticed the fault in February. The group called that timeline misleading.'),
      [['engineers first noticed the fault in February.', 'called that timeline misleading']]);
    assert.deepEqual(disputed('Intro.\n\nFerrante said he did not know. That account has been challenged by two riders.'), [['he did not know.', 'account has been challenged']]);
    assert.deepEqual(disputed('Intro.\n\nThe association said the ban would put 4,000 jobs at risk. The minister rejected the association\'s job-loss estimate.'),
      [['the ban would put 4,000 jobs at risk.', 'rejected the association\'s job-loss estimate']]);
  });
  it('reads "Police have not said whether" as a question left open, and "His account could not be verified" as pointing back', () => {
    assert.deepEqual(disputed('Intro.\n\nPolice have not said whether the officer fired.'), []);
    assert.deepEqual(disputed('Intro.\n\nHe said officers stopped his group last Saturday night. His account could not be independently verified.'),
      [['officers stopped his group last Saturday night.', 'could not be independently verified']]);
  });
  it('reads "didn\'t deny" as no dispute and "refusing to accept the result" as one', () => {
    assert.deepEqual(disputed('Intro.\n\nThe paper said he took bribes. He didn\'t deny the report.'), []);
    assert.deepEqual(disputed('Intro.\n\nThe commission said Tafuna won the vote. Vaipulu said he was refusing to accept the official result.'),
      [['Tafuna won the vote.', 'refusing to accept the official result']]);
  });
  it('keeps an allegation in reach across a quotation of several sentences, and reads "Nobody disputes that" as no dispute', () => {
    assert.deepEqual(disputed('Intro.\n\nThe sports director said a race motorbike had clipped a rider near the front. "I have seen the images and it touched the wheel," '
      + 'he told a radio station. "That is not a racing incident. That is a safety failure on a descent we all knew."\n\n'
      + 'The race director rejected the claim.'), [['a race motorbike had clipped a rider near the front.', 'rejected the claim']]);
    assert.deepEqual(disputed('Intro.\n\nHer lawyer said she was the best. "Nobody disputes that," he said.'), []);
  });
  it('reads "offered no evidence for the allegation" as contesting the sentence before, and a denial after a short quotation as reaching the allegation', () => {
    assert.deepEqual(disputed('Intro.\n\nHe cited a suggestion by Bashir Haddad that the count had been lowered on purpose. Haddad offered no evidence for the allegation.'),
      [['He cited a suggestion by Bashir Haddad that the count had been lowered on purpose.', 'offered no evidence for the allegation']]);
    assert.deepEqual(disputed('Intro.\n\nThe sports director said a race motorbike had clipped a rider near the front. "I have seen the images," he said. "It was a failure."\n\n'
      + 'Race director Marc Delorme rejected the claim, saying footage showed "no contact" at all.'), [['a race motorbike had clipped a rider near the front.', 'rejected the claim']]);
  });
  it('reads "called that figure wildly inflated" and "Police have not confirmed that." as contesting the sentence before', () => {
    assert.deepEqual(disputed('Intro.\n\nThe landlord said the restaurant owed more than £180,000 in unpaid rent. Blume called that figure “wildly inflated”.'),
      [['the restaurant owed more than £180,000 in unpaid rent.', 'called that figure']]);
    assert.deepEqual(disputed('Intro.\n\nAn official said the passenger had been fined in 2019 for smuggling cigarettes. Thai police have not confirmed that.'),
      [['the passenger had been fined in 2019 for smuggling cigarettes.', 'police have not confirmed']]);
  });
  it('reads a denial of "any such" thing as contesting the claim before it, and "has been called into question" as a dispute', () => {
    assert.deepEqual(disputed('Intro.\n\nMcAteer said the company’s offer was conditional on crews agreeing to longer shifts. Harrower denied that the offer carried any such condition.'),
      [['the company’s offer was conditional on crews agreeing to longer shifts.', 'denied']]);
    assert.deepEqual(disputed('Intro.\n\nA climber’s claim to have made the first winter ascent has been called into question by two rivals.'),
      [['A climber’s claim to have made the first winter ascent has been called into question by two rivals.', 'has been called into question']]);
  });
  it('reads "Nobody seriously disputes" and "never publicly disputed" as no dispute, the active "has called into question" as none, and keeps a lone "any such" denial', () => {
    assert.deepEqual(disputed('Intro.\n\nThe town flooded in May. Nobody seriously disputes the figures. The mayor has never publicly disputed the figures.'), []);
    assert.deepEqual(disputed('Intro.\n\nThe plant opened in 1998. The crash has called into question the safety of the aircraft.'), []);
    assert.deepEqual(disputed('Intro.\n\nHarrower denied that any such deal had ever been signed.'), [['any such deal had ever been signed.', 'denied']]);
  });
  it('reads "The board has not confirmed this" as contesting the sentence before, and ", which the office has not confirmed" the clause before', () => {
    assert.deepEqual(disputed('Intro.\n\nAn official said the ferry was outside the shipping lane. The board has not confirmed this, and the operator said the ship was on course.'),
      [['the ferry was outside the shipping lane.', 'The board has not confirmed this']]);
    assert.deepEqual(disputed('Intro.\n\nThe paper reported that the man was a former cleaner at the museum, which the prosecutor’s office has not confirmed.'),
      [['the man was a former cleaner at the museum', 'which the prosecutor’s office has not confirmed']]);
    // A question left open is no dispute.
    assert.deepEqual(disputed('Intro.\n\nThe ship sank on Monday. The board has not confirmed whether anyone was aboard.'), []);
  });
  it('takes the claim a sentence names itself over a denial with nothing before it, and no sentence that only says a source gave no answer', () => {
    assert.deepEqual(disputed('Intro.\n\nLynott could not be reached for comment on Wednesday.\n\nThe department denies any wrongdoing and has rejected the claim that its officials interfered in the case.'),
      [['its officials interfered in the case.', 'rejected the claim']]);
    assert.deepEqual(disputed('Intro.\n\nThe developer did not respond to requests for comment. Its founder has previously denied receiving special treatment from the tax authorities.'),
      [['Its founder has previously denied receiving special treatment from the tax authorities.', 'denied receiving']]);
  });
  it('reads "the suggestion that X is simply untrue", "had no confirmation of that" and "the findings are wrong"', () => {
    assert.deepEqual(disputed('Intro.\n\n“We will review everything, but the suggestion that we ignored a broken fence is simply untrue,” the director said.'),
      [['we ignored a broken fence', 'is simply untrue']]);
    assert.deepEqual(disputed('Intro.\n\nA website reported that the trawler had sunk, but the coastguard said it had no confirmation of that and that the vessel was drifting.'),
      [['A website reported that the trawler had sunk', 'had no confirmation of']]);
    assert.deepEqual(disputed('Intro.\n\nThe airline grounded its fleet after the regulator said an audit had found gaps in its records. The airline says the regulator\'s findings are wrong.'),
      [['an audit had found gaps in its records.', 'findings are wrong']]);
  });
  it('reads "disputed the report’s finding that X" as contesting X, and "Nobody in Revenue questioned them" as no dispute', () => {
    assert.deepEqual(disputed('Intro.\n\nResearchers rejected that account in March. His great-grandson disputed the report’s finding that his ancestor had ordered the fire.'),
      [['his ancestor had ordered the fire.', 'disputed the report’s finding']]);
    assert.deepEqual(disputed('Intro.\n\nShe said: "The figures were checked twice. Nobody in Revenue questioned them."'), []);
  });
  it('reads "could not confirm the reports" as contesting the sentence before, "Those allegations could not be verified" after them as the same claim, and "never doubted" as none', () => {
    assert.deepEqual(disputed('Intro.\n\nPosts on social media claimed that a second vent had opened. The observatory said it could not confirm the reports, and a spokesman called the photographs old.'),
      [['a second vent had opened.', 'could not confirm the reports']]);
    assert.deepEqual(disputed('Intro.\n\nDetainees allege that guards used solitary confinement. Those allegations could not be independently verified.'),
      [['guards used solitary confinement.', 'allege']]);
    assert.deepEqual(disputed('Intro.\n\n"I have never doubted the commitment of these parents," he said.'), []);
  });
  it('reads "..., and disputed the council\'s figure" with no subject of its own as contesting the sentence before, and "rejected a report in the Courier that X" as contesting X', () => {
    assert.deepEqual(disputed('Intro.\n\nA council report said the school needed £640,000 of repairs. The parents commissioned their own survey, which put the cost at £210,000, and disputed the council\'s figure.'),
      [['the school needed £640,000 of repairs.', 'disputed the council\'s figure']]);
    assert.deepEqual(disputed('Intro.\n\nOcampo also rejected a report in the Brenmoor Courier that the mayor had tried to delete emails.'),
      [['the mayor had tried to delete emails.', 'rejected a report in the Brenmoor Courier']]);
  });
  it('reads what a headline\'s subject denies doing as disputed, and no other headline cue', () => {
    assert.deepEqual(disputed('Dealer denies selling forged landscapes as fraud trial opens\n\nThe trial began on Monday.'), [['selling forged landscapes', 'denies']]);
    assert.deepEqual(disputed('Former minister denies all charges as trial opens\n\nThe trial began on Monday.'), []);
  });
  it('reads a plea to counts or charges ("denies two counts of fraud") as no claim of its own', () => {
    assert.deepEqual(disputed('Intro.\n\nThe trial opened on Monday. Conrad Halvorsen, 47, denies two counts of fraud. Verhaegen denies all eleven charges of forgery.'), []);
    assert.deepEqual(disputed('Intro.\n\nHe denied taking the money from the fund.'), [['He denied taking the money from the fund.', 'denied taking']]);
  });
});

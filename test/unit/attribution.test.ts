import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';

function whoSaid(t: string): string[] {
  const a = analyze(t, { nowYear: 2026 });
  const names = new Map(a.people.map((p) => [p.id, p.name]));
  return a.quotes.map((q) => `${q.text} <- ${q.speaker ? names.get(q.speaker) : 'null'} (${q.cue})`);
}

describe('attribution', () => {
  it('gives the second part of an interrupted quotation the first part\'s speaker', () => {
    assert.deepEqual(whoSaid('Heading\n\n“This is not a rebellion,” said Sir Geoffrey Haldane, a former chief whip, “it is a warning.”'), [
      '“This is not a rebellion,” <- Geoffrey Haldane (said)', '“it is a warning.” <- Geoffrey Haldane (said)',
    ]);
  });
  it('reads "who said" after a named person as that person, and the words a subject calls something as the subject\'s', () => {
    assert.deepEqual(whoSaid('Heading\n\nThe inquiry heard from Professor Ian Whitlock, a fire scientist, who said fuel loads were "among the highest we measured".'), [
      '"among the highest we measured" <- Ian Whitlock (said)',
    ]);
    assert.deepEqual(whoSaid('Heading\n\nDianne Roy won. Roy rejected the claim as "flatly untrue", and Harjit Sandhu said the bus was booked by a club. '
      + 'Club president Rui Mendonça called that accusation "pure fiction".'), ['"flatly untrue" <- Dianne Roy (null)', '"pure fiction" <- Rui Mendonça (called)']);
  });
  it('finds the speaker before and after the quotation, and inverted', () => {
    assert.deepEqual(whoSaid('Heading\n\n"We are ready," Defence Minister Anna Berg said. Oskar Lind told reporters: "Not yet." "Soon," said Oskar Lind.'), [
      '"We are ready," <- Anna Berg (said)', '"Not yet." <- Oskar Lind (told)', '"Soon," <- Oskar Lind (said)',
    ]);
  });
  it('reads a weekday after the cue as time, not as an inverted source', () => {
    assert.deepEqual(whoSaid('Heading\n\nPresident Joe Biden, a rival of Donald Trump, declared Thursday that the vote was “fair”.'), ['“fair” <- Joe Biden (declared)']);
  });
  it('reaches past "who ..., once" to the subject', () => {
    assert.deepEqual(whoSaid('Heading\n\nShe played with the saxophonist Ornette Reyes. Reyes, who died in 2011, once called her "the bravest player".'), [
      '"the bravest player" <- Ornette Reyes (called)',
    ]);
  });
  it('hands a quotation after a colon to its clause\'s subject', () => {
    assert.deepEqual(whoSaid('Heading\n\nCouncillor Ann Price said "the lanes save lives". Councillor Tom Hale disagreed: "They kill the shops." The minister, Omar Said, had one comment: "We will see."'), [
      '"the lanes save lives" <- Ann Price (said)', '"They kill the shops." <- Tom Hale (disagreed)', '"We will see." <- Omar Said (null)',
    ]);
  });
  it('resolves pronouns to the last person named', () => {
    assert.deepEqual(whoSaid('Heading\n\nMayor Carla Ruiz opened the bridge.\n\nOf the cost, she said, "It was worth it."'), ['"It was worth it." <- Carla Ruiz (said)']);
  });
  it('looks through an apposition to the subject', () => {
    assert.deepEqual(whoSaid('Heading\n\nJeff Marsh, a spokesman for the mayor Ida Holm, said "no comment".'), ['"no comment" <- Jeff Marsh (said)']);
  });
  it('gives organisations and documents no speaker but keeps the source', () => {
    const a = analyze('Heading\n\n"Prices will rise," the central bank said. According to the report, "growth stalled".');
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.source]), [[null, 'the central bank'], [null, 'the report']]);
  });
  it('links a role noun to the person named right after it', () => {
    assert.deepEqual(whoSaid('Heading\n\n"Aid must flow," the spokesman said. UN, Mira Patel.'), ['"Aid must flow," <- Mira Patel (said)']);
  });
  it('does not take the subject of a reported clause for the role noun that reports it', () => {
    assert.deepEqual(whoSaid('Heading\n\nLyon coach Paulo Fonseca watched from the stands. A club spokesman later said Fonseca had followed the rules "to the letter".'), [
      '"to the letter" <- null (said)',
    ]);
  });
  it('keeps a subject reached through an apposition before a comma and the cue ("Its director, Jane Francis, told the BBC")', () => {
    assert.deepEqual(whoSaid('Heading\n\nIts director, Jane Francis, told the BBC on Sunday that the next years would be "decisive". The talks, said Sergey Lavrov, were "useful".'), [
      '"decisive" <- Jane Francis (told)', '"useful" <- Sergey Lavrov (said)',
    ]);
  });
  it('reads an inverted source past an abbreviated title or an initial ("said Dr. John Smith", "said Sen. Jane F. Doe, R-Texas")', () => {
    assert.deepEqual(whoSaid('Heading\n\n"The price looks full," said Dr. John Smith. "Rates will fall," said Sen. Jane F. Doe, R-Texas. "Fine," said the spokesman.'), [
      '"The price looks full," <- John Smith (said)', '"Rates will fall," <- Jane F. Doe (said)', '"Fine," <- null (said)',
    ]);
  });
  it('gives "she" and "he" to the last person named whom the pronoun fits, never to a name inside the quotation', () => {
    assert.deepEqual(whoSaid('Heading\n\nMaria Lopez met John Carter on Monday. "The talks were productive," she said. "We agree," he said.'), [
      '"The talks were productive," <- Maria Lopez (said)', '"We agree," <- John Carter (said)',
    ]);
    assert.deepEqual(whoSaid('Heading\n\nKim Dae-sung, a defector, said it was predictable. "Kim Yo-jong always speaks first," he said.'), [
      '"Kim Yo-jong always speaks first," <- Kim Dae-sung (said)',
    ]);
  });
  it('reads past post-nominal letters to the subject ("Jane Smith MP said")', () => {
    assert.deepEqual(whoSaid('Heading\n\nJane Smith MP said the bill was "a disgrace".'), ['"a disgrace" <- Jane Smith (said)']);
  });
  it('reads through an apposition holding a clause of its own ("Anna Kowal, a teacher at the school, which opened in 1990, called it")', () => {
    assert.deepEqual(whoSaid('Heading\n\nAnna Kowal, a teacher at the school, which opened in 1990, called it “a miracle”.'), ['“a miracle” <- Anna Kowal (called)']);
  });
  it('continues the speaker into a paragraph that is only a quotation', () => {
    const got = whoSaid('Heading\n\nProfessor Lena Vogt said the data were clear.\n\n"Nobody had looked at this before."');
    assert.deepEqual(got, ['"Nobody had looked at this before." <- Lena Vogt (null)']);
  });
  it('gives the words to the person who asked, not to the one who reports it', () => {
    const got = whoSaid('Heading\n\nGeneral Omar Sadiq asked "a little more time" to decide, said Peter Hale.');
    assert.deepEqual(got, ['"a little more time" <- Omar Sadiq (asked)']);
  });
  it('keeps the words with the reporter when the inner subject is no person', () => {
    const got = whoSaid('Heading\n\nProfessor Alan Brooks of Leeds University, who was not involved, said the volunteers reported their own times, which "are unreliable".');
    assert.deepEqual(got, ['"are unreliable" <- Alan Brooks (said)']);
  });
  it('does not take a person named inside a quotation as its speaker', () => {
    const got = whoSaid('Heading\n\n"Kim Jong-un issued an order," the agency added.');
    assert.deepEqual(got, ['"Kim Jong-un issued an order," <- null (added)']);
  });
  it('gives the words an accuser puts on someone to the accuser, never to the accused', () => {
    assert.deepEqual(whoSaid('Heading\n\nGuild president Tomasz Wielgosz accused the airline\'s leadership of "running pilots into the ground".'),
      ['"running pilots into the ground" <- Tomasz Wielgosz (null)']);
    assert.deepEqual(whoSaid('Heading\n\nTomasz Wielgosz was accused of "running pilots into the ground".'), ['"running pilots into the ground" <- null (null)']);
  });
  it('gives "she said" to the one who spoke in the sentence before, not to a person named after her there', () => {
    assert.deepEqual(whoSaid('Heading\n\nMarisol Echeverría swam the strait. Echeverría said she had trained for two years and thanked her coach, Renata Oyarzún.\n\n'
      + '“I want a hot chocolate,” she said.'), ['“I want a hot chocolate,” <- Marisol Echeverría (said)']);
  });
  it('finds the cue after a name ending in an accented letter ("García said", where \\b would see "a said")', () => {
    assert.deepEqual(whoSaid('Heading\n\nLucía García, the mayor, spoke. García said the plan was "a disgrace".'), ['"a disgrace" <- Lucía García (said)']);
  });
  it('reads "cited", a subject across an apposition, and words a relative clause\'s own subject characterises', () => {
    assert.deepEqual(whoSaid('Heading\n\nIngrid Halvorsen resigned. In it she cited "personal considerations" and said she would remain "available".'),
      ['"personal considerations" <- Ingrid Halvorsen (cited)', '"available" <- Ingrid Halvorsen (said)']);
    assert.deepEqual(whoSaid('Heading\n\nLuca Ferrandi was found. Dr Paolo Ricci, the first doctor to reach them, said Ferrandi was hurt.\n\n"They rationed their food," he said.'),
      ['"They rationed their food," <- Paolo Ricci (said)']);
    assert.deepEqual(whoSaid('Heading\n\nTomás Ó Briain called for her to stand aside, a demand the hospital board dismissed as "premature and unfair".'),
      ['"premature and unfair" <- null (null)']);
  });
  it('gives "she said" to the last person it fits, past a man named in the paragraph before', () => {
    assert.deepEqual(whoSaid('Heading\n\nJudge Eleanor Vantongeren retires this week.\n\nIn 2009 she reopened 14 clinics.\n\n'
      + 'Critics, including the health minister Desmond Ferreira, accused her of overreach.\n\n“I understood why he said it,” she said.'),
    ['“I understood why he said it,” <- Eleanor Vantongeren (said)']);
  });
  it('gives "said X\'s teammate Y" to Y, and "he said" to the one who spoke before, past post-nominal letters', () => {
    assert.deepEqual(whoSaid('Heading\n\nBelgian rider Jens Vermeulen fell on Saturday.\n\n"We knew it was dangerous," said Vermeulen\'s teammate Mateo Ferraz.'),
      ['"We knew it was dangerous," <- Mateo Ferraz (said)']);
    assert.deepEqual(whoSaid('Heading\n\nJonathan Ferrier QC, for Mr Halvorsen, told jurors the case was weak.\n\n"Nobody has found the code," he said.'),
      ['"Nobody has found the code," <- Jonathan Ferrier (said)']);
  });
  it('gives words said by "X\'s sister" or "a spokeswoman for X" not to X but to the person named with the role, or to no one', () => {
    assert.deepEqual(whoSaid('Heading\n\nDante Villareal, 41, is missing.\n\n"He knows the lane," said Dante\'s sister, Marites Cruz, who travelled there.'),
      ['"He knows the lane," <- Marites Cruz (said)']);
    assert.deepEqual(whoSaid('Heading\n\nIain Kerr resigned.\n\n"It has not changed," said a spokeswoman for Kerr.'), ['"It has not changed," <- null (said)']);
    assert.deepEqual(whoSaid('Heading\n\nIain Kerr resigned.\n\n"It has not changed," a spokeswoman for Kerr said.'), ['"It has not changed," <- null (said)']);
    // An occupation no list knows, then a name in apposition: that person.
    assert.deepEqual(whoSaid('Heading\n\n"The room went quiet," said the auctioneer, Sebastian Thorne, whose grandfather founded the firm.'),
      ['"The room went quiet," <- Sebastian Thorne (said)']);
  });
  it('reads a cue phrase only where its last word ends: "according to", not "according tone"', () => {
    assert.deepEqual(whoSaid('Heading\n\n"It was a lovely day," according to Ana Ruiz.'), ['"It was a lovely day," <- Ana Ruiz (according to)']);
    assert.deepEqual(whoSaid('Heading\n\nAna Ruiz was there. "It was a lovely day," according tone of the crowd.'), ['"It was a lovely day," <- null (null)']);
  });
  it('reaches a subject past a time after its apposition ("…, on Saturday called it") and past a post-nominal "TD"', () => {
    assert.deepEqual(whoSaid('Heading\n\nHéctor Villanueva-Ruiz, a restaurant owner running as an independent, on Saturday called the accusation “baseless”.'),
      ['“baseless” <- Héctor Villanueva-Ruiz (called)']);
    assert.deepEqual(whoSaid('Heading\n\nThe committee\'s chairman, Cathal Brennock TD, called the evidence "deeply troubling".'), ['"deeply troubling" <- Cathal Brennock (called)']);
  });
  it('gives "she said" to the one who spoke in the sentence before when she stands in apposition ("Her mother, Chong Mei Fong, said ... so that Tan could rest")', () => {
    assert.deepEqual(whoSaid('Heading\n\nTan Wei Ling won the title. Her mother, Chong Mei Fong, said the family drove down so that Tan could rest. "She slept in the car," she said.'),
      ['"She slept in the car," <- Chong Mei Fong (said)']);
  });
  it('reads no source after a participle that follows a quotation ("of “moving the goalposts”, saying its officers ...")', () => {
    assert.deepEqual(whoSaid('Heading\n\nJonah Pemberton said the barriers came late. He accused the council of “moving the goalposts”, saying its officers had approved it.'),
      ['“moving the goalposts” <- Jonah Pemberton (saying)']);
  });
  it('gives a quotation with no cue to whoever spoke since the last quotation, not to the last quotation\'s speaker', () => {
    assert.deepEqual(whoSaid('Heading\n\nDolores Fairweather, 78, said her block lost power. "The lift stopped," she said. Her neighbour, Sanjay Mehrotra, said he had checked on her. "Last summer the heat lasted two days."'),
      ['"The lift stopped," <- Dolores Fairweather (said)', '"Last summer the heat lasted two days." <- Sanjay Mehrotra (null)']);
  });
});

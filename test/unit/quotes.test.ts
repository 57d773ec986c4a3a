import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';

const quoteTexts = (t: string): string[] => analyze(t).quotes.map((q) => q.text);

describe('quotations', () => {
  it('finds straight, curly, single and guillemet quotations', () => {
    const t = 'Headline here.\n\n"One," she said. “Two,” he said. ‘Three,’ they said. «Quatre heures», il a dit.';
    assert.deepEqual(quoteTexts(t), ['"One,"', '“Two,”', '‘Three,’', '«Quatre heures»']);
  });
  it('tells apostrophes from single quotation marks', () => {
    const t = "Intro.\n\nThe minister's aide said the '90s were 'a difficult decade' for the party's members.";
    assert.deepEqual(quoteTexts(t), ["'a difficult decade'"]);
  });
  it('keeps a quotation nested inside another as part of the outer one', () => {
    const t = 'Intro.\n\nShe said: "He told me \'never again\' and left."';
    assert.deepEqual(quoteTexts(t), ['"He told me \'never again\' and left."']);
  });
  it('joins a quotation that runs over paragraphs into one', () => {
    const t = 'Intro.\n\n"First paragraph of the statement.\n\n"Second paragraph, the end," the mayor said.';
    assert.deepEqual(quoteTexts(t), ['"First paragraph of the statement.\n\n"Second paragraph, the end,"']);
  });
  it('splits a quotation interrupted by its attribution into two', () => {
    const t = 'Intro.\n\n"We will rebuild," said Ana Costa, "and we will do it fast."';
    assert.deepEqual(quoteTexts(t), ['"We will rebuild,"', '"and we will do it fast."']);
  });
  it('skips titles in quotation marks and headline scare quotes', () => {
    const t = "Army puts troops on 'high alert'\n\nThe site \"The Daily Countdown Page\" opened. Officials called it \"a dangerous step,\" the report said.";
    assert.deepEqual(quoteTexts(t), ['"a dangerous step,"']);
  });
  it('skips glossed terms', () => {
    const t = 'Intro.\n\nThe word “interstellar” means “between stars.” Engineers said “the probe is fine.”';
    assert.deepEqual(quoteTexts(t), ['“the probe is fine.”']);
  });
  it('skips unattributed scare quotes and terms, and keeps short quotations with a source', () => {
    const t = 'Intro line here.\n\nThere were so many “variants of concern” that names ran out. The minister called the plan “dangerous”. '
      + 'The draft calls the zone "safe" and demands "an unlimited cessation of hostilities". These “gravity assists” speed the probe up. Nobody answered “No!” twice.';
    assert.deepEqual(quoteTexts(t), ['“dangerous”', '"safe"', '"an unlimited cessation of hostilities"', '“No!”']);
  });
  it('joins a single-quoted quotation that runs over paragraphs, and reads past a plural possessive', () => {
    const t = "Intro.\n\nMaria Lopez said: 'I waited a long time for this day.\n\n'Now it is over.' He added: 'The fans' support is huge.' "
      + "He called them 'the fans' and left. She said 'no thanks'.";
    assert.deepEqual(quoteTexts(t), ["'I waited a long time for this day.\n\n'Now it is over.'", "'The fans' support is huge.'", "'the fans'", "'no thanks'"]);
  });
  it('skips titles of any length after "titled", and keeps chanted words', () => {
    const t = 'Intro.\n\nThe paper, titled "Why the ocean warmed so fast", appeared on Thursday. Fans chanted "Lock him up" as the motorcade passed.';
    assert.deepEqual(quoteTexts(t), ['"Lock him up"']);
  });
  it('keeps words a person called something ("which Pedro Carvalho called “completely untrue”"), not a name something is called', () => {
    const t = 'Intro.\n\nThe pay rose by 20 percent, which chairman Pedro Carvalho called “completely untrue”. They built a robot called “Robogee”.';
    assert.deepEqual(quoteTexts(t), ['“completely untrue”']);
  });
  it('survives unbalanced marks', () => {
    const t = 'Intro.\n\n' + '"open '.repeat(500) + '\n\nEnd.';
    assert.doesNotThrow(() => analyze(t));
  });
  it('takes a label before what it names, and a title with small lower-case words, for no quotation', () => {
    const a = analyze('Heading here\n\nThe company said readers would be directed to its regional ‘community news’ website. '
      + 'A historian argued that “Storm over the Maas”, a landscape, was painted by a pupil, the museum said. The minister said the plan was "a disaster for farmers".');
    assert.deepEqual(a.quotes.map((q) => q.text), ['"a disaster for farmers"']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';

const dates = (t: string, published?: string) => analyze(t, { published: published ?? null, nowYear: 2026 }).dates;
const pairs = (t: string, published?: string): string[] => dates(t, published).map((d) => `${d.text}=${d.value}`);

describe('dates', () => {
  it('reads a full dateline as one span and as the reference date', () => {
    const a = analyze('Title\n\nWednesday, October 14, 2020\n\nOn Monday the board met.', { nowYear: 2026 });
    assert.equal(a.published, '2020-10-14');
    assert.equal(a.publishedSource, 'dateline');
    assert.deepEqual(a.dates.map((d) => `${d.text}=${d.value}`), ['Wednesday, October 14, 2020=2020-10-14', 'Monday=2020-10-12']);
  });
  it('resolves weekdays by tense', () => {
    assert.deepEqual(pairs('The council met on Friday. It will vote on Tuesday.', '2021-06-09'), ['Friday=2021-06-04', 'Tuesday=2021-06-15']);
  });
  it('keeps position words with days', () => {
    assert.deepEqual(pairs('Police said earlier today that the fire began late Tuesday and ended early yesterday.', '2019-03-01'), [
      'earlier today=2019-03-01', 'late Tuesday=2019-02-26', 'early yesterday=2019-02-28',
    ]);
    assert.deepEqual(pairs('The blaze started late on Tuesday.', '2019-03-01'), ['late on Tuesday=2019-02-26']);
  });
  it('gives a time of a stated day that day ("3:47 a.m. on Tuesday", "Monday at 14:30 CET")', () => {
    assert.deepEqual(pairs('The quake struck at 3:47 a.m. on Tuesday. On Monday at 14:30 CET the office closed. Lunch is at noon.', '2025-08-14'), [
      '3:47 a.m.=2025-08-12', 'Tuesday=2025-08-12', 'Monday=2025-08-11', '14:30 CET=2025-08-11', 'noon=null',
    ]);
  });
  it('resolves relative words against the reference date', () => {
    assert.deepEqual(pairs('Yesterday the river rose; today it fell. Last year was dry, and next month looks wet.', '2019-03-01'), [
      'Yesterday=2019-02-28', 'today=2019-03-01', 'Last year=2018', 'next month=2019-04',
    ]);
  });
  it('keeps approximators and relative words in the span, drops prepositions', () => {
    assert.deepEqual(dates('The strike lasted more than nine months and ended two hours ago, by 2050.', '2022-01-10').map((d) => d.text), [
      'more than nine months', 'two hours ago', '2050',
    ]);
  });
  it('splits ranges into their endpoints', () => {
    assert.deepEqual(pairs('Voting runs from November 20 to December 11, and data cover 2000 - 2050.', '2015-05-07'), [
      'November 20=2015-11-20', 'December 11=2015-12-11', '2000=2000', '2050=2050',
    ]);
  });
  it('gives a month without a year the year its tense points to', () => {
    // A review published in January looks back on last year's months, and ahead to this year's.
    assert.deepEqual(pairs('In October, the probe landed. The launch is scheduled for March.', '2025-01-03'), ['October=2024-10', 'March=2025-03']);
    assert.deepEqual(pairs('The broadcasts began on August 10 and will continue.', '2015-08-21'), ['August 10=2015-08-10']);
    assert.deepEqual(pairs('Power passes on January 20.', '2024-11-07'), ['January 20=2025-01-20']);
    assert.deepEqual(pairs('A conference could be held on January 19.', '2020-01-13'), ['January 19=2020-01-19']);
    // The tense marker nearest the date decides, not the first one in the clause.
    assert.deepEqual(pairs('A plan to build lanes divided the council on Wednesday night.', '2026-04-09'), ['Wednesday night=2026-04-08']);
    assert.deepEqual(pairs('The mayor said a vote would take place on May 6.', '2026-04-09'), ['May 6=2026-05-06']);
  });
  it('without a reference date, takes the year of a full date the text writes', () => {
    const a = analyze('Threats were sent between October 16 and November 13. He was indicted on November 20, 2008.', { nowYear: 2026 });
    assert.equal(a.published, null);
    assert.deepEqual(a.dates.map((d) => `${d.text}=${d.value}`), ['October 16=2008-10-16', 'November 13=2008-11-13', 'November 20, 2008=2008-11-20']);
  });
  it('does not take ages, frequencies, ordinals or counts', () => {
    assert.deepEqual(dates('A 14-year-old boy, aged 8, ate twice per day at the 30th anniversary.').map((d) => d.text), []);
    assert.deepEqual(dates('About 2000 people and 1500 troops joined the 2015 elections.').map((d) => d.text), ['2015']);
    assert.deepEqual(dates('Children aged 8–10 years and pupils aged between 11 and 14 years took part.').map((d) => d.text), []);
  });
  it('annotates the weekend without a value', () => {
    assert.deepEqual(pairs('More rain is expected over the weekend.', '2024-05-03'), ['the weekend=null']);
  });
  it('gives durations and times of day no value', () => {
    for (const d of dates('The talks took about seven hours and ended at 15:11 GMT.', '2020-01-01')) assert.equal(d.value, null);
  });
  it('offers the candidate years a weekday allows when no year is known', () => {
    const [weekday, day] = dates('The talks were on Monday (January 13th).');
    assert.equal(day!.value, null);
    assert.deepEqual(day!.candidateYears, [2014, 2020, 2025]);
    assert.deepEqual(weekday!.candidateYears, [2014, 2020, 2025]);
  });
  it('uses the weekday of its explicit date', () => {
    assert.deepEqual(pairs('They met on Monday (January 13th).', '2020-01-20'), ['Monday=2020-01-13', 'January 13th=2020-01-13']);
  });
  it('resolves named days and years ago', () => {
    assert.deepEqual(pairs('On Waitangi Day, ten years ago, the flag flew.', '2015-05-07'), ['Waitangi Day=2015-02-06', 'ten years ago=2005']);
  });
  it('gives seasons and positions in a year the year', () => {
    assert.deepEqual(pairs('Voters choose early in 2016 and again at the end of 2017.', '2015-05-07'), ['early in 2016=2016', 'the end of 2017=2017']);
    assert.deepEqual(pairs('Results come in the spring, after the fall of the old board.', '2015-05-07'), ['the spring=2015']);
    assert.deepEqual(pairs('Demand recovers in the second half of next year.', '2026-10-21'), ['the second half of next year=2027']);
  });
  it('reads approximators and position words that open a sentence', () => {
    assert.deepEqual(pairs('Nearly one year ago, the probe landed. Earlier this month, the court ruled.', '2024-12-20'), [
      'Nearly one year ago=2023', 'Earlier this month=2024-12',
    ]);
    assert.deepEqual(pairs('About two years ago the mine closed. Late March brought rain. The end of 2017 was dry.', '2019-05-07'), [
      'About two years ago=2017', 'Late March=2019-03', 'The end of 2017=2017',
    ]);
  });
  it('leaves "before" and "after" out of a duration when a noun phrase follows them', () => {
    assert.deepEqual(dates('It had no weapons for many years after the war. Two days later, talks resumed; they had begun six months before.').map((d) => d.text), [
      'many years', 'Two days later', 'six months before',
    ]);
  });
  it('keeps "early" and "late" before this, next and last', () => {
    assert.deepEqual(pairs('The trial begins early next year; prices rose late last year.', '2025-10-17'), ['early next year=2026', 'late last year=2024']);
  });
  it('finds a day or a relative word with a possessive ending ("Friday\'s election", "today\'s vote")', () => {
    assert.deepEqual(pairs("Voters will choose in Friday's election; today's debate ended as yesterday’s storm hit.", '2024-11-28'), [
      'Friday=2024-11-29', 'today=2024-11-28', 'yesterday=2024-11-27',
    ]);
  });
  it('reads a month with a relative year as one expression ("June last year")', () => {
    assert.deepEqual(pairs('She was appointed in June last year and leaves in March next year.', '2025-10-11'), ['June last year=2024-06', 'March next year=2026-03']);
  });
  it('keeps position words with decades and months, and gives a decade no value', () => {
    assert.deepEqual(pairs('In the early 2000s and the mid-1990s prices rose; the deal closed by the end of May, at the start of the month.', '2025-10-11'), [
      'the early 2000s=null', 'the mid-1990s=null', 'the end of May=2025-05', 'the start of the month=2025-10',
    ]);
  });
  it('reads thousands separators in "years ago", and gives no value before year 1', () => {
    assert.deepEqual(pairs('Humans arrived 1,200 years ago; about 11,700 years ago the ice melted.', '2025-10-11'), ['1,200 years ago=0825', 'about 11,700 years ago=null']);
  });
  it('counts "the previous day" and "the next day" from the last day its paragraph dated, else the paragraph before', () => {
    assert.deepEqual(pairs('Officials spoke on Thursday. The previous day, he had posted a video.\n\nThe next day he left.', '2025-10-11'), [
      'Thursday=2025-10-09', 'The previous day=2025-10-08', 'The next day=2025-10-09',
    ]);
    // Not across a whole paragraph, nor a count of months or years across a paragraph.
    assert.deepEqual(pairs('Officials spoke on Thursday.\n\nMany were angry.\n\nThe next day he left.', '2025-10-11'), ['Thursday=2025-10-09', 'The next day=null']);
    assert.deepEqual(pairs('Officials spoke in March 2019.\n\nTwo years later he left.', '2025-10-11'), ['March 2019=2019-03', 'Two years later=null']);
  });
  it('resolves a fixed-date holiday by tense', () => {
    assert.deepEqual(pairs('Crowds gathered on Christmas Day. They will return on Halloween.', '2025-10-11'), ['Christmas Day=2024-12-25', 'Halloween=2025-10-31']);
  });
  it('gives a moveable festival the year that contains it (its day is not computed)', () => {
    assert.deepEqual(pairs('Muslims marked Eid al-Fitr on Monday. Shops closed during Ramadan.', '2025-10-11'), ['Eid al-Fitr=2025', 'Monday=2025-10-06', 'Ramadan=2025']);
    // Independence Day is every country's own: no value.
    assert.deepEqual(pairs('Parades were held on Independence Day.', '2025-10-11'), ['Independence Day=null']);
  });
  it('reads a scheduled present ("Talks resume on Tuesday") as the future, and a past verb as the past', () => {
    assert.deepEqual(pairs('Talks resume on Tuesday. The team plays Lebanon on Sunday. The council met on Thursday.', '2025-10-11'), [
      'Tuesday=2025-10-14', 'Sunday=2025-10-12', 'Thursday=2025-10-09',
    ]);
  });
  it('reads "had been planned for Friday" as a plan that is over (past), "are planned for Friday" as the future', () => {
    assert.deepEqual(pairs('The talks had been planned for Friday but were called off. New talks are planned for Monday.', '2025-10-15'), [
      'Friday=2025-10-10', 'Monday=2025-10-20',
    ]);
  });
  it('reads more tense markers: the verb "last", "is set for", deferrals "until", irregular past verbs', () => {
    assert.deepEqual(pairs('The trial is expected to last until the end of June. A hearing is set for February 3.', '2025-03-13'), [
      'the end of June=2025-06', 'February 3=2026-02-03',
    ]);
    assert.deepEqual(pairs('The judge adjourned the hearing until Tuesday. The bill ran into trouble on Monday.', '2019-04-17'), [
      'Tuesday=2019-04-23', 'Monday=2019-04-15',
    ]);
  });
  it('gives "the spring" the year its tense points to', () => {
    assert.deepEqual(pairs('The orbiter must wait until the spring. The rains came in the autumn. The rains came in the spring.', '2025-09-17'), [
      'the spring=2026', 'the autumn=2025', 'the spring=2025',
    ]);
    // A past tense moves nothing: it is often reported speech ("was happy to keep him until the summer").
    assert.deepEqual(pairs('Almeida said the club was happy to keep him until the summer.', '2025-02-05'), ['the summer=2025']);
  });
  it('counts "N years from now" forward from the reference, finishes a schedule in the present, and reads "six nights a week" as a frequency', () => {
    assert.deepEqual(pairs('"Ten years from now we will ride it," she said. The race finishes on Sunday in Gap. He played six nights a week.', '2018-09-20'), [
      'Ten years from now=2028', 'Sunday=2018-09-23',
    ]);
  });
  it('reads "who is sworn in on Monday" as scheduled, "for weeks" as a duration, and "the evening of August 7" by its date', () => {
    assert.deepEqual(pairs('Carrow, who is sworn in on Monday, has said he will not comment. Users have complained for weeks. A decision will come within days.', '2019-01-09'), [
      'Monday=2019-01-14', 'weeks=null', 'days=null',
    ]);
    assert.deepEqual(pairs('A hiker saw a woman on the evening of August 7. Years of war followed.', '2025-08-16'), ['August 7=2025-08-07']);
  });
  it('reads "later that day" as the day the paragraph dated last', () => {
    assert.deepEqual(pairs('The party won on Saturday. At a news conference later that day, she spoke. Later that night he left.', '2019-10-14'), [
      'Saturday=2019-10-12', 'later that day=2019-10-12', 'Later that night=2019-10-12',
    ]);
  });
  it('takes a compound modifier for a date only when it modifies a stretch of time ("an 11-year lull", not "a five-year contract")', () => {
    assert.deepEqual(pairs('It ended an 11-year lull. He signed a five-year contract. A 48-hour strike began. Her four-year term ends.', '2019-10-14'), [
      '11-year=null', 'four-year=null',
    ]);
  });
  it('reads tense past a base-form verb ("beat", "hope to beat"), "to be formally installed", and "than we expected"', () => {
    assert.deepEqual(pairs('Sri Lanka beat New Zealand by 64 runs on Monday. They hope to beat Italy on Friday.', '2020-01-07'), ['Monday=2020-01-06', 'Friday=2020-01-10']);
    assert.deepEqual(pairs('The ministers are to be formally installed on Thursday afternoon.', '2015-10-07'), ['Thursday afternoon=2015-10-08']);
    assert.deepEqual(pairs('"The economy is cooling faster than we expected in August," she said. Tom Reed said he expected a deal by Friday.', '2019-11-20'), [
      'August=2019-08', 'Friday=2019-11-22',
    ]);
  });
  it('reads "every September" as a frequency, "spent a decade" and "a fortnight" as durations, "the next morning" from the paragraph', () => {
    assert.deepEqual(pairs('Families gather rice every September. Restorers had spent a decade on it. Within a fortnight they left.', '2022-08-19'), ['a decade=null', 'a fortnight=null']);
    assert.deepEqual(pairs('He was shot on Saturday. The first statement, issued the next morning, said so.', '2022-08-19'), ['Saturday=2022-08-13', 'the next morning=2022-08-14']);
  });
  it('reads "last March" and "last summer" as the latest before the reference ("March last year" stays last year\'s)', () => {
    assert.deepEqual(pairs('He was released last March. They return next March. The firm was wound up in March last year. "Last summer we closed beds," she said.', '2023-11-20'), [
      'last March=2023-03', 'next March=2024-03', 'March last year=2022-03', 'Last summer=2023',
    ]);
  });
  it('counts "the following year" and "the previous evening" from the paragraph\'s last date, "next year" from the reference', () => {
    assert.deepEqual(pairs('Holmqvist began working with him in 2012 and rebuilt his serve the following year. Next year he retires.', '2014-06-08'), [
      '2012=2012', 'the following year=2013', 'Next year=2015',
    ]);
    assert.deepEqual(pairs('The outbreak came to light on July 4, after patients had eaten there the previous evening.', '2019-07-15'), ['July 4=2019-07-04', 'the previous evening=2019-07-03']);
  });
  it('reads more tense: "ahead of", "has until", "has been called for", "moves on to ... on May 5, a race he has never won", "who ate"', () => {
    assert.deepEqual(pairs('The result comes just ahead of Thursday\'s holiday. They have until midnight on Sunday to leave. A meeting has been called for Wednesday.', '2025-06-04'), [
      'Thursday=2025-06-05', 'midnight=2025-06-08', 'Sunday=2025-06-08', 'Wednesday=2025-06-11',
    ]);
    assert.deepEqual(pairs('The championship moves on to Jerez on May 5, a race Vasquez has never won. We will refund every customer who ate with us on July 1.', '2024-04-21'), [
      'May 5=2024-05-05', 'July 1=2023-07-01',
    ]);
  });
  it('carries the day of an attribution to the next sentence of the same quotation ("told reporters on Sunday ... “this morning”")', () => {
    assert.deepEqual(pairs('“These objects survived,” Vörös told reporters on Sunday afternoon, standing by the window. “An officer said to me this morning that it was professionals.”', '2019-10-14'), [
      'Sunday afternoon=2019-10-13', 'this morning=2019-10-13',
    ]);
    assert.deepEqual(pairs('Police said on Sunday the window was broken. “It happened this morning,” a guard said.', '2019-10-14'), ['Sunday=2019-10-13', 'this morning=2019-10-14']);
  });
  it('reads a weekday inside a quotation by the quoted words, not by the "said" around them', () => {
    assert.deepEqual(pairs('"I expect a deal by Friday," he said. "We are ready. The vote is on Sunday," she said. "We met on Monday," he said.', '2025-10-15'), [
      'Friday=2025-10-17', 'Sunday=2025-10-19', 'Monday=2025-10-13',
    ]);
    // A closing mark before the date is no quotation around it.
    assert.deepEqual(pairs('He called it "a disaster" on Tuesday.', '2025-10-15'), ['Tuesday=2025-10-14']);
  });
  it('reads a named day of up to four words ("Martin Luther King Jr. Day")', () => {
    assert.deepEqual(dates('Schools closed for Martin Luther King Jr. Day.', '2026-01-20').map((d) => d.text), ['Martin Luther King Jr. Day']);
  });
  it('counts "N units later/earlier" from the last date of the paragraph, as precisely as the unit', () => {
    assert.deepEqual(pairs('Her first collection appeared in 1962. She married two years later.', '2025-08-14'), ['1962=1962', 'two years later=1964']);
    assert.deepEqual(pairs('The first round was held on March 16. Fuentes won three weeks later; the quake struck six hours later.', '2025-08-14'), [
      'March 16=2025-03-16', 'three weeks later=2025-04-06', 'six hours later=2025-04-06',
    ]);
    assert.deepEqual(pairs('Two days later, talks resumed.', '2025-08-14'), ['Two days later=null']);
    // With no date in the paragraph, a year earlier than the reference ("down from ... a year earlier").
    assert.deepEqual(pairs('Profit fell from ¥53 billion a year earlier. We slept for two nights.', '2025-08-14'), ['a year earlier=2024', 'two nights=null']);
  });
  it('splits a range ending in a bare day ("May 18-20", "from June 3 to 5th")', () => {
    assert.deepEqual(pairs('The festival ran May 18-20, then from June 3 to 5th; prices rose May 18 to 20 percent.', '2025-06-20'), [
      'May 18=2025-05-18', '20=2025-05-20', 'June 3=2025-06-03', '5th=2025-06-05', 'May 18=2025-05-18',
    ]);
  });
  it('counts "today" in a quotation from when the words were said, when the text dates it', () => {
    assert.deepEqual(pairs('Haugland scored the winner on Saturday. "Today is the best day of my life," Haugland said after the match.', '2025-09-14'), [
      'Saturday=2025-09-13', 'Today=2025-09-13',
    ]);
    assert.deepEqual(pairs('Speaking to supporters late on Sunday, Fuentes said: "Tomorrow I will call him."', '2025-04-07'), ['late on Sunday=2025-04-06', 'Tomorrow=2025-04-07']);
    // Nothing dates the words: the reference date.
    assert.deepEqual(pairs('The storm hit on Monday. "Today we are rebuilding," the mayor said.', '2025-09-14'), ['Monday=2025-09-08', 'Today=2025-09-14']);
  });
  it('reads a month after "since" as past, an age in words as no date, and Independence Day without a fixed date', () => {
    assert.deepEqual(pairs('The shares are at their lowest level since April. Children aged five to 17 months were vaccinated. Ghana marked Independence Day.', '2025-02-06'), [
      'April=2024-04', 'Independence Day=null',
    ]);
  });
  it('takes no -ed adjective for the past ("will present an updated plan on March 20"), and "every 33 days" for a frequency', () => {
    assert.deepEqual(pairs('OCHA will present an updated plan on March 20. The planet orbits its star every 33 days.', '2025-03-12'), ['March 20=2025-03-20']);
  });
  it('annotates quarters, with a value only when the text gives their year', () => {
    assert.deepEqual(pairs('Net profit rose in the third quarter. In the fourth quarter of 2024 sales rose.', '2025-03-12'), ['the third quarter=null', 'the fourth quarter of 2024=2024']);
  });
  it('counts "today" in words said after a hearing from the hearing\'s day, the attribution before the quotation', () => {
    assert.deepEqual(pairs('Judge Peter Mallory jailed her on Tuesday. Detective Mark Hale said after the hearing: "Today\'s sentence sends a message."', '2025-03-12'), [
      'Tuesday=2025-03-11', 'Today=2025-03-11',
    ]);
  });
  it('reads "scheduled" as the future, "last night" as the evening before, and no "night shifts" as a duration', () => {
    assert.deepEqual(pairs('On Wednesday, the minister is scheduled to travel. Results were released late last night. Nurses worked three night shifts a month.', '2013-05-14'), [
      'Wednesday=2013-05-15', 'late last night=2013-05-13',
    ]);
  });
  it('splits a range of years written as one word ("2020-2022")', () => {
    assert.deepEqual(pairs('The plan covers 2020-2022 and 2030–2035; it cost 2020-30 dollars.', '2025-05-14'), ['2020=2020', '2022=2022', '2030=2030', '2035=2035', '2020=2020']);
  });
  it('annotates "years to come" without a value', () => {
    const found = dates('The law will shape lives for years to come, and for many decades to come.', '2024-01-01');
    assert.deepEqual(found.map((d) => `${d.text}=${d.value}`), ['years to come=null', 'many decades to come=null']);
  });
  it('reads a possible future ("could follow before Christmas") as the future, but not "could not be reached"', () => {
    assert.deepEqual(pairs('A further strike could follow before Christmas. He could not be reached on Monday.', '2013-11-14'), ['Christmas=2013-12-25', 'Monday=2013-11-11']);
  });
  it('leaves a relative clause after the date out of its tense ("eleven days before an election in which he is the challenger")', () => {
    assert.deepEqual(pairs('Police arrested him at his home early on Wednesday, eleven days before an election in which he is the challenger.', '2016-10-14'),
      ['early on Wednesday=2016-10-12', 'eleven days=null']);
  });
  it('counts "the same evening" from the paragraph\'s date, and "two years earlier" from no date the paragraph gives', () => {
    assert.deepEqual(pairs('The post went up on Friday. It was deleted the same evening.', '2022-08-22'), ['Friday=2022-08-19', 'the same evening=2022-08-19']);
    // "a year earlier" is the comparison news makes with the reference year; two years earlier needs the event.
    assert.deepEqual(pairs('He had been removed as chief two years earlier. Profit was down from a year earlier.', '2014-03-14'), ['two years earlier=null', 'a year earlier=2013']);
  });
  it('reads durations with a half, stretches with no number, "the end of the week" and clock times in words', () => {
    assert.deepEqual(pairs('It lasted more than two and a half years, then a year and a half. Rocks formed billions of years ago.', '2018-08-15'),
      ['more than two and a half years=null', 'a year and a half=null', 'billions of years ago=null']);
    assert.deepEqual(pairs('They will decide by the end of the week.', '2018-01-09'), ['the end of the week=null']);
    assert.deepEqual(pairs('The call came at half past two on Monday; the plane landed at a quarter to seven. At six o\'clock it was over.', '2008-08-13'),
      ['half past two=2008-08-11', 'Monday=2008-08-11', 'a quarter to seven=2008-08-11', "six o'clock=null"]);
    // Not times: "half the class", "a quarter of the vote".
    assert.deepEqual(pairs('Half the class and a quarter of the vote went to two candidates.', '2008-08-13'), []);
  });
  it('counts "today" said after the game, afterwards or outside the courtroom from the day the lead gives the event', () => {
    const lead = 'Heading\n\nFriday, March 14, 2014\n\nThe High Court on Thursday ruled for the village.\n\n';
    assert.deepEqual(pairs(lead + 'Outside the courtroom, residents sang. "Today the court has spoken," he said.').slice(-1), ['Today=2014-03-13']);
    assert.deepEqual(pairs(lead + '"My mum was here today," Okonkwo said afterwards.').slice(-1), ['today=2014-03-13']);
  });
  it('counts "today" in words quoted after a lead that dates the event a day or a few before the reference date from that day', () => {
    const lead = 'Heading\n\nFriday, March 14, 2014\n\nThe High Court on Thursday ruled for the village.\n\n';
    assert.deepEqual(pairs(lead + '"Today we appeal," the company said in a statement.').slice(-1), ['Today=2014-03-13']);
    assert.deepEqual(pairs(lead + '"This morning I cried," she said.').slice(-1), ['This morning=2014-03-13']);
    // "Tomorrow" said on the day of writing about what comes is as common: it keeps the reference date.
    assert.deepEqual(pairs(lead + '"Tomorrow we appeal," the company said.').slice(-1), ['Tomorrow=2014-03-15']);
    // An event more than a week before the reference date, or on it, is not when today's words were said.
    const old = 'Heading\n\nFriday, March 14, 2014\n\nThe High Court ruled for the village on March 3.\n\n';
    assert.deepEqual(pairs(old + '"Today we appeal," the company said.').slice(-1), ['Today=2014-03-14']);
    const sameDay = 'Heading\n\nFriday, March 14, 2014\n\nThe High Court today ruled for the village.\n\n';
    assert.deepEqual(pairs(sameDay + '"Today we appeal," the company said.').slice(-1), ['Today=2014-03-14']);
  });
  it('reads a participle after a verb of state as no past ("will remain closed until May 1") and "from today until Friday" as the future', () => {
    assert.deepEqual(pairs('The okapi house will remain closed until May 1. The cave would stay closed until the end of October.', '2018-04-17'),
      ['May 1=2018-05-01', 'the end of October=2018-10']);
    assert.deepEqual(pairs('The governor ordered schools to close from today until at least Friday.', '2019-02-11'), ['today=2019-02-11', 'Friday=2019-02-15']);
  });
  it('gives a clock time the one day its sentence states, the small hours after an evening the next day, and a race time none', () => {
    assert.deepEqual(pairs('She turned back on Wednesday afternoon and raised the alarm at about 9 pm. It was seen at 6am.', '2023-09-10'),
      ['Wednesday afternoon=2023-09-06', 'about 9 pm=2023-09-06', '6am=null']);
    assert.deepEqual(pairs('It left Chiclayo on Monday evening and crashed at around 03:30 near the town.', '2022-03-10'), ['Monday evening=2022-03-07', 'around 03:30=2022-03-08']);
    assert.deepEqual(pairs('Lagat won the marathon on Sunday in 2:06:48. Left on Monday, back on Friday at 9 pm.', '2009-10-27'),
      ['Sunday=2009-10-25', '2:06=null', 'Monday=2009-10-26', 'Friday=2009-10-23', '9 pm=2009-10-23']);
  });
  it('gives both months of a range the year written at its end, and reads "called a meeting for" a date as the future', () => {
    assert.deepEqual(pairs('The team caught three fish between October and November 2017.', '2019-02-25'), ['October=2017-10', 'November 2017=2017-11']);
    assert.deepEqual(pairs('The association has called a members\' meeting for September 22.', '2022-09-13'), ['September 22=2022-09-22']);
    assert.deepEqual(pairs('Opposition groups have called a second march for Thursday, June 13.', '2024-06-01'), ['Thursday, June 13=2024-06-13']);
  });
  it('reads "that night" as the paragraph\'s day and "seven long months" as a duration; "that nights" is nothing', () => {
    assert.deepEqual(pairs('The attack came on November 14. That night the police arrived. We waited seven long months and three straight days.', '2010-06-09'),
      ['November 14=2009-11-14', 'That night=2009-11-14', 'seven long months=null', 'three straight days=null']);
    assert.deepEqual(pairs('He said that nights are long.', '2010-06-09'), []);
  });
  it('reads "a second" before a noun as an ordinal, and words said "after the final whistle" on the match day', () => {
    assert.deepEqual(pairs('They need a second trial. It took a second or two.', '2016-02-22'), ['a second=null']);
    assert.deepEqual(pairs('Heading\n\nMonday, October 9, 2017\n\nMorvania lost 3-0 on Saturday.\n\nSpeaking after the final whistle, Salgado said: "Today we were not a team."', '2017-10-09').slice(-1),
      ['Today=2017-10-07']);
  });
  it('reads "starting on Thursday", "called for a rally on Wednesday" and "extended ... until Monday" as the future', () => {
    assert.deepEqual(pairs('The sides meet again in Wellington, starting on Thursday. Police, starting on Monday, arrested ten.', '2022-12-12'),
      ['Thursday=2022-12-15', 'Monday=2022-12-12']);
    assert.deepEqual(pairs('Baptista has called for a larger rally on Wednesday. The service has extended its warning until Monday.', '2016-05-09'),
      ['Wednesday=2016-05-11', 'Monday=2016-05-16']);
  });
  it('reads a plan that "had been due" as saying nothing of its day, and "one day you win" as no duration', () => {
    assert.deepEqual(pairs('Its gala, which had been due to take place on May 11, has been postponed.', '2019-02-20'), ['May 11=2019-05-11']);
    assert.deepEqual(pairs('One day you win, one day you lose. It took one day.', '2019-02-20'), ['one day=null']);
  });
  it('reads no clock time in "a quarter to 12 million", no day in "that evening classes", and "could see" as no future', () => {
    assert.deepEqual(pairs('Sales rose by a quarter to 12 million units and prices were cut in half to 5 dollars. She said that evening classes would stop.', '2019-03-13'), []);
    assert.deepEqual(pairs('Residents said they could see thick smoke on Tuesday.', '2019-03-13'), ['Tuesday=2019-03-12']);
    assert.deepEqual(pairs('The alarm was raised at about 9 p.m. Rescuers found it on Wednesday.', '2019-03-14'), ['about 9 p.m.=null', 'Wednesday=2019-03-13']);
  });
  it('reads a remand until a day, a meeting called "of ... for" a day, "since the summer" and a date inside the subject by its verb', () => {
    assert.deepEqual(pairs('He was remanded in custody until December 4. She has called a meeting of the remaining partners for Monday.', '2009-11-20'),
      ['December 4=2009-12-04', 'Monday=2009-11-23']);
    assert.deepEqual(pairs('"What we have been waiting for since the summer is a connection," he said. Trial runs in October were halted twice.', '2017-11-16'),
      ['the summer=2017', 'October=2017-10']);
  });
  it('reads "since March 18" as past, a rally "planning ... for May 2" and a meeting called "with ... for Wednesday" as ahead', () => {
    assert.deepEqual(pairs('She will lose all results since March 18. The union was planning a second rally for May 2.', '2012-09-12'),
      ['March 18=2012-03-18', 'May 2=2013-05-02']);
    assert.deepEqual(pairs('The mayor has called an emergency meeting with the authority and state officials for Wednesday.', '2019-11-18'), ['Wednesday=2019-11-20']);
  });
  it('reads a stretch of months across a new year, keeps a forward stretch in one year, and says how a month\'s year was chosen', () => {
    assert.deepEqual(pairs('A trial between December and March reduced call-outs. Sales rose between March and June.', '2024-05-21'),
      ['December=2023-12', 'March=2024-03', 'March=2023-03', 'June=2023-06']);
    assert.deepEqual(pairs('The trial will run from December to March.', '2024-10-02'), ['December=2024-12', 'March=2025-03']);
    assert.equal(dates('Sales fell in June.', '2024-05-21')[0]!.resolution, 'past tense: the latest such month before the reference date 2024-05-21');
  });
  it('reads what one "hoped to" do by a day as ahead', () => {
    assert.deepEqual(pairs('She said the committee hoped to bring a motion by the end of January. He hoped to meet her before Christmas.', '2009-11-18'),
      ['the end of January=2010-01', 'Christmas=2009-12-25']);
  });
  it('reads "had been planning ... for" as past and the "since" of a reason as no past', () => {
    assert.deepEqual(pairs('Police said the group had been planning the attack for April 12. Since June 1 is a public holiday, the vote moves.', '2024-05-21'),
      ['April 12=2024-04-12', 'June 1=2024-06-01']);
  });
  it('finds stretches without a count, centuries and years before the common era, with no value', () => {
    assert.deepEqual(pairs('They waited more than half an hour, then a quarter of a century passed. Talks resume in another week.', '2020-03-10'),
      ['more than half an hour=null', 'a quarter of a century=null', 'another week=null']);
    assert.deepEqual(pairs('The tomb dates from the 10th century, the coins from around 300 BC and the second century AD.', '2020-03-10'),
      ['the 10th century=null', '300 BC=null', 'the second century AD=null']);
    assert.deepEqual(pairs('The lineages split roughly 2.5 million years ago, the rock about 90 million years ago.', '2020-03-10'),
      ['roughly 2.5 million years ago=null', 'about 90 million years ago=null']);
    // Not dates: a century as a compound modifier, "another" before no unit, "a quarter of" a count, "half past" a clock time's.
    assert.deepEqual(pairs('A 17th-century chalice; he had another drink; a quarter of the voters; half the town.', '2020-03-10'), []);
  });
  it('reads a day less than a month after the reference date as ahead whatever the verb, a holiday and a later day by the tense', () => {
    assert.deepEqual(pairs('The group threatened to publish the files unless a ransom was paid by February 25.', '2022-02-18'), ['February 25=2022-02-25']);
    assert.deepEqual(pairs('The count was carried out on March 30. The market was busy at Christmas.', '2017-02-20'), ['March 30=2016-03-30', 'Christmas=2016-12-25']);
    assert.deepEqual(pairs('The market was busy at Christmas.', '2017-12-10'), ['Christmas=2016-12-25']);
  });
  it('reads a clause past a number\'s comma and past an apposition, "\'ll" as the future, and a present after "said" as no tense', () => {
    assert.deepEqual(pairs('Residents handed a petition with 1,140 signatures to PostLink on Monday, in an attempt to stop the closure.', '2009-01-20'), ['Monday=2009-01-19']);
    assert.deepEqual(pairs('His office said he would hold a public meeting in Harrowgate Mills, the largest town in his district, on Saturday.', '2019-06-12'), ['Saturday=2019-06-15']);
    assert.deepEqual(pairs('"She\'ll be back at it by Monday," he said.', '2011-11-12'), ['Monday=2011-11-14']);
    assert.deepEqual(pairs('The mayor said the town\'s population of 6,800 rises to more than 30,000 in August.', '2012-07-24'), ['August=2012-08']);
  });
  it('reads the verb right after a date reported by "said", "may not be ... until" as ahead, and months after a stated year as that year\'s', () => {
    assert.deepEqual(pairs('Wieczorek said strike dates for March would be announced next week.', '2023-02-08'), ['March=2023-03', 'next week=null']);
    assert.deepEqual(pairs('Tuilagi said the final results may not be known until Sunday.', '2010-08-28'), ['Sunday=2010-08-29']);
    assert.deepEqual(pairs('The trust plans a second survey next year, running from April to September.', '2009-12-02'),
      ['next year=2010', 'April=2010-04', 'September=2010-09']);
  });
  it('reads "unlikely to report before the spring" and "until Thursday at the earliest" as ahead', () => {
    assert.deepEqual(pairs('Marek said the committee was unlikely to report before the spring.', '2013-11-22'), ['the spring=2014']);
    assert.deepEqual(pairs('Boats have been advised to stay in port until Thursday at the earliest.', '2009-01-18'), ['Thursday=2009-01-22']);
  });
  it('reads an infinitive as no schedule ("used tractors to close the crossing on Monday morning") and a quotation opening on "until Friday" as ahead', () => {
    assert.deepEqual(pairs('Hundreds of farmers used tractors and grain trailers to close the Velmar border crossing on Monday morning, stranding lorries.', '2012-10-17'),
      ['Monday morning=2012-10-15']);
    assert.deepEqual(pairs('He was told he could expect to wait "until Friday, maybe longer".', '2012-10-17'), ['Friday=2012-10-19']);
  });
  it('reads "November 22 and 23" as two days, and "during May", "between May and August" as months; "between May and Corbyn" is no date', () => {
    assert.deepEqual(pairs('Inspectors visited on November 22 and 23, and criticised the school.', '2009-12-02'), ['November 22=2009-11-22', '23=2009-11-23']);
    assert.deepEqual(pairs('Visits came from three groups during May. The survey ran between May and August.', '2010-10-14'), ['May=2010-05', 'May=2010-05', 'August=2010-08']);
    assert.deepEqual(pairs('Talks between May and Corbyn failed. On March 3 and 4 police officers were hurt.', '2010-10-14'), ['March 3=2010-03-03']);
  });
  it('keeps an approximator with a clock time ("about 4:30 am"), as with other dates', () => {
    assert.deepEqual(pairs('The slope gave way on Wednesday at about 4:30 am. The panda was seen at around 7:15 pm.', '2010-10-14'),
      ['Wednesday=2010-10-13', 'about 4:30 am=2010-10-13', 'around 7:15 pm=null']);
  });
  it('reads no clock time in a price, a height or a percentage ("€3.20", "2.04 metres", "6.40 percent"), and keeps "5.30 on Monday"', () => {
    assert.deepEqual(pairs('Farmers were offered €3.20 a bird and a fee of £9.50. He cleared 2.04 metres. Sales rose 6.40 percent.', '2010-10-14'), []);
    assert.deepEqual(pairs('It left at 5.30 on Monday.', '2010-10-14'), ['5.30=2010-10-11', 'Monday=2010-10-11']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitParagraphs, splitSentences } from '../../server/src/analysis/segment';

const sentences = (t: string): string[] => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
const paragraphs = (t: string): string[] => splitParagraphs(t).map((p) => t.slice(p.start, p.end));

describe('paragraphs', () => {
  it('splits on blank lines and keeps wrapped lines together', () => {
    assert.deepEqual(paragraphs('Head line\n\nFirst line\nstill first.\n\n\nSecond.'), ['Head line', 'First line\nstill first.', 'Second.']);
  });
  it('treats CRLF and CR-only line ends alike', () => {
    assert.deepEqual(paragraphs('One.\r\n\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(paragraphs('One.\r\rTwo.'), ['One.', 'Two.']);
  });
  it('takes each line as a paragraph when the text has no blank line', () => {
    assert.deepEqual(paragraphs('Title\nFirst paragraph.\nSecond paragraph.'), ['Title', 'First paragraph.', 'Second paragraph.']);
  });
  it('returns nothing for white space', () => {
    assert.deepEqual(paragraphs(' \n\t\n'), []);
  });
});

describe('sentences', () => {
  it('does not end a sentence after honorifics, initials or dotted abbreviations', () => {
    assert.deepEqual(sentences('Mr. Smith met Dr. Jones in the U.S. capital. George W. Bush spoke.'), [
      'Mr. Smith met Dr. Jones in the U.S. capital.', 'George W. Bush spoke.',
    ]);
  });
  it('ends a sentence after a closing quotation mark', () => {
    assert.deepEqual(sentences('"It works." She left. “Yes!” he said.'), ['"It works."', 'She left.', '“Yes!” he said.']);
  });
  it('keeps month abbreviations inside the sentence', () => {
    assert.deepEqual(sentences('It opened on Jan. 5 in Rome. Then it closed.'), ['It opened on Jan. 5 in Rome.', 'Then it closed.']);
  });
});

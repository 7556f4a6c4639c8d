// Clause numbers computed from numbering.xml as Word shows them: nesting, restarts, skipped
// levels, interrupted lists, legal numbering and Word's letter sequences.
import assert from 'node:assert/strict';
import { NumberingCounter, NumberingDefinitions } from '../../../server/src/word/numbering.js';
import { formatCounter } from '../../../server/src/word/number-format.js';
import { parseXml, W } from '../../../server/src/word/ooxml.js';

const level = (ilvl: number, fmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function numbering(abstracts: string, nums: string): NumberingDefinitions {
  return new NumberingDefinitions(parseXml(`<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`));
}

const CLAUSES = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2.')}${level(2, 'decimal', '%1.%2.%3.')}</w:abstractNum>`;

describe('Word numbering', () => {
  it('nests and restarts deeper levels when a higher one is used', () => {
    const counter = new NumberingCounter(numbering(CLAUSES, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'));
    const seen = [[0], [1], [2], [2], [1], [0], [1], [2]].map(([l]) => counter.next('1', l!));
    assert.deepEqual(seen, ['1.', '1.1.', '1.1.1.', '1.1.2.', '1.2.', '2.', '2.1.', '2.1.1.']);
  });

  it('shows a skipped level at its start value', () => {
    const counter = new NumberingCounter(numbering(CLAUSES, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'));
    assert.deepEqual(
      [counter.next('1', 0), counter.next('1', 2), counter.next('1', 2), counter.next('1', 1)],
      ['1.', '1.1.1.', '1.1.2.', '1.1.'],
    );
  });

  it('continues a list across another list of the same definition, and restarts on a start override', () => {
    const nums =
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>';
    const counter = new NumberingCounter(numbering(CLAUSES, nums));
    assert.deepEqual(
      [
        counter.next('1', 0),
        counter.next('1', 0),
        counter.next('2', 0),
        counter.next('3', 0),
        counter.next('3', 1),
        counter.next('1', 0),
      ],
      ['1.', '2.', '3.', '7.', '7.1.', '8.'],
    );
  });

  it('keeps a level running past a higher one when w:lvlRestart says so, and writes legal numbering in digits', () => {
    const abstract = `<w:abstractNum w:abstractNumId="0">${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%1.%2.', '<w:lvlRestart w:val="0"/><w:isLgl/>')}</w:abstractNum>`;
    const counter = new NumberingCounter(
      numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'),
    );
    assert.deepEqual(
      [counter.next('1', 0), counter.next('1', 1), counter.next('1', 0), counter.next('1', 1)],
      ['I.', '1.1.', 'II.', '2.2.'],
    );
  });

  it('has no number for bullets and undefined lists', () => {
    const abstract = `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '•')}</w:abstractNum>`;
    const counter = new NumberingCounter(
      numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'),
    );
    assert.equal(counter.next('1', 0), null);
    assert.equal(counter.next('9', 0), null);
  });

  it("follows Word's sequences of letters and numerals", () => {
    assert.deepEqual(
      [1, 2, 9, 10, 28, 29].map((n) => formatCounter(n, 'russianLower')),
      ['а', 'б', 'и', 'к', 'я', 'аа'],
    );
    assert.deepEqual(
      [1, 26, 27].map((n) => formatCounter(n, 'lowerLetter')),
      ['a', 'z', 'aa'],
    );
    assert.deepEqual(
      [4, 9, 14, 1999].map((n) => formatCounter(n, 'upperRoman')),
      ['IV', 'IX', 'XIV', 'MCMXCIX'],
    );
    assert.equal(formatCounter(3, 'decimalZero'), '03');
  });
});

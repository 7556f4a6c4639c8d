// What a finding of the previous version becomes after an edit, until the document-wide rules run
// again: kept where the edit lies after it, shifted where the edit lies before it, dropped where
// the edit touches it. And the one changed range between two texts, found by its common ends.
import assert from 'node:assert/strict';
import { backward, carryOver, forward, textChange, type Placed, type TextChange } from '../../server/src/lsp/carry.js';

const URI = 'file:///work/privacy.ru.md';

function apply(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

describe('textChange', () => {
  it('finds an insertion, a deletion and a replacement', () => {
    assert.equal(textChange('abc', 'abc'), null);
    assert.deepEqual(textChange('Срок хранения пять лет.', 'Срок хранения — пять лет.'), {
      start: 14,
      oldEnd: 14,
      newEnd: 16,
    });
    assert.deepEqual(textChange('abcdef', 'abef'), { start: 2, oldEnd: 4, newEnd: 2 });
    assert.deepEqual(textChange('три года', 'пять лет'), { start: 0, oldEnd: 8, newEnd: 8 });
    assert.deepEqual(textChange('', 'x'), { start: 0, oldEnd: 0, newEnd: 1 });
  });

  it('never lets the common end overlap the common start (a doubled letter typed)', () => {
    // "aa" → "aaa": the change is one inserted "a", wherever it is said to be.
    const change = textChange('baab', 'baaab')!;
    assert.equal(change.newEnd - change.start - (change.oldEnd - change.start), 1);
    assert.ok(change.start <= change.oldEnd && change.start <= change.newEnd);
  });

  it('agrees with a character-by-character comparison on long texts', () => {
    const base = Array.from({ length: 5000 }, (_, i) => `Пункт ${i}. Данные хранятся ${i % 7} лет.`).join('\n');
    const edits: Array<[number, number, string]> = [
      [0, 0, 'x'],
      [base.length, base.length, '\n'],
      [40_000, 40_010, ''],
      [123_456, 123_456, 'ы'],
      [2048, 4096, 'abc'],
    ];
    for (const [start, end, insert] of edits) {
      const after = apply(base, start, end, insert);
      const change = textChange(base, after)!;
      assert.equal(apply(base, change.start, change.oldEnd, after.slice(change.start, change.newEnd)), after);
      assert.ok(change.start <= start && change.oldEnd >= end, `${start}-${end}`);
    }
  });
});

describe('offsets across a change', () => {
  const change: TextChange = { start: 10, oldEnd: 12, newEnd: 15 };
  it('maps offsets outside the change both ways and none inside it', () => {
    assert.equal(forward(5, change), 5);
    assert.equal(forward(10, change), 10);
    assert.equal(forward(11, change), null);
    assert.equal(forward(12, change), 15);
    assert.equal(forward(20, change), 23);
    assert.equal(backward(23, change), 20);
    assert.equal(backward(14, change), null);
    assert.equal(backward(15, change), 12);
    assert.equal(forward(7, null), 7);
  });
});

describe('carryOver', () => {
  const finding: Placed & { ruleId: string } = {
    ruleId: 'duplicate-heading',
    span: { start: 100, end: 120 },
    related: [{ span: { start: 10, end: 30 } }, { uri: 'file:///work/privacy.kk.md', span: { start: 500, end: 510 } }],
    suggestions: [{ edits: [{ start: 100, end: 122 }] }],
  };

  it('returns the same finding when the edit lies after all its places', () => {
    assert.equal(carryOver(finding, { start: 200, oldEnd: 200, newEnd: 205 }, URI), finding);
    assert.equal(carryOver(finding, null, URI), finding);
  });

  it('shifts each place that lies after the edit and keeps those before it', () => {
    const moved = carryOver(finding, { start: 50, oldEnd: 52, newEnd: 60 }, URI)!;
    assert.deepEqual(moved.span, { start: 108, end: 128 });
    assert.deepEqual(moved.related![0]!.span, { start: 10, end: 30 });
    // A place in another document stays where it is.
    assert.deepEqual(moved.related![1]!.span, { start: 500, end: 510 });
    assert.deepEqual(moved.suggestions![0]!.edits[0], { start: 108, end: 130 });
    assert.equal(moved.ruleId, 'duplicate-heading');
    assert.deepEqual(finding.span, { start: 100, end: 120 }, 'the original is left as it was');
  });

  it('drops the finding when the edit touches or borders on any of its places', () => {
    assert.equal(carryOver(finding, { start: 110, oldEnd: 111, newEnd: 111 }, URI), null, 'inside its range');
    assert.equal(carryOver(finding, { start: 120, oldEnd: 120, newEnd: 121 }, URI), null, 'typed right after it');
    assert.equal(carryOver(finding, { start: 95, oldEnd: 100, newEnd: 95 }, URI), null, 'deleted up to its start');
    assert.equal(carryOver(finding, { start: 20, oldEnd: 20, newEnd: 25 }, URI), null, 'inside a related place');
    assert.equal(
      carryOver(finding, { start: 121, oldEnd: 121, newEnd: 125 }, URI),
      null,
      'inside the range a suggestion edits',
    );
    assert.ok(carryOver(finding, { start: 505, oldEnd: 505, newEnd: 506 }, URI), 'an offset of another document');
  });

  it('carries a fix with its edits', () => {
    const withFix: Placed = { span: { start: 40, end: 45 }, fix: { edits: [{ start: 40, end: 45 }] } };
    assert.deepEqual(carryOver(withFix, { start: 0, oldEnd: 3, newEnd: 0 }, URI)!.fix!.edits, [{ start: 37, end: 42 }]);
  });
});

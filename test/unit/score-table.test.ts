// The compact table of section scores answers as a Map would, on random keys and scores.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_SCORES, ScoreTable } from '../../server/src/engine/align/score-table.js';

/** 53-bit keys as the section hashes are, and scores that may be null. */
const key = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.maxSafeInteger());
const score = fc.option(fc.double({ noNaN: true }), { nil: null });

describe('section score table', () => {
  it('keeps what a Map keeps, until it starts afresh', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, score), { maxLength: 400 }),
        fc.array(key, { maxLength: 50 }),
        (sets, gets) => {
          const table = new ScoreTable();
          const map = new Map<number, number | null>();
          for (const [k, s] of sets) {
            if (!map.has(k) && map.size >= MAX_SCORES) map.clear();
            table.set(k, s);
            map.set(k, s);
            assert.equal(table.size, map.size);
          }
          for (const k of [...gets, ...map.keys()]) assert.equal(table.get(k), map.get(k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a null score as its key alone', () => {
    const table = new ScoreTable();
    for (let k = 0; k < 100; k++) table.set(2 ** 40 + k * 7919, k % 10 === 0 ? k / 4 : null);
    // 90 nulls (a key each) and 10 scores (a key and a value each).
    assert.equal(table.size, 100);
    assert.equal(table.numbers, 90 + 2 * 10);
    table.set(2 ** 40, null);
    table.set(2 ** 40 + 7919, 1.5);
    assert.equal(table.get(2 ** 40), null);
    assert.equal(table.get(2 ** 40 + 7919), 1.5);
    assert.equal(table.numbers, 90 + 2 * 10);
  });

  it('tells a null score from none', () => {
    const table = new ScoreTable();
    table.set(2 ** 52 + 1, null);
    table.set(7, -0.25);
    assert.equal(table.get(2 ** 52 + 1), null);
    assert.equal(table.get(2 ** 52), undefined);
    assert.equal(table.get(7), -0.25);
  });
});

// partitionPoint and lastStartingAt agree with a linear scan on every sorted list and offset.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lastStartingAt, partitionPoint } from '../../server/src/engine/model/search.js';

describe('binary search over ordered lists', () => {
  const sorted = fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }).map((a) => a.sort((x, y) => x - y));

  it('partitionPoint is the first index whose item is not before the key', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -5, max: 205 }), (list, key) => {
        const linear = list.findIndex((v) => !(v < key));
        assert.equal(
          partitionPoint(list, (v) => v < key),
          linear < 0 ? list.length : linear,
        );
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it('lastStartingAt is the last item starting at or before the offset, -1 before the first', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -5, max: 205 }), (list, offset) => {
        let linear = -1;
        list.forEach((v, i) => {
          if (v <= offset) linear = i;
        });
        assert.equal(
          lastStartingAt(list, offset, (v) => v),
          linear,
        );
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });
});

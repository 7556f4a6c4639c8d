// Word ids in sorted arrays stand in for Sets of strings in the aligner's bags: the scores they
// give equal, to the bit, those of the Sets, including the sum of stems of two weights.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  hasId,
  idsInOrder,
  sharedCount,
  sortedIds,
  unionIds,
  wordId,
  wordIds,
  wordOf,
} from '../../server/src/engine/align/word-ids.js';
import { anchorScore, mergeBags, mixesStems, sharedAnchors, type Bag } from '../../server/src/engine/align/score.js';

interface SetBag {
  letters: number;
  keys: Set<string>;
  names: Set<string>;
  latin: Set<string>;
  stems: Set<string>;
}

// The Set-based scoring the id arrays replaced, kept here as the reference.
function mergeSets(bags: SetBag[]): SetBag {
  if (bags.length === 1) return bags[0]!;
  const out: SetBag = { letters: 0, keys: new Set(), names: new Set(), latin: new Set(), stems: new Set() };
  for (const b of bags) {
    out.letters += b.letters;
    for (const k of b.keys) out.keys.add(k);
    for (const n of b.names) out.names.add(n);
    for (const w of b.latin) out.latin.add(w);
    for (const s of b.stems) out.stems.add(s);
  }
  return out;
}
const typeOf = (key: string): string => key.slice(0, key.indexOf(':'));
function scoreSets(a: SetBag, b: SetBag, stemPair: boolean, cap = 6): number {
  let shared = 0;
  let unshared = 0;
  const typesA = new Set<string>();
  const typesB = new Set<string>();
  for (const k of a.keys) {
    if (b.keys.has(k)) shared++;
    else typesA.add(typeOf(k));
  }
  for (const k of b.keys) if (!a.keys.has(k)) typesB.add(typeOf(k));
  for (const k of a.keys) if (!b.keys.has(k) && !typesB.has(typeOf(k))) unshared++;
  for (const k of b.keys) if (!a.keys.has(k) && !typesA.has(typeOf(k))) unshared++;
  let names = 0;
  let lonelyNames = 0;
  const seen = new Set<string>();
  for (const set of [a.names, b.names])
    for (const n of set) {
      if (seen.has(n)) continue;
      seen.add(n);
      if (a.latin.has(n) && b.latin.has(n)) names++;
      else lonelyNames++;
    }
  let stems = 0;
  if (stemPair) for (const s of a.stems) if (b.stems.has(s)) stems += s.startsWith('l:') ? 0.6 : 0.3;
  return Math.min(cap, 1.5 * shared - 0.5 * unshared + names - 0.3 * lonelyNames + Math.min(2, stems));
}
function sharedSets(a: SetBag, b: SetBag): number {
  let shared = 0;
  for (const k of a.keys) if (b.keys.has(k)) shared++;
  for (const n of a.names) if (b.latin.has(n)) shared++;
  return shared;
}

/** The bag a block's signature makes of these words (view.ts). */
function bagOf(s: SetBag): Bag {
  const stemOrder = idsInOrder(s.stems);
  const stems = sortedIds([...stemOrder]);
  const bag: Bag = {
    letters: s.letters,
    keys: wordIds(s.keys),
    names: wordIds(s.names),
    latin: wordIds(s.latin),
    stems,
  };
  if (mixesStems(stems)) bag.stemOrder = stemOrder;
  return bag;
}

const word = fc.constantFrom('acme', 'kaspi', 'halyk', 'beeline', 'kcell', 'tele2', 'almaty', 'astana');
const key = fc.constantFrom('phone:1', 'phone:2', 'email:a@b.kz', 'email:c@d.kz', 'date:2024-01-01', 'number:30');
const stem = fc.constantFrom('персо', 'обраб', 'деректер', 'l:ident', 'l:perso', 'l:proce', 'согла', 'l:conse');
const setBag = fc
  .record({
    letters: fc.nat(500),
    keys: fc.array(key, { maxLength: 5 }),
    names: fc.array(word, { maxLength: 3 }),
    latin: fc.array(word, { maxLength: 5 }),
    stems: fc.array(stem, { maxLength: 8 }),
  })
  .map((r): SetBag => ({
    letters: r.letters,
    keys: new Set(r.keys),
    names: new Set(r.names),
    latin: new Set(r.latin),
    stems: new Set(r.stems),
  }));
const bags = fc.array(setBag, { minLength: 1, maxLength: 3 });

describe('word ids', () => {
  it('give each word one id, and sorted lists answer as Sets do', () => {
    assert.equal(wordId('test-word-ids'), wordId('test-word-ids'));
    assert.equal(wordOf(wordId('test-word-ids')), 'test-word-ids');
    fc.assert(
      fc.property(fc.array(fc.nat(40)), fc.array(fc.nat(40)), (x, y) => {
        const a = sortedIds([...x]);
        const b = sortedIds([...y]);
        assert.deepEqual(
          a,
          [...new Set(x)].sort((p, q) => p - q),
        );
        for (let k = 0; k <= 40; k++) assert.equal(hasId(a, k), x.includes(k));
        assert.equal(sharedCount(a, b), a.filter((k) => y.includes(k)).length);
        assert.deepEqual(unionIds(a, b), sortedIds([...x, ...y]));
      }),
      { numRuns: 300 },
    );
  });

  it('score merged bags as the Sets of strings did, to the bit', () => {
    fc.assert(
      fc.property(bags, bags, fc.boolean(), (as, bs, stemPair) => {
        const a = mergeBags(as.map(bagOf));
        const b = mergeBags(bs.map(bagOf));
        const sa = mergeSets(as);
        const sb = mergeSets(bs);
        assert.equal(anchorScore(a, b, stemPair), scoreSets(sa, sb, stemPair));
        assert.equal(anchorScore(b, a, stemPair, 4), scoreSets(sb, sa, stemPair, 4));
        assert.equal(sharedAnchors(a, b), sharedSets(sa, sb));
        assert.equal(a.letters, sa.letters);
      }),
      { numRuns: 1000 },
    );
  });
});

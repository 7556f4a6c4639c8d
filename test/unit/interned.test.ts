// Interned values: blocks that read the same small value share one frozen copy.
import assert from 'node:assert/strict';
import { Interner, MAX_INTERNED } from '../../server/src/engine/parse/interned.js';

interface Counted {
  lang: string | null;
  counts: { a: number; b: number };
}

const interner = () => new Interner<Counted>((v) => `${v.lang}/${v.counts.a}/${v.counts.b}`);

describe('interned values', () => {
  it('gives equal values one shared copy and different values their own', () => {
    const table = interner();
    const first = table.intern({ lang: 'kk', counts: { a: 1, b: 2 } });
    assert.equal(table.intern({ lang: 'kk', counts: { a: 1, b: 2 } }), first);
    assert.notEqual(table.intern({ lang: 'ru', counts: { a: 1, b: 2 } }), first);
    assert.deepEqual(first, { lang: 'kk', counts: { a: 1, b: 2 } });
  });

  it('freezes what it shares, the objects inside too', () => {
    const shared = interner().intern({ lang: null, counts: { a: 0, b: 0 } });
    assert.ok(Object.isFrozen(shared));
    assert.ok(Object.isFrozen(shared.counts));
    assert.throws(() => {
      (shared.counts as { a: number }).a = 1;
    }, TypeError);
  });

  it('starts afresh when full, and what it gave out stays as it was', () => {
    const table = interner();
    const early = table.intern({ lang: 'en', counts: { a: -1, b: -1 } });
    for (let i = 0; i < MAX_INTERNED; i++) table.intern({ lang: 'en', counts: { a: i, b: 0 } });
    assert.ok(table.size <= MAX_INTERNED);
    assert.deepEqual(early, { lang: 'en', counts: { a: -1, b: -1 } });
    assert.deepEqual(table.intern({ lang: 'en', counts: { a: -1, b: -1 } }), early);
  });
});

// The checks that let structure and order lead the pairing of sections (align/section-order.ts),
// on paths made by hand: which shifts are undone, and which are left for the aligner's reading.
import assert from 'node:assert/strict';
import {
  pathTotal,
  structuralPairing,
  undoCrossings,
  UNPAIRED_SECTION,
} from '../../server/src/engine/align/section-order.js';
import type { Step } from '../../server/src/engine/align/sequence.js';
import type { SectionUnit } from '../../server/src/engine/align/view.js';

const unit = (level: number, label: string | null = null): SectionUnit =>
  ({ section: { level }, label }) as unknown as SectionUnit;
const pair = (i: number, j: number, score: number): Step => ({ i, j, da: 1, db: 1, score });
const aloneA = (i: number, j: number): Step => ({ i, j, da: 1, db: 0, score: UNPAIRED_SECTION });
const aloneB = (i: number, j: number): Step => ({ i, j, da: 0, db: 1, score: UNPAIRED_SECTION });
const shown = (steps: Step[]): string =>
  steps.map((s) => (s.da && s.db ? `${s.i}=${s.j}` : s.da ? `a${s.i}` : `b${s.j}`)).join(' ');

describe('section order: structure leads, topics break ties', () => {
  const as = [unit(2), unit(2), unit(2)];
  const bs = [unit(2), unit(2), unit(2)];
  // a1 paired with b2 because a1's topic was misread: b1 and a2 are left alone on either side of it.
  const crossed = [pair(0, 0, 5), aloneB(1, 1), pair(1, 2, 4), aloneA(2, 3)];

  it('undoes a shift when the stretch pairs as well in order', () => {
    const scores: Record<string, number | null> = { '1/1': null, '2/2': 3 };
    const out = undoCrossings(crossed, as, bs, (i, j) => scores[`${i}/${j}`] ?? null);
    assert.equal(shown(out), '0=0 1=1 2=2');
    assert.ok(pathTotal(out) >= pathTotal(crossed));
  });

  it('keeps a shift when the order pairs badly: a section dropped and another added', () => {
    const out = undoCrossings(crossed, as, bs, () => null);
    assert.equal(shown(out), shown(crossed));
  });

  it('never pairs sections of different levels or numbers to undo a shift', () => {
    const out = undoCrossings(crossed, as, [unit(2), unit(3), unit(2)], () => 9);
    assert.equal(shown(out), shown(crossed));
    const numbered = undoCrossings(
      crossed,
      [unit(2, '1'), unit(2, '2'), unit(2, '3')],
      [unit(2, '1'), unit(2, '5'), unit(2, '2')],
      () => 9,
    );
    assert.equal(shown(numbered), shown(crossed));
  });

  it('pairs position for position when the heading levels agree, unless the path is clearly better', () => {
    assert.equal(
      shown(structuralPairing(as, bs, crossed, (i, j) => (i === j ? (i === 0 ? 5 : 0.5) : null))),
      '0=0 1=1 2=2',
    );
    const clear = [pair(0, 0, 9), aloneB(1, 1), pair(1, 2, 9), aloneA(2, 3)];
    assert.equal(shown(structuralPairing(as, bs, clear, (i, j) => (i === j && i === 0 ? 9 : null))), shown(clear));
    assert.equal(
      shown(structuralPairing(as, [unit(2), unit(3), unit(2)], crossed, () => 9)),
      shown(crossed),
      'levels differ',
    );
  });
});

// A block's source map kept as runs answers as the plain array would, on random maps and on
// blocks parsed from Markdown with markup, entities and escapes.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceMap } from '../../server/src/engine/parse/source-map.js';
import { parseWhole } from '../../server/src/engine/parse/incremental.js';

const entries = (map: SourceMap): number[] => Array.from({ length: map.length }, (_, i) => map.at(i));

/** Offsets as parsing makes them: stretches of text one after another, constant stretches, jumps. */
const offsets = fc
  .array(
    fc.record({
      kind: fc.constantFrom('step', 'same', 'jump'),
      length: fc.integer({ min: 1, max: 40 }),
      gap: fc.integer({ min: 0, max: 6 }),
    }),
    { maxLength: 30 },
  )
  .map((parts) => {
    const out: number[] = [];
    let at = 0;
    for (const p of parts) {
      at += p.gap;
      for (let k = 0; k < (p.kind === 'jump' ? 1 : p.length); k++) out.push(p.kind === 'same' ? at : at++);
    }
    return out;
  });

describe('source map', () => {
  it('reads every entry as the array does, as runs or as the array', () => {
    fc.assert(
      fc.property(offsets, (values) => {
        const map = SourceMap.of(values);
        assert.equal(map.length, values.length);
        assert.deepEqual(entries(map), values);
        assert.deepEqual([...map.toArray()], values);
      }),
      { numRuns: 500 },
    );
  });

  it('shifts and cuts as the array would', () => {
    fc.assert(
      fc.property(offsets, fc.integer({ min: -5, max: 1000 }), fc.nat(60), (values, delta, count) => {
        const map = SourceMap.of(values);
        const head = map.head(count);
        map.shift(delta);
        assert.deepEqual(
          entries(map),
          values.map((v) => v + delta),
        );
        assert.deepEqual(entries(head), values.slice(0, count));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a constant map (code) without an entry per character', () => {
    const map = SourceMap.constant(7, 5);
    assert.deepEqual(entries(map), [7, 7, 7, 7, 7]);
    map.shift(3);
    assert.deepEqual(entries(map), [10, 10, 10, 10, 10]);
  });

  it('maps parsed text back to the source through markup, entities and escapes', () => {
    const source =
      '# A *heading* {#id}\n\nPlain text with **bold**, a [link](https://x.kz) and &amp; \\[sic\\].\n\n```\ncode\n```\n\n| a | b &lt; c |\n|---|---|\n| 1 | 2 |\n';
    for (const block of parseWhole(source).blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const ch = block.text[i]!;
        const at = block.map.at(i);
        assert.ok(at >= block.start && at <= block.end, `${block.type} ${i}`);
        // A character read as written maps onto itself.
        if (block.type === 'paragraph' && /[a-z]/.test(ch)) assert.equal(source[at], ch);
      }
    }
  });
});

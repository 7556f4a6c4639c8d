// The chunked parse equals a whole-document parse on generated drafts and after random edit
// sequences, and every block's range and source map stay inside the text on whole characters.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseChunked, parseWhole } from '../../server/src/engine/parse/incremental.js';
import { createEngine } from '../../server/src/engine/index.js';
import { applyEdit, draft, edit, heavyDraft } from './arbitraries.js';
import { holds } from './harness.js';
import { assertRange } from './invariants.js';

type Blocks = ReturnType<typeof parseWhole>['blocks'];
const view = (blocks: Blocks, base: (i: number) => number) =>
  blocks.map((b, i) => ({
    type: b.type,
    start: base(i) + b.start,
    end: base(i) + b.end,
    text: b.text,
    depth: b.depth,
    list: b.listDepth,
    marker: b.listMarker,
    cell: b.cell ? `${b.cell.row}:${b.cell.column}` : '',
  }));

function chunkedView(text: string, previous?: ReturnType<typeof parseChunked>) {
  const parsed = parseChunked(text, previous?.cache);
  const blocks = parsed.chunks.flatMap((c) => view(c.content.blocks, () => c.start));
  return { parsed, blocks };
}
const wholeView = (text: string) => view(parseWhole(text).blocks, () => 0);

const engine = createEngine();

describe('property: parsing', function () {
  this.timeout(300_000);

  const wholeEqualsChunked = (text: string): void => {
    const { blocks } = chunkedView(text);
    assert.deepEqual(blocks, wholeView(text));
    const doc = engine.parse('file:///p/privacy.md', text);
    for (const b of doc.blocks) {
      assertRange(text, { start: b.start, end: b.end }, `block ${b.type}`);
      for (let i = 0; i <= b.text.length; i++) {
        const at = b.base + b.core.map.at(i);
        assert.ok(at >= 0 && at <= text.length, `map of ${b.type} at ${i}: ${at}`);
      }
      if (b.text.length > 0) assertRange(text, b.sourceSpan(0, b.text.length), `source span of ${b.type}`);
    }
    assert.ok(doc.bodyStart <= text.length, `body starts at ${doc.bodyStart} of ${text.length}`);
    for (const n of doc.notes) assertRange(text, { start: n.start, end: n.end }, 'parse note');
  };

  it('the chunked parse equals a whole parse, and every block lies inside the text', () => {
    holds('chunked parse = whole parse; block ranges', draft, wholeEqualsChunked, 1_500);
  });

  it('… also with very wide tables, deep nesting and long runs', () => {
    holds('chunked parse = whole parse on heavy drafts', heavyDraft, wholeEqualsChunked, 60);
  });

  it('the incremental parse equals a whole parse after random edit sequences', () => {
    holds(
      'incremental parse after edit sequences = whole parse',
      fc.tuple(draft, fc.array(edit, { minLength: 1, maxLength: 6 })),
      ([start, edits]) => {
        let text = start;
        let previous = chunkedView(text).parsed;
        for (const e of edits) {
          text = applyEdit(text, e);
          const result = chunkedView(text, previous);
          assert.deepEqual(result.blocks, wholeView(text), `after inserting ${JSON.stringify(e[2])}`);
          previous = result.parsed;
        }
      },
      300,
    );
  });
});

// The per-block memo: a slot per kind of memo, shared by every block, and one shared empty list.
import assert from 'node:assert/strict';
import type { BlockCore } from '../../server/src/engine/parse/blocks.js';
import { parseWhole } from '../../server/src/engine/parse/incremental.js';
import {
  emptyList,
  memoKind,
  memoKindOf,
  NO_MEMO,
  proseMemo,
  recall,
  remember,
} from '../../server/src/engine/parse/memo.js';

const blocks = () => parseWhole('# Terms\n\nThe first paragraph.\n\nThe second one.\n').blocks;

describe('block memo', () => {
  it('gives each kind one slot, the same for every block and every call', () => {
    assert.equal(memoKind('test/memo-a'), memoKind('test/memo-a'));
    assert.notEqual(memoKind('test/memo-a'), memoKind('test/memo-b'));
    assert.equal(memoKindOf('test/memo-family', 'base'), memoKindOf('test/memo-family', 'base'));
    assert.equal(memoKindOf('test/memo-family', 'base'), memoKind('test/memo-family/base'));
    assert.notEqual(memoKindOf('test/memo-family', 'base'), memoKindOf('test/memo-family', 'custom'));
  });

  it('keeps a value per block and kind, and starts from one shared empty memo', () => {
    const [a, b] = blocks();
    assert.equal(a!.memo, NO_MEMO);
    const kind = memoKind('test/memo-value');
    assert.equal(recall(a!, kind), undefined);
    assert.equal(remember(a!, kind, 'heading'), 'heading');
    assert.equal(recall(a!, kind), 'heading');
    assert.equal(recall(b!, kind), undefined);
    assert.equal(NO_MEMO.length, 0, 'the shared empty memo is never written');
  });

  it('grows a block memo for a kind registered after it was made', () => {
    const [a] = blocks();
    const first = memoKind('test/memo-early');
    remember(a!, first, 1);
    const later = memoKind(`test/memo-later-${Math.random()}`);
    remember(a!, later, 2);
    assert.equal(recall(a!, first), 1);
    assert.equal(recall(a!, later), 2);
  });

  it('keeps every empty list as one shared frozen list, and a null as it is', () => {
    const [a, b] = blocks();
    const kind = memoKind('test/memo-list');
    const kept = remember(a!, kind, [] as number[]);
    assert.equal(kept, remember(b!, kind, [] as number[]));
    assert.equal(kept, emptyList());
    assert.ok(Object.isFrozen(kept));
    const none = memoKind('test/memo-null');
    assert.equal(remember(a!, none, null), null);
    assert.equal(recall(a!, none), null);
  });

  it('reads a block’s prose once, and nothing from code, HTML or front matter', () => {
    // A block of the document model holds its parse's core.
    const asBlock = (core: BlockCore) => ({ core, type: core.type, text: core.text });
    const [heading, paragraph] = blocks().map(asBlock);
    const code = asBlock(parseWhole('```\nour e-mail is in the code\n```\n').blocks[0]!);
    assert.equal(code.type, 'code');
    const kind = memoKind('test/memo-prose');
    let reads = 0;
    const words = (text: string) => (reads++, text.split(' '));
    assert.deepEqual(proseMemo(paragraph!, kind, words), ['The', 'first', 'paragraph.']);
    assert.deepEqual(proseMemo(paragraph!, kind, words), ['The', 'first', 'paragraph.']);
    assert.equal(reads, 1, 'the second call reads the memo');
    assert.deepEqual(proseMemo(heading!, kind, words), ['Terms']);
    assert.equal(proseMemo(code, kind, words), emptyList());
    assert.equal(reads, 2, 'code is never read');
  });
});

// Keys for what an alignment depends on, so that it can be reused after a keystroke for every
// section whose text did not change. A block's parse (its core) is shared by every version of a
// document in which the block's chunk did not change, so its identity stands for its text.
import type { Block } from '../model/document.js';
import { memoKind, recall, remember } from '../parse/memo.js';

const PAIRS = memoKind('align/pairs');

const ids = new WeakMap<object, number>();
let next = 1;

export function coreId(block: Block): number {
  let id = ids.get(block.core);
  if (id === undefined) {
    id = next++;
    ids.set(block.core, id);
  }
  return id;
}

/**
 * A small memo attached to a block's parse: it lives as long as the block's text does, and keys
 * inside it tell the rest of what the result depends on.
 */
export function memoOn<T>(owner: Block | undefined, key: string, compute: () => T): T {
  if (!owner) return compute();
  const memo =
    recall<Map<string, unknown>>(owner.core, PAIRS) ?? remember(owner.core, PAIRS, new Map<string, unknown>());
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  // A block is paired with few others; keep the memo small when a version is edited a lot.
  if (memo.size > 300) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
  return value;
}

/** A 53-bit hash of a string (cyrb53): a short memo key for a long description of a text. */
export function hashKey(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

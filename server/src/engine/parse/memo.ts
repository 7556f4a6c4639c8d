// What is read from one block's text alone is kept with the block's parse (its core), which lives
// as long as that text: three 1 MB versions hold tens of thousands of blocks, each with twenty or
// more memos. A Map per block cost about a kilobyte; here each kind of memo has a fixed slot in a
// plain array, numbered by a registry shared by every block, and an empty result is one shared
// frozen list, so a block pays a word per memo.
import { isProse, type BlockCore, type BlockType } from './blocks.js';

/** A slot in every block's memo, given out by `memoKind`. */
export type MemoKind = number & { readonly memoKindBrand: unique symbol };

/** The memo of a block nothing has been read from yet: shared, so it must never be written. */
export const NO_MEMO: readonly unknown[] = Object.freeze([]);

/** The one empty list memos keep: frozen, as every memo is read-only once stored. */
const EMPTY: readonly never[] = Object.freeze([]);

const kinds = new Map<string, MemoKind>();
const variants = new Map<string, Map<string, MemoKind>>();

/** The slot of one kind of memo ("language", "requirements/facts/base"): the same for every block. */
export function memoKind(name: string): MemoKind {
  let kind = kinds.get(name);
  if (kind === undefined) kinds.set(name, (kind = kinds.size as MemoKind));
  return kind;
}

/**
 * The slot of a memo read with one vocabulary or setting (`family` "kinds/heading", `variant` a
 * lexicon's id): found without building the key's string, which runs for every block on every
 * keystroke. A vocabulary's id is fixed by its content, so the registry stays small.
 */
export function memoKindOf(family: string, variant: string): MemoKind {
  let byVariant = variants.get(family);
  if (!byVariant) variants.set(family, (byVariant = new Map()));
  let kind = byVariant.get(variant);
  if (kind === undefined) byVariant.set(variant, (kind = memoKind(`${family}/${variant}`)));
  return kind;
}

/** The block's memo of this kind, or undefined when none is kept. */
export function recall<T>(core: BlockCore, kind: MemoKind): T | undefined {
  return core.memo[kind] as T | undefined;
}

/**
 * Keeps `value` as the block's memo of this kind and returns what is kept: an empty list becomes the
 * shared frozen one, so a list filled in after it is kept must not start empty (size it first).
 */
export function remember<T>(core: BlockCore, kind: MemoKind, value: T): T {
  let slots = core.memo as unknown[];
  if (kind >= slots.length) {
    // Sized to every kind known so far: after the first lint the registry is complete, and a new
    // block's memo is allocated once.
    const grown = new Array<unknown>(Math.max(kinds.size, kind + 1));
    for (let i = 0; i < slots.length; i++) grown[i] = slots[i];
    core.memo = slots = grown;
  }
  const kept = Array.isArray(value) && value.length === 0 ? (EMPTY as T) : value;
  slots[kind] = kept;
  return kept;
}

/**
 * What one reading finds in a block's prose, kept in the block's memo of this kind; a block that is
 * not prose (code, HTML, front matter) finds nothing.
 */
export function proseMemo<T>(
  block: { core: BlockCore; type: BlockType; text: string },
  kind: MemoKind,
  read: (text: string) => T[],
): T[] {
  return recall<T[]>(block.core, kind) ?? remember(block.core, kind, isProse(block) ? read(block.text) : []);
}

/** Drops one kind of memo from a block (the memory benchmark measures what each kind holds). */
export function forget(core: BlockCore, kind: MemoKind): void {
  if (kind < core.memo.length) (core.memo as unknown[])[kind] = undefined;
}

/** Every kind of memo registered so far, by name. */
export function memoKinds(): ReadonlyMap<string, MemoKind> {
  return kinds;
}

/** The shared empty list, for a memo's value that starts empty and is never filled. */
export function emptyList<T>(): T[] {
  return EMPTY as never[];
}

/** `list`, or the shared empty list when it is empty: for lists kept inside a memo's value. */
export function compactList<T>(list: T[]): T[] {
  return list.length === 0 ? (EMPTY as never[]) : list;
}

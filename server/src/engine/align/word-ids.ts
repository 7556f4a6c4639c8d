// The words the aligner compares (fact keys, Latin words and names, word stems) as small numbers,
// each set of them a sorted array. A Set of strings per block and per section, with its own copy
// of every stem, held a large share of the server's memory with three 1 MB versions open; a sorted
// array of numbers costs 8 bytes a word, and two of them are compared in one pass.
// The registry keeps every word once for the life of the process: a language has some tens of
// thousands of the words and stems it keeps.

/** Word ids in ascending order, each once. */
export type WordIds = readonly number[];

const ids = new Map<string, number>();
const words: string[] = [];

/** The one empty list (most blocks name nothing in Latin letters). */
export const NO_IDS: WordIds = Object.freeze([]);

export function wordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = words.length;
    ids.set(word, id);
    words.push(word);
  }
  return id;
}

export function wordOf(id: number): string {
  return words[id]!;
}

/** The ids of `list`, in order of first occurrence (the order a Set of them would keep). */
export function idsInOrder(list: Iterable<string>): number[] {
  const seen = new Set<number>();
  for (const word of list) seen.add(wordId(word));
  return [...seen];
}

/** The ids of these words, sorted. */
export function wordIds(list: Iterable<string>): WordIds {
  return sortedIds(idsInOrder(list));
}

/** The ids sorted, each once (the input may be reordered). */
export function sortedIds(list: number[]): WordIds {
  if (list.length === 0) return NO_IDS;
  list.sort((x, y) => x - y);
  let n = 1;
  for (let i = 1; i < list.length; i++) if (list[i] !== list[n - 1]) list[n++] = list[i]!;
  list.length = n;
  // A copy holds no slack left by sorting and dropping repeats.
  return list.slice();
}

/** The union of two sorted lists, in one pass; one of them when the other adds nothing. */
export function unionIds(a: WordIds, b: WordIds): WordIds {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out.length === a.length ? a : out.length === b.length ? b : out;
}

export function hasId(list: WordIds, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How many ids two lists share. */
export function sharedCount(a: WordIds, b: WordIds): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

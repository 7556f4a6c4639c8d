// How well two stretches of text in two languages correspond: what they share that no translation
// changes (numbers, dates, e-mails, names in Latin letters, Kazakh–Russian loanwords, the cognates
// of English in German or French), and whether their lengths fit the usual ratio between the two
// versions. Numbering and section kinds are
// scored where sections and clauses are aligned (see sections.ts and clauses.ts).
import { hasId, NO_IDS, sharedCount, unionIds, wordOf, type WordIds } from './word-ids.js';

export interface Bag {
  letters: number;
  /** Fact keys ("type:key"), names, lower-case Latin words and stems, as word ids (word-ids.ts). */
  keys: WordIds;
  names: WordIds;
  latin: WordIds;
  stems: WordIds;
  /**
   * The stems in the order of the text, kept only when they mix Cyrillic stems and cognates: the
   * two weigh differently, and their sum is made in that order so that it is the same to the bit.
   */
  stemOrder?: readonly number[];
}

/** Joins the bags of several clauses that one side splits where the other does not. */
export function mergeBags(bags: readonly Bag[]): Bag {
  if (bags.length === 1) return bags[0]!;
  let letters = 0;
  let keys = NO_IDS;
  let names = NO_IDS;
  let latin = NO_IDS;
  let stems = NO_IDS;
  let cyrillicStems = false;
  let cognateStems = false;
  let mixed = false;
  for (const b of bags) {
    letters += b.letters;
    keys = unionIds(keys, b.keys);
    names = unionIds(names, b.names);
    latin = unionIds(latin, b.latin);
    stems = unionIds(stems, b.stems);
    if (b.stemOrder) mixed = true;
    else if (b.stems.length > 0) {
      if (isCognate(b.stems[0]!)) cognateStems = true;
      else cyrillicStems = true;
    }
  }
  const merged: Bag = { letters, keys, names, latin, stems };
  // Each bag's stems of one weight may come in any order; those of a mixed bag in the text's.
  if (mixed || (cyrillicStems && cognateStems))
    merged.stemOrder = firstOccurrences(bags.flatMap((b) => b.stemOrder ?? b.stems));
  return merged;
}

/** Whether stems of both weights are among these. */
export function mixesStems(stems: WordIds): boolean {
  let cognates = 0;
  for (const s of stems) if (isCognate(s)) cognates++;
  return cognates > 0 && cognates < stems.length;
}

function firstOccurrences(list: readonly number[]): number[] {
  return [...new Set(list)];
}

/** Stems of words in Latin letters ("l:ident"), which weigh more than Cyrillic ones. */
const cognates: Array<boolean | undefined> = [];
function isCognate(id: number): boolean {
  return (cognates[id] ??= wordOf(id).startsWith('l:'));
}

/** The type of a fact key ("phone:+77015401802" → "phone"), by the key's id. */
const types: Array<string | undefined> = [];
function typeOf(id: number): string {
  if (types[id] === undefined) {
    const key = wordOf(id);
    types[id] = key.slice(0, key.indexOf(':'));
  }
  return types[id];
}

/**
 * Shared anchors count for; an anchor only one side has counts a little against — unless the other
 * side has an anchor of the same type that differs (a changed phone number still says "this is
 * the contacts paragraph"); capped.
 */
export function anchorScore(a: Bag, b: Bag, stemPair: boolean, cap = 6): number {
  let shared = 0;
  let unshared = 0;
  if (a.keys.length > 0 || b.keys.length > 0) {
    const typesA = new Set<string>();
    const typesB = new Set<string>();
    for (const k of a.keys) {
      if (hasId(b.keys, k)) shared++;
      else typesA.add(typeOf(k));
    }
    for (const k of b.keys) if (!hasId(a.keys, k)) typesB.add(typeOf(k));
    for (const k of a.keys) if (!hasId(b.keys, k) && !typesB.has(typeOf(k))) unshared++;
    for (const k of b.keys) if (!hasId(a.keys, k) && !typesA.has(typeOf(k))) unshared++;
  }
  let names = 0;
  let lonelyNames = 0;
  for (const n of a.names) {
    if (hasId(a.latin, n) && hasId(b.latin, n)) names++;
    else lonelyNames++;
  }
  for (const n of b.names) {
    if (hasId(a.names, n)) continue;
    if (hasId(a.latin, n) && hasId(b.latin, n)) names++;
    else lonelyNames++;
  }
  // A cognate ("l:" stems, a language in Latin letters against English) says more than a shared
  // Cyrillic stem, which Kazakh and Russian share in many everyday words.
  let stems = 0;
  if (stemPair) {
    if (a.stemOrder) {
      for (const s of a.stemOrder) if (hasId(b.stems, s)) stems += isCognate(s) ? 0.6 : 0.3;
    } else if (a.stems.length > 0) {
      // Stems of one weight: their order does not change the sum.
      const weight = isCognate(a.stems[0]!) ? 0.6 : 0.3;
      for (let k = sharedCount(a.stems, b.stems); k > 0; k--) stems += weight;
    }
  }
  const score = 1.5 * shared - 0.5 * unshared + names - 0.3 * lonelyNames + Math.min(2, stems);
  return Math.min(cap, score);
}

/**
 * Lengths in letters fit when b ≈ ratio × a (the ratio of the two versions' total lengths):
 * +1.5 for a perfect fit, 0 when one is about 1.65 times what the other should be.
 */
export function lengthScore(a: number, b: number, ratio: number): number {
  const fit = Math.abs(Math.log((b + 15) / (ratio * (a + 15))));
  return Math.max(-4, 1.5 - 3 * fit);
}

/** What two bags share at all (to tell a weak pairing from a grounded one). */
export function sharedAnchors(a: Bag, b: Bag): number {
  return sharedCount(a.keys, b.keys) + sharedCount(a.names, b.latin);
}

// How well two stretches of text in two languages correspond: what they share that no translation
// changes (numbers, dates, e-mails, names in Latin letters, Kazakh–Russian loanwords, the cognates
// of English in German or French), and whether their lengths fit the usual ratio between the two
// versions. Numbering and section kinds are
// scored where sections and clauses are aligned (see sections.ts and clauses.ts).

export interface Bag {
  letters: number;
  keys: ReadonlySet<string>;
  names: ReadonlySet<string>;
  latin: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

/** Joins the bags of several clauses that one side splits where the other does not. */
export function mergeBags(bags: readonly Bag[]): Bag {
  if (bags.length === 1) return bags[0]!;
  const out = {
    letters: 0,
    keys: new Set<string>(),
    names: new Set<string>(),
    latin: new Set<string>(),
    stems: new Set<string>(),
  };
  for (const b of bags) {
    out.letters += b.letters;
    for (const k of b.keys) out.keys.add(k);
    for (const n of b.names) out.names.add(n);
    for (const w of b.latin) out.latin.add(w);
    for (const s of b.stems) out.stems.add(s);
  }
  return out;
}

/** The type of a fact key ("phone:+77015401802" → "phone"). */
function typeOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/**
 * Shared anchors count for; an anchor only one side has counts a little against — unless the other
 * side has an anchor of the same type that differs (a changed phone number still says "this is
 * the contacts paragraph"); capped.
 */
export function anchorScore(a: Bag, b: Bag, stemPair: boolean, cap = 6): number {
  let shared = 0;
  let unshared = 0;
  if (a.keys.size > 0 || b.keys.size > 0) {
    const typesA = new Set<string>();
    const typesB = new Set<string>();
    for (const k of a.keys) {
      if (b.keys.has(k)) shared++;
      else typesA.add(typeOf(k));
    }
    for (const k of b.keys) if (!a.keys.has(k)) typesB.add(typeOf(k));
    for (const k of a.keys) if (!b.keys.has(k) && !typesB.has(typeOf(k))) unshared++;
    for (const k of b.keys) if (!a.keys.has(k) && !typesA.has(typeOf(k))) unshared++;
  }
  let names = 0;
  let lonelyNames = 0;
  const seen = new Set<string>();
  for (const set of [a.names, b.names]) {
    for (const n of set) {
      if (seen.has(n)) continue;
      seen.add(n);
      if (a.latin.has(n) && b.latin.has(n)) names++;
      else lonelyNames++;
    }
  }
  // A cognate ("l:" stems, a language in Latin letters against English) says more than a shared
  // Cyrillic stem, which Kazakh and Russian share in many everyday words.
  let stems = 0;
  if (stemPair) for (const s of a.stems) if (b.stems.has(s)) stems += s.startsWith('l:') ? 0.6 : 0.3;
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
  let shared = 0;
  for (const k of a.keys) if (b.keys.has(k)) shared++;
  for (const n of a.names) if (b.latin.has(n)) shared++;
  return shared;
}

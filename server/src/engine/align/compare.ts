// Compares the facts of two aligned clauses: what one states and the other states differently.
// Facts are compared by meaning (their keys), so "+7 701 540 18 02" and "8 (701) 540-18-02", or
// «5 лет» and "five (5) years", are the same. A fact differs only when both sides state a fact of
// that type that the other lacks ("+7 … 02" against "+7 … 03"); a fact only one side states
// is a difference of its own only for contacts and citations, and only when the other version
// states it nowhere at all (a translation may write "ten" for "10", or put a sentence elsewhere).
import type { Block } from '../model/document.js';
import { blockFacts, type Fact, type FactType } from '../extract/anchors.js';
import { citationKey } from '../extract/anchors/identifiers.js';
import { citedLaws } from '../extract/laws/citations.js';
import { coreId, memoOn } from './identity.js';
import { addressPart, districtParts, namedIn } from './address-parts.js';

export interface FactRef {
  fact: Fact;
  block: Block;
}

export interface FactDifference {
  type: FactType;
  a: FactRef;
  b: FactRef;
  /** One fact of the type differs on each side: the pairing is certain. */
  sure: boolean;
}

export interface FactComparison {
  differs: FactDifference[];
  /** Facts only side a states (contacts and citations), and only side b. */
  onlyA: FactRef[];
  onlyB: FactRef[];
}

const ORDER: FactType[] = ['date', 'period', 'phone', 'email', 'url', 'citation', 'number'];
const ONE_SIDED: ReadonlySet<FactType> = new Set(['phone', 'email', 'url', 'citation']);

function collect(blocks: readonly Block[]): FactRef[] {
  const out: FactRef[] = [];
  for (const block of blocks) for (const fact of blockFacts(block)) out.push({ fact, block });
  return out;
}

/** Periods compare by length of time: 1 year = 12 months, 2 weeks = 14 days. */
export function comparableKey(fact: Fact): string {
  if (fact.type !== 'period' || !fact.duration) return fact.key;
  const { value, unit } = fact.duration;
  if (unit === 'year') return `${value * 12} month`;
  if (unit === 'week') return `${value * 7} day`;
  if (unit === 'calendarDay') return `${value} day`;
  // "24 hours" is a day; «в течение суток», "within one day".
  if (unit === 'hour' && value % 24 === 0) return `${value / 24} day`;
  return `${value} ${unit}`;
}

/** Every number a side states, however (in digits, in words, inside a date, a period or a citation), and how often. */
function numbersStated(refs: FactRef[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (n: string): void => void out.set(n, (out.get(n) ?? 0) + 1);
  for (const { fact } of refs) {
    if (fact.type === 'number') add(fact.key);
    else if (fact.type === 'period' && fact.duration) add(String(fact.duration.value));
    else if (fact.type === 'date' && fact.date)
      for (const n of [fact.date.day, fact.date.month, fact.date.year]) add(String(n));
    else if (fact.type === 'citation' || fact.type === 'phone') for (const n of fact.key.match(/\d+/g) ?? []) add(n);
  }
  return out;
}

/** How often each key occurs. */
function counts(refs: FactRef[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of refs) out.set(comparableKey(r.fact), (out.get(comparableKey(r.fact)) ?? 0) + 1);
  return out;
}

/**
 * The facts of one side that the other does not match, compared as counts per value: a value
 * stated twice on one side and once on the other leaves one over ("30 … 30" against "37 … 30").
 */
function leftOver(
  refs: FactRef[],
  other: Map<string, number>,
  keyOf: (r: FactRef) => string = (r) => comparableKey(r.fact),
): FactRef[] {
  const left = new Map(other);
  return refs.filter((r) => {
    const n = left.get(keyOf(r)) ?? 0;
    if (n > 0) left.set(keyOf(r), n - 1);
    return n === 0;
  });
}

interface Stored {
  fact: Fact;
  /** Index of the block in the list compared. */
  block: number;
}
interface StoredComparison {
  differs: Array<{ type: FactType; a: Stored; b: Stored; sure: boolean }>;
  onlyA: Stored[];
  onlyB: Stored[];
}

/**
 * @param names whether to compare the spelling of names: not with a version in a language pplint
 *   does not read, whose own spelling of places and names ("Hambourg", "Francfort") is no misspelling
 * @param present whether a key of the given type occurs anywhere in the other version (for facts
 *   only one side states)
 */
export function compareFacts(
  aBlocks: readonly Block[],
  bBlocks: readonly Block[],
  present: { inA: (key: string) => boolean; inB: (key: string) => boolean },
  names = true,
): FactComparison {
  // The comparison depends on the two texts only: remembered with the first block while they stay.
  const key = `facts|${aBlocks.map(coreId).join('.')}|${bBlocks.map(coreId).join('.')}|${names}`;
  const stored = memoOn(aBlocks[0], key, () => store(compare(aBlocks, bBlocks, names), aBlocks, bBlocks));
  const ref = (s: Stored, blocks: readonly Block[]): FactRef => ({ fact: s.fact, block: blocks[s.block]! });
  return {
    differs: stored.differs.map((d) => ({ type: d.type, a: ref(d.a, aBlocks), b: ref(d.b, bBlocks), sure: d.sure })),
    onlyA: stored.onlyA.filter((s) => !present.inB(`${s.fact.type}:${s.fact.key}`)).map((s) => ref(s, aBlocks)),
    onlyB: stored.onlyB.filter((s) => !present.inA(`${s.fact.type}:${s.fact.key}`)).map((s) => ref(s, bBlocks)),
  };
}

function store(c: FactComparison, aBlocks: readonly Block[], bBlocks: readonly Block[]): StoredComparison {
  const s = (r: FactRef, blocks: readonly Block[]): Stored => ({ fact: r.fact, block: blocks.indexOf(r.block) });
  return {
    differs: c.differs.map((d) => ({ type: d.type, a: s(d.a, aBlocks), b: s(d.b, bBlocks), sure: d.sure })),
    onlyA: c.onlyA.map((r) => s(r, aBlocks)),
    onlyB: c.onlyB.map((r) => s(r, bBlocks)),
  };
}

/** Differences, and every contact or citation only one side states (not yet checked against the whole versions). */
function compare(aBlocks: readonly Block[], bBlocks: readonly Block[], names: boolean): FactComparison {
  const as = collect(aBlocks);
  const bs = collect(bBlocks);
  const result: FactComparison = { differs: [], onlyA: [], onlyB: [] };
  const numbersA = numbersStated(as);
  const numbersB = numbersStated(bs);
  const spare: Partial<Record<'period' | 'number', { a: FactRef[]; b: FactRef[] }>> = {};
  for (const type of ORDER) {
    const ta = as.filter((r) => r.fact.type === type && !r.fact.weak);
    const tb = bs.filter((r) => r.fact.type === type && !r.fact.weak);
    if (ta.length === 0 && tb.length === 0) continue;
    // A number may be written inside another fact, or in words, on the other side.
    const byKey = (r: FactRef): string => comparableKey(r.fact);
    const onlyA = unique(type === 'number' ? leftOver(ta, numbersB, byKey) : leftOver(ta, counts(tb)));
    const onlyB = unique(type === 'number' ? leftOver(tb, numbersA, byKey) : leftOver(tb, counts(ta)));
    if (type === 'period' || type === 'number') spare[type] = { a: onlyA, b: onlyB };
    if (onlyA.length > 0 && onlyB.length > 0) {
      const n = Math.min(onlyA.length, onlyB.length);
      const sure = onlyA.length === 1 && onlyB.length === 1;
      for (let i = 0; i < n; i++) result.differs.push({ type, a: onlyA[i]!, b: onlyB[i]!, sure });
      continue;
    }
    if (!ONE_SIDED.has(type)) continue;
    // A link only one version has may be a page of its own in each language: no finding alone,
    // unless its words show an address the other version's link points to (it was redirected).
    result.onlyA.push(
      ...onlyA.filter(
        (r) => redirected(r, bs) || (!r.fact.link && !ordinal(r.fact) && !writtenAnyway(r.fact, bBlocks)),
      ),
    );
    result.onlyB.push(
      ...onlyB.filter(
        (r) => redirected(r, as) || (!r.fact.link && !ordinal(r.fact) && !writtenAnyway(r.fact, aBlocks)),
      ),
    );
  }
  periodAgainstNumber(spare.period, spare.number, { a: numbersA, b: numbersB }, result);
  result.differs = result.differs.flatMap((d) => (d.type === 'number' ? houseNumbers(d, aBlocks, bBlocks) : [d]));
  if (names) pairNames(as, bs, aBlocks, bBlocks, result);
  return result;
}

/**
 * A changed number that is the house number of a street the other version does not name: the
 * addresses differ where both numbers stand in one (shown as the two parts of the addresses),
 * else the part is added text and no number changed.
 */
function houseNumbers(d: FactDifference, aBlocks: readonly Block[], bBlocks: readonly Block[]): FactDifference[] {
  const pa = addressPart(d.a.block, d.a.fact.start, d.a.fact.end);
  const pb = addressPart(d.b.block, d.b.fact.start, d.b.fact.end);
  const strayA = pa !== null && pa.names.length > 0 && !namedIn(pa, bBlocks);
  const strayB = pb !== null && pb.names.length > 0 && !namedIn(pb, aBlocks);
  if (!strayA && !strayB) return [d];
  const part = (r: FactRef, p: { start: number; end: number }): FactRef => ({
    block: r.block,
    fact: { type: 'address', key: r.block.text.slice(p.start, p.end), start: p.start, end: p.end },
  });
  if (!pa || !pb) {
    // One side writes no street («массив …, 1»): the same building, unless the districts differ too.
    const parts = districtParts(
      { block: d.a.block, start: d.a.fact.start, end: d.a.fact.end },
      { block: d.b.block, start: d.b.fact.start, end: d.b.fact.end },
      aBlocks,
      bBlocks,
    );
    return parts ? [{ type: 'address', a: part(d.a, parts.a), b: part(d.b, parts.b), sure: false }] : [];
  }
  return [{ type: 'address', a: part(d.a, pa), b: part(d.b, pb), sure: false }];
}

/**
 * One side's lone period left over against the other side's lone number: «не достигших 18 лет»
 * and "under 25" state one value, the number of years, written once with its unit and once without
 * (as a version pplint does not read writes every period). Periods whose value the other side
 * states anyway are no difference.
 */
function periodAgainstNumber(
  period: { a: FactRef[]; b: FactRef[] } | undefined,
  number: { a: FactRef[]; b: FactRef[] } | undefined,
  numbers: { a: Map<string, number>; b: Map<string, number> },
  result: FactComparison,
): void {
  if (!period || !number) return;
  const open = (list: FactRef[], other: Map<string, number>): FactRef[] =>
    list.filter((r) => r.fact.duration && !other.has(String(r.fact.duration.value)));
  const pa = open(period.a, numbers.b);
  const pb = open(period.b, numbers.a);
  const pairs: Array<[FactRef[], FactRef[], FactRef[], FactRef[]]> = [
    [pa, number.b, pb, number.a],
    [number.a, pb, number.b, pa],
  ];
  for (const [x, y, restB, restA] of pairs) {
    if (x.length !== 1 || y.length !== 1 || restB.length > 0 || restA.length > 0) continue;
    result.differs.push({ type: 'number', a: x[0]!, b: y[0]!, sure: false });
  }
}

/**
 * Two link targets on one site, one of them its home page: the same words lead the reader to the
 * same organisation, one version to a page of its site and the other to its front door (a credit
 * "[the Norma bureau](…)", a translator linking the site rather than the page). Only links: an
 * address the text writes out is a stated fact. Which side links the home page, if one does.
 */
export function homePageOfSameSite(a: Fact, b: Fact): 'a' | 'b' | null {
  if (a.type !== 'url' || b.type !== 'url' || !a.link || !b.link) return null;
  const host = (key: string): string => key.split(/[/?]/)[0]!;
  if (host(a.key) !== host(b.key)) return null;
  if (host(a.key) === a.key && host(b.key) !== b.key) return 'a';
  if (host(b.key) === b.key && host(a.key) !== a.key) return 'b';
  return null;
}

/** A link whose words show one address and whose target is another, where the other side shows and links that address. */
function redirected(r: FactRef, other: FactRef[]): boolean {
  const shown = r.fact.words;
  return shown !== undefined && other.some((o) => o.fact.type === 'url' && !o.fact.words && o.fact.key === shown);
}

/**
 * "No. 1" alone, one or two digits after the number sign: the label of a court district, an annex or
 * a list item more often than a document's number. One version naming it in a detail the other
 * leaves out is no contradiction of facts (two different such numbers still are).
 */
function ordinal(fact: Fact): boolean {
  return fact.type === 'citation' && /^\d{1,2}$/.test(fact.key);
}

/**
 * Whether the other side writes the fact in a way not read as one: a phone number in its local
 * form ("(727) 350-41-86"), an address inside a longer one, a citation without its number sign or
 * by the law's official title instead of its number.
 */
function writtenAnyway(fact: Fact, blocks: readonly Block[]): boolean {
  const text = blocks.map((b) => b.text).join('\n');
  if (fact.type === 'phone') return text.replace(/\D/g, '').includes(fact.key.replace(/\D/g, '').slice(-10));
  if (fact.type === 'url') return text.toLowerCase().includes(fact.key.split('/')[0]!);
  if (fact.type === 'citation')
    return (
      text.toUpperCase().replace(/\s+/g, '').includes(fact.key.replace(/\s+/g, '')) ||
      // The same law cited by its official title and date instead of its number.
      blocks.some((b) => citedLaws(b).some((c) => c.law.numbers.some((n) => citationKey(n) === fact.key)))
    );
  return false;
}

function unique(refs: FactRef[]): FactRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = comparableKey(r.fact);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface LatinWord {
  key: string;
  ref: FactRef;
  /** A name: any Latin word in Cyrillic text, a capitalised one in English text. */
  name: boolean;
}

/** The Latin words of some blocks (outside e-mails and web addresses). */
function latinWords(refs: FactRef[], blocks: readonly Block[]): LatinWord[] {
  const out: LatinWord[] = [];
  for (const block of blocks) {
    const cyrillic =
      (block.text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (block.text.match(/[A-Za-z]/g)?.length ?? 0);
    const hidden = refs.filter(
      (r) => r.block === block && (r.fact.type === 'url' || r.fact.type === 'email') && !r.fact.link,
    );
    for (const m of block.text.matchAll(/(?<![\p{L}\p{N}])[A-Za-z][A-Za-z0-9&'’-]*[A-Za-z0-9]/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hidden.some((h) => start < h.fact.end && h.fact.start < end)) continue;
      // A name is capitalised: in English text inside a sentence ("Apply" opening one is a word);
      // in Cyrillic text a lower-case Latin word is a term («файлы cookie», e-mail), not a name.
      const name = /^[A-Z]/.test(m[0]) && (cyrillic || !opensSentence(block.text, start));
      out.push({
        key: m[0].toLowerCase(),
        ref: { fact: { type: 'name', key: m[0].toLowerCase(), start, end }, block },
        name,
      });
    }
  }
  return out;
}

/** A name spelt differently in the two clauses ("Dala Pey" for "Dala Pay"); names only one side has say nothing. */
function pairNames(
  as: FactRef[],
  bs: FactRef[],
  aBlocks: readonly Block[],
  bBlocks: readonly Block[],
  result: FactComparison,
): void {
  const wa = latinWords(as, aBlocks);
  const wb = latinWords(bs, bBlocks);
  const keysA = new Set(wa.map((w) => w.key));
  const keysB = new Set(wb.map((w) => w.key));
  const seen = new Set<string>();
  for (const a of wa) {
    if (!a.name || keysB.has(a.key)) continue;
    const b = wb.find((w) => w.name && !keysA.has(w.key) && nearSpelling(a.key, w.key));
    if (!b || seen.has(`${a.key}/${b.key}`)) continue;
    seen.add(`${a.key}/${b.key}`);
    result.differs.push({ type: 'name', a: a.ref, b: b.ref, sure: true });
  }
}

/** A name without an English possessive or plural ending: "initiative's", "captchas" → "initiative", "captcha". */
function nameStem(word: string): string {
  return word.replace(/['’]s?$/, '').replace(/(?<=[^s])s$/, '');
}

/** Two spellings of one name: one or two letters apart, in words long enough to tell, and not one name inflected. */
export function nearSpelling(x: string, y: string): boolean {
  if (
    x === y ||
    nameStem(x) === nameStem(y) ||
    Math.min(x.length, y.length) < 4 ||
    Math.abs(x.length - y.length) > 2 ||
    x[0] !== y[0]
  )
    return false;
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1);
}

function editDistance(x: string, y: string): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:;]$/.test(before) || /^\d+(?:\.\d+)*\.?$/.test(before);
}

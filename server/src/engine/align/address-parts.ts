// A number inside a street address ("Abay St., 10") is a house number: it is compared with the
// other version's only where the street it belongs to is there too. A part of an address that one
// version has and the other lacks, or names another street, is added or changed text; its house
// number is not a "changed number" of a street the other version names.
import type { Block } from '../model/document.js';
import { findStreets } from '../extract/requirements/facts.js';
import { toLatin } from '../extract/anchors/identifiers.js';
import { lexicon } from '../extract/vocabulary/lexicon.js';

export interface AddressPart {
  /** The part of the address the number belongs to, from the comma or line before it. */
  start: number;
  end: number;
  /** The names of the part (words of four letters or more), in Latin letters. */
  names: string[];
}

const WORD = /\p{L}{4,}/gu;
/** Names compare by their first letters in Latin: «Абая» and "Abay", «Желтоксан» and "Zheltoksan". */
const PREFIX = 4;

let streetWords: ReadonlySet<string> | undefined;
/** "Street", «улица», «кеңсе»: the words of every address, which name no street. */
function isStreetWord(word: string): boolean {
  streetWords ??= new Set(
    ['contact-street', 'contact-street-name-end'].flatMap((f) =>
      lexicon()
        .phrases(f)
        .map((p) => p.toLowerCase()),
    ),
  );
  return streetWords.has(word.toLowerCase());
}

function nameKey(word: string): string {
  return toLatin(word).toLowerCase().replace(/[yj]/g, 'i').slice(0, PREFIX);
}

/** The address part holding the text from `start` to `end` of the block, if it stands in a street address. */
export function addressPart(block: Block, start: number, end: number): AddressPart | null {
  // Asked only of numbers that differ: a scan of one block, rarely.
  const address = findStreets(block.text).find((f) => f.start <= start && end <= f.end);
  if (!address) return null;
  const text = block.text;
  let from = address.start;
  while (from > 0 && !/[,\n;:]/.test(text[from - 1]!)) from--;
  const part = text.slice(from, address.end);
  const names = [...part.matchAll(WORD)].filter((m) => !isStreetWord(m[0])).map((m) => nameKey(m[0]));
  return { start: from + (part.length - part.trimStart().length), end: address.end, names };
}

/** Whether another text names a street of the part (in any script). */
export function namedIn(part: AddressPart, blocks: readonly Block[]): boolean {
  const keys = new Set(blocks.flatMap((b) => [...b.text.matchAll(WORD)].map((m) => nameKey(m[0]))));
  return part.names.some((n) => keys.has(n));
}

/** A district an address names («Алмалинский район», "Almaly district", «Алмалы ауданы»), by the name before the word. */
interface District {
  start: number;
  key: string;
}

const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)[\s\u00a0]+$/u;

/** A district's name across scripts and spellings: in Latin, «Есильский» and "Yesil" alike ("esil"). */
function districtKey(name: string): string {
  return toLatin(name)
    .toLowerCase()
    .replace(/[yj]/g, 'i')
    .replace(/[^a-z]/g, '')
    .replace(/^i(?=[aeiou])/, '')
    .slice(0, PREFIX);
}

function districtsOf(block: Block): District[] {
  const out: District[] = [];
  for (const m of lexicon().find('contact-district', block.text)) {
    const name = NAME_BEFORE.exec(block.text.slice(Math.max(0, m.start - 40), m.start));
    if (name) out.push({ start: m.start - name[0].length, key: districtKey(name[1]!) });
  }
  return out;
}

/** The district named before a number on its line, in the same address (no sentence ends between). */
function districtBefore(block: Block, at: number): District | null {
  const line = block.text.slice(0, at);
  const from = Math.max(line.lastIndexOf('\n'), line.search(/[.;!?][\s\u00a0]+[^\n]*$/u)) + 1;
  return districtsOf(block).findLast((d) => d.start >= from && d.start < at) ?? null;
}

/**
 * Where two house numbers that differ stand after districts of different names, neither named on
 * the other side («Мирзо-Улугбекский район, …, 1» and "Mirabad district, …, 6"): the address
 * changed, whatever each version calls the street or the residential area. The parts run from
 * the district to the number; null where either side names no district before its number.
 */
export function districtParts(
  a: { block: Block; start: number; end: number },
  b: { block: Block; start: number; end: number },
  aBlocks: readonly Block[],
  bBlocks: readonly Block[],
): { a: { start: number; end: number }; b: { start: number; end: number } } | null {
  const da = districtBefore(a.block, a.start);
  const db = districtBefore(b.block, b.start);
  if (!da || !db) return null;
  const keys = (blocks: readonly Block[]) => new Set(blocks.flatMap((x) => districtsOf(x).map((d) => d.key)));
  if (keys(bBlocks).has(da.key) || keys(aBlocks).has(db.key)) return null;
  return { a: { start: da.start, end: a.end }, b: { start: db.start, end: b.end } };
}

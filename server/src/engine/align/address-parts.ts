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

// Clause numbers: "4.", "4.1.", "4.1.1.", "4.1", "4)" at the start of a heading or paragraph,
// and the items of ordered Markdown lists. The number is what aligns a clause with its
// counterpart in another language version, so it is read strictly: "5 years" is not clause 5.

export interface ClauseNumber {
  /** Normalised, without the trailing dot: "4.1". */
  label: string;
  parts: number[];
  /** Where the number stands in the block's text: [0, end). */
  textEnd: number;
}

// A multi-level number may end in a dot or not ("4.1 Text", "4.1. Text", "4.1.Text"); a single
// level needs its dot or parenthesis ("4. Text", "4) Text").
const LEADING_NUMBER = /^[ \t]*(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)])(?=[ \t\u00a0]|\p{L}|$)/u;
const ROMAN = /^[ \t]*([IVXL]{1,6})\.(?=[ \t\u00a0])/;

export function parseLeadingNumber(text: string): ClauseNumber | null {
  const m = LEADING_NUMBER.exec(text);
  if (m) {
    const label = m[1]!.replace(/[.)]$/, '');
    return { label, parts: label.split('.').map(Number), textEnd: m[0].length };
  }
  const r = ROMAN.exec(text);
  if (r) {
    const value = romanValue(r[1]!);
    if (value > 0) return { label: String(value), parts: [value], textEnd: r[0].length };
  }
  return null;
}

/** The number of an ordered list item, from its marker ("4." → 4). */
export function numberFromMarker(marker: string | undefined): ClauseNumber | null {
  if (!marker) return null;
  const m = /^(\d{1,9})[.)]$/.exec(marker);
  return m ? { label: String(Number(m[1])), parts: [Number(m[1])], textEnd: 0 } : null;
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!]!;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

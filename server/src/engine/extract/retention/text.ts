// Small scans over a block's text that the retention readers share. Each runs in one pass
// (backward or forward), never as a regular expression anchored at the end of untrusted text.

const SPACE = /\s/u;

/** Index after the last character of [start, end) that is not in `chars` (or whitespace). */
export function trimEndIndex(text: string, start: number, end: number, chars = ''): number {
  while (end > start && (SPACE.test(text[end - 1]!) || chars.includes(text[end - 1]!))) end--;
  return end;
}

/** Index of the first character of [start, end) that is not in `chars` (or whitespace). */
export function trimStartIndex(text: string, start: number, end: number, chars = ''): number {
  while (start < end && (SPACE.test(text[start]!) || chars.includes(text[start]!))) start++;
  return start;
}

/** `text` without the given characters (and whitespace) at its end. */
export function trimEndChars(text: string, chars: string): string {
  return text.slice(0, trimEndIndex(text, 0, text.length, chars));
}

// A clause is rarely longer than this; looking further for its edge would cost a scan per word.
const CLAUSE_REACH = 300;

/** Where the clause that holds `at` begins: after the last comma, semicolon, colon or bracket before it. */
export function clauseStart(text: string, from: number, at: number): number {
  const limit = Math.max(from, at - CLAUSE_REACH);
  for (let i = at - 1; i >= limit; i--) if (';:,('.includes(text[i]!)) return i + 1;
  return limit;
}

/** The first clause break (comma, semicolon, colon, or a full stop before a space) in [from, to), or -1. */
export function clauseBreak(text: string, from: number, to: number): number {
  to = Math.min(to, from + CLAUSE_REACH);
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === ',' || ch === ';' || ch === ':') return i;
    if (ch === '.' && (i + 1 >= text.length || SPACE.test(text[i + 1]!))) return i;
  }
  return -1;
}

/** Whether [from, to) holds any of the characters. */
export function holdsAny(text: string, from: number, to: number, chars: string): boolean {
  for (let i = from; i < to; i++) if (chars.includes(text[i]!)) return true;
  return false;
}

/**
 * How far apart two places are, in characters, not counting bracketed asides: in «уничтожить …
 * (если обработка … поручению Оператора) в срок, не превышающий тридцати дней» the deadline
 * stands next to the verb.
 */
export function distanceOutsideBrackets(text: string, from: number, to: number): number {
  let depth = 0;
  let count = 0;
  // An aside longer than a clause leaves the places far apart.
  if (to - from > 2 * CLAUSE_REACH) return to - from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) count++;
  }
  return count;
}

/** Counts the words (letters or digits) in a text. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const letter = /[\p{L}\p{N}]/u.test(ch);
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

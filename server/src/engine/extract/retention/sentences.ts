// Splits a block's text into sentences, so that a period is read together with the words that
// say what it is about. Abbreviations common in policies ("No.", "Art.", «ст.», «т.ч.», «г.»)
// do not end a sentence.
export interface SentenceSpan {
  start: number;
  end: number;
}

const END = /[.!?…]+["»”)]*(?=\s+[\p{Lu}\p{N}«"(\-–—•])|[.!?…]+["»”)]*\s*$|\n+/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:no|nos|art|arts|p|pp|para|sub|cl|sec|e\.g|i\.e|etc|mr|ms|dr|vs|ст|п|пп|подп|г|гг|т\.ч|т\.е|т\.д|т\.п|им|ул|д|стр|тел|бап|т|тт|р\.?к|ж)\.$/iu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    if (!m[0].startsWith('\n') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    push(spans, text, start, end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

// Whether a statement of an item rests on what the law asks of it (a profile item's `grounds`).
// "Our servers may be located outside Kazakhstan" names cross-border transfer without stating it:
// it does not say whether data go abroad and on what ground. Such a statement counts only with a
// ground beside it (words of the item's ground families anywhere in its section: "with the
// subject's consent", "a state that ensures the protection of personal data", "Art. 16"), or a
// plain "no" in its own sentence ("we do not transfer data abroad"). The section is read whole, so
// that a ground one paragraph away still counts: a claim is reported only when nothing near it
// could be its ground.
import type { Block, PolicyDocument, Section } from '../../model/document.js';
import type { ProfileItem } from '../../profiles/index.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import type { Evidence } from './evidence.js';
import { partitionPoint } from '../../model/search.js';

export interface Grounded {
  /** Whether this statement of the item rests on the item's grounds (true for an item without any). */
  counts(item: ProfileItem, evidence: Evidence): boolean;
  /** The words of a statement, as written, for a message. */
  quote(evidence: Evidence): string;
}

/** The block that holds an offset (blocks are in document order and do not overlap). */
function blockAt(doc: PolicyDocument, offset: number): Block | undefined {
  const block = doc.blocks[partitionPoint(doc.blocks, (b) => b.end <= offset)];
  return block && block.start <= offset ? block : undefined;
}

/** The text of a section with its subsections, block by block (Markdown marks left out). */
function sectionText(doc: PolicyDocument, section: Section): string {
  const texts: string[] = [];
  for (const block of doc.blocks) {
    if (block.start >= section.span.end) break;
    if (block.start >= section.span.start && block.type !== 'code' && block.type !== 'html') texts.push(block.text);
  }
  return texts.join('\n');
}

/** The longest a quoted sentence may be before it is cut around the words that were read. */
const MAX_QUOTE = 120;

/** The sentence (or line) that holds a span, without Markdown marks, shortened around the span. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  let to = end;
  while (to < text.length && text[to] !== '\n' && !/[.!?;]/.test(text[to]!)) to++;
  // The line's marks first, then emphasis anywhere ("**Label:**" at the start of a quote too).
  const clean = (s: string): string =>
    s
      .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/, '')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ');
  const sentence = clean(text.slice(from, to)).trim();
  if (sentence.length <= MAX_QUOTE) return sentence;
  const words = clean(text.slice(start, end)).trim();
  // Cut at spaces, so that no word is quoted in part.
  let at = Math.max(0, sentence.indexOf(words) - MAX_QUOTE / 3);
  if (at > 0) at = sentence.indexOf(' ', at - 1) + 1;
  let until = Math.min(sentence.length, at + MAX_QUOTE);
  if (until < sentence.length) until = Math.max(sentence.lastIndexOf(' ', until), at + words.length);
  const cut = sentence.slice(at, until).trim();
  return `${at > 0 ? '…' : ''}${cut}${until < sentence.length ? '…' : ''}`;
}

/** A test of each piece of evidence for the document, with the section texts it reads kept for the call's life. */
export function groundedIn(doc: PolicyDocument, words: Lexicon): Grounded {
  const sections = new Map<number, string>();
  const textOf = (index: number): string => {
    let text = sections.get(index);
    if (text === undefined) {
      const section = doc.sections[index];
      sections.set(index, (text = section ? sectionText(doc, section) : ''));
    }
    return text;
  };
  const any = (families: readonly string[] | undefined, text: string): boolean =>
    (families ?? []).some((f) => words.has(f) && words.test(f, text));
  return {
    counts(item, evidence) {
      const grounds = item.grounds;
      if (!grounds) return true;
      const section = textOf(evidence.section);
      if (any(grounds.families, section)) return true;
      // A heading's own sentence is its section; a clause's is its block.
      const own = evidence.via === 'heading' ? section : (blockAt(doc, evidence.span.start)?.text ?? '');
      return any(grounds.none, own);
    },
    quote: (evidence) => sentenceAround(doc.text, evidence.span.start, evidence.span.end),
  };
}

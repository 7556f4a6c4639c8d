// The sentences of a policy read for statements that may exclude each other (exclusive-statements.ts):
// where a statement stands, whether its sentence holds a negation, and the first phrase of a family.
import type { Block, PolicyDocument } from '../model/document.js';
import type { Lexicon } from './vocabulary/lexicon.js';
import { splitWords } from './vocabulary/phrases.js';
import { sentenceBounds } from './jurisdictions/sentences.js';

export interface Statement {
  block: Block;
  /** Indices into the block's text: the words of the denial or of the act. */
  start: number;
  end: number;
}

export interface Sentence {
  block: Block;
  start: number;
  text: string;
}

export function sentencesOf(doc: PolicyDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
    for (const [start, end] of sentenceBounds(block.text))
      out.push({ block, start, text: block.text.slice(start, end) });
  }
  return out;
}

export function negated(s: Sentence, vocabulary: Lexicon): boolean {
  if (vocabulary.test('negation-words', s.text)) return true;
  const infixes = vocabulary.phrases('negation-infixes');
  // Each distinct word once: a long paragraph repeats its words.
  for (const w of new Set(splitWords(s.text).words)) if (infixes.some((i) => w.includes(i))) return true;
  return false;
}

export function first(s: Sentence, family: string, vocabulary: Lexicon): Statement | null {
  const m = vocabulary.find(family, s.text)[0];
  return m ? { block: s.block, start: s.start + m.start, end: s.start + m.end } : null;
}

/** The sentence itself, without the space before it and the stop after it: the clause to quote. */
export function whole(s: Sentence): Statement {
  const lead = s.text.length - s.text.trimStart().length;
  const body = s.text.trim().replace(/[.;:!?]+$/u, '');
  return { block: s.block, start: s.start + lead, end: s.start + lead + body.length };
}

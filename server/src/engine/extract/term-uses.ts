// Where a defined term is used: the places an editor's Find References lists and from which Go to
// Definition jumps. A use is the term written with its capital letter, as a whole word; a Russian
// or Kazakh term also with its case endings («Оператором», «Пайдаланушының»). The first definition
// of a term is its definition. Uses are looked for on request: one term over the document (Find
// References), or every term over one block (what is under the cursor), so no request costs the
// number of terms times the number of blocks.
import type { Block, PolicyDocument } from '../model/document.js';
import type { Span } from '../types.js';
import { documentDefinitions, type Definition } from './definitions.js';
import type { Lexicon } from './vocabulary/lexicon.js';
import { partitionPoint } from '../model/search.js';

export interface DefinedTerm {
  name: string;
  definition: Definition;
  pattern: RegExp;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** The document's defined terms, each once (its first definition). */
export function definedTerms(doc: PolicyDocument, lex?: Lexicon): DefinedTerm[] {
  const key = `defined-terms/${lex?.id ?? 'base'}`;
  let terms = doc.facts.get(key) as DefinedTerm[] | undefined;
  if (terms) return terms;
  const seen = new Set<string>();
  terms = [];
  for (const definition of documentDefinitions(doc, lex)) {
    const name = definition.term.replace(/\s+/g, ' ').trim();
    if (name.length < 2 || seen.has(name.toLowerCase()) || !/^\p{Lu}/u.test(name)) continue;
    seen.add(name.toLowerCase());
    terms.push({ name, definition, pattern: usePattern(name) });
  }
  doc.facts.set(key, terms);
  return terms;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function usePattern(name: string): RegExp {
  const words = name.split(' ');
  const last = words.pop()!;
  // A Cyrillic word ends otherwise in its other cases: keep its stem and allow an ending
  // (Russian up to three letters, Kazakh up to six: «-ларының»). The stem is cut before escaping,
  // so that a term ending in a sign («Сервис{») never leaves half an escape behind.
  const tail =
    CYRILLIC.test(last) && last.length >= 5 ? `${escape(last.slice(0, -1))}\\p{L}{0,6}` : `${escape(last)}(?:s|'s|’s)?`;
  return new RegExp(`(?<![\\p{L}\\d])${[...words.map(escape), tail].join('[\\s\\u00a0]+')}(?![\\p{L}\\d])`, 'gu');
}

/** The uses of one term in one block. */
function usesIn(block: Block, term: DefinedTerm): Span[] {
  // A heading names a topic; it does not use the term.
  if (block.type !== 'paragraph' && block.type !== 'tableCell') return [];
  if (!block.text.includes(term.name.slice(0, 3))) return [];
  const out: Span[] = [];
  for (const m of block.text.matchAll(term.pattern)) {
    const span = block.sourceSpan(m.index, m.index + m[0].length);
    if (span.start !== term.definition.span.start) out.push(span);
  }
  return out;
}

/** Every use of a term, in document order. */
export function usesOf(doc: PolicyDocument, term: DefinedTerm): Span[] {
  return doc.blocks.flatMap((b) => usesIn(b, term));
}

/** The defined term at an offset, on its definition or on one of its uses, with the span there. */
export function termAt(doc: PolicyDocument, offset: number, lex?: Lexicon): { term: DefinedTerm; span: Span } | null {
  const within = (s: Span): boolean => s.start <= offset && offset <= s.end;
  const terms = definedTerms(doc, lex);
  const defined = terms.find((t) => within(t.definition.span));
  if (defined) return { term: defined, span: defined.definition.span };
  const block = blockAt(doc, offset);
  if (!block) return null;
  for (const term of terms) {
    const span = usesIn(block, term).find(within);
    if (span) return { term, span };
  }
  return null;
}

function blockAt(doc: PolicyDocument, offset: number): Block | null {
  const b = doc.blocks[partitionPoint(doc.blocks, (b) => b.end < offset)];
  return b && b.start <= offset ? b : null;
}

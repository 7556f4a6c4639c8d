// Where each defined term is used: the places an editor's Find References lists and from which Go
// to Definition jumps. A use is the term written with its capital letter, as a whole word; a
// Russian or Kazakh term also with its case endings («Оператором», «Пайдаланушының»). The first
// definition of a term is its definition. Computed once per document version.
import type { PolicyDocument } from '../model/document.js';
import type { Span } from '../types.js';
import { documentDefinitions, type Definition } from './definitions.js';
import type { Lexicon } from './vocabulary/lexicon.js';

export interface DefinedTerm {
  definition: Definition;
  /** Every use, the definition's own span excluded, in document order. */
  uses: Span[];
}

// Case endings of a Cyrillic term: Russian up to three letters, Kazakh up to six («-ларының»).
const CYRILLIC = /[\u0400-\u04ff]/;

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
    terms.push({ definition, uses: usesOf(doc, name, definition.span) });
  }
  doc.facts.set(key, terms);
  return terms;
}

function usesOf(doc: PolicyDocument, name: string, own: Span): Span[] {
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const last = words.pop()!;
  // A Cyrillic word may end otherwise in its other cases: keep its stem and allow an ending.
  const tail = CYRILLIC.test(last) && last.length >= 5 ? `${last.slice(0, -1)}\\p{L}{0,6}` : `${last}(?:s|'s|’s)?`;
  const pattern = new RegExp(`(?<![\\p{L}\\d])${[...words, tail].join('[\\s\\u00a0]+')}(?![\\p{L}\\d])`, 'gu');
  const uses: Span[] = [];
  for (const block of doc.blocks) {
    // A heading names a topic; it does not use the term.
    if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
    if (!block.text.includes(name.slice(0, 3))) continue;
    for (const m of block.text.matchAll(pattern)) {
      const span = block.sourceSpan(m.index, m.index + m[0].length);
      if (span.start === own.start) continue;
      uses.push(span);
    }
  }
  return uses;
}

/** The defined term at an offset: on its definition or on one of its uses. */
export function termAt(doc: PolicyDocument, offset: number, lex?: Lexicon): DefinedTerm | null {
  const within = (s: Span): boolean => s.start <= offset && offset <= s.end;
  return definedTerms(doc, lex).find((t) => within(t.definition.span) || t.uses.some(within)) ?? null;
}

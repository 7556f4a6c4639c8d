// Navigation the editor offers over a policy's own structure: Go to Definition and Find References
// for defined terms, hover on a defined term, and links from a reference ("clause 4.7", «раздел
// «Контакты»») to its target. Plain spans; lsp/ turns them into LSP objects.
import type { PolicyDocument } from './model/document.js';
import type { ResolvedConfig } from './config/types.js';
import { prepare } from './extract/prepare.js';
import { definedTerms, termAt } from './extract/term-uses.js';
import { documentReferences } from './extract/references.js';
import { lexicon } from './extract/vocabulary/lexicon.js';
import { LineIndex } from './model/lines.js';
import { render } from './i18n/render.js';
import type { Explainer } from './explain.js';
import type { Span } from './types.js';

export interface TermPlaces {
  term: string;
  definition: Span;
  uses: Span[];
}

const lexiconOf = (config: ResolvedConfig) => lexicon(config.vocabulary as Record<string, unknown> | undefined);

/** The defined term at an offset, with its definition and every use; null elsewhere. */
export function termPlaces(doc: PolicyDocument, config: ResolvedConfig, offset: number): TermPlaces | null {
  prepare(doc, config);
  const term = termAt(doc, offset, lexiconOf(config));
  return term ? { term: term.definition.term, definition: term.definition.span, uses: term.uses } : null;
}

/** Every reference of the document that resolves, with the place it points at. */
export function referenceLinks(doc: PolicyDocument, config: ResolvedConfig): Array<{ span: Span; target: Span }> {
  prepare(doc, config);
  return documentReferences(doc, lexiconOf(config)).flatMap((r) => (r.target ? [{ span: r.span, target: r.target }] : []));
}

/** Hover on a defined term: where it is defined and what it stands for. */
export const termExplainer: Explainer = (doc, config, offset, lang) => {
  const places = termPlaces(doc, config, offset);
  if (!places) return null;
  const within = (s: Span): boolean => s.start <= offset && offset <= s.end;
  const span = within(places.definition) ? places.definition : places.uses.find(within)!;
  const term = definedTerms(doc, lexiconOf(config)).find((t) => t.definition.span === places.definition)!;
  const line = new LineIndex(doc.text).lineOf(places.definition.start) + 1;
  const meaning = term.definition.antecedent ?? term.definition.block.text.replace(/\s+/g, ' ').trim();
  const text = meaning.length > 200 ? `${meaning.slice(0, 200)}…` : meaning;
  return { span, lines: [render({ id: 'explain/defined-term', data: { term: places.term, line, text, uses: places.uses.length } }, lang)] };
};

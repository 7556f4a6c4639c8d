// Navigation the editor offers over a policy's own structure: Go to Definition and Find References
// for defined terms, hover on a defined term, and links from a reference ("clause 4.7", «раздел
// «Контакты»») to its target. Plain spans; lsp/ turns them into LSP objects.
import type { PolicyDocument } from './model/document.js';
import type { ResolvedConfig } from './config/types.js';
import { prepare } from './extract/prepare.js';
import { termAt, usesOf } from './extract/term-uses.js';
import { documentReferences } from './extract/references.js';
import { lexicon } from './extract/vocabulary/lexicon.js';
import { documentLines } from './model/lines.js';
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
  const found = termAt(doc, offset, lexiconOf(config));
  return found
    ? { term: found.term.name, definition: found.term.definition.span, uses: usesOf(doc, found.term) }
    : null;
}

/** Every reference of the document that resolves, with the place it points at. */
export function referenceLinks(doc: PolicyDocument, config: ResolvedConfig): Array<{ span: Span; target: Span }> {
  prepare(doc, config);
  return documentReferences(doc, lexiconOf(config)).flatMap((r) =>
    r.target ? [{ span: r.span, target: r.target }] : [],
  );
}

/** Hover on a defined term: where it is defined and what it stands for. */
export const termExplainer: Explainer = (doc, config, offset, lang) => {
  prepare(doc, config);
  const found = termAt(doc, offset, lexiconOf(config));
  if (!found) return null;
  const { definition } = found.term;
  const line = documentLines(doc).lineOf(definition.span.start) + 1;
  const meaning = definition.antecedent ?? definition.block.text.replace(/\s+/g, ' ').trim();
  const text = meaning.length > 200 ? `${meaning.slice(0, 200)}…` : meaning;
  const uses = usesOf(doc, found.term).length;
  return {
    span: found.span,
    lines: [render({ id: 'explain/defined-term', data: { term: found.term.name, line, text, uses } }, lang)],
  };
};

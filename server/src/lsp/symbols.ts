// The outline: each section, nested as in the document, labelled with what it is about in the
// interface language (never by the kinds' ids).
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { kindName, type Section } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

export function documentSymbols(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const root = analysis.doc.sections[0];
  const lang = analysis.settings.config.uiLanguage;
  if (!root) return [];
  const toSymbol = (section: Section): DocumentSymbol => {
    const heading = section.heading!;
    const name = heading.text.replace(/\s+/g, ' ').trim() || '…';
    return {
      name,
      detail: section.kinds.map((k) => kindName(k, lang)).join(' · '),
      kind: section.level <= 1 ? SymbolKind.Module : SymbolKind.String,
      range: toRange(document, section.span),
      selectionRange: toRange(document, { start: heading.start, end: heading.end }),
      children: section.children.map(toSymbol),
    };
  };
  return root.children.map(toSymbol);
}

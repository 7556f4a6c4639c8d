// Defined terms and references in the editor: Go to Definition and Find References on a defined
// term ("the Operator", «Пайдаланушы»), and document links from "clause 4.7", «пункт 6.3»,
// «раздел «Контакты»» to the place they point at. The engine finds the places; this turns them
// into LSP locations.
import type { DocumentLink, Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

export function definitionOf(
  document: TextDocument,
  position: Position,
  analysis: Analysis,
  engine: Engine,
): Location[] {
  if (!analysis.policy) return [];
  const places = engine.termPlaces(analysis.doc, analysis.settings.config, document.offsetAt(position));
  return places ? [{ uri: document.uri, range: toRange(document, places.definition) }] : [];
}

export function referencesOf(
  document: TextDocument,
  position: Position,
  includeDeclaration: boolean,
  analysis: Analysis,
  engine: Engine,
): Location[] {
  if (!analysis.policy) return [];
  const places = engine.termPlaces(analysis.doc, analysis.settings.config, document.offsetAt(position));
  if (!places) return [];
  const spans = includeDeclaration ? [places.definition, ...places.uses] : places.uses;
  return spans.map((span) => ({ uri: document.uri, range: toRange(document, span) }));
}

export function referenceLinks(document: TextDocument, analysis: Analysis, engine: Engine): DocumentLink[] {
  if (!analysis.policy) return [];
  return engine.referenceLinks(analysis.doc, analysis.settings.config).map(({ span, target }) => {
    const at = document.positionAt(target.start);
    // VS Code opens "file#L12,5" at line 12, column 5 (both counted from 1).
    return { range: toRange(document, span), target: `${document.uri}#L${at.line + 1},${at.character + 1}` };
  });
}

// Navigation between language versions: the counterpart of the clause under the cursor in each
// other version ("Go to Counterpart", "Open Language Versions Side by Side"), and a code lens over
// each section heading that names and links its counterparts.
import type { CodeLens, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Engine, type PolicyDocument } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

export const COUNTERPARTS_REQUEST = 'pplint/counterparts';
export const REVEAL_COMMAND = 'pplint.revealLocation';

export interface CounterpartLocation {
  uri: string;
  range: Range;
  lang: string | null;
  /** False when only the enclosing section has a counterpart. */
  exact: boolean;
  /** The counterpart's first line, to show in a list. */
  preview: string;
}

export function counterpartsAt(
  document: TextDocument,
  position: Position,
  analysis: Analysis,
  engine: Engine,
): CounterpartLocation[] {
  if (!analysis.policy) return [];
  const offset = document.offsetAt(position);
  return engine.counterparts(analysis.doc, offset, analysis.settings.config, analysis.group).map((c) => {
    const lines = linesOf(c.member.doc);
    const start = lines.position(c.span.start);
    return {
      uri: c.uri,
      range: { start, end: lines.position(c.span.end) },
      lang: c.member.lang,
      exact: c.exact,
      preview: lines
        .lineText(start.line)
        .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+)/, '')
        .slice(0, 120),
    };
  });
}

/** A lens over each section heading (down to the second level): its counterparts, one click away. */
export function counterpartLenses(document: TextDocument, analysis: Analysis, engine: Engine): CodeLens[] {
  if (!analysis.policy || (!analysis.group && analysis.doc.versions.length < 2)) return [];
  const lenses: CodeLens[] = [];
  for (const section of analysis.doc.sections) {
    if (!section.heading || section.level > 2) continue;
    const range = toRange(document, { start: section.heading.start, end: section.heading.end });
    for (const target of counterpartsAt(document, range.start, analysis, engine)) {
      if (!target.exact) continue;
      lenses.push({
        range,
        command: {
          title: `${(target.lang ?? '?').toUpperCase()}: ${target.preview}`,
          command: REVEAL_COMMAND,
          arguments: [target.uri, target.range],
        },
      });
    }
  }
  return lenses;
}

/** The line index of a document version, made once. */
function linesOf(doc: PolicyDocument): LineIndex {
  let lines = doc.facts.get('lsp/lines') as LineIndex | undefined;
  if (!lines) {
    lines = new LineIndex(doc.text);
    doc.facts.set('lsp/lines', lines);
  }
  return lines;
}

// Hover: what the engine understood at the mouse, in the interface language.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

export function hover(document: TextDocument, position: Position, analysis: Analysis, engine: Engine): Hover | null {
  if (!analysis.policy) return null;
  const config = analysis.settings.config;
  // The group: the policy's laws are shared by its language versions.
  const explanation = engine.explain(
    analysis.doc,
    config,
    document.offsetAt(position),
    config.uiLanguage,
    analysis.group,
  );
  if (!explanation) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: explanation.lines.join('\n\n') },
    range: toRange(document, explanation.span),
  };
}

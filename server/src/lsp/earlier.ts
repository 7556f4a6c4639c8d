// Hover answered from the latest complete analysis while the current version is still being
// analysed: the mouse's place is found in the text that analysis was made of, and the answer's
// range is brought back to the current text. Where the edits since then touched either, there is
// no answer until the analysis catches up.
import type { Hover, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { backward, carryOver, textChange, type TextChange } from './carry.js';
import { hover } from './hover.js';

/** The analysed text as a document, to convert positions (made when first needed). */
const analysedDocuments = new WeakMap<Analysis, TextDocument>();
/** The change from the analysed text to the editor's text, per analysis, for the latest editor version asked. */
const changes = new WeakMap<Analysis, { version: number; change: TextChange | null }>();

function analysedDocument(analysis: Analysis): TextDocument {
  let document = analysedDocuments.get(analysis);
  if (!document) {
    document = TextDocument.create(analysis.uri, 'markdown', analysis.version, analysis.text);
    analysedDocuments.set(analysis, document);
  }
  return document;
}

function changeSince(analysis: Analysis, current: TextDocument): TextChange | null {
  const cached = changes.get(analysis);
  if (cached?.version === current.version) return cached.change;
  const change = textChange(analysis.text, current.getText());
  changes.set(analysis, { version: current.version, change });
  return change;
}

export function hoverFrom(analysis: Analysis, current: TextDocument, position: Position, engine: Engine): Hover | null {
  if (analysis.version === current.version) return hover(current, position, analysis, engine);
  const change = changeSince(analysis, current);
  const offset = backward(current.offsetAt(position), change);
  if (offset === null) return null;
  const then = analysedDocument(analysis);
  const answer = hover(then, then.positionAt(offset), analysis, engine);
  if (!answer?.range) return answer;
  // What the answer explains must be untouched by the edits since.
  const explained = carryOver({ span: { start: then.offsetAt(answer.range.start), end: then.offsetAt(answer.range.end) } }, change, analysis.uri);
  if (!explained) return null;
  return { ...answer, range: { start: current.positionAt(explained.span.start), end: current.positionAt(explained.span.end) } };
}

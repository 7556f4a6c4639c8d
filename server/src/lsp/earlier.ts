// Hover answered from the latest complete analysis while the current version is still being
// analysed: the mouse's place is found in the text that analysis was made of, and the answer's
// range is brought back to the current text. Where the edits since then touched either, there is
// no answer until the analysis catches up.
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { backward, forward, textChange, type TextChange } from './carry.js';
import { hover } from './hover.js';

/** The change from the analysed text to the editor's text, per analysis, for the latest editor version asked. */
const changes = new WeakMap<Analysis, { version: number; change: TextChange | null }>();

function changeSince(analysis: Analysis, current: TextDocument): TextChange | null {
  const cached = changes.get(analysis);
  if (cached?.version === current.version) return cached.change;
  const change = textChange(analysis.text, current.getText());
  changes.set(analysis, { version: current.version, change });
  return change;
}

/** Thrown when a place of the analysed text lies inside what was edited since. */
class Edited extends Error {}

/**
 * The analysed text as the hover sees it, in the current text's positions: offsets of the
 * analysed text, lines and characters of the editor's text (no line index of the older text is
 * built, which on a large draft would cost more than the hover).
 */
function analysedInCurrent(analysis: Analysis, current: TextDocument, change: TextChange | null): TextDocument {
  return {
    uri: analysis.uri,
    languageId: current.languageId,
    version: analysis.version,
    lineCount: current.lineCount,
    getText: () => analysis.text,
    // Lines are the editor's: whatever a line asks is answered from its text.
    getLineRange: (line) => current.getLineRange(line),
    getEOLCharacters: (line) => current.getEOLCharacters(line),
    offsetAt(position: Position): number {
      const offset = backward(current.offsetAt(position), change);
      if (offset === null) throw new Edited();
      return offset;
    },
    positionAt(offset: number): Position {
      const now = forward(offset, change);
      if (now === null) throw new Edited();
      return current.positionAt(now);
    },
  };
}

export function hoverFrom(analysis: Analysis, current: TextDocument, position: Position, engine: Engine): Hover | null {
  if (analysis.version === current.version) return hover(current, position, analysis, engine);
  const change = changeSince(analysis, current);
  try {
    const answer = hover(analysedInCurrent(analysis, current, change), position, analysis, engine);
    if (!answer?.range || !change) return answer;
    // What the answer explains must be untouched by the edits since.
    const start = current.offsetAt(answer.range.start);
    const end = current.offsetAt(answer.range.end);
    return change.start <= end && start <= change.newEnd ? null : answer;
  } catch (error) {
    if (error instanceof Edited) return null;
    throw error;
  }
}

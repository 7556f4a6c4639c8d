// Line and character positions (zero-based, UTF-16, as in LSP) from offsets, for formatters and
// for directives that work by line. Lines end as LSP ends them: at "\r\n", "\n" or a lone "\r".

import { lastStartingAt } from './search.js';

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = [0];
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) this.starts.push(m.index + m[0].length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    return Math.max(
      0,
      lastStartingAt(this.starts, offset, (s) => s),
    );
  }

  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    // Between the "\r" and the "\n" of a line break is the end of the line, as editors read it.
    const inBreak = clamped > 0 && this.text[clamped] === '\n' && this.text[clamped - 1] === '\r';
    return { line, character: clamped - this.starts[line]! - (inBreak ? 1 : 0) };
  }

  offset(position: { line: number; character: number }): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)]!;
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! - 1 : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    let end = next;
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.text.slice(start, end);
  }
}

/**
 * The document's line index, made once per document version and kept with its facts: the rules
 * that name a line in their messages share it instead of each counting line breaks again.
 */
export function documentLines(doc: { readonly text: string; readonly facts: Map<string, unknown> }): LineIndex {
  let lines = doc.facts.get(LINES_FACT) as LineIndex | undefined;
  if (!lines) doc.facts.set(LINES_FACT, (lines = new LineIndex(doc.text)));
  return lines;
}

const LINES_FACT = 'model/lines';

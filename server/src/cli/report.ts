// What the CLI learned about one file, for the formatters.
import type { DocumentSummary, LineIndex, PolicyDocument, RenderedFinding, ResolvedConfig, Span } from '../engine/index.js';

export interface FileReport {
  /** As given on the command line or found (relative to the working folder). */
  path: string;
  absolute: string;
  uri: string;
  text: string;
  lines: LineIndex;
  doc: PolicyDocument;
  config: ResolvedConfig;
  findings: RenderedFinding[];
  summary: DocumentSummary;
}

export function lspRange(lines: LineIndex, span: Span) {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

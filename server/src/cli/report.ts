// What the CLI learned about one file, for the formatters.
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { ParagraphLocation } from '../word/paragraphs.js';
import {
  LineIndex,
  type DocumentSummary,
  type PolicyDocument,
  type RenderedFinding,
  type ResolvedConfig,
  type Span,
  type VersionGroup,
} from '../engine/index.js';

export interface FileReport {
  /** As given on the command line or found (relative to the working folder). */
  path: string;
  absolute: string;
  uri: string;
  text: string;
  lines: LineIndex;
  doc: PolicyDocument;
  config: ResolvedConfig;
  /** The policy's language versions the findings were made against. */
  group: VersionGroup | null;
  cwd: string;
  findings: RenderedFinding[];
  summary: DocumentSummary;
  /** For a Word draft: where an offset of the converted Markdown is in Word, and that Markdown's path. */
  word?: { paragraphAt: (offset: number) => ParagraphLocation | null; markdownPath: string };
}

export function lspRange(lines: LineIndex, span: Span) {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

/**
 * Where a related location lies: in this file, in another file of the run, or in a language
 * version read from disk; as a path relative to the working folder and zero-based positions.
 */
export function locate(
  reports: readonly FileReport[],
  self: FileReport,
  uri: string | undefined,
  span: Span,
): { file: string; lines: LineIndex; range: ReturnType<typeof lspRange> } {
  if (!uri || uri === self.uri) return { file: self.path, lines: self.lines, range: lspRange(self.lines, span) };
  const other = reports.find((r) => r.uri === uri);
  if (other) return { file: other.path, lines: other.lines, range: lspRange(other.lines, span) };
  const member = self.group?.members.find((m) => m.doc.uri === uri);
  const lines = member ? new LineIndex(member.doc.text) : self.lines;
  const file = uri.startsWith('file:') ? relative(self.cwd, fileURLToPath(uri)).split(sep).join('/') : uri;
  return { file, lines, range: lspRange(lines, span) };
}

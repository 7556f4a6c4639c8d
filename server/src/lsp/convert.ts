// The one place that turns engine output (offsets, findings, edits) into LSP objects.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RenderedFinding, Severity, Span, TextEdit as EngineEdit } from '../engine/index.js';

export const SOURCE = 'pplint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toTextEdit(document: TextDocument, edit: EngineEdit): TextEdit {
  return { range: toRange(document, edit), newText: edit.text };
}

/** Where a place inside an inserted text stands once the insertion is applied. */
function positionAfter(document: TextDocument, edit: EngineEdit, offset: number): { line: number; character: number } {
  const start = document.positionAt(edit.start);
  const before = edit.text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak === -1) return { line: start.line, character: start.character + before.length };
  let breaks = 0;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) breaks++;
  return { line: start.line + breaks, character: before.length - lastBreak - 1 };
}

/** The range to select once a proposal's first edit is applied (the first blank of an inserted section). */
export function selectionAfter(
  document: TextDocument,
  proposal: { edits: readonly EngineEdit[]; select?: Span },
): Range | undefined {
  const first = proposal.edits[0];
  if (!proposal.select || !first) return undefined;
  return {
    start: positionAfter(document, first, proposal.select.start),
    end: positionAfter(document, first, proposal.select.end),
  };
}

/**
 * What a diagnostic carries: its rule, and the version of the text it was made for. Its fix and
 * suggestions stay in the server's analysis (`proposalsOf`), so that a keystroke does not send
 * every quick fix's text again: they were most of a large draft's diagnostics.
 */
export interface DiagnosticData {
  ruleId: string;
  version: number;
}

/** A finding's fix and suggestions as LSP edits, for its code actions. */
export interface Proposals {
  fix?: { title: string; edits: TextEdit[] };
  /**
   * `select`: what the editor selects once the suggestion is applied; `blank`: the same place as
   * offsets in the first edit's text (for a snippet placeholder).
   */
  suggestions: Array<{ title: string; edits: TextEdit[]; select?: Range; blank?: Span }>;
}

export function proposalsOf(document: TextDocument, finding: RenderedFinding): Proposals {
  return {
    ...(finding.fix
      ? { fix: { title: finding.fix.title, edits: finding.fix.edits.map((e) => toTextEdit(document, e)) } }
      : {}),
    suggestions: (finding.suggestions ?? []).map((s) => {
      const select = selectionAfter(document, s);
      return {
        title: s.title,
        edits: s.edits.map((e) => toTextEdit(document, e)),
        ...(select && s.select ? { select, blank: s.select } : {}),
      };
    }),
  };
}

/** Ranges in another document (an open one, or a language version read from disk). */
export type RangeIn = (uri: string, span: Span) => Range | undefined;

export function toDiagnostic(
  document: TextDocument,
  finding: RenderedFinding,
  docsHref: (ruleId: string) => string | undefined,
  rangeIn: RangeIn,
): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, version: document.version };
  const href = docsHref(finding.ruleId);
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const range = r.uri && r.uri !== document.uri ? rangeIn(r.uri, r.span) : toRange(document, r.span);
    if (!range) continue;
    related.push({ location: { uri: r.uri ?? document.uri, range }, message: r.message });
  }
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

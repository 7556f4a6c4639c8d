// The one place that turns engine output (offsets, findings, edits) into LSP objects.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range, type TextEdit } from 'vscode-languageserver';
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

/** What a diagnostic carries so that its code actions can be rebuilt from it alone. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
  fix?: { title: string; edits: TextEdit[] };
  suggestions?: Array<{ title: string; edits: TextEdit[] }>;
}

/** Ranges in another document (an open one, or a language version read from disk). */
export type RangeIn = (uri: string, span: Span) => Range | undefined;

export function toDiagnostic(document: TextDocument, finding: RenderedFinding, docsHref: (ruleId: string) => string | undefined, rangeIn: RangeIn): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    version: document.version,
    ...(finding.fix ? { fix: { title: finding.fix.title, edits: finding.fix.edits.map((e) => toTextEdit(document, e)) } } : {}),
    ...(finding.suggestions ? { suggestions: finding.suggestions.map((s) => ({ title: s.title, edits: s.edits.map((e) => toTextEdit(document, e)) })) } : {}),
  };
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

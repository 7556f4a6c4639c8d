// The JSON of the command-line contract: one array, an object per file, positions zero-based
// as in LSP, with what the engine understood beside the diagnostics: sections with every kind
// they cover (`kind` is the first), clauses that state a topic outside a section of that kind,
// and retention statements. A Word draft's file says `"format": "docx"` and its diagnostics
// carry the paragraph number and a quote; their ranges are in the Markdown it converts to.
import { render, type Lang } from '../../engine/index.js';
import { locate, lspRange, type FileReport } from '../report.js';

export function jsonReports(reports: FileReport[], lang: Lang): unknown[] {
  return reports.map((r) => ({
    file: r.path,
    ...(r.word ? { format: 'docx' } : {}),
    language: r.summary.language,
    jurisdictions: r.summary.jurisdictions.list,
    diagnostics: r.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      range: lspRange(r.lines, f.span),
      related: (f.related ?? []).map((rel) => {
        const at = locate(reports, r, rel.uri, rel.span);
        return { file: at.file, range: at.range, message: rel.message };
      }),
      fixable: f.fix !== undefined && !r.word,
      ...(f.data ?? {}),
      ...paragraphOf(r, f.span.start),
    })),
    problems: r.doc.problems.map((p) => ({ message: render(p.message, lang), range: lspRange(r.lines, p.span) })),
    sections: r.summary.sections.map((s) => ({
      title: s.title,
      kind: s.kind,
      kinds: s.kinds,
      range: lspRange(r.lines, s.span),
    })),
    clauses: r.summary.clauses.map((c) => ({ kind: c.kind, range: lspRange(r.lines, c.span) })),
    retention: r.summary.retention.map((s) => ({ ...s, range: lspRange(r.lines, s.range) })),
  }));
}

export function formatJson(reports: FileReport[], lang: Lang): string {
  return `${JSON.stringify(jsonReports(reports, lang), null, 2)}\n`;
}

/** In a Word draft, the paragraph (1-based) and a quote of the text where the finding is; ranges are in the converted Markdown. */
function paragraphOf(r: FileReport, offset: number): { paragraph?: number; quote?: string } {
  const at = r.word?.paragraphAt(offset);
  return at ? { paragraph: at.paragraph, quote: at.quote } : {};
}

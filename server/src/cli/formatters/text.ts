// path:line:col  severity  message  rule-id — one line per finding, positions 1-based as editors
// and terminals expect (in a Word draft: its paragraph number and a quote); a summary line for
// the end of the run.
import { render, type Lang } from '../../engine/index.js';
import type { FileReport } from '../report.js';

export function formatText(reports: FileReport[], lang: Lang): { findings: string; summary: string } {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const problem of report.doc.problems) {
      lines.push(`${where(report, problem.span.start)}  error  ${render(problem.message, lang)}  front-matter`);
      errors++;
    }
    for (const f of report.findings) {
      lines.push(`${where(report, f.span.start)}  ${f.severity}  ${f.message}  ${f.ruleId}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const total = errors + warnings + infos;
  const files = `${reports.length} ${reports.length === 1 ? 'policy' : 'policies'}`;
  const summary =
    total === 0
      ? `pplint: no problems in ${files}.\n`
      : `pplint: ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} note${infos === 1 ? '' : 's'}) in ${files}.\n`;
  return { findings: lines.length > 0 ? `${lines.join('\n')}\n` : '', summary };
}

/** path:line:col; in a Word draft, which has no lines, the paragraph's number and a quote. */
function where(report: FileReport, offset: number): string {
  const paragraph = report.word?.paragraphAt(offset);
  if (paragraph) return `${report.path}: paragraph ${paragraph.paragraph} “${paragraph.quote}”`;
  const at = report.lines.position(offset);
  return `${report.path}:${at.line + 1}:${at.character + 1}`;
}

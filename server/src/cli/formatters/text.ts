// path:line:col  severity  message  rule-id — one line per finding, positions 1-based as editors
// and terminals expect; a summary line for the end of the run.
import { render, type Lang } from '../../engine/index.js';
import type { FileReport } from '../report.js';

export function formatText(reports: FileReport[], lang: Lang): { findings: string; summary: string } {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const problem of report.doc.problems) {
      const at = report.lines.position(problem.span.start);
      lines.push(`${report.path}:${at.line + 1}:${at.character + 1}  error  ${render(problem.message, lang)}  front-matter`);
      errors++;
    }
    for (const f of report.findings) {
      const at = report.lines.position(f.span.start);
      lines.push(`${report.path}:${at.line + 1}:${at.character + 1}  ${f.severity}  ${f.message}  ${f.ruleId}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const total = errors + warnings + infos;
  const files = `${reports.length} ${reports.length === 1 ? 'policy' : 'policies'}`;
  const summary = total === 0 ? `pplint: no problems in ${files}.\n` : `pplint: ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} note${infos === 1 ? '' : 's'}) in ${files}.\n`;
  return { findings: lines.length > 0 ? `${lines.join('\n')}\n` : '', summary };
}

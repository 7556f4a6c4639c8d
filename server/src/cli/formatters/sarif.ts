// SARIF 2.1.0 for code scanning: one run, the rules from their meta, a result per finding with
// its region (1-based, UTF-16 columns), related locations and fixes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsPath, render, type Engine, type Lang } from '../../engine/index.js';
import { locate, type FileReport } from '../report.js';
import { VERSION } from '../version.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(reports: FileReport[], engine: Engine, lang: Lang, packageRoot: string): string {
  const rules = engine.rules.map((rule) => {
    const docs = join(packageRoot, docsPath(rule.id));
    return {
      id: rule.id,
      shortDescription: { text: rule.meta.docs.description[lang] ?? rule.meta.docs.description.en },
      ...(existsSync(docs) ? { helpUri: pathToFileURL(docs).toString() } : {}),
      defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
      properties: { tags: ['privacy-policy'], ...(rule.meta.docs.legal ? { legal: rule.meta.docs.legal } : {}) },
    };
  });
  const region = (r: FileReport, span: { start: number; end: number }) => {
    const s = r.lines.position(span.start);
    const e = r.lines.position(span.end);
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  const location = (r: FileReport, span: { start: number; end: number }, uri?: string) => {
    const at = locate(reports, r, uri, span);
    const s = at.range.start;
    const e = at.range.end;
    return { physicalLocation: { artifactLocation: { uri: at.file, uriBaseId: '%SRCROOT%' }, region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 } } };
  };
  const results = reports.flatMap((r) => [
    ...r.doc.problems.map((p) => ({ ruleId: 'front-matter', level: 'error', message: { text: render(p.message, lang) }, locations: [location(r, p.span)] })),
    ...r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: rules.findIndex((rule) => rule.id === f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(r, f.span)],
      ...(f.related && f.related.length > 0
        ? { relatedLocations: f.related.map((rel, i) => ({ id: i + 1, message: { text: rel.message }, ...location(r, rel.span, rel.uri) })) }
        : {}),
      ...(f.fix
        ? { fixes: [{ description: { text: f.fix.title }, artifactChanges: [{ artifactLocation: { uri: r.path, uriBaseId: '%SRCROOT%' }, replacements: f.fix.edits.map((e) => ({ deletedRegion: region(r, e), insertedContent: { text: e.text } })) }] }] }
        : {}),
    })),
  ]);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'pplint', fullName: 'Privacy Policy Linter', version: VERSION, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

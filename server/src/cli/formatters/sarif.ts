// SARIF 2.1.0 for code scanning: one run; the rules from their meta, each with its docs page as
// help (so that a code-scanning tool shows it beside the result) and a link to it; a result per
// finding with its region (1-based, UTF-16 columns), related locations and fixes. Paths are URI
// references relative to %SRCROOT% (the working folder), percent-encoded.
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { docsPath, render, type Engine, type Lang, type Span } from '../../engine/index.js';
import { locate, type FileReport } from '../report.js';
import { VERSION } from '../version.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SRCROOT = '%SRCROOT%';
/** Problems that kept part of a draft from being read (bad front matter, nesting too deep to parse) have no rule of their own. */
const FRONT_MATTER = 'front-matter';
const PARSE = 'parse';

export function formatSarif(
  reports: FileReport[],
  engine: Engine,
  lang: Lang,
  packageRoot: string,
  cwd = reports[0]?.cwd,
): string {
  const rules: ReportingDescriptor[] = engine.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.meta.docs.description[lang] ?? rule.meta.docs.description.en },
    ...docs(packageRoot, rule.id, lang),
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: ['privacy-policy'], ...(rule.meta.docs.legal ? { legal: rule.meta.docs.legal } : {}) },
  }));
  rules.push({
    id: FRONT_MATTER,
    shortDescription: { text: 'The front matter of a draft could not be read.' },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['privacy-policy'] },
  });
  rules.push({
    id: PARSE,
    shortDescription: { text: 'Part of a draft is nested too deeply to be read as written.' },
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['privacy-policy'] },
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const region = (r: FileReport, span: Span): Region => {
    const s = r.lines.position(span.start);
    const e = r.lines.position(span.end);
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  // A Word draft's findings point to the Markdown it converts to (`pplint import` writes it).
  const markdownOf = new Map(reports.flatMap((r) => (r.word ? [[r.path, markdownPath(r)] as const] : [])));
  const location = (r: FileReport, span: Span, uri?: string): Location => {
    const found = locate(reports, r, uri, span);
    const at = { ...found, file: markdownOf.get(found.file) ?? found.file };
    const s = at.range.start;
    const e = at.range.end;
    return {
      physicalLocation: {
        artifactLocation: artifact(at.file),
        region: {
          startLine: s.line + 1,
          startColumn: s.character + 1,
          endLine: e.line + 1,
          endColumn: e.character + 1,
        },
      },
    };
  };
  const results: Result[] = reports.flatMap((r): Result[] => [
    ...r.doc.problems.map((p): Result => ({
      ruleId: FRONT_MATTER,
      ruleIndex: ruleIndex.get(FRONT_MATTER)!,
      level: 'error',
      message: { text: render(p.message, lang) },
      locations: [location(r, p.span)],
    })),
    ...r.findings.map((f): Result => ({
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId)! } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(r, f.span)],
      ...(f.related && f.related.length > 0
        ? {
            relatedLocations: f.related.map((rel, i) => ({
              id: i + 1,
              message: { text: rel.message },
              ...location(r, rel.span, rel.uri),
            })),
          }
        : {}),
      ...(f.fix && !r.word
        ? {
            fixes: [
              {
                description: { text: f.fix.title },
                artifactChanges: [
                  {
                    artifactLocation: artifact(r.path),
                    replacements: f.fix.edits.map((e) => ({
                      deletedRegion: region(r, e),
                      insertedContent: { text: e.text },
                    })),
                  },
                ],
              },
            ],
          }
        : {}),
    })),
  ]);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pplint',
            fullName: 'Privacy Policy Linter',
            version: VERSION,
            semanticVersion: VERSION,
            rules,
          },
        },
        ...(cwd ? { originalUriBaseIds: { [SRCROOT]: { uri: folderUri(cwd) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The rule's page as help (the text and Markdown a code-scanning tool shows) and its link, in the interface language when translated. */
function docs(packageRoot: string, ruleId: string, lang: Lang): Pick<ReportingDescriptor, 'help' | 'helpUri'> {
  const translated = join(packageRoot, docsPath(ruleId, lang));
  const page = existsSync(translated) ? translated : join(packageRoot, docsPath(ruleId));
  if (!existsSync(page)) return {};
  let markdown: string;
  try {
    markdown = readFileSync(page, 'utf8');
  } catch {
    return { helpUri: pathToFileURL(page).toString() };
  }
  return { help: { text: markdown, markdown }, helpUri: pathToFileURL(page).toString() };
}

/** A file as the report names it: relative to the working folder (percent-encoded), or absolute as a file URL. */
function artifact(file: string): ArtifactLocation {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).toString() };
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) return { uri: file };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const uri = pathToFileURL(folder.endsWith(sep) ? folder : `${folder}${sep}`).toString();
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** The converted Markdown's path as the report would name it: beside the Word file. */
function markdownPath(r: FileReport): string {
  const name = r.word!.markdownPath.split(/[\\/]/).pop()!;
  const cut = Math.max(r.path.lastIndexOf('/'), r.path.lastIndexOf('\\'));
  return `${r.path.slice(0, cut + 1)}${name}`;
}

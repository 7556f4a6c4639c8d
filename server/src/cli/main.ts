// pplint [options] <file|folder|glob>... — the same engine as the editor, for CI.
// Exit status: 0 no errors; 1 errors (or more warnings than --max-warnings); 2 a usage, file or
// configuration problem, explained on stderr.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createEngine,
  LANGUAGES,
  LineIndex,
  type Lang,
  type PolicyDocument,
  type PplintConfig,
  type ResolvedConfig,
} from '../engine/index.js';
import { VersionIndex } from '../workspace/versions.js';
import { ConfigFiles, type LoadedConfig } from '../workspace/config.js';
import { findTargets, type Target } from './files.js';
import { formatText } from './formatters/text.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { formatChecklistHtml } from './formatters/checklist.js';
import type { FileReport } from './report.js';
import { VERSION } from './version.js';
import { writeFileAtomically } from './write.js';
import { isDocxName, markdownNameFor } from '../word/file-names.js';
import { readWordDraft, wordSiblings, type WordDraft } from './word-drafts.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const FORMATS = ['text', 'json', 'sarif', 'checklist'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: pplint [options] <file|folder|glob>...
       pplint import <file.docx> [-o <file.md>]
       pplint export <file.md> [-o <file.docx>]

Lints privacy-policy drafts (Markdown, and Word .docx converted in memory). Files named here are
always linted; folders and globs are searched for policy drafts (a README beside them is left
alone). Findings in a Word draft are shown by paragraph number and quote.

Options:
  -f, --format <format>           text (default), json, sarif, or checklist (an HTML report of the
                                  items each law requires, per policy)
  -o, --output <file>             write the report to a file instead of standard output
      --fix                       apply every safe fix in place, then report what is left
  -c, --config <path>             use this configuration file instead of the nearest .pplintrc.json
  -j, --jurisdiction <list>       laws to check, e.g. kz,gdpr (instead of detection)
      --max-warnings <n>          exit with 1 when there are more warnings than n
      --ui-language <en|ru|kk>    language of the messages (default: en)
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 no errors; 1 errors found (or too many warnings); 2 usage, file or configuration problem.
`;

export { VERSION } from './version.js';

export async function main(io: CliIo): Promise<number> {
  if (io.argv[0] === 'import' || io.argv[0] === 'export') {
    const word = await import('./word.js');
    return io.argv[0] === 'import'
      ? word.importCommand(io, io.argv.slice(1))
      : word.exportCommand(io, io.argv.slice(1));
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: io.argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        fix: { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
        jurisdiction: { type: 'string', short: 'j' },
        'max-warnings': { type: 'string' },
        'ui-language': { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.stderr(`pplint: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const usageError = (message: string): number => {
    io.stderr(`pplint: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (positionals.length === 0) return usageError('name at least one file, folder or glob to lint.');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return usageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')}).`);
  const uiLanguage = values['ui-language'] as Lang;
  if (!(LANGUAGES as readonly string[]).includes(uiLanguage))
    return usageError(`unknown interface language "${uiLanguage}" (use en, ru or kk).`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      return usageError(`--max-warnings needs a whole number, not "${values['max-warnings']}".`);
  }
  const cliLayer: PplintConfig = {};
  if (values.jurisdiction !== undefined) {
    const list = values.jurisdiction
      .split(',')
      .map((j) => j.trim().toLowerCase())
      .filter(Boolean);
    const unknown = list.filter((j) => !['kz', 'gdpr', 'ru', 'ccpa'].includes(j));
    if (list.length === 0 || unknown.length > 0)
      return usageError(
        `unknown jurisdiction "${unknown.join(', ') || values.jurisdiction}" (use kz, gdpr, ru, ccpa).`,
      );
    cliLayer.jurisdictions = list;
  }

  const engine = createEngine({ logger: { error: (m) => io.stderr(`pplint: ${m}\n`) } });
  const configs = new ConfigFiles(engine);
  const reported = new Set<string>();
  /** A configuration file's settings; null (after saying why, once) when anything in it is wrong. */
  const usable = (loaded: LoadedConfig): PplintConfig | null => {
    if (loaded.problems.length === 0) return loaded.config;
    if (!reported.has(loaded.path)) {
      reported.add(loaded.path);
      for (const problem of loaded.problems) io.stderr(`pplint: ${problem.message}\n`);
    }
    return null;
  };
  const given = values.config !== undefined ? configs.load(resolve(io.cwd, values.config)) : undefined;
  if (given === null) return usageError(`configuration file not found: ${values.config}`);
  if (given && !usable(given)) return 2;

  const { targets, missing, unreadable } = findTargets(positionals, io.cwd);
  let status = 0;
  for (const m of missing) {
    io.stderr(`pplint: no such file or folder: ${m}\n`);
    status = 2;
  }
  for (const path of unreadable) {
    io.stderr(`pplint: ${path}: cannot be read; not linted.\n`);
    status = 2;
  }

  // First read every draft, then lint each against its language versions (those named here,
  // and sibling versions on disk that were not).
  const drafts: Array<{
    target: (typeof targets)[number];
    uri: string;
    text: string;
    bom: boolean;
    doc: PolicyDocument;
    config: ResolvedConfig;
    relativePath: string;
    word?: WordDraft;
  }> = [];
  for (const target of targets) {
    const loaded = given ?? configs.nearest(dirname(target.absolute));
    const fileConfig = loaded ? usable(loaded) : {};
    if (fileConfig === null) return 2;
    // A Word draft meets the include patterns under the name of its Markdown import.
    const relativePath = markdownNameFor(patternPath(loaded ? dirname(loaded.path) : io.cwd, target));
    const config = engine.resolveConfig([fileConfig, cliLayer], relativePath, uiLanguage);
    const word = isDocxName(target.absolute) ? await readWordDraft(target.absolute) : undefined;
    const read = word ?? readText(target.absolute);
    if ('problem' in read) {
      io.stderr(`pplint: ${target.path}: ${read.problem}; not linted.\n`);
      status = 2;
      continue;
    }
    const uri = word && !('problem' in word) ? word.uri : pathToFileURL(target.absolute).toString();
    const parsed = guarded(io, target.path, () => engine.parse(uri, read.text));
    if (parsed === undefined) {
      status = 2;
      continue;
    }
    // A Word file found in a folder is a policy by its text: the `policy:` the import writes does not count.
    const judged = word && !('problem' in word) ? engine.parse(`${uri}#body`, read.text.slice(word.bodyStart)) : parsed;
    if (!target.explicit && !engine.isPolicy(judged, config, relativePath).policy) continue;
    drafts.push({
      target,
      uri,
      text: read.text,
      bom: 'bom' in read && read.bom,
      doc: parsed,
      config,
      relativePath,
      ...(word && !('problem' in word) ? { word } : {}),
    });
  }
  const byUri = new Map(drafts.map((d) => [d.uri, d]));
  const siblings = await wordSiblings(
    drafts.filter((d) => !d.word).map((d) => d.target.absolute),
    new Set(byUri.keys()),
  );
  const siblingDocs = new Map([...siblings].map(([uri, w]) => [uri, engine.parse(uri, w.text)]));
  const versions = new VersionIndex(engine, { parsed: (uri) => byUri.get(uri)?.doc ?? siblingDocs.get(uri) });

  const reports: FileReport[] = [];
  for (const draft of drafts) {
    const { target, uri, config } = draft;
    // A failure on one file costs that file's report, never the others'.
    const report = guarded(io, target.path, (): FileReport => {
      let { text, doc } = draft;
      if (values.fix && draft.word)
        io.stderr(
          `pplint: ${target.path}: a Word draft is not fixed in place; import it (pplint import) to fix the Markdown.\n`,
        );
      else if (values.fix) {
        const fixed = engine.fixAll(uri, text, config, versions.groupFor(doc, config));
        if (fixed.text !== text) {
          const written = writeFileAtomically(target.absolute, draft.bom ? `\uFEFF${fixed.text}` : fixed.text);
          if (written.ok) {
            text = fixed.text;
            doc = engine.parse(uri, text, doc);
            draft.doc = doc;
            versions.invalidate(uri);
          } else {
            io.stderr(`pplint: ${target.path}: ${written.problem}.\n`);
            status = 2;
          }
        }
      }
      const group = versions.groupFor(doc, config);
      const findings = engine.render(engine.lint(doc, config, { group }), uiLanguage);
      const word = draft.word ? { paragraphAt: draft.word.locate, markdownPath: draft.word.markdownPath } : undefined;
      return {
        path: target.path,
        absolute: target.absolute,
        uri,
        text,
        lines: new LineIndex(text),
        doc,
        config,
        group,
        cwd: io.cwd,
        findings,
        summary: engine.summarize(doc, config, group),
        ...(word ? { word } : {}),
      };
    });
    if (report === undefined) {
      status = 2;
      continue;
    }
    reports.push(report);
    if (report.doc.problems.length > 0) status = 2;
  }

  if (targets.length === 0 && missing.length === 0) io.stderr('pplint: no Markdown or Word files found.\n');
  const write = (report: string): void => {
    if (values.output === undefined) return io.stdout(report);
    const path = resolve(io.cwd, values.output);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, report);
      io.stderr(`pplint: wrote ${values.output}\n`);
    } catch (error) {
      // The report is not lost: it goes to standard output instead.
      io.stderr(
        `pplint: cannot write ${values.output} (${error instanceof Error ? error.message : String(error)}); the report follows on standard output.\n`,
      );
      io.stdout(report);
      status = 2;
    }
  };
  if (format === 'json') write(formatJson(reports, uiLanguage));
  else if (format === 'sarif') write(formatSarif(reports, engine, uiLanguage, packageRoot(), io.cwd));
  else if (format === 'checklist') {
    write(
      formatChecklistHtml(
        reports.map((r) => ({
          file: r.path,
          language: r.summary.language,
          jurisdictions: r.summary.jurisdictions.list,
          checklist: engine.checklist(r.doc, r.config, r.group),
          lineOf: (offset: number) => r.lines.lineOf(offset),
        })),
        uiLanguage,
      ),
    );
  } else {
    const text = formatText(reports, uiLanguage);
    write(text.findings);
    io.stderr(text.summary);
  }
  const errors = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (status === 0 && (errors > 0 || warnings > maxWarnings)) status = 1;
  if (warnings > maxWarnings && format === 'text')
    io.stderr(`pplint: ${warnings} warnings exceed --max-warnings ${maxWarnings}.\n`);
  return status;
}

/**
 * The path include/exclude patterns see: relative to the configuration's folder (or the working
 * folder); for a file outside it, relative to the folder it was found under, so that
 * `pplint ../drafts/` finds `privacy.md` by its name as `pplint drafts/` would.
 */
function patternPath(base: string, target: Target): string {
  const rel = relative(base, target.absolute).replace(/\\/g, '/');
  return rel.startsWith('../') || rel === '..' || /^[A-Za-z]:|^\//.test(rel) ? target.searchPath : rel;
}

/** Runs one file's work; an unexpected failure is reported for that file and yields undefined. */
function guarded<T>(io: CliIo, path: string, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    io.stderr(
      `pplint: ${path}: internal error, this file was not linted (${error instanceof Error ? error.message : String(error)}). Please report it.\n`,
    );
    return undefined;
  }
}

/** The file's text (without a byte-order mark, which is remembered), or why it is not a text file. */
function readText(path: string): { text: string; bom: boolean } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { problem: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { problem: 'is a binary file, not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? { text: text.slice(1), bom: true } : { text, bom: false };
  } catch {
    return { problem: 'is not UTF-8 text (save it as UTF-8)' };
  }
}

/** The folder that holds docs/rules (the package root), found from the bundle's or the source's folder. */
function packageRoot(): string {
  const start = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'docs', 'rules'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

// pplint import <file.docx> and pplint export <file.md>: Word in, Word out. The Word code is
// loaded only here and when a .docx is linted, so that linting Markdown does not pay for it.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from './main.js';

export const IMPORT_USAGE = `Usage: pplint import <file.docx> [-o <file.md>] [--force]

Converts a Word draft to a Markdown draft: headings, clause numbers («4.1.», «а)»), tables,
footnotes and links are kept; what cannot be kept is listed. Without -o the draft is written
beside the Word file (policy.docx → policy.ru.md, with the language detected); -o - prints it.
An existing file is not overwritten without --force.
`;

export const EXPORT_USAGE = `Usage: pplint export <file.md> [-o <file.docx>] [--font <name>] [--force]

Writes a Markdown draft as a Word document in a conservative legal style: Times New Roman (or
--font), justified text, Word heading styles, clause numbers as text, tables. Without -o the
document is written beside the draft (privacy.ru.md → privacy.ru.docx). An existing file is not
overwritten without --force.
`;

function parse(io: CliIo, args: string[], usage: string, extra: Record<string, { type: 'string' }> = {}) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        ...extra,
      },
    });
  } catch (error) {
    io.stderr(`pplint: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return null;
  }
}

function readBytes(io: CliIo, path: string, shown: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    io.stderr(`pplint: ${shown}: cannot be read (${error instanceof Error ? error.message : String(error)}).\n`);
    return null;
  }
}

/** Writes unless the file exists and --force was not given; says what it did. */
function writeOut(io: CliIo, path: string, shown: string, data: string | Buffer, force: boolean): boolean {
  if (existsSync(path) && !force) {
    io.stderr(`pplint: ${shown} exists; not overwritten (use --force, or -o to name another file).\n`);
    return false;
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    io.stderr(`pplint: wrote ${shown}\n`);
    return true;
  } catch (error) {
    io.stderr(`pplint: cannot write ${shown} (${error instanceof Error ? error.message : String(error)}).\n`);
    return false;
  }
}

export async function importCommand(io: CliIo, args: string[]): Promise<number> {
  const parsed = parse(io, args, IMPORT_USAGE);
  if (!parsed) return 2;
  if (parsed.values.help) return (io.stdout(IMPORT_USAGE), 0);
  if (parsed.positionals.length !== 1)
    return (io.stderr(`pplint: name one Word file to import.\n\n${IMPORT_USAGE}`), 2);
  const given = parsed.positionals[0]!;
  const path = resolve(io.cwd, given);
  const bytes = readBytes(io, path, given);
  if (!bytes) return 2;
  const word = await import('../word/index.js');
  let result;
  try {
    result = await word.importDocx(bytes, { fileName: basename(path) });
  } catch (error) {
    io.stderr(
      `pplint: ${given}: cannot be read as a Word document (${error instanceof Error ? error.message : String(error)}).\n`,
    );
    return 2;
  }
  const warning = word.reviewWarning(result.findings);
  if (warning) io.stderr(`pplint: warning: ${given}: ${warning}\n`);
  if (result.notes.length > 0)
    io.stderr(`pplint: ${given}: not kept as it was in Word:\n${result.notes.map((n) => `  - ${n}\n`).join('')}`);
  if (parsed.values.output === '-') return (io.stdout(result.markdown), 0);
  const output =
    parsed.values.output ??
    join(
      dirname(given),
      defaultMarkdownName(basename(path), result.language, word.docxVersionName(basename(path)) !== null),
    );
  return writeOut(io, resolve(io.cwd, output), output, result.markdown, parsed.values.force) ? 0 : 2;
}

/** policy.docx → policy.ru.md when the language is known and the name does not say it already. */
function defaultMarkdownName(name: string, language: string | null, named: boolean): string {
  const stem = name.replace(/\.docx$/i, '');
  return named || !language ? `${stem}.md` : `${stem}.${language}.md`;
}

export async function exportCommand(io: CliIo, args: string[]): Promise<number> {
  const parsed = parse(io, args, EXPORT_USAGE, { font: { type: 'string' } });
  if (!parsed) return 2;
  if (parsed.values.help) return (io.stdout(EXPORT_USAGE), 0);
  if (parsed.positionals.length !== 1)
    return (io.stderr(`pplint: name one Markdown draft to export.\n\n${EXPORT_USAGE}`), 2);
  const given = parsed.positionals[0]!;
  const path = resolve(io.cwd, given);
  const bytes = readBytes(io, path, given);
  if (!bytes) return 2;
  const word = await import('../word/index.js');
  const font = (parsed.values as { font?: string }).font;
  const docx = await word.exportMarkdown(bytes.toString('utf8').replace(/^\uFEFF/, ''), font ? { font } : {});
  const output =
    parsed.values.output ?? join(dirname(given), `${basename(path).replace(/\.(md|markdown|mdx)$/i, '')}.docx`);
  return writeOut(io, resolve(io.cwd, output), output, docx, parsed.values.force) ? 0 : 2;
}

// Compiles the clause library (server/src/engine/clauses/library/<lang>/<id>.md, blanks.yaml) into
// generated/clauses.ts for the engine, and into snippets/<lang>.code-snippets for VS Code's own
// snippet machinery. `--check` fails when a generated file is out of date (the drift test runs it).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readClause } from '../server/src/engine/clauses/parse.js';
import { snippetBody } from '../server/src/engine/clauses/render.js';
import { snippetPrefix } from '../server/src/engine/clauses/prefix.js';
import type { BlankFile, Clause } from '../server/src/engine/clauses/types.js';
import { LANGUAGES } from '../server/src/engine/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'server/src/engine/clauses');
const check = process.argv.includes('--check');
const stale: string[] = [];
const errors: string[] = [];

const blanks = parse(readFileSync(join(dir, 'blanks.yaml'), 'utf8')) as BlankFile;
const clauses: Clause[] = [];
for (const lang of LANGUAGES) {
  const folder = join(dir, 'library', lang);
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const path = join(folder, name);
    const reading = readClause(readFileSync(path, 'utf8'));
    const where = relative(root, path);
    if (!reading.clause) {
      errors.push(...reading.problems.map((p) => `${where}: ${p.message}`));
      continue;
    }
    const clause = reading.clause;
    if (clause.lang !== lang) errors.push(`${where}: lang is ${clause.lang} but the file is in library/${lang}/.`);
    if (`${clause.id}.md` !== name) errors.push(`${where}: the file name must be the id (${clause.id}.md).`);
    for (const m of clause.body.matchAll(/\{\{([a-z][a-z0-9-]*)\}\}/g))
      if (!blanks[m[1]!]) errors.push(`${where}: unknown blank {{${m[1]}}} (see blanks.yaml).`);
    clauses.push(clause);
  }
}
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}

const emit = (target: string, text: string): void => {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === text) return;
  if (check) stale.push(relative(root, target));
  else writeFileSync(target, text);
};

// The engine's copy: one clause per line, so that a diff shows which clause changed.
emit(
  join(root, 'server/src/engine/generated/clauses.ts'),
  [
    '// Generated from server/src/engine/clauses/ by scripts/build-clauses.mts: edit the Markdown, then run `npm run build:data`.',
    "import type { BlankFile, Clause } from '../clauses/types.js';",
    '',
    'export const BLANKS: BlankFile = {',
    ...Object.entries(blanks).map(([name, blank]) => `  ${JSON.stringify(name)}: ${JSON.stringify(blank)},`),
    '};',
    '',
    'export const CLAUSES: Clause[] = [',
    ...clauses.map((c) => `  ${JSON.stringify(c)},`),
    '];',
    '',
  ].join('\n'),
);

// The snippets: VS Code's format, one file per language, the body one line per array element.
const TEMPLATE_NOTE = {
  en: 'Template: adapt it before use.',
  ru: 'Шаблон: адаптируйте перед использованием.',
  kk: 'Үлгі: қолданар алдында бейімдеңіз.',
} as const;
for (const lang of LANGUAGES) {
  const snippets: Record<string, { prefix: string; body: string[]; description: string }> = {};
  for (const clause of clauses.filter((c) => c.lang === lang)) {
    const text = `## ${clause.title}\n\n${snippetBody(clause, blanks)}\n$0`;
    snippets[`${clause.title} (${clause.id})`] = {
      prefix: snippetPrefix(clause),
      body: text.split('\n'),
      description: `${clause.description} ${TEMPLATE_NOTE[lang]}`,
    };
  }
  emit(join(root, `snippets/${lang}.code-snippets`), `${JSON.stringify(snippets, null, 2)}\n`);
}

if (stale.length > 0) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run build:data\`.`);
  process.exit(1);
}

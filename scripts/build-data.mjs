// Compiles the engine's data files (YAML that lawyers read and extend) into TypeScript modules,
// so that the engine needs no file access and no YAML parser at run time.
// `node scripts/build-data.mjs --check` fails when a generated module is out of date.
import { readFileSync, writeFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engine = join(root, 'server/src/engine');
const outDir = join(engine, 'generated');

/** Each data file names the TypeScript type it must satisfy. */
const typeFor = (file) => {
  const rel = relative(engine, file).replace(/\\/g, '/');
  if (rel.startsWith('extract/vocabulary/')) return { name: 'VocabularyFile', from: '../extract/vocabulary/types.js' };
  if (rel.startsWith('profiles/')) return { name: 'ProfileFile', from: '../profiles/types.js' };
  return null;
};

function* yamlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (path === outDir) continue;
    if (statSync(path).isDirectory()) yield* yamlFiles(path);
    else if (entry.endsWith('.yaml')) yield path;
  }
}

/**
 * JSON with one line per top-level key, and one line per element of a top-level list (a profile's
 * items): short files whose diffs still show which entry changed.
 */
function compact(data) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return JSON.stringify(data);
  const lines = Object.entries(data).map(([key, value]) =>
    Array.isArray(value) ? `${JSON.stringify(key)}: [\n${value.map((v) => `  ${JSON.stringify(v)}`).join(',\n')},\n]` : `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.map((l) => l.replace(/^/gm, ' ').replace(/^ {3}/gm, '  ')).join(',\n')},\n}`;
}

const check = process.argv.includes('--check');
const stale = [];
for (const file of yamlFiles(engine)) {
  const type = typeFor(file);
  if (!type) continue;
  const data = parse(readFileSync(file, 'utf8'));
  const name = basename(file, '.yaml');
  const module = [
    `// Generated from ${relative(root, file).replace(/\\/g, '/')} by scripts/build-data.mjs: edit the YAML, then run \`npm run build:data\`.`,
    `import type { ${type.name} } from '${type.from}';`,
    '',
    `const data: ${type.name} = ${compact(data)};`,
    'export default data;',
    '',
  ].join('\n');
  const target = join(outDir, `${name}.ts`);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === module) continue;
  if (check) stale.push(relative(root, target));
  else writeFileSync(target, module);
}
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run build:data\`.`);
  process.exit(1);
}

// Writes the JSON schema of .pplintrc.json and the extension's `contributes.configuration`, built
// (server/src/engine/config/schema.ts) from the one definition of the options and the rules' meta,
// and the settings' words in English, Russian and Kazakh (the `config.*` keys of package.nls*.json;
// the other keys there, the commands', are written by hand and kept); the engine validates
// configurations against the same schema.
// `tsx scripts/build-schema.ts --check` fails when the committed files differ (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationNls, contributedConfiguration, pplintrcSchema } from '../server/src/engine/config/schema.js';
import { RULES } from '../server/src/engine/rules/index.js';

const root = join(import.meta.dirname, '..');

const check = process.argv.includes('--check');
const schemaPath = join(root, 'schemas/pplintrc.schema.json');
const packagePath = join(root, 'package.json');
const schemaText = `${JSON.stringify(pplintrcSchema(RULES), null, 2)}\n`;
const manifest = JSON.parse(readFileSync(packagePath, 'utf8')) as { contributes: Record<string, unknown> };
const configuration = contributedConfiguration(RULES);
const stale: string[] = [];
if (readFileSync(schemaPath, { encoding: 'utf8', flag: 'a+' }) !== schemaText)
  stale.push('schemas/pplintrc.schema.json');
if (JSON.stringify(manifest.contributes.configuration) !== JSON.stringify(configuration))
  stale.push('package.json contributes.configuration');
const nlsTexts = new Map<string, string>();
for (const [lang, entries] of Object.entries(configurationNls(RULES))) {
  const path = join(root, lang === 'en' ? 'package.nls.json' : `package.nls.${lang}.json`);
  const current = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('config.')));
  const text = `${JSON.stringify({ ...kept, ...entries }, null, 2)}\n`;
  nlsTexts.set(path, text);
  if (readFileSync(path, 'utf8') !== text) stale.push(path.slice(root.length + 1));
}
if (check) {
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.join(', ')}. Run \`npm run build:schema\`.`);
    process.exit(1);
  }
} else {
  writeFileSync(schemaPath, schemaText);
  manifest.contributes.configuration = configuration;
  writeFileSync(packagePath, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [path, text] of nlsTexts) writeFileSync(path, text);
}

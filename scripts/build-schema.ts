// Generates, from the one definition of the options (server/src/engine/config/options.ts) and the
// rules' meta, the JSON schema of .pplintrc.json and the extension's `contributes.configuration`.
// `tsx scripts/build-schema.ts --check` fails when the committed files differ (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPTIONS } from '../server/src/engine/config/options.js';
import { RULES } from '../server/src/engine/rules/index.js';
import { RULE_LEVELS } from '../server/src/engine/config/options.js';

const root = join(import.meta.dirname, '..');

function ruleProperties(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of RULES) {
    const level = { type: 'string', enum: RULE_LEVELS };
    const options = rule.meta.schema ?? { type: 'object', additionalProperties: false, properties: {} };
    properties[rule.id] = {
      description: `${rule.meta.docs.description.en} (default: ${rule.meta.defaultSeverity})`,
      oneOf: [level, { type: 'array', items: [level, options], minItems: 1, maxItems: 2 }],
    };
  }
  return properties;
}

function withRules(schema: Record<string, unknown>, key: string): Record<string, unknown> {
  if (key === 'rules') return { ...schema, properties: ruleProperties(), additionalProperties: false };
  if (key === 'overrides') {
    const items = schema.items as Record<string, unknown>;
    const props = items.properties as Record<string, unknown>;
    return { ...schema, items: { ...items, properties: { ...props, rules: { type: 'object', properties: ruleProperties(), additionalProperties: false } } } };
  }
  return schema;
}

export function pplintrcSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = { $schema: { type: 'string' } };
  for (const o of OPTIONS.filter((o) => o.file)) properties[o.key] = { ...withRules(o.schema, o.key), description: o.description, ...(o.default !== undefined ? { default: o.default } : {}) };
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'Privacy Policy Linter configuration (.pplintrc.json)', type: 'object', additionalProperties: false, properties };
}

export function contributedConfiguration(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const o of OPTIONS.filter((o) => o.setting)) {
    properties[`pplint.${o.key}`] = { ...withRules(o.schema, o.key), markdownDescription: o.description, scope: 'resource', ...(o.default !== undefined ? { default: o.default } : {}) };
  }
  return { title: 'Privacy Policy Linter', properties };
}

const check = process.argv.includes('--check');
const schemaPath = join(root, 'schemas/pplintrc.schema.json');
const packagePath = join(root, 'package.json');
const schemaText = `${JSON.stringify(pplintrcSchema(), null, 2)}\n`;
const manifest = JSON.parse(readFileSync(packagePath, 'utf8')) as { contributes: Record<string, unknown> };
const configuration = contributedConfiguration();
const stale: string[] = [];
if (readFileSync(schemaPath, { encoding: 'utf8', flag: 'a+' }) !== schemaText) stale.push('schemas/pplintrc.schema.json');
if (JSON.stringify(manifest.contributes.configuration) !== JSON.stringify(configuration)) stale.push('package.json contributes.configuration');
if (check) {
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.join(', ')}. Run \`npm run build:schema\`.`);
    process.exit(1);
  }
} else {
  writeFileSync(schemaPath, schemaText);
  manifest.contributes.configuration = configuration;
  writeFileSync(packagePath, `${JSON.stringify(manifest, null, 2)}\n`);
}

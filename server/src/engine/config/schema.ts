// The JSON schema of `.pplintrc.json` and the extension's `contributes.configuration`, built from
// the one definition of the options (options.ts) and the rules' meta. scripts/build-schema.ts
// writes them to schemas/ and package.json (a test fails when they drift); validate.ts checks
// configurations against the same schema with ajv.
import { OPTIONS, RULE_LEVELS, type JsonSchema } from './options.js';

/** What the schema needs to know of a rule. */
export interface SchemaRule {
  id: string;
  meta: { defaultSeverity: string; docs: { description: { en: string } }; schema?: JsonSchema };
}

const STRING_LIST: JsonSchema = { type: 'array', items: { type: 'string' } };

/** A rule's setting: a level, or a level and the rule's options. */
export function ruleSchema(rule: SchemaRule): JsonSchema {
  const level = { type: 'string', enum: RULE_LEVELS };
  const options = rule.meta.schema ?? { type: 'object', additionalProperties: false, properties: {} };
  return {
    description: `${rule.meta.docs.description.en} (default: ${rule.meta.defaultSeverity})`,
    oneOf: [level, { type: 'array', items: [level, options], minItems: 1, maxItems: 2 }],
  };
}

function rulesSchema(rules: readonly SchemaRule[]): JsonSchema {
  return { type: 'object', properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule)])), additionalProperties: false };
}

/**
 * The option's schema with the rules filled in where it names them: inline, or (in the file's
 * schema) as a reference to one definition, which ajv compiles once for `rules` and `overrides`.
 */
function withRules(schema: JsonSchema, key: string, rules: readonly SchemaRule[], shared = false): JsonSchema {
  const ruleSettings = shared ? { allOf: [{ $ref: '#/definitions/rules' }] } : rulesSchema(rules);
  if (key === 'rules') return shared ? { ...ruleSettings } : { ...schema, ...ruleSettings };
  if (key === 'overrides') {
    const items = schema.items as JsonSchema;
    const properties = items.properties as Record<string, JsonSchema>;
    return { ...schema, items: { ...items, properties: { ...properties, rules: ruleSettings } } };
  }
  if (key === 'vocabulary') {
    // Per entry: phrase lists per language (a phrase family), or such lists under "headings",
    // "text" and "clause" (a section kind). validate.ts also checks the entries' names.
    return { ...schema, additionalProperties: { type: 'object', additionalProperties: { anyOf: [STRING_LIST, { type: 'object', additionalProperties: STRING_LIST }] } } };
  }
  return schema;
}

export function pplintrcSchema(rules: readonly SchemaRule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = { $schema: { type: 'string' } };
  for (const o of OPTIONS.filter((o) => o.file)) {
    properties[o.key] = { ...withRules(o.schema, o.key, rules, true), description: o.description, ...(o.default !== undefined ? { default: o.default } : {}) };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#', title: 'Privacy Policy Linter configuration (.pplintrc.json)', type: 'object', additionalProperties: false, properties,
    definitions: { rules: rulesSchema(rules) },
  };
}

export function contributedConfiguration(rules: readonly SchemaRule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const o of OPTIONS.filter((o) => o.setting)) {
    properties[`pplint.${o.key}`] = { ...withRules(o.schema, o.key, rules), markdownDescription: o.description, scope: 'resource', ...(o.default !== undefined ? { default: o.default } : {}) };
  }
  return { title: 'Privacy Policy Linter', properties };
}

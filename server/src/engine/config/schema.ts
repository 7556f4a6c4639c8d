// The JSON schema of `.pplintrc.json` and the extension's `contributes.configuration`, built from
// the one definition of the options (options.ts) and the rules' meta. scripts/build-schema.ts
// writes them to schemas/ and package.json, and the settings' words to package.nls*.json (a test
// fails when they drift); validate.ts checks configurations against the same schema with ajv.
// The file's schema is in English; the editor's settings name `%config.…%` keys, which VS Code
// reads in its display language from package.nls.<lang>.json.
import { LANGUAGES, type Lang, type Localized } from '../types.js';
import { OPTIONS, RULE_LEVELS, type JsonSchema } from './options.js';

/** What the schema needs to know of a rule. */
export interface SchemaRule {
  id: string;
  meta: { defaultSeverity: string; docs: { description: Localized }; schema?: JsonSchema };
}

const DEFAULT_WORD: Record<Lang, string> = { en: 'default', ru: 'по умолчанию', kk: 'әдепкі' };

/** A rule's description with its default level, in one language. */
function ruleDescription(rule: SchemaRule, lang: Lang): string {
  return `${rule.meta.docs.description[lang] ?? rule.meta.docs.description.en} (${DEFAULT_WORD[lang]}: ${rule.meta.defaultSeverity})`;
}

const STRING_LIST: JsonSchema = { type: 'array', items: { type: 'string' } };

/** A rule's setting: a level, or a level and the rule's options (`nls`: its description as a package.nls key). */
export function ruleSchema(rule: SchemaRule, nls = false): JsonSchema {
  const level = { type: 'string', enum: RULE_LEVELS };
  const options = rule.meta.schema ?? { type: 'object', additionalProperties: false, properties: {} };
  return {
    description: nls ? `%config.rules.${rule.id}%` : ruleDescription(rule, 'en'),
    oneOf: [level, { type: 'array', items: [level, options], minItems: 1, maxItems: 2 }],
  };
}

function rulesSchema(rules: readonly SchemaRule[], nls = false): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule, nls)])),
    additionalProperties: false,
  };
}

/**
 * The option's schema with the rules filled in where it names them: inline, or (in the file's
 * schema) as a reference to one definition, which ajv compiles once for `rules` and `overrides`.
 */
function withRules(
  schema: JsonSchema,
  key: string,
  rules: readonly SchemaRule[],
  shared = false,
  nls = false,
): JsonSchema {
  const ruleSettings = shared ? { allOf: [{ $ref: '#/definitions/rules' }] } : rulesSchema(rules, nls);
  if (key === 'rules') return shared ? { ...ruleSettings } : { ...schema, ...ruleSettings };
  if (key === 'overrides') {
    const items = schema.items as JsonSchema;
    const properties = items.properties as Record<string, JsonSchema>;
    return { ...schema, items: { ...items, properties: { ...properties, rules: ruleSettings } } };
  }
  if (key === 'vocabulary') {
    // Per entry: phrase lists per language (a phrase family), or such lists under "headings",
    // "text" and "clause" (a section kind). validate.ts also checks the entries' names.
    return {
      ...schema,
      additionalProperties: {
        type: 'object',
        additionalProperties: { anyOf: [STRING_LIST, { type: 'object', additionalProperties: STRING_LIST }] },
      },
    };
  }
  return schema;
}

export function pplintrcSchema(rules: readonly SchemaRule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = { $schema: { type: 'string' } };
  for (const o of OPTIONS.filter((o) => o.file)) {
    properties[o.key] = {
      ...withRules(o.schema, o.key, rules, true),
      description: o.description.en,
      ...(o.default !== undefined ? { default: o.default } : {}),
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Privacy Policy Linter configuration (.pplintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties,
    definitions: { rules: rulesSchema(rules) },
  };
}

export function contributedConfiguration(rules: readonly SchemaRule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const o of OPTIONS.filter((o) => o.setting)) {
    properties[`pplint.${o.key}`] = {
      ...withRules(o.schema, o.key, rules, false, true),
      markdownDescription: `%config.${o.key}%`,
      scope: 'resource',
      ...(o.default !== undefined ? { default: o.default } : {}),
    };
  }
  return { title: '%config.title%', properties };
}

const SETTINGS_TITLE: Record<Lang, string> = {
  en: 'Privacy Policy Linter',
  ru: 'Проверка политики конфиденциальности',
  kk: 'Құпиялылық саясатын тексеру',
};

/** The words of the contributed settings, per language: the `config.*` entries of package.nls*.json. */
export function configurationNls(rules: readonly SchemaRule[]): Record<Lang, Record<string, string>> {
  const entries = (lang: Lang): Record<string, string> => ({
    'config.title': SETTINGS_TITLE[lang],
    ...Object.fromEntries(
      OPTIONS.filter((o) => o.setting).map((o) => [`config.${o.key}`, o.description[lang] ?? o.description.en]),
    ),
    ...Object.fromEntries(rules.map((rule) => [`config.rules.${rule.id}`, ruleDescription(rule, lang)])),
  });
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, entries(lang)])) as Record<Lang, Record<string, string>>;
}

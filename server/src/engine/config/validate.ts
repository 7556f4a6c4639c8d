// Checks a configuration object against the option definitions and says, in one sentence per
// problem, what is wrong and where. Bad keys are dropped; the rest of the configuration is used.
import { OPTIONS, ruleSettingSchema, type JsonSchema } from './options.js';
import type { PplintConfig, RuleSetting } from './types.js';
import { SECTION_KINDS } from '../types.js';
import { familyIds } from '../extract/vocabulary/lexicon.js';

export interface ConfigCheck {
  config: PplintConfig;
  problems: string[];
}

export function validateConfig(raw: unknown, where: string, knownRules: ReadonlySet<string>): ConfigCheck {
  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: {}, problems: [`${where}: expected a JSON object with keys such as "jurisdictions" and "rules".`] };
  }
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    const option = OPTIONS.find((o) => o.key === key && o.file);
    if (!option) {
      problems.push(`${where}: unknown key "${key}" (known: ${OPTIONS.filter((o) => o.file).map((o) => o.key).join(', ')}).`);
      continue;
    }
    if (key === 'rules') {
      const rules = checkRules(value, 'rules', where, knownRules, problems);
      if (rules) config.rules = rules;
      continue;
    }
    const error = check(value, option.schema, key);
    if (error) {
      problems.push(`${where}: ${error}`);
      continue;
    }
    if (key === 'vocabulary') {
      config.vocabulary = checkVocabulary(value as Record<string, unknown>, where, problems);
      continue;
    }
    if (key === 'overrides') {
      config.overrides = (value as Array<{ files: string[]; rules?: unknown }>).map((o, i) => ({ files: o.files, rules: checkRules(o.rules ?? {}, `overrides[${i}].rules`, where, knownRules, problems) ?? {} }));
      continue;
    }
    config[key] = value;
  }
  return { config: config as PplintConfig, problems };
}

/** Vocabulary entries extend a section kind (section-kinds.yaml) or a phrase family (the other vocabulary files). */
function checkVocabulary(value: Record<string, unknown>, where: string, problems: string[]): Record<string, unknown> {
  const kinds = new Set<string>(SECTION_KINDS);
  const families = new Set(familyIds());
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!kinds.has(key) && !families.has(key)) {
      problems.push(`${where}: unknown vocabulary entry "${key}": name a section kind (${[...kinds].join(', ')}) or a phrase family (${[...families].sort().join(', ')}).`);
      continue;
    }
    const shape = kinds.has(key) ? 'an object with "headings", "text" or "clause" lists per language' : 'an object of phrase lists per language, e.g. {"ru": ["…"]}';
    const lists = kinds.has(key) ? Object.values((entry ?? {}) as Record<string, unknown>) : [entry];
    const valid = entry !== null && typeof entry === 'object' && !Array.isArray(entry) && lists.every((l) => l !== null && typeof l === 'object' && !Array.isArray(l) && Object.values(l as Record<string, unknown>).every((p) => Array.isArray(p) && p.every((x) => typeof x === 'string')));
    if (!valid) problems.push(`${where}: vocabulary.${key} must be ${shape}.`);
    else out[key] = entry;
  }
  return out;
}

/** Each rule setting on its own, so that one mistake does not drop the others. */
function checkRules(value: unknown, path: string, where: string, knownRules: ReadonlySet<string>, problems: string[]): Record<string, RuleSetting> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${where}: ${path} must be an object of rule settings.`);
    return null;
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    if (!knownRules.has(id)) {
      problems.push(`${where}: unknown rule "${id}" in ${path} (known: ${[...knownRules].sort().join(', ')}).`);
      continue;
    }
    const error = check(setting, ruleSettingSchema, `${path}.${id}`);
    if (error) problems.push(`${where}: ${error}`);
    else rules[id] = setting as RuleSetting;
  }
  return rules;
}

/** A small subset of JSON Schema: the kinds our option definitions use. */
export function check(value: unknown, schema: JsonSchema, path: string): string | null {
  if (Array.isArray(schema.oneOf)) {
    const errors = (schema.oneOf as JsonSchema[]).map((s) => check(value, s, path));
    return errors.some((e) => e === null) ? null : errors[0]!;
  }
  const type = schema.type as string | undefined;
  if (type === 'string' && typeof value !== 'string') return `${path} must be text.`;
  if (type === 'boolean' && typeof value !== 'boolean') return `${path} must be true or false.`;
  if (type === 'number' && typeof value !== 'number') return `${path} must be a number.`;
  if (type === 'object' && (value === null || typeof value !== 'object' || Array.isArray(value))) return `${path} must be an object.`;
  if (type === 'array' && !Array.isArray(value)) return `${path} must be a list.`;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return `${path} must be one of ${(schema.enum as unknown[]).map((e) => JSON.stringify(e)).join(', ')}, not ${JSON.stringify(value)}.`;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return `${path} must be at least ${schema.minimum}.`;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return `${path} must be at most ${schema.maximum}.`;
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return `${path} needs at least ${schema.minItems} item(s).`;
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return `${path} takes at most ${schema.maxItems} items.`;
    const items = schema.items;
    for (let i = 0; i < value.length; i++) {
      const itemSchema = Array.isArray(items) ? (items[i] as JsonSchema | undefined) : (items as JsonSchema | undefined);
      if (!itemSchema) continue;
      const error = check(value[i], itemSchema, `${path}[${i}]`);
      if (error) return error;
    }
  } else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const required of (schema.required as string[] | undefined) ?? []) if (!(required in object)) return `${path} needs "${required}".`;
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const [k, v] of Object.entries(object)) {
      const propSchema = properties[k] ?? (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as JsonSchema) : undefined);
      if (!propSchema) {
        if (schema.additionalProperties === false) return `${path}: unknown key "${k}".`;
        continue;
      }
      const error = check(v, propSchema, `${path}.${k}`);
      if (error) return error;
    }
  }
  return null;
}

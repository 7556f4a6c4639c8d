// Resolves the configuration for one document: rule defaults, then each layer in order
// (VS Code settings, then .pplintrc.json, so that the editor and CI agree), then the
// `overrides` whose globs match the document's path.
import picomatch from 'picomatch';
import { LANGUAGES, type Lang, type RuleLevel } from '../types.js';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './options.js';
import type { PplintConfig, ResolvedConfig, ResolvedRule, RuleDefaults, RuleSetting } from './types.js';

export function resolveConfig(
  rules: readonly RuleDefaults[],
  layers: PplintConfig[],
  relativePath?: string,
  uiLanguage: Lang = 'en',
): ResolvedConfig {
  const resolved: ResolvedConfig = {
    jurisdictions: null,
    languages: ['ru', 'kk', 'en'],
    primaryLanguage: null,
    include: DEFAULT_INCLUDE,
    exclude: DEFAULT_EXCLUDE,
    rules: new Map(),
    uiLanguage,
  };
  for (const rule of rules)
    resolved.rules.set(rule.id, { level: rule.meta.defaultSeverity, options: defaultOptions(rule) });
  for (const layer of layers) {
    if (layer.jurisdictions) resolved.jurisdictions = layer.jurisdictions.map((j) => j.toLowerCase());
    if (layer.languages && layer.languages.length > 0) resolved.languages = layer.languages;
    if (layer.primaryLanguage) resolved.primaryLanguage = layer.primaryLanguage;
    if (layer.include) resolved.include = layer.include;
    if (layer.exclude) resolved.exclude = layer.exclude;
    if (layer.uiLanguage && layer.uiLanguage !== 'auto' && (LANGUAGES as readonly string[]).includes(layer.uiLanguage))
      resolved.uiLanguage = layer.uiLanguage;
    if (layer.vocabulary) resolved.vocabulary = layer.vocabulary;
    if (layer.clauses) resolved.clauses = layer.clauses;
    applyRules(resolved.rules, layer.rules);
    if (relativePath !== undefined) {
      for (const override of layer.overrides ?? []) {
        if (override.files.some((glob) => picomatch.isMatch(relativePath, glob, { dot: true })))
          applyRules(resolved.rules, override.rules);
      }
    }
  }
  return resolved;
}

function defaultOptions(rule: RuleDefaults): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(rule.meta.schema?.properties ?? {}))
    if (schema.default !== undefined) options[key] = schema.default;
  return options;
}

function applyRules(target: Map<string, ResolvedRule>, settings: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const current = target.get(id);
    if (!current) continue;
    const [level, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
    target.set(id, { level: level as RuleLevel, options: { ...current.options, ...(options ?? {}) } });
  }
}

// Checks a configuration with ajv against the schema that is also published for editors
// (schema.ts), and says, in one sentence per problem, what is wrong and where. A bad setting is
// dropped on its own (one rule, one override, one vocabulary entry, else one key); the rest of the
// configuration is used.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { pplintrcSchema, type SchemaRule } from './schema.js';
import { OPTIONS } from './options.js';
import type { PplintConfig } from './types.js';
import { LANGUAGES, SECTION_KINDS } from '../types.js';
import { familyIds } from '../extract/vocabulary/lexicon.js';

type Path = Array<string | number>;

/** A problem with one setting, which was dropped; `path` leads to it in the configuration. */
export interface ConfigIssue {
  message: string;
  path: Path;
}

export interface ConfigCheck {
  config: PplintConfig;
  /** The issues' messages, in the order of the settings. */
  problems: string[];
  issues: ConfigIssue[];
}

const validators = new WeakMap<readonly SchemaRule[], ValidateFunction>();

/**
 * The schema of `.pplintrc.json` for these rules, compiled once per engine. The schema is ours and
 * tested, so ajv does not validate it again (that alone doubled the first call).
 */
function validatorFor(rules: readonly SchemaRule[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    validate = new Ajv({
      allErrors: true,
      strictTuples: false,
      logger: false,
      validateSchema: false,
      code: { optimize: false },
    }).compile(pplintrcSchema(rules));
    validators.set(rules, validate);
  }
  return validate;
}

const KIND_LISTS = new Set(['headings', 'text', 'clause']);

/**
 * The schema gives a vocabulary entry's shape; its name and the shape that name needs come from
 * the data (section-kinds.yaml and the phrase families), which grow without a new schema.
 */
function vocabularyErrors(
  raw: Record<string, unknown>,
  checked: Set<string>,
): Array<{ path: Path; kind: 'unknown' | 'shape' }> {
  const vocabulary = raw.vocabulary;
  if (!vocabulary || typeof vocabulary !== 'object' || Array.isArray(vocabulary)) return [];
  const kinds = new Set<string>(SECTION_KINDS);
  const families = new Set(familyIds());
  const isLists = (value: unknown, languages: readonly string[]): boolean =>
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.entries(value).every(([lang, list]) => languages.includes(lang) && Array.isArray(list));
  const errors: Array<{ path: Path; kind: 'unknown' | 'shape' }> = [];
  for (const [name, entry] of Object.entries(vocabulary as Record<string, unknown>)) {
    if (checked.has(JSON.stringify(['vocabulary', name]))) continue;
    if (!kinds.has(name) && !families.has(name)) errors.push({ path: ['vocabulary', name], kind: 'unknown' });
    else if (
      kinds.has(name)
        ? !Object.entries(entry as object).every(([k, v]) => KIND_LISTS.has(k) && isLists(v, LANGUAGES))
        : !isLists(entry, [...LANGUAGES, 'any'])
    ) {
      errors.push({ path: ['vocabulary', name], kind: 'shape' });
    }
  }
  return errors;
}

export function validateConfig(raw: unknown, where: string, rules: readonly SchemaRule[]): ConfigCheck {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const message = `${where}: expected a JSON object with keys such as "jurisdictions" and "rules".`;
    return { config: {}, problems: [message], issues: [{ message, path: [] }] };
  }
  const validate = validatorFor(rules);
  const config = structuredClone(raw) as Record<string, unknown>;
  delete config.$schema;
  validate(raw);

  // Group the errors by the setting each one drops, in the order the settings are written.
  const bySetting = new Map<string, { path: Path; errors: ErrorObject[] }>();
  const add = (path: Path, error: ErrorObject): void => {
    const key = JSON.stringify(path);
    const entry = bySetting.get(key) ?? { path, errors: [] };
    entry.errors.push(error);
    bySetting.set(key, entry);
  };
  for (const error of validate.errors ?? []) add(settingOf(errorPath(error)), error);
  for (const { path, kind } of vocabularyErrors(raw as Record<string, unknown>, new Set(bySetting.keys()))) {
    const instancePath =
      kind === 'unknown' ? '/vocabulary' : `/vocabulary/${String(path[1]).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    add(path, {
      keyword: kind === 'unknown' ? 'additionalProperties' : 'type',
      instancePath,
      schemaPath: '#/vocabulary',
      params: kind === 'unknown' ? { additionalProperty: path[1] } : { type: 'object' },
    });
  }
  if (bySetting.size === 0) return { config: config as PplintConfig, problems: [], issues: [] };
  const order = settingOrder(raw as Record<string, unknown>);
  const settings = [...bySetting.values()].sort(
    (a, b) => (order.get(JSON.stringify(a.path)) ?? 0) - (order.get(JSON.stringify(b.path)) ?? 0),
  );
  const known = rules
    .map((r) => r.id)
    .sort()
    .join(', ');
  const issues = settings.map(({ path, errors }) => ({
    path,
    message: `${where}: ${explain(path, errors, raw, known)}`,
  }));
  for (const { path } of [...settings].sort((a, b) => b.path.length - a.path.length)) drop(config, path);
  if (Array.isArray(config.overrides)) config.overrides = config.overrides.filter((o) => o !== DROPPED);
  return { config: config as PplintConfig, problems: issues.map((i) => i.message), issues };
}

/** The path of the value an error is about (for an unknown key, the key itself). */
function errorPath(error: ErrorObject): Path {
  const path: Path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return path.map((s) => (typeof s === 'string' && /^\d+$/.test(s) ? Number(s) : s));
}

/** The setting a problem at `path` drops: one rule, one override, one vocabulary entry, else one key. */
function settingOf(path: Path): Path {
  const [top, second, third, fourth] = path;
  if (top === undefined) return [];
  if ((top === 'rules' || top === 'vocabulary') && second !== undefined) return [top, second];
  if (top === 'overrides' && second !== undefined)
    return third === 'rules' && fourth !== undefined ? [top, second, third, fourth] : [top, second];
  return [top];
}

/** Settings in the order the configuration writes them. */
function settingOrder(raw: Record<string, unknown>): Map<string, number> {
  const order = new Map<string, number>();
  const add = (path: Path): void => void order.set(JSON.stringify(path), order.size);
  const keys = (value: unknown): string[] =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  for (const key of Object.keys(raw)) {
    add([key]);
    if (key === 'rules' || key === 'vocabulary') for (const k of keys(raw[key])) add([key, k]);
    if (key === 'overrides' && Array.isArray(raw.overrides)) {
      raw.overrides.forEach((o: unknown, i) => {
        add([key, i]);
        for (const id of keys((o as Record<string, unknown> | null)?.rules)) add([key, i, 'rules', id]);
      });
    }
  }
  return order;
}

/** One sentence for the problems of one setting. */
function explain(setting: Path, errors: ErrorObject[], raw: unknown, knownRules: string): string {
  const [top, second] = setting;
  const unknown = errors.find((e) => e.keyword === 'additionalProperties' && errorPath(e).length === setting.length);
  if (unknown) {
    const name = String(unknown.params.additionalProperty);
    if (setting.length === 1)
      return `unknown key "${name}" (known: ${OPTIONS.filter((o) => o.file)
        .map((o) => o.key)
        .join(', ')}).`;
    if (top === 'vocabulary')
      return `unknown vocabulary entry "${name}": name a section kind (${SECTION_KINDS.join(', ')}) or a phrase family (${[...familyIds()].sort().join(', ')}).`;
    return `unknown rule "${name}" in ${pathText(setting.slice(0, -1))} (known: ${knownRules}).`;
  }
  if (top === 'vocabulary' && second !== undefined) {
    const shape = (SECTION_KINDS as readonly string[]).includes(String(second))
      ? 'an object with "headings", "text" or "clause" lists per language'
      : 'an object of phrase lists per language, e.g. {"ru": ["…"]}';
    return `vocabulary.${second} must be ${shape}.`;
  }
  const rulesObject = errors.find((e) => e.keyword === 'type' && /(?:^|\/)rules$/.test(e.instancePath));
  if (rulesObject) return `${pathText(errorPath(rulesObject))} must be an object of rule settings.`;
  return describe(mostSpecific(errors), raw);
}

/**
 * The error that says most: not the "matches none of the alternatives" wrapper, nor the
 * alternatives whose type the value does not have; the deepest of the rest.
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  let rest = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  for (const wrapper of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const branchOf = (e: ErrorObject): string => e.schemaPath.slice(wrapper.schemaPath.length + 1).split('/')[0]!;
    const inside = rest.filter((e) => e.schemaPath.startsWith(`${wrapper.schemaPath}/`));
    const mismatched = inside.filter(
      (e) =>
        e.keyword === 'type' &&
        e.instancePath === wrapper.instancePath &&
        e.schemaPath === `${wrapper.schemaPath}/${branchOf(e)}/type`,
    );
    const wrongBranches = new Set(mismatched.map(branchOf));
    if (wrongBranches.size === new Set(inside.map(branchOf)).size) {
      // The value has none of the types: one error that names them all.
      return { ...mismatched[0]!, params: { type: mismatched.map((e) => e.params.type as string) } };
    }
    rest = rest.filter((e) => !(inside.includes(e) && wrongBranches.has(branchOf(e))));
  }
  return rest.reduce((best, e) => (errorPath(e).length > errorPath(best).length ? e : best), rest[0] ?? errors[0]!);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function describe(error: ErrorObject, raw: unknown): string {
  const path = errorPath(error);
  const where = pathText(path);
  const value = valueAt(raw, path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = ([] as string[]).concat(p.type as string | string[]).flatMap((t) => String(t).split(','));
      return `${where} must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}.`;
    }
    case 'enum':
      return `${where} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}.`;
    case 'minimum':
      return `${where} must be at least ${p.limit}.`;
    case 'maximum':
      return `${where} must be at most ${p.limit}.`;
    case 'minItems':
      return `${where} needs at least ${p.limit} item(s).`;
    case 'maxItems':
      return `${where} takes at most ${p.limit} items.`;
    case 'uniqueItems':
      return `${where} lists ${JSON.stringify((value as unknown[])[p.j as number])} twice.`;
    case 'required':
      return `${where} needs "${p.missingProperty}".`;
    case 'additionalProperties':
      return `${pathText(path.slice(0, -1))}: unknown key "${p.additionalProperty}".`;
    default:
      return `${where} ${error.message ?? 'is not valid'}.`;
  }
}

/** `rules.placeholder[1].values`, as a lawyer reading the file would find it. */
function pathText(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || 'the configuration';
}

function valueAt(raw: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, s) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined),
    raw,
  );
}

const DROPPED = Symbol('dropped');

function drop(config: Record<string, unknown>, path: Path): void {
  if (path.length === 0) return;
  const parent = valueAt(config, path.slice(0, -1));
  const last = path.at(-1)!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = DROPPED;
  else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
}

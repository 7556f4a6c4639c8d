// The one definition of every configuration key. The JSON schema of `.pplintrc.json` and the
// `contributes.configuration` of the extension are generated from it (scripts/build-schema.ts),
// and a test fails when the generated files drift from it.
import { LANGUAGES } from '../types.js';

export type JsonSchema = Record<string, unknown>;

export interface OptionDefinition {
  key: string;
  schema: JsonSchema;
  description: string;
  /** Also a VS Code setting `pplint.<key>`. */
  setting: boolean;
  /** Also a key of `.pplintrc.json`. */
  file: boolean;
  default?: unknown;
}

export const DEFAULT_INCLUDE = [
  '**/*privacy*.md', '**/*privacy*.markdown', '**/*personal-data*.md', '**/*конфиденциальн*.md', '**/*персональн*.md', '**/*құпиялылық*.md',
];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

const languageSchema = { type: 'string', enum: [...LANGUAGES] };
export const RULE_LEVELS = ['off', 'info', 'warning', 'error'];

export const ruleSettingSchema: JsonSchema = {
  oneOf: [
    { type: 'string', enum: RULE_LEVELS },
    { type: 'array', items: [{ type: 'string', enum: RULE_LEVELS }, { type: 'object' }], minItems: 1, maxItems: 2 },
  ],
};

export const OPTIONS: OptionDefinition[] = [
  { key: 'enable', setting: true, file: false, schema: { type: 'boolean' }, default: true, description: 'Lint privacy-policy drafts in this workspace.' },
  { key: 'jurisdictions', setting: true, file: true, schema: { type: 'array', items: { type: 'string', enum: ['kz', 'gdpr', 'ru', 'ccpa'] }, uniqueItems: true }, description: 'Laws the policies answer to (kz: Law 94-V; gdpr; ru: 152-FZ; ccpa). Front matter `jurisdictions:` (of any language version) overrides it; when neither is set, they are read from the laws the text applies, or guessed from signs of the country and shown as a guess.' },
  { key: 'languages', setting: true, file: true, schema: { type: 'array', items: languageSchema, uniqueItems: true }, default: ['ru', 'kk', 'en'], description: 'The languages the policy is kept in; the first is the primary version unless `primaryLanguage` says otherwise.' },
  { key: 'primaryLanguage', setting: true, file: true, schema: languageSchema, description: 'The language of the master text, against which the other language versions are checked.' },
  { key: 'include', setting: true, file: true, schema: { type: 'array', items: { type: 'string' } }, default: DEFAULT_INCLUDE, description: 'Globs of Markdown files that are privacy-policy drafts (besides files with `policy:` in their front matter or a policy title as their first heading).' },
  { key: 'exclude', setting: true, file: true, schema: { type: 'array', items: { type: 'string' } }, default: DEFAULT_EXCLUDE, description: 'Globs of files never linted.' },
  { key: 'rules', setting: true, file: true, schema: { type: 'object', additionalProperties: ruleSettingSchema }, description: 'Rule levels and options: `"rule-id": "off" | "info" | "warning" | "error"` or `["warning", { options }]`.' },
  { key: 'overrides', setting: false, file: true, schema: { type: 'array', items: { type: 'object', required: ['files'], additionalProperties: false, properties: { files: { type: 'array', items: { type: 'string' } }, rules: { type: 'object', additionalProperties: ruleSettingSchema } } } }, description: 'Rule settings for some files only, by glob.' },
  { key: 'uiLanguage', setting: true, file: true, schema: { type: 'string', enum: ['auto', ...LANGUAGES] }, default: 'auto', description: "The language of the linter's messages (auto: the editor's language)." },
  { key: 'clauses', setting: false, file: true, schema: { type: 'string', minLength: 1 }, description: 'A folder of the firm’s own clauses (Markdown files with front matter: id, kind, items, lang, title, description), relative to this file: they join the clause library ahead of the product’s clauses in Insert Clause… and in the suggestions that insert a missing item.' },
  { key: 'vocabulary', setting: false, file: true, schema: { type: 'object' }, description: 'More words for the linter to read: per section kind, in the format of section-kinds.yaml (`{"retention": {"headings": {"ru": ["период хранения"]}}}`), or per phrase family of the other vocabulary files (`{"retention-criteria-account": {"en": ["while ** subscription lasts"]}}`).' },
  { key: 'lintDelay', setting: true, file: false, schema: { type: 'number', minimum: 0, maximum: 5000 }, default: 0, description: 'Milliseconds to wait after a keystroke before linting (0: as soon as the editor is idle).' },
];

// The one definition of every configuration key. The JSON schema of `.pplintrc.json` and the
// `contributes.configuration` of the extension are generated from it (scripts/build-schema.ts),
// and a test fails when the generated files drift from it.
import { LANGUAGES, type Localized } from '../types.js';

export type JsonSchema = Record<string, unknown>;

export interface OptionDefinition {
  key: string;
  schema: JsonSchema;
  /** English in the file's schema; all three in the editor's settings (through package.nls*.json). */
  description: Localized;
  /** Also a VS Code setting `pplint.<key>`. */
  setting: boolean;
  /** Also a key of `.pplintrc.json`. */
  file: boolean;
  default?: unknown;
}

export const DEFAULT_INCLUDE = [
  '**/*privacy*.md',
  '**/*privacy*.markdown',
  '**/*personal-data*.md',
  '**/*конфиденциальн*.md',
  '**/*персональн*.md',
  '**/*құпиялылық*.md',
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
  {
    key: 'enable',
    setting: true,
    file: false,
    schema: { type: 'boolean' },
    default: true,
    description: {
      en: 'Lint privacy-policy drafts in this workspace.',
      ru: 'Проверять проекты политик конфиденциальности в этой рабочей области.',
      kk: 'Осы жұмыс аймағындағы құпиялылық саясаттарының жобаларын тексеру.',
    },
  },
  {
    key: 'jurisdictions',
    setting: true,
    file: true,
    schema: { type: 'array', items: { type: 'string', enum: ['kz', 'gdpr', 'ru', 'ccpa'] }, uniqueItems: true },
    description: {
      en: 'Laws the policies answer to (kz: Law 94-V; gdpr; ru: 152-FZ; ccpa). Front matter `jurisdictions:` (of any language version) overrides it; when neither is set, they are read from the laws the text applies, or guessed from signs of the country and shown as a guess.',
      ru: 'Законы, которым подчиняются политики (kz: Закон № 94-V; gdpr; ru: 152-ФЗ; ccpa). Его переопределяет `jurisdictions:` в титульном блоке (любой языковой версии); если не задано ни то, ни другое, законы берутся из текста, который их применяет, или предполагаются по признакам страны и показываются как предположение.',
      kk: 'Саясаттар бағынатын заңдар (kz: № 94-V Заң; gdpr; ru: 152-ФЗ; ccpa). Оны титулдық блоктағы `jurisdictions:` (кез келген тілдік нұсқаның) алмастырады; екеуі де көрсетілмесе, заңдар оларды қолданатын мәтіннен алынады немесе ел белгілері бойынша болжанып, болжам ретінде көрсетіледі.',
    },
  },
  {
    key: 'languages',
    setting: true,
    file: true,
    schema: { type: 'array', items: languageSchema, uniqueItems: true },
    default: ['ru', 'kk', 'en'],
    description: {
      en: 'The languages the policy is kept in; the first is the primary version unless `primaryLanguage` says otherwise.',
      ru: 'Языки, на которых ведётся политика; первый — основная версия, если `primaryLanguage` не указывает иное.',
      kk: 'Саясат жүргізілетін тілдер; егер `primaryLanguage` өзгеше көрсетпесе, біріншісі — негізгі нұсқа.',
    },
  },
  {
    key: 'primaryLanguage',
    setting: true,
    file: true,
    schema: languageSchema,
    description: {
      en: 'The language of the master text, against which the other language versions are checked.',
      ru: 'Язык эталонного текста, с которым сверяются остальные языковые версии.',
      kk: 'Басқа тілдік нұсқалар салыстырылатын түпнұсқа мәтіннің тілі.',
    },
  },
  {
    key: 'include',
    setting: true,
    file: true,
    schema: { type: 'array', items: { type: 'string' } },
    default: DEFAULT_INCLUDE,
    description: {
      en: 'Globs of Markdown files that are privacy-policy drafts (besides files with `policy:` in their front matter or a policy title as their first heading).',
      ru: 'Шаблоны путей к Markdown-файлам, которые являются проектами политик конфиденциальности (помимо файлов с `policy:` в титульном блоке или с заголовком политики в первой строке).',
      kk: 'Құпиялылық саясаттарының жобасы болып табылатын Markdown файлдарының жол үлгілері (титулдық блогында `policy:` бар немесе бірінші тақырыбы саясат атауы болатын файлдардан басқа).',
    },
  },
  {
    key: 'exclude',
    setting: true,
    file: true,
    schema: { type: 'array', items: { type: 'string' } },
    default: DEFAULT_EXCLUDE,
    description: {
      en: 'Globs of files never linted.',
      ru: 'Шаблоны путей к файлам, которые никогда не проверяются.',
      kk: 'Ешқашан тексерілмейтін файлдардың жол үлгілері.',
    },
  },
  {
    key: 'rules',
    setting: true,
    file: true,
    schema: { type: 'object', additionalProperties: ruleSettingSchema },
    description: {
      en: 'Rule levels and options: `"rule-id": "off" | "info" | "warning" | "error"` or `["warning", { options }]`.',
      ru: 'Уровни и параметры правил: `"rule-id": "off" | "info" | "warning" | "error"` или `["warning", { параметры }]`.',
      kk: 'Ережелердің деңгейлері мен параметрлері: `"rule-id": "off" | "info" | "warning" | "error"` немесе `["warning", { параметрлер }]`.',
    },
  },
  {
    key: 'overrides',
    setting: false,
    file: true,
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: {
          files: { type: 'array', items: { type: 'string' } },
          rules: { type: 'object', additionalProperties: ruleSettingSchema },
        },
      },
    },
    description: {
      en: 'Rule settings for some files only, by glob.',
      ru: 'Настройки правил только для некоторых файлов, по шаблону пути.',
      kk: 'Тек кейбір файлдарға арналған ереже баптаулары, жол үлгісі бойынша.',
    },
  },
  {
    key: 'uiLanguage',
    setting: true,
    file: true,
    schema: { type: 'string', enum: ['auto', ...LANGUAGES] },
    default: 'auto',
    description: {
      en: "The interface language: messages, hovers, actions, status bar, checklist and rule pages (auto: VS Code's display language). The document's own language is set apart (`lang:`).",
      ru: 'Язык интерфейса: сообщения, подсказки, действия, строка состояния, контрольный перечень и описания правил (auto — язык интерфейса VS Code). Язык самого документа задаётся отдельно (`lang:`).',
      kk: 'Интерфейс тілі: хабарламалар, кеңестер, әрекеттер, күй жолағы, бақылау тізімі және ереже сипаттамалары (auto — VS Code интерфейсінің тілі). Құжаттың өз тілі бөлек көрсетіледі (`lang:`).',
    },
  },
  {
    key: 'clauses',
    setting: false,
    file: true,
    schema: { type: 'string', minLength: 1 },
    description: {
      en: 'A folder of the firm’s own clauses (Markdown files with front matter: id, kind, items, lang, title, description), relative to this file: they join the clause library ahead of the product’s clauses in Insert Clause… and in the suggestions that insert a missing item.',
      ru: 'Папка с собственными формулировками фирмы (файлы Markdown с титульным блоком: id, kind, items, lang, title, description) относительно этого файла: они входят в библиотеку формулировок впереди формулировок продукта в «Вставить пункт…» и в предложениях, вставляющих недостающий пункт.',
      kk: 'Фирманың өз тұжырымдары бар қалта (титулдық блогы бар Markdown файлдары: id, kind, items, lang, title, description), осы файлға қатысты: олар «Тармақ кірістіру…» командасында және жетіспейтін тармақты кірістіретін ұсыныстарда өнімнің тұжырымдарынан бұрын тұжырымдар кітапханасына қосылады.',
    },
  },
  {
    key: 'vocabulary',
    setting: false,
    file: true,
    schema: { type: 'object' },
    description: {
      en: 'More words for the linter to read: per section kind, in the format of section-kinds.yaml (`{"retention": {"headings": {"ru": ["период хранения"]}}}`), or per phrase family of the other vocabulary files (`{"retention-criteria-account": {"en": ["while ** subscription lasts"]}}`).',
      ru: 'Дополнительные слова для чтения: по видам разделов в формате section-kinds.yaml (`{"retention": {"headings": {"ru": ["период хранения"]}}}`) или по семействам фраз других файлов словаря (`{"retention-criteria-account": {"ru": ["пока действует ** подписка"]}}`).',
      kk: 'Оқуға арналған қосымша сөздер: бөлім түрлері бойынша section-kinds.yaml пішімінде (`{"retention": {"headings": {"kk": ["сақтау кезеңі"]}}}`) немесе басқа сөздік файлдарының сөз тіркестері топтары бойынша.',
    },
  },
  {
    key: 'lintDelay',
    setting: true,
    file: false,
    schema: { type: 'number', minimum: 0, maximum: 5000 },
    default: 0,
    description: {
      en: 'Milliseconds to wait after a keystroke before linting (0: as soon as the editor is idle).',
      ru: 'Сколько миллисекунд ждать после нажатия клавиши перед проверкой (0 — как только редактор свободен).',
      kk: 'Перне басылғаннан кейін тексеруге дейін күту уақыты, миллисекундпен (0 — редактор бос болған бойда).',
    },
  },
];

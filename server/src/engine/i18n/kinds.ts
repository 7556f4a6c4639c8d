// The section kinds in words, per interface language: shown in hover, the outline and the
// checklist. Kept apart from the message catalogues because every kind needs all three.
import type { Lang, SectionKind } from '../types.js';

export const KIND_NAMES: Record<SectionKind, Record<Lang, string>> = {
  general: {
    en: 'general provisions and scope',
    ru: 'общие положения и сфера действия',
    kk: 'жалпы ережелер және қолданылу аясы',
  },
  definitions: { en: 'definitions of terms', ru: 'термины и определения', kk: 'терминдер мен анықтамалар' },
  controller: {
    en: 'the operator and its contacts',
    ru: 'оператор и его контакты',
    kk: 'оператор және оның байланыс деректері',
  },
  dpo: {
    en: 'the person responsible for processing (DPO)',
    ru: 'лицо, ответственное за организацию обработки',
    kk: 'өңдеуді ұйымдастыруға жауапты тұлға',
  },
  data_categories: {
    en: 'which personal data are collected',
    ru: 'перечень собираемых данных',
    kk: 'жиналатын деректер тізбесі',
  },
  sources: { en: 'where the data come from', ru: 'источники получения данных', kk: 'деректердің көздері' },
  purposes: { en: 'purposes of processing', ru: 'цели обработки', kk: 'өңдеу мақсаттары' },
  legal_basis: {
    en: 'legal basis for processing',
    ru: 'правовые основания обработки',
    kk: 'өңдеудің құқықтық негіздері',
  },
  consent: {
    en: 'consent: how it is given and its term',
    ru: 'согласие: порядок и срок действия',
    kk: 'келісім: берілу тәртібі және мерзімі',
  },
  consent_withdrawal: { en: 'withdrawal of consent', ru: 'отзыв согласия', kk: 'келісімді кері қайтарып алу' },
  retention: { en: 'how long data are kept', ru: 'сроки хранения', kk: 'сақтау мерзімдері' },
  destruction: {
    en: 'deletion, destruction, depersonalisation',
    ru: 'уничтожение, удаление, обезличивание',
    kk: 'жою, өшіру, иесіздендіру',
  },
  localisation: { en: 'where data are stored', ru: 'место хранения данных', kk: 'деректерді сақтау орны' },
  recipients: { en: 'disclosure to third parties', ru: 'передача третьим лицам', kk: 'үшінші тұлғаларға беру' },
  cross_border: { en: 'cross-border transfer', ru: 'трансграничная передача', kk: 'трансшекаралық беру' },
  public_dissemination: {
    en: 'publication in public sources',
    ru: 'распространение в общедоступных источниках',
    kk: 'жалпыға қолжетімді көздерде тарату',
  },
  rights: { en: "the data subject's rights", ru: 'права субъекта', kk: 'субъектінің құқықтары' },
  requests: {
    en: 'how to exercise rights; response times',
    ru: 'порядок обращений и сроки ответа',
    kk: 'өтініш беру тәртібі және жауап мерзімдері',
  },
  security: { en: 'protection measures', ru: 'меры защиты', kk: 'қорғау шаралары' },
  automated_decisions: {
    en: 'automated decisions and profiling',
    ru: 'автоматизированные решения и профилирование',
    kk: 'автоматтандырылған шешімдер',
  },
  complaints: {
    en: 'complaints and the supervisory authority',
    ru: 'обжалование и уполномоченный орган',
    kk: 'шағымдану және уәкілетті орган',
  },
  statutory_requirement: {
    en: 'whether providing data is required',
    ru: 'обязательность предоставления данных',
    kk: 'деректерді берудің міндеттілігі',
  },
  sale_share: {
    en: 'sale or sharing of personal information',
    ru: 'продажа персональной информации',
    kk: 'дербес ақпаратты сату',
  },
  sensitive_data: { en: 'sensitive data', ru: 'специальные категории данных', kk: 'арнайы санаттағы деректер' },
  children: { en: 'children and minors', ru: 'несовершеннолетние', kk: 'кәмелетке толмағандар' },
  cookies: { en: 'cookies and similar technologies', ru: 'файлы cookie', kk: 'cookie файлдары' },
  changes: {
    en: 'changes to the policy, effective date',
    ru: 'изменения политики, дата редакции',
    kk: 'саясатқа өзгерістер, редакция күні',
  },
  annex: { en: 'annex or consent form', ru: 'приложение или форма согласия', kk: 'қосымша немесе келісім нысаны' },
};

/** A section kind in words, in the interface language (the id itself only for a kind not listed). */
export function kindName(kind: string, lang: Lang): string {
  return (KIND_NAMES as Record<string, Record<Lang, string> | undefined>)[kind]?.[lang] ?? kind;
}

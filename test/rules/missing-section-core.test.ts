// missing-section without a law: the core items every law pplint knows asks for (profiles/core.yaml),
// at warning or info, with the note that says so; and rights sections that are only a fragment
// (some rights, but neither access nor erasure), with a law and without. Every text is ours.
import assert from 'node:assert/strict';
import { lintWith, ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { CORE_PROFILE, PROFILES } from '../../server/src/engine/profiles/index.js';
import { checkedItems, policy, section, LANGS } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';
import { TITLES } from '../fixtures/requirements/types.js';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';
import { RIGHTS } from '../../server/src/engine/extract/requirements/rights.js';
import type { Lang } from '../../server/src/engine/types.js';

type L = 'en' | 'ru' | 'kk';

/** A draft with no front matter law, stating every core item, in one language. */
const CORE_STATED: Record<string, Record<L, string>> = {
  operator: {
    en: '## Who we are\n\nThis policy is issued by Dala Soft LLP.',
    ru: '## Кто мы\n\nПолитику издает ТОО «Дала Софт».',
    kk: '## Біз туралы\n\nСаясатты «Дала Софт» ЖШС шығарады.',
  },
  contacts: {
    en: '## Questions\n\nWrite to privacy@dalasoft.example.',
    ru: '## Вопросы\n\nПишите на privacy@dalasoft.example.',
    kk: '## Сұрақтар\n\nprivacy@dalasoft.example мекенжайына жазыңыз.',
  },
  'data-list': {
    en: '## Information we collect\n\nWe collect your name, e-mail address and the device model.',
    ru: '## Какие данные мы собираем\n\nМы собираем следующие персональные данные: имя, адрес электронной почты и модель устройства.',
    kk: '## Жиналатын деректер\n\nБіз келесі дербес деректерді жинаймыз: аты-жөні, электрондық пошта және құрылғы үлгісі.',
  },
  purposes: {
    en: '## How we use information\n\nTo run your account and answer your questions.',
    ru: '## Цели обработки\n\nЦелью обработки является ведение учетной записи и ответы на вопросы.',
    kk: '## Өңдеу мақсаттары\n\nЕсептік жазбаны жүргізу және сұрақтарға жауап беру.',
  },
  'third-parties': {
    en: '## Sharing your information\n\nWe pass data only to our hosting provider, which acts on our instructions.',
    ru: '## Передача третьим лицам\n\nМы передаем данные только хостинг-провайдеру, который действует по нашему поручению.',
    kk: '## Үшінші тұлғаларға беру\n\nДеректерді тек біздің тапсырмамыз бойынша әрекет ететін хостинг-провайдерге береміз.',
  },
  retention: {
    en: '## How long we keep data\n\nWe keep your data for 3 years after you close your account.',
    ru: '## Сроки хранения\n\nМы храним данные 3 года после закрытия учетной записи.',
    kk: '## Сақтау мерзімі\n\nДеректерді есептік жазба жабылғаннан кейін 3 жыл сақтаймыз.',
  },
  rights: {
    en: '## Your rights\n\nYou may ask for a copy of your data, have it corrected, or have it deleted.',
    ru: '## Ваши права\n\nВы вправе получить доступ к своим данным, потребовать их исправления или удаления.',
    kk: '## Сіздің құқықтарыңыз\n\nСіз өз деректеріңізге қол жеткізе аласыз, оларды түзетуді немесе жоюды талап ете аласыз.',
  },
};

// A Kazakh text alone makes a guess of Law 94-V (extract/jurisdictions/decide.ts): the Kazakh drafts
// here say they keep to another country's legislation, so that no law pplint knows is found.
const ELSEWHERE = '## Қолданылатын заң\n\nБіз Өзбекстан Республикасының заңнамасын сақтаймыз.';
const noLaw = (lang: Lang, parts: string[]): string =>
  `---\nlang: ${lang}\n---\n# ${TITLES[lang]}\n\n${[...parts, ...(lang === 'kk' ? [ELSEWHERE] : [])].join('\n\n')}\n`;
const coreWithout = (lang: L, ...absent: string[]): string[] =>
  Object.entries(CORE_STATED)
    .filter(([id]) => !absent.includes(id))
    .map(([, text]) => text[lang]);
const note = { messageId: 'no-jurisdiction-core', severity: 'info' as const, line: 4 };

const valid: Case[] = [];
const invalid: InvalidCase[] = [];

for (const lang of ['en', 'ru', 'kk'] as const) {
  invalid.push({
    name: `${lang}: no law, every core item stated: only the note, which says the core items are checked`,
    text: noLaw(lang, coreWithout(lang)),
    errors: [{ ...note, message: 'only the core items every privacy law pplint knows asks for are checked' }],
  });
  for (const item of CORE_PROFILE.items) {
    if (item.deferTo) continue;
    invalid.push({
      name: `${lang}: no law, core:${item.id} absent: reported at ${item.severity}, saying no law is set`,
      text: noLaw(lang, coreWithout(lang, item.id)),
      errors: [
        note,
        {
          messageId: 'missing-core',
          severity: item.severity,
          data: { requirement: `core:${item.id}` },
          message: 'No law is set for this policy; every privacy law pplint knows',
        },
      ],
    });
  }
}

invalid.push(
  {
    name: 'no law, the operator named only by its product: the operator is reported',
    text: noLaw('en', ['## About\n\nThe Tulpar app keeps a diary of your rides.', ...coreWithout('en', 'operator')]),
    errors: [note, { messageId: 'missing-core', severity: 'warning', data: { requirement: 'core:operator' } }],
  },
  {
    name: 'no law, one core item ignored: the others are still checked',
    text: noLaw('en', coreWithout('en', 'operator', 'rights')),
    options: { ignore: ['core:operator'] },
    errors: [note, { messageId: 'missing-core', data: { requirement: 'core:rights' } }],
  },
  {
    name: 'a language pplint does not read keeps its one note and no core item',
    text: `---\nlang: de\n---\n# Datenschutzerklärung\n\nWir verarbeiten Ihre Daten.\n`,
    errors: [{ messageId: 'language-not-read', severity: 'info' }],
  },
);

invalid.push({
  // A purpose written before the verb, in a bold line over the data list, states the purposes.
  name: 'no law, purposes fronted in the sentence ("to improve our service, we collect"): stated',
  text: noLaw('en', [
    '## Information we collect\n\n**To provide our service and to improve our service, we collect the following:**',
    ...coreWithout('en', 'purposes'),
  ]),
  errors: [note],
});

invalid.push({
  // "Collected and used for:" over a list of aims, under a heading on collection, states the purposes.
  name: 'no law, data "collected and used for:" a list: the purposes are stated',
  text: noLaw('en', [
    '## Collecting data\n\nYour details are collected and used for:\n\n- booking a table;\n- sending you receipts.',
    ...coreWithout('en', 'purposes'),
  ]),
  errors: [note],
});

invalid.push({
  name: 'no law, an organisation named by its kind rather than a legal form states the operator',
  text: noLaw('en', [
    '## Who we are\n\nThe site is run by the Research Centre for Water Resources under the Ministry of Ecology.',
    ...coreWithout('en', 'operator'),
  ]),
  errors: [note],
});

// Rights that are only a fragment, under a law and without one.
const kzWithout = (lang: L, ...absent: string[]): string[] =>
  checkedItems('kz')
    .filter((i) => !absent.includes(i.id))
    .map((i) => section(KZ[i.id]![lang]));
const FRAGMENT: Record<string, Record<L, string>> = {
  'updating and withdrawal': {
    en: '## Rights of the data subject\n\nThe data subject has the right:\n\n- to update the personal data we hold;\n- to withdraw consent at any time.',
    ru: '## Права субъекта персональных данных\n\nСубъект вправе:\n\n- обновлять свои персональные данные;\n- отозвать согласие в любое время.',
    kk: '## Дербес деректер субъектісінің құқықтары\n\nСубъект:\n\n- өз дербес деректерін жаңартуға;\n- келісімді кез келген уақытта кері қайтарып алуға құқылы.',
  },
  'blocking only': {
    en: '## Rights of the data subject\n\nThe data subject has the right to demand that their personal data be blocked.',
    ru: '## Права субъекта персональных данных\n\nСубъект вправе требовать блокирования своих персональных данных.',
    kk: '## Дербес деректер субъектісінің құқықтары\n\nСубъект өз дербес деректерін бұғаттауды талап етуге құқылы.',
  },
};
const GRANTED: Record<string, Record<L, string>> = {
  'in prose': {
    en: '## Rights of the data subject\n\nYou have the right to find out which data we hold, to get them corrected, and to have them erased when we no longer need them.',
    ru: '## Права субъекта персональных данных\n\nВы вправе узнать, какие данные мы храним, исправить их и потребовать их уничтожения.',
    kk: '## Дербес деректер субъектісінің құқықтары\n\nСіз қандай деректер сақталатынын білуге, оларды түзетуге және жоюды талап етуге құқылысыз.',
  },
  'in a table': {
    en: '## Rights of the data subject\n\nYou have the following rights:\n\n| Right | How |\n|---|---|\n| Access | Ask us by e-mail |\n| Deletion | Use the app settings |',
    ru: '## Права субъекта персональных данных\n\nВы имеете следующие права:\n\n| Право | Как |\n|---|---|\n| Доступ к данным | Напишите нам |\n| Удаление | В настройках приложения |',
    kk: '## Дербес деректер субъектісінің құқықтары\n\nСіздің келесі құқықтарыңыз бар:\n\n| Құқық | Қалай |\n|---|---|\n| Деректерге қол жеткізу | Бізге жазыңыз |\n| Жою | Қосымша баптауларында |',
  },
};
/** One core right, and no other of access, correction and erasure: the item is stated, in part. */
const ONE_RIGHT: Record<string, Record<L, string>> = {
  'deletion without access': {
    en: '## Rights of the data subject\n\nYou have the right to withdraw consent and to ask us to delete your data.',
    ru: '## Права субъекта персональных данных\n\nВы вправе отозвать согласие и потребовать удаления данных.',
    kk: '## Дербес деректер субъектісінің құқықтары\n\nСіз келісімді кері қайтарып алуға және деректерді жоюды талап етуге құқылысыз.',
  },
};
/** One core right beside a reference to the subject's other rights under the law: stated by reference. */
const BY_REFERENCE: Record<L, string> = {
  en: '## Rights of the data subject\n\nYou may ask us to delete your data, and you have the other rights provided by the Law.',
  ru: '## Права субъекта персональных данных\n\nВы вправе потребовать удаления данных, а также иные права, предусмотренные Законом.',
  kk: '## Дербес деректер субъектісінің құқықтары\n\nСіз деректерді жоюды талап етуге құқылысыз, сондай-ақ Заңда көзделген өзге де құқықтарыңыз бар.',
};

for (const lang of ['en', 'ru', 'kk'] as const) {
  for (const [how, text] of Object.entries(FRAGMENT)) {
    invalid.push({
      name: `kz ${lang}: a rights section granting ${how}: the rights are not stated, naming what is granted`,
      text: policy(lang, 'kz', [...kzWithout(lang, 'rights'), text[lang]]),
      errors: [
        {
          messageId: 'rights-fragment',
          severity: 'error',
          data: { requirement: 'kz:rights' },
          message: 'neither access to their data nor their erasure',
        },
      ],
    });
  }
  for (const [how, text] of Object.entries(GRANTED))
    valid.push({
      name: `kz ${lang}: rights granted ${how}`,
      text: policy(lang, 'kz', [...kzWithout(lang, 'rights'), text[lang]]),
    });
  for (const [how, text] of Object.entries(ONE_RIGHT))
    invalid.push({
      name: `kz ${lang}: rights granted ${how}: stated, and reported one level lower, naming what is left out`,
      text: policy(lang, 'kz', [...kzWithout(lang, 'rights'), text[lang]]),
      errors: [{ messageId: 'rights-partial', severity: 'warning', data: { requirement: 'kz:rights' } }],
    });
  valid.push({
    name: `kz ${lang}: one right beside the other rights under the law`,
    text: policy(lang, 'kz', [...kzWithout(lang, 'rights'), BY_REFERENCE[lang]]),
  });
  invalid.push({
    name: `no law ${lang}: a fragment of rights is reported at the core item's severity`,
    text: noLaw(lang, [...coreWithout(lang, 'rights'), FRAGMENT['blocking only']![lang]]),
    errors: [note, { messageId: 'rights-fragment', severity: 'warning', data: { requirement: 'core:rights' } }],
  });
}

// Reading the policy is the user's duty, not access to their data.
invalid.push({
  name: 'kz ru: a duty to read the policy is not the right of access',
  text: policy('ru', 'kz', [
    ...kzWithout('ru', 'rights'),
    '## Права и обязанности пользователя\n\nПользователь вправе отозвать согласие на обработку данных.\n\nПользователь обязан быть ознакомленным с настоящей Политикой.',
  ]),
  errors: [{ messageId: 'rights-fragment', data: { requirement: 'kz:rights' } }],
});
invalid.push({
  name: "kz ru: acquaintance with one's own data is the right of access",
  text: policy('ru', 'kz', [
    ...kzWithout('ru', 'rights'),
    '## Права пользователя\n\nПользователь вправе отозвать согласие и ознакомиться со своими персональными данными.',
  ]),
  errors: [
    {
      messageId: 'rights-partial',
      message: 'grants the subject access to their data and withdrawal of consent, but not correction or erasure',
    },
  ],
});

invalid.push({
  name: 'the fragment message names the rights found',
  text: policy('en', 'kz', [...kzWithout('en', 'rights'), FRAGMENT['updating and withdrawal']!.en]),
  errors: [{ messageId: 'rights-fragment', message: 'grants the subject only correction and withdrawal of consent' }],
});

// The subject's own duties grant no right: a duty to keep one's data up to date is not correction,
// and the operator's changes to the policy are not the subject's either.
const ONLY_WITHDRAWAL = 'grants the subject only withdrawal of consent, and neither';
const RIGHTS_HEADING = { en: 'Your rights', ru: 'Права пользователя', kk: 'Пайдаланушы құқықтары' } as const;
for (const [what, lang, body] of [
  [
    'a list of duties after «обязан:»',
    'ru',
    'Пользователь вправе отозвать согласие на обработку данных.\n\nПользователь сервиса обязан:\n\n- обновлять свои данные при их изменении;\n- указывать достоверные сведения о себе.',
  ],
  [
    'numbered duties under "is obliged to:"',
    'en',
    '4.1. The User has the right to withdraw consent at any time.\n\n4.2. The User is obliged to:\n\n4.2.1. update his data when they change;\n\n4.2.2. give true details.',
  ],
  [
    'a duty in one sentence',
    'kk',
    'Пайдаланушы келісімді кері қайтарып алуға құқылы.\n\nПайдаланушы өз деректерін өзгерген кезде жаңартуға міндетті.',
  ],
  [
    'the operator changing the policy',
    'ru',
    'Пользователь вправе отозвать согласие на обработку данных.\n\nОператор вправе вносить изменения в настоящую Политику без согласия Пользователя.',
  ],
] as const)
  invalid.push({
    name: `kz ${lang}: the message leaves out ${what}`,
    text: policy(lang, 'kz', [...kzWithout(lang, 'rights'), `## ${RIGHTS_HEADING[lang]}\n\n${body}`]),
    errors: [{ messageId: 'rights-fragment', message: ONLY_WITHDRAWAL }],
  });
invalid.push({
  name: "kz ru: the operator's duty to give access grants the subject access",
  text: policy('ru', 'kz', [
    ...kzWithout('ru', 'rights'),
    '## Права и обязанности\n\nПользователь вправе отозвать согласие на обработку данных.\n\nОператор обязан:\n\n- предоставить субъекту доступ к его персональным данным по запросу.',
  ]),
  errors: [{ messageId: 'rights-partial', data: { requirement: 'kz:rights' } }],
});
invalid.push({
  name: 'kz ru: a clause where the subject may and the operator must is no duty of the subject',
  text: policy('ru', 'kz', [
    ...kzWithout('ru', 'rights'),
    '## Права\n\nПользователь вправе отозвать согласие.\n\nКлиент вправе, а Оператор обязан по его запросу, удалить его персональные данные.',
  ]),
  errors: [
    {
      messageId: 'rights-partial',
      message: 'grants the subject erasure and withdrawal of consent, but not access to their data or correction',
    },
  ],
});

valid.push({
  name: 'clauses that mention a right early, the rights section after them: the whole rights section is read',
  text: policy('en', 'kz', [
    ...kzWithout('en', 'rights').map((part, i) =>
      i < 4
        ? `${part}\n\nYou have the right to object to this processing, as the section on your rights explains.`
        : part,
    ),
    GRANTED['in prose']!.en,
  ]),
});

valid.push({
  name: 'a fragment in one language version, access and erasure in the other: the policy grants them',
  text: `---\nlang: en\njurisdictions: [kz]\n---\n<!-- lang: en -->\n\n# ${TITLES.en}\n\n${[...kzWithout('en', 'rights'), FRAGMENT['blocking only']!.en].join('\n\n')}\n\n<!-- lang: ru -->\n\n# ${TITLES.ru}\n\n${[...kzWithout('ru', 'rights'), GRANTED['in prose']!.ru].join('\n\n')}\n`,
});

ruleTester('missing-section', { valid, invalid });

describe('rule missing-section: the core profile', () => {
  it('is not a jurisdiction: it cannot be set in the front matter', () => {
    assert.equal(PROFILES.has(CORE_PROFILE.id), false);
    const { findings } = lintWith('missing-section', {
      name: 'core set by hand',
      text: `---\nlang: en\njurisdictions: [core]\n---\n# ${TITLES.en}\n\nWe respect your privacy.\n`,
    });
    assert.equal(
      findings.some((f) => f.message.id === 'missing-section/missing-core'),
      false,
    );
  });

  it('reports every item below error: advice while no law is known', () => {
    for (const item of CORE_PROFILE.items) assert.notEqual(item.severity, 'error', item.id);
  });

  it('turns off with `ignore: ["core"]`, leaving the note that nothing is checked', () => {
    const { findings } = lintWith('missing-section', {
      name: 'core off',
      text: noLaw('en', []),
      options: { ignore: ['core'] },
    });
    assert.deepEqual(
      findings.map((f) => f.message.id),
      ['missing-section/no-jurisdiction'],
    );
  });

  it('every right has words in every language pplint reads', () => {
    const words = lexicon();
    for (const right of RIGHTS)
      for (const lang of LANGS) assert.ok(words.phrases(`right-${right}`, lang).length > 0, `${right} ${lang}`);
  });
});

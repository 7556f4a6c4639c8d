// missing-section on an operator named by a brand alone: a "Contacts" section or "Acme is the
// operator", with no legal form and no BIN anywhere in the policy, does not say who the operator is
// in law. The operator's name is then reported at information level, naming the brand read (or
// quoting the place when no name was read); a legal form or a BIN anywhere, a legal form in the
// operator's sentence, or a blank left for the name (the placeholder rule's finding) still state it.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';

type Lang = 'en' | 'ru' | 'kk';

/** Every Kazakhstan item under its heading but the operator's (name and BIN), then the given section. */
const kz = (lang: Lang, operator: string): string =>
  policy(lang, 'kz', [
    ...checkedItems('kz')
      .filter((i) => !['operator', 'operator-bin'].includes(i.id))
      .map((i) => section(KZ[i.id]![lang])),
    operator,
  ]);

const brand = (name: string) => ({
  messageId: 'missing-brand',
  severity: 'info' as const,
  data: { requirement: 'kz:operator' },
  message: `«${name}»`,
});

const unidentified = (place: string) => ({
  messageId: 'missing-unidentified',
  severity: 'info' as const,
  data: { requirement: 'kz:operator' },
  message: `«${place}»`,
});

/** The BIN is an item of its own (kz:operator-bin): left out here. */
const options = { ignore: ['kz:operator-bin'] };

const invalid: InvalidCase[] = [
  {
    name: 'en: a labelled name without a legal form',
    text: kz('en', '## Operator\n\nData controller: Brightline Cloud\n\nE-mail: hello@brightline.example'),
    errors: [brand('Brightline Cloud')],
  },
  {
    name: 'ru: a quoted name said to be the operator',
    text: kz('ru', '## Оператор\n\nОператором персональных данных является «Тундра Маркет».'),
    errors: [brand('Тундра Маркет')],
  },
  {
    name: 'kk: a brand in Latin letters said to be the operator',
    text: kz('kk', '## Оператор\n\nДербес деректердің операторы — SteppeCode сервисі.'),
    errors: [brand('SteppeCode')],
  },
  // The fixtures' contacts sections (kz:contacts): an e-mail and a phone under «Контактная информация».
  {
    name: 'ru: a contacts section that names no one',
    text: kz('ru', ''),
    errors: [unidentified('Контактная информация')],
  },
  {
    name: 'en: a contacts section that names no one',
    text: kz('en', ''),
    errors: [unidentified('Contact information')],
  },
  // A line wholly in bold right above an address or e-mail names the one the details belong to.
  {
    name: 'ru: a bold name above the address in a contacts section',
    text: kz('ru', '## Контакты\n\n**Тундра Маркет**\n\nг. Алматы, ул. Абая, 10\n\nEmail: hello@tundra.example'),
    errors: [brand('Тундра Маркет')],
  },
  {
    name: 'en: a bold name above the e-mail in a contacts section',
    text: kz('en', '## Contact\n\n**Brightline Studio**\n\nE-mail: hello@brightline.example'),
    errors: [brand('Brightline Studio')],
  },
  {
    name: 'kk: a bold name above the address in a contacts section',
    text: kz('kk', '## Байланыс\n\n**Дала Студия**\n\nАлматы қ., Абай даңғылы, 10\n\nhello@dala.example'),
    errors: [brand('Дала Студия')],
  },
  // Guards: a bold title of the details, or a bold line with nothing under it, names no one.
  {
    name: 'en: a bold title of the details is not a name',
    text: kz('en', '## Contact\n\n**Contact Details**\n\nE-mail: hello@brightline.example'),
    errors: [unidentified('Contact information')],
  },
  {
    name: 'ru: bold «Реквизиты оператора» is not a name',
    text: kz('ru', '## Контакты\n\n**Реквизиты оператора**\n\nEmail: hello@tundra.example'),
    errors: [unidentified('Контактная информация')],
  },
  {
    name: 'en: a bold line with no contact details under it is not a name',
    text: kz('en', '## Contact\n\n**Brightline Studio**\n\nWe answer within a week.'),
    errors: [unidentified('Contact information')],
  },
  // A brand that is the subject of a sentence on collecting personal data is the name the policy gives.
  {
    name: 'en: a brand made of the policy’s e-mail domain collects personal data',
    text: kz('en', '## About the service\n\nDalapay collects your personal data to run the service.'),
    errors: [brand('Dalapay')],
  },
  {
    name: 'ru: a Latin brand collects personal data',
    text: kz('ru', '## О сервисе\n\nDalapay собирает персональные данные пользователей для работы сервиса.'),
    errors: [brand('Dalapay')],
  },
  {
    name: 'kk: a Latin brand collects personal data',
    text: kz('kk', '## Сервис туралы\n\nDalapay пайдаланушылардың дербес деректерін жинайды.'),
    errors: [brand('Dalapay')],
  },
  // Guards: a capitalised word not made of the policy's addresses, or a service run by others.
  {
    name: 'en: "Cookies store information" names no one',
    text: kz('en', '## Cookies\n\nCookies store information about your visits on your device.'),
    errors: [unidentified('Contact information')],
  },
  {
    name: 'ru: a foreign service that stores personal data is not the operator',
    text: kz('ru', '## Аналитика\n\nFirebase хранит персональные данные об ошибках приложения.'),
    errors: [unidentified('Контактная информация')],
  },
  // The operator described by its role ("the developer of the app") is named by no one: the
  // sentence is quoted, and the app named in it is not taken for the operator's name.
  {
    name: 'en: the developer of the app as the data controller',
    text: kz('en', '## About the app\n\nData controller: the developer of the Brightline mobile app.'),
    errors: [unidentified('Data controller: the developer of the Brightline mobile app')],
  },
  {
    name: 'ru: разработчик приложения as the operator',
    text: kz('ru', '## О приложении\n\n**Оператор данных:** разработчик мобильного приложения Brightline.'),
    errors: [unidentified('Оператор данных: разработчик мобильного приложения Brightline')],
  },
  {
    name: 'kk: қосымшаны әзірлеуші as the operator',
    text: kz('kk', '## Қосымша туралы\n\nДеректер операторы: Brightline мобильді қосымшасының әзірлеушісі.'),
    errors: [unidentified('Деректер операторы: Brightline мобильді қосымшасының әзірлеушісі')],
  },
  {
    name: 'en: a name set apart from the description is still the name',
    text: kz('en', '## Operator\n\nData controller: Brightline Cloud, the developer of the app.'),
    errors: [brand('Brightline Cloud')],
  },
];

const valid: Case[] = [
  {
    name: 'ru: the developer of the app with a legal form',
    text: kz('ru', '## О приложении\n\nОператор данных: разработчик приложения ТОО «Brightline».'),
  },
  {
    name: 'ru: a bold name above the address, and the company with its form elsewhere',
    text: kz(
      'ru',
      '## Общие положения\n\nСайт принадлежит ТОО «Тундра Маркет».\n\n## Контакты\n\n**Тундра Маркет**\n\nEmail: hello@tundra.example',
    ),
  },
  { name: 'ru: ТОО before the quoted name', text: kz('ru', '## Оператор\n\nОператор: ТОО «Тундра Маркет».') },
  { name: 'kk: ЖШС after the quoted name', text: kz('kk', '## Оператор\n\nОператор: «Тундра Маркет» ЖШС.') },
  { name: 'en: Ltd after the name', text: kz('en', '## Operator\n\nData controller: Brightline Cloud Ltd') },
  { name: 'en: GmbH after the name', text: kz('en', '## Operator\n\nData controller: Brightline Cloud GmbH') },
  {
    name: 'ru: an individual entrepreneur in words',
    text: kz('ru', '## Оператор\n\nОператор персональных данных — Индивидуальный предприниматель Ахметов.'),
  },
  { name: 'kk: жеке кәсіпкер', text: kz('kk', '## Оператор\n\nДербес деректердің операторы — жеке кәсіпкер Ахметов.') },
  {
    name: 'ru: a brand with its BIN',
    text: kz('ru', '## Оператор\n\nОператор: Тундра Маркет, БИН 190440012345, hello@tundra.example.'),
  },
  {
    name: 'en: a brand with its BIN',
    text: kz('en', '## Operator\n\nOperator: Brightline Cloud, BIN 190440012345, hello@brightline.example.'),
  },
  {
    name: 'kk: a brand with its БСН',
    text: kz('kk', '## Оператор\n\nОператор: SteppeCode, БСН 190440012345, hello@steppecode.example.'),
  },
  {
    name: 'ru: a contacts section, and the company named with its form elsewhere',
    text: kz(
      'ru',
      '## Общие положения\n\nСайт принадлежит ТОО «Тундра Маркет».\n\n## Контакты\n\nПишите нам: hello@tundra.example.',
    ),
  },
  {
    name: 'ru: a legal form before a blank in the operator sentence (a template the placeholder rule reports)',
    text: kz('ru', '## Оператор\n\nОператором персональных данных является: ИП [ФИО полностью].'),
  },
  {
    name: 'en: a blank where the name goes',
    text: kz('en', '## Operator\n\nThe operator of your personal data is [full name and legal form].'),
  },
];

ruleTester('missing-section', {
  valid: valid.map((c) => ({ ...c, options })),
  invalid: invalid.map((c) => ({ ...c, options })),
});

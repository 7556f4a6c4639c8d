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
];

const valid: Case[] = [
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

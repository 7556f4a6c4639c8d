// missing-section on who the operator is: a BIN written in the operator's requisites without a
// label, an individual entrepreneur (whom the duty to appoint a responsible person does not bind),
// and the consent term the law supplies when a policy states none. Who the operator is does not
// change with the language: an entrepreneur one version names («ИП Сериков») exempts the policy,
// though another writes the form after the name ("Serikov, individual entrepreneur").
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, frontMatter, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';
import { TITLES } from '../fixtures/requirements/types.js';

type Lang = 'en' | 'ru' | 'kk';
const LANGS: Lang[] = ['en', 'ru', 'kk'];

/** Every Kazakhstan item under its heading but the ones named, then the given sections. */
const kz = (lang: Lang, absent: string[], extra: string[]): string =>
  policy(lang, 'kz', [
    ...checkedItems('kz')
      .filter((i) => !absent.includes(i.id))
      .map((i) => section(KZ[i.id]![lang])),
    ...extra,
  ]);

const missing = (item: string, severity: 'info' | 'warning' = 'info') => ({
  messageId: 'missing',
  severity,
  data: { requirement: `kz:${item}` },
});

// The operator's requisites with the BIN unlabelled (one of them broken over two lines).
const requisites: Record<Lang, string> = {
  en: '## Operator\n\nOperator: Steppe Soft LLP, Almaty, Abay Avenue 10, 190440012345, privacy@steppesoft.kz.',
  ru: '## Оператор\n\nОператор: ТОО «Степь Софт», г. Алматы, пр. Абая, 10,\n190440012345, privacy@steppesoft.kz.',
  kk: '## Оператор\n\nОператор: «Степь Софт» ЖШС, Алматы қ., Абай даңғылы, 10, 190440012345.',
};

// An individual entrepreneur as the operator.
const entrepreneur: Record<Lang, string> = {
  en: '## Operator\n\nThe operator of personal data is Individual Entrepreneur Serikov (IIN 850612300451), Pavlodar.',
  ru: '## Оператор\n\nОператор персональных данных — ИП Сериков (ИИН 850612300451), г. Павлодар.',
  kk: '## Оператор\n\nДербес деректердің операторы — жеке кәсіпкер Сериков (ЖСН 850612300451), Павлодар қ.',
};

// The same with the form after the name, as many drafts write it ("Brightline IP", «Brightline ЖК»).
const entrepreneurAfter: Record<Lang, string> = {
  en: '## Operator\n\nThe operator of personal data is Brightline IP (IIN 850612300451), Pavlodar.',
  ru: '## Оператор\n\nОператор персональных данных — Brightline ИП (ИИН 850612300451), г. Павлодар.',
  kk: '## Оператор\n\nДербес деректердің операторы — Brightline ЖК (ЖСН 850612300451), Павлодар қ.',
};

// An individual entrepreneur's requisites, under a label that names no operator: the registration
// number and a contact make them the operator's.
const entrepreneurRequisites: Record<Lang, string> = {
  en: '## Details\n\nName: **Individual Entrepreneur Serikov**\nIIN: 850612300451\nAddress: Pavlodar, Lomov Street 12\nE-mail: serikov@example.kz',
  ru: '## Реквизиты\n\nНаименование: **Индивидуальный предприниматель Сериков**\nИИН: 850612300451\nАдрес: г. Павлодар, ул. Ломова, 12\nЭлектронная почта: serikov@example.kz',
  kk: '## Деректемелер\n\nАтауы: **жеке кәсіпкер Сериков**\nЖСН: 850612300451\nМекенжайы: Павлодар қ., Ломов көшесі, 12\nЭлектрондық пошта: serikov@example.kz',
};

const valid: Case[] = [
  {
    name: 'kz:responsible-person kk: «Деректерді өңдеуші: ИП …» names an individual entrepreneur as the operator',
    text: kz(
      'kk',
      ['operator', 'responsible-person'],
      ['## Жалпы ережелер\n\nДеректерді өңдеуші: ИП СЕРІКОВ, ЖСН: 850612300451, мекенжайы: Павлодар қ.'],
    ),
  },
];
valid.push(
  ...LANGS.flatMap((lang) => [
    {
      name: `kz:operator-bin ${lang}: a twelve-digit number in the operator's requisites, without a label`,
      text: kz(lang, ['operator', 'operator-bin'], [requisites[lang]]),
    },
    {
      name: `kz:responsible-person ${lang}: the operator is an individual entrepreneur`,
      text: kz(lang, ['operator', 'responsible-person'], [entrepreneur[lang]]),
    },
    {
      name: `kz:responsible-person ${lang}: the entrepreneur's form written after the name`,
      text: kz(lang, ['operator', 'responsible-person'], [entrepreneurAfter[lang]]),
    },
    {
      name: `kz:responsible-person ${lang}: an individual entrepreneur's requisites (registration number and contacts)`,
      text: kz(lang, ['responsible-person'], [entrepreneurRequisites[lang]]),
    },
  ]),
);

/** The Kazakhstan items of one language part, with the given operator section. */
const part = (lang: Lang, operator: string): string =>
  `<!-- lang: ${lang} -->\n\n# ${TITLES[lang]}\n\n${checkedItems('kz')
    .filter((i) => !['operator', 'responsible-person'].includes(i.id))
    .map((i) => section(KZ[i.id]![lang]))
    .join('\n\n')}\n\n${operator}\n`;

valid.push({
  name: 'kz:responsible-person: an entrepreneur one language version names exempts the policy',
  text: `${frontMatter('ru', 'kz')}${part('ru', entrepreneur.ru)}\n${part(
    'en',
    '## Operator\n\nThe operator of personal data is Serikov, individual entrepreneur (IIN 850612300451), Pavlodar.',
  )}`,
});

const invalid: InvalidCase[] = [
  {
    name: 'kz:operator-bin: an account number with its own label is no BIN',
    text: kz(
      'ru',
      ['operator', 'operator-bin'],
      ['## Оператор\n\nОператор: ТОО «Степь Софт», г. Алматы, ИИК 190440012345, privacy@steppesoft.kz.'],
    ),
    errors: [missing('operator-bin')],
  },
  {
    name: 'kz:operator-bin: a twelve-digit number in a sentence that does not name the operator',
    text: kz('en', ['operator-bin'], ['## Orders\n\nReference numbers are given on receipts, e.g. 7, 190440012345.']),
    errors: [missing('operator-bin')],
  },
  {
    name: 'kz:operator-bin: twelve digits without the month of a BIN (a foreign phone number) are no BIN',
    text: kz(
      'en',
      ['operator', 'operator-bin'],
      ['## Operator\n\nOperator: Steppe Soft LLP, Almaty, 998901234567, privacy@steppesoft.kz.'],
    ),
    errors: [missing('operator-bin')],
  },
  {
    name: 'kz:responsible-person: a company operator that serves individual entrepreneurs',
    text: kz(
      'en',
      ['responsible-person'],
      ['## Customers\n\nThe operator serves individual entrepreneurs and companies across Kazakhstan.'],
    ),
    errors: [missing('responsible-person', 'warning')],
  },
  {
    name: 'kz:responsible-person: an entrepreneur named beside a company in the operator sentence',
    text: kz(
      'ru',
      ['responsible-person'],
      ['## Партнёры\n\nОператор — ТОО «Dala Pay»; доставку для оператора выполняет ИП Сериков.'],
    ),
    errors: [missing('responsible-person', 'warning')],
  },
  {
    name: 'kz:responsible-person: an entrepreneur with a registration number but no contact is no requisites block',
    text: kz('ru', ['responsible-person'], ['## Доставка\n\nДоставку выполняет ИП Сериков (ИИН 850612300451).']),
    errors: [missing('responsible-person', 'warning')],
  },
  ...LANGS.map((lang): InvalidCase => ({
    name: `kz:consent-term ${lang}: a note that says what the law supplies`,
    text: kz(lang, ['consent-term'], []),
    errors: [
      {
        messageId: 'missing-unstated',
        severity: 'info',
        data: { requirement: 'kz:consent-term' },
        message: 'consent is valid until the purposes of processing are achieved',
      },
    ],
  })),
];

ruleTester('missing-section', { valid, invalid });

// missing-section: an individual entrepreneur named with a registration number in the sentence
// that says who collects the personal data is the operator, even when the policy then calls it by
// a word of its own («далее — Организатор») and never writes «оператор» there; the duty to
// appoint a person responsible for organising processing does not bind it. A contractor named
// with a number but not said to collect or process the data is no operator. Every text is ours.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';

type Lang = 'en' | 'ru' | 'kk';

/** Every Kazakhstan item under its heading but the ones named, then the given sections. */
const kz = (lang: Lang, absent: string[], extra: string[]): string =>
  policy(lang, 'kz', [
    ...checkedItems('kz')
      .filter((i) => !absent.includes(i.id))
      .map((i) => section(KZ[i.id]![lang])),
    ...extra,
  ]);

const collects: Record<Lang, string> = {
  en: '## About this policy\n\nThis policy describes how individual entrepreneur Serikov Arman, IIN 850612300451 (the "Organiser"), collects and uses the personal data of chess tournament players.',
  ru: '## О политике\n\nПолитика описывает, как индивидуальный предприниматель Сериков Арман, ИИН 850612300451 (далее — Организатор), собирает и использует персональные данные участников шахматного турнира.',
  kk: '## Саясат туралы\n\nБұл саясат жеке кәсіпкер Сериков Арманның, ЖСН 850612300451 (бұдан әрі — Ұйымдастырушы), шахмат турнирі қатысушыларының дербес деректерін қалай жинайтынын сипаттайды.',
};

const valid: Case[] = (['en', 'ru', 'kk'] as Lang[]).map((lang) => ({
  name: `kz:responsible-person ${lang}: an entrepreneur with a registration number who collects the data`,
  text: kz(lang, ['operator', 'responsible-person'], [collects[lang]]),
}));

const invalid: InvalidCase[] = [
  {
    name: 'ru: an entrepreneur with a registration number who delivers parcels is no operator',
    text: kz(
      'ru',
      ['responsible-person'],
      [
        '## Доставка\n\nЗаказы доставляет индивидуальный предприниматель Сериков Арман, ИИН 850612300451 (далее — Курьер).',
      ],
    ),
    errors: [{ messageId: 'missing', severity: 'warning', data: { requirement: 'kz:responsible-person' } }],
  },
  {
    name: 'en: an entrepreneur said to collect the data but with no registration number is not read from that sentence',
    text: kz(
      'en',
      ['responsible-person'],
      ['## Partners\n\nOur partner, individual entrepreneur Serikov Arman, collects the personal data of couriers.'],
    ),
    errors: [{ messageId: 'missing', severity: 'warning', data: { requirement: 'kz:responsible-person' } }],
  },
];

ruleTester('missing-section', { valid, invalid });

// missing-section: an item that counts only with its ground beside it (Law 94-V cross-border
// transfer, Art. 16). A mention that data may go abroad, with no ground the Law accepts and no
// plain "no", is a claim: reported, quoting it. A ground anywhere in the same section, a plain
// "no" in the same sentence, or a grounded statement elsewhere in the policy states the item.
import assert from 'node:assert/strict';
import { lintWith, ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { render } from '../../server/src/engine/index.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';

type Lang = 'en' | 'ru' | 'kk';
const LANGS: Lang[] = ['en', 'ru', 'kk'];

/** Every Kazakhstan item under its own heading, except cross-border transfer. */
const others = (lang: Lang): string[] =>
  checkedItems('kz')
    .filter((i) => i.id !== 'cross-border')
    .map((i) => section(KZ[i.id]![lang]));

const withSection = (lang: Lang, text: string): string => policy(lang, 'kz', [...others(lang), text]);

/** A bare mention: servers may stand abroad, nothing on whether and on what ground data go there. */
const BARE: Record<Lang, { section: string; quote: string }> = {
  en: {
    section: '## Hosting\n\nOur servers may be located outside Kazakhstan.',
    quote: 'Our servers may be located outside Kazakhstan',
  },
  ru: {
    section: '## Хостинг\n\nНаши серверы могут находиться за пределами Казахстана.',
    quote: 'Наши серверы могут находиться за пределами Казахстана',
  },
  kk: {
    section: '## Хостинг\n\nБіздің серверлеріміз Қазақстаннан тыс жерде орналасуы мүмкін.',
    quote: 'Біздің серверлеріміз Қазақстаннан тыс жерде орналасуы мүмкін',
  },
};

/** A ground Art. 16 accepts, as a second paragraph of the same section. */
const GROUND: Record<Lang, string> = {
  en: 'Data are sent there only with the consent of the data subject.',
  ru: 'Данные передаются туда только с согласия субъекта персональных данных.',
  kk: 'Деректер оларға тек дербес деректер субъектісінің келісімімен беріледі.',
};

const claimed = (quote: string): InvalidCase['errors'][number] => ({
  messageId: 'missing-ungrounded',
  severity: 'warning',
  data: { requirement: 'kz:cross-border' },
  message: `the text says «${quote}», but not on what ground`,
});

const valid: Case[] = [];
const invalid: InvalidCase[] = [];

for (const lang of LANGS) {
  invalid.push({
    name: `${lang}: servers that may stand abroad, and nothing more, are a claim`,
    text: withSection(lang, BARE[lang].section),
    errors: [claimed(BARE[lang].quote)],
  });
  valid.push({
    name: `${lang}: the same mention with the subject's consent in its section states the transfer`,
    text: withSection(lang, `${BARE[lang].section}\n\n${GROUND[lang]}`),
  });
  valid.push({
    name: `${lang}: the same mention, and a grounded statement in a later section`,
    text: withSection(lang, `${BARE[lang].section}\n\n${section(KZ['cross-border']![lang])}`),
  });
}

const PLAIN_NO: Record<Lang, string> = {
  en: '## Where your data go\n\nYour data stay on our servers in Kazakhstan and are never transferred abroad.',
  ru: '## Куда попадают данные\n\nВаши данные не покидают наши серверы и за пределы Казахстана не передаются.',
  kk: '## Деректер қайда жіберіледі\n\nДеректеріңіз Қазақстаннан тыс жерге жіберілмейді.',
};
for (const lang of LANGS)
  valid.push({ name: `${lang}: a plain "no" states the transfer`, text: withSection(lang, PLAIN_NO[lang]) });

valid.push(
  {
    name: 'a state that ensures the protection of personal data is a ground',
    text: withSection(
      'en',
      '## International transfers\n\n' +
        'We transfer booking data to hotels abroad, only to states that ensure the protection of personal data.',
    ),
  },
  {
    name: 'an international treaty is a ground',
    text: withSection(
      'ru',
      '## Трансграничная передача\n\nДанные передаются за рубеж на основании международного договора Республики Казахстан.',
    ),
  },
  {
    name: 'Art. 16 cited beside the transfer is a ground',
    text: withSection('kk', '## Трансшекаралық беру\n\nДеректер шетелге Заңның 16-бабына сәйкес беріледі.'),
  },
  {
    name: 'many bare mentions before the grounded statement: the statement is still read',
    text: withSection(
      'en',
      [
        '## Hosting\n\nOur web servers may be located outside Kazakhstan.',
        '## Backups\n\nBackups may be kept outside Kazakhstan.',
        '## Mail\n\nOur mail provider may process messages outside Kazakhstan.',
        '## Analytics\n\nOur analytics provider may process visits outside Kazakhstan.',
        '## Transfers abroad\n\nWe transfer personal data abroad only with your consent.',
      ].join('\n\n'),
    ),
  },
);

invalid.push(
  {
    name: 'countries named, and a provider’s contract for ground: not a ground Art. 16 accepts',
    text: withSection(
      'en',
      '## Service providers\n\nOur providers may process data outside Kazakhstan, including in the United States. ' +
        'We rely on their contract terms for such transfers.',
    ),
    errors: [claimed('Our providers may process data outside Kazakhstan, including in the United States')],
  },
  {
    name: 'a cross-border heading over a promise to obey the law: the heading is no ground either',
    text: withSection(
      'ru',
      '## Трансграничная передача\n\nЛюбая трансграничная передача данных осуществляется в соответствии с законодательством.',
    ),
    errors: [claimed('Любая трансграничная передача данных осуществляется в соответствии с законодательством')],
  },
);

// «Халықаралық тасымалдау» (international carriage) heads a cross-border section in Kazakh, as
// «Международная передача» does in Russian: the claim is reported at its own section.
const CARRIAGE =
  '## Деректерді халықаралық тасымалдау\n\nДеректерді трансшекаралық тасымалдау кезінде біз заңнаманы сақтаймыз.';
const carriage = withSection('kk', CARRIAGE);
invalid.push({
  name: 'kk: a claim under «Деректерді халықаралық тасымалдау» is reported at that heading',
  text: carriage,
  errors: [
    {
      ...claimed('Деректерді трансшекаралық тасымалдау кезінде біз заңнаманы сақтаймыз'),
      line: carriage.split('\n').indexOf('## Деректерді халықаралық тасымалдау') + 1,
    },
  ],
});

ruleTester('missing-section', { valid, invalid });

describe('rule missing-section: a claim without its ground, in each interface language', () => {
  const expected: Record<Lang, string> = {
    en: 'but not on what ground personal data go abroad',
    ru: 'но не сказано, на каком основании персональные данные передаются за рубеж',
    kk: 'бірақ дербес деректердің шетелге қандай негізде берілетіні',
  };
  for (const ui of LANGS) {
    it(`quotes the claim and says what it lacks (${ui})`, () => {
      const { findings } = lintWith('missing-section', { text: withSection('kk', BARE.kk.section) });
      const finding = findings.find((f) => f.message.id === 'missing-section/missing-ungrounded');
      assert.ok(finding, 'a finding for the claim');
      const message = render(finding.message, ui);
      assert.ok(message.includes(`«${BARE.kk.quote}»`), message);
      assert.ok(message.includes(expected[ui]), message);
    });
  }
});

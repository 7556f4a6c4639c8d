// missing-section: items a short, plainly worded notice states without the usual headings or
// phrases: a question for a heading («На каком основании», «Что вы можете сделать со своими
// данными»), the account the subject may delete under a rights heading, the reply time in the
// first person («Ответим в течение дня»), the data listed in brackets right after the word for
// them («Контактные данные (имя, телефон) нужны для…»), a promise not to pass data on («Гарантия
// неразглашения третьим лицам»), or not to publish them («жарияламауға»). Every text is ours.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';
import type { Lang } from '../../server/src/engine/types.js';

/** A Kazakhstan policy stating every item but `absent`, and the text given. */
const without = (absent: string, lang: Lang, text: string, leaveOut: string[] = []): string =>
  policy(lang, 'kz', [...otherSections('kz', lang, absent).filter((s) => !leaveOut.some((l) => s.includes(l))), text]);
const ignore = { ignore: ['kz:consent-term'] };

const valid: Case[] = [
  {
    name: 'ru: the legal basis under a question heading «На каком основании»',
    text: without('legal-basis', 'ru', '## На каком основании\n\nВаше согласие: вы сами отмечаете его в форме записи.'),
    options: ignore,
  },
  {
    name: 'kk: the legal basis under a question heading «Қандай негізде»',
    text: without(
      'legal-basis',
      'kk',
      '## Қандай негізде\n\nСіздің келісіміңіз: оны жазылу нысанында өзіңіз белгілейсіз.',
    ),
    options: ignore,
  },
  {
    name: 'ru: the rights under «Что вы можете сделать со своими данными»',
    text: without(
      'rights',
      'ru',
      '## Что вы можете сделать со своими данными\n\n- Узнать, какие данные о вас хранятся.\n- Исправить ошибки.\n- Удалить данные.',
    ),
  },
  {
    name: 'en: the rights under "What you can do with your data"',
    text: without(
      'rights',
      'en',
      '## What you can do with your data\n\n- See which data we hold about you.\n- Fix mistakes.\n- Erase the data.',
    ),
  },
  {
    name: 'ru: the reply time in the first person, «ответим в течение»',
    text: without('requests', 'ru', '## Прочее\n\nНапишите нам в чат поддержки, ответим в течение двух рабочих дней.'),
  },
  {
    name: 'ru: the data listed in brackets after «Контактные данные»',
    text: without(
      'data-list',
      'ru',
      '## Зачем\n\nКонтактные данные (имя, телефон, город) нужны только для записи на занятие.',
    ),
  },
  {
    name: 'en: the data listed in brackets after "Contact details"',
    text: without('data-list', 'en', '## Why\n\nContact details (name, phone, city) are used only to book a lesson.'),
  },
  {
    name: 'kk: the data listed in brackets after «Байланыс деректері»',
    text: without(
      'data-list',
      'kk',
      '## Не үшін\n\nБайланыс деректері (аты-жөні, телефон, қала) тек сабаққа жазу үшін пайдаланылады.',
    ),
  },
  {
    name: 'ru: a promise not to disclose to third parties, as a heading',
    text: without(
      'third-parties',
      'ru',
      '## Гарантия неразглашения третьим лицам\n\nВаши контакты не продаются и не попадают в чужие базы.',
    ),
  },
  {
    name: 'kk: a promise not to give data to third parties, as a heading',
    text: without(
      'third-parties',
      'kk',
      '## Үшінші тұлғаларға бермеу\n\nСіздің байланыстарыңыз сатылмайды және бөтен базаларға түспейді.',
    ),
  },
  {
    name: 'kk: a promise not to publish the data, «жарияламауға»',
    text: without('public-sources', 'kk', '## Кепілдік\n\nБіз сіздің деректеріңізді жарияламауға кепілдік береміз.'),
  },
];

const invalid: InvalidCase[] = [
  // Under a rights heading, deleting one's account is the right to erasure, put plainly: the item
  // is stated, and reported one level lower for granting only that of access, correction and erasure.
  ...(
    [
      ['en', '## Your rights\n\nYou can at any time delete your account by writing to us.'],
      ['ru', '## Ваши права\n\nВы можете в любое время удалить свою учетную запись, написав нам.'],
      ['kk', '## Сіздің құқықтарыңыз\n\nАккаунтты бізге кез келген уақытта жазу арқылы жоюға болады.'],
    ] as Array<[Lang, string]>
  ).map(([lang, text]) => ({
    name: `${lang}: under a rights heading, the subject may delete the account`,
    text: without('rights', lang, text),
    errors: [
      {
        messageId: 'rights-partial',
        severity: 'warning' as const,
        data: { requirement: 'kz:rights' },
        ...(lang === 'en' ? { message: 'grants the subject erasure, but not access to their data or correction' } : {}),
      },
    ],
  })),
  {
    name: 'ru: «персональные данные» followed by no list names no data',
    text: without('data-list', 'ru', '## Зачем\n\nПерсональные данные нужны только для записи на занятие.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:data-list' } }],
  },
  {
    name: 'ru: non-disclosure of the data, with no word of third parties, says nothing of recipients',
    text: without('third-parties', 'ru', '## Защита и неразглашение\n\nМы защищаем данные от неправомерного доступа.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:third-parties' } }],
  },
];

ruleTester('missing-section', { valid, invalid });

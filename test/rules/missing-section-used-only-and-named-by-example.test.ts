// missing-section: purposes said by what the data are used only for, and data named by example.
// A short notice says "the information you send is used only to answer you" (no "purposes"
// heading, no "we use … to"), and names its data by example: "technical information, such as
// IP address". Both state the item. Guards: a sentence that names the data and no use of them
// states no purpose, and "such as" without a data item names no data. Every text is ours.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';
import type { Lang } from '../../server/src/engine/types.js';

/** A Kazakhstan policy stating every item but `absent`, and the text given. */
const without = (absent: string, lang: Lang, text: string): string =>
  policy(lang, 'kz', [...otherSections('kz', lang, absent), text]);

const valid: Case[] = [
  {
    name: 'en: "is used only to …" in a section of another topic',
    text: without(
      'purposes',
      'en',
      '## Messages\n\nWhat you write to the studio is used only to answer you and to keep a record of the exchange.',
    ),
  },
  {
    name: 'en: "are used solely for …"',
    text: without('purposes', 'en', '## Messages\n\nYour letters are used solely for replying to them.'),
  },
  {
    name: 'ru: «используются только для …»',
    text: without('purposes', 'ru', '## Письма\n\nВаши письма студии используются только для ответа на них.'),
  },
  {
    name: 'kk: «… үшін ғана пайдаланылады»',
    text: without('purposes', 'kk', '## Хаттар\n\nСіздің хаттарыңыз оларға жауап беру үшін ғана пайдаланылады.'),
  },
  {
    name: 'en: data named by example, "information, such as IP address"',
    text: without(
      'data-list',
      'en',
      '## Hosting\n\nThe host may see limited request information, such as IP address and browser type.',
    ),
  },
  {
    name: 'ru: «данные, такие как имя и телефон»',
    text: without('data-list', 'ru', '## Заявки\n\nВ заявке вы указываете данные, такие как имя и телефон.'),
  },
  {
    name: 'kk: «IP мекенжайы сияқты …»',
    text: without('data-list', 'kk', '## Хостинг\n\nХостинг IP мекенжайы сияқты техникалық ақпаратты көреді.'),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'en: "is used" with no purpose after it states none',
    text: without('purposes', 'en', '## Messages\n\nThe contact address is used only by the studio manager.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:purposes' } }],
  },
  {
    name: 'ru: «используются только сотрудниками» states no purpose',
    text: without('purposes', 'ru', '## Письма\n\nВаши письма читают только сотрудники студии.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:purposes' } }],
  },
  {
    name: 'en: "such as" with no data item names no data',
    text: without('data-list', 'en', '## Hosting\n\nThe site runs on services such as a content delivery network.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:data-list' } }],
  },
];

ruleTester('missing-section', { valid, invalid });

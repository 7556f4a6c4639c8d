// missing-section: purposes said where the data are collected, and publication said by what is
// shown to the public. A short notice often has one "Collection and use" section whose sentence
// names the data and, in the same breath, what they are collected for («собирает … только для …»,
// «… үшін жинайды», "collects … solely for …"); and a notice of a public results list or profile
// («публикуются только фамилия, имя …», «жария хаттамасында», "displayed publicly") states that
// data are published. Every text is ours.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';
import type { Lang } from '../../server/src/engine/types.js';

/** A Kazakhstan policy stating every item but `absent`, and the text given. */
const without = (absent: string, lang: Lang, text: string): string =>
  policy(lang, 'kz', [...otherSections('kz', lang, absent), text]);

const valid: Case[] = [
  {
    name: 'en: purposes under "Information collection and use"',
    text: without(
      'purposes',
      'en',
      '## Information collection and use\n\nThe school keeps the names and phone numbers of applicants and answers their questions about enrolment.',
    ),
  },
  {
    name: 'ru: purposes under «Сбор и использование информации»',
    text: without(
      'purposes',
      'ru',
      '## Сбор и использование информации\n\nШкола хранит имена и телефоны поступающих и отвечает на их вопросы о зачислении.',
    ),
  },
  {
    name: 'kk: purposes under «Ақпаратты жинау және пайдалану»',
    text: without(
      'purposes',
      'kk',
      '## Ақпаратты жинау және пайдалану\n\nМектеп талапкерлердің аты мен телефонын сақтайды және олардың сұрақтарына жауап береді.',
    ),
  },
  {
    name: 'en: "collects … solely for …" in a section of another topic',
    text: without(
      'purposes',
      'en',
      '## About us\n\nThe studio collects client names solely for booking rehearsal rooms.',
    ),
  },
  {
    name: 'ru: «собирает … только для …» in a section of another topic',
    text: without(
      'purposes',
      'ru',
      '## О нас\n\nСтудия собирает имена клиентов только для бронирования репетиционных залов.',
    ),
  },
  {
    name: 'kk: «… үшін жинайды» in a section of another topic',
    text: without(
      'purposes',
      'kk',
      '## Біз туралы\n\nСтудия клиенттердің аттарын тек репетиция залдарын брондау үшін жинайды.',
    ),
  },
  {
    name: 'ru: the names published in a public results list',
    text: without(
      'public-sources',
      'ru',
      '## Итоги турнира\n\nВ публичном протоколе турнира публикуются только фамилия, имя и набранные очки участника.',
    ),
  },
  {
    name: 'kk: a public results list, «жария хаттамасында»',
    text: without(
      'public-sources',
      'kk',
      '## Турнир қорытындысы\n\nТурнирдің жария хаттамасында қатысушының тегі, аты және ұпайы ғана көрсетіледі.',
    ),
  },
  {
    name: 'ru: a profile shown to everyone, «отображаться публично»',
    text: without('public-sources', 'ru', '## Профиль\n\nНикнейм и рейтинг исполнителя могут отображаться публично.'),
  },
  {
    name: 'en: a profile "displayed publicly"',
    text: without('public-sources', 'en', '## Profile\n\nA tutor’s nickname and rating are displayed publicly.'),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'en: a collection section that names the data and no use of them states no purpose',
    text: without(
      'purposes',
      'en',
      '## Data collection\n\nThe school keeps the names and phone numbers of applicants.',
    ),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:purposes' } }],
  },
  {
    name: 'ru: «собираем только имя и телефон» names the data, not a purpose',
    text: without('purposes', 'ru', '## О нас\n\nМы собираем только имя и номер телефона.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:purposes' } }],
  },
  {
    name: 'kk: «тек атыңызды жинаймыз» names the data, not a purpose',
    text: without('purposes', 'kk', '## Біз туралы\n\nБіз тек атыңыз бен телефоныңызды жинаймыз.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:purposes' } }],
  },
  {
    name: 'ru: a name passed to a courier is no publication',
    text: without('public-sources', 'ru', '## Доставка\n\nИмя и телефон получателя передаются курьеру.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:public-sources' } }],
  },
];

ruleTester('missing-section', { valid, invalid });

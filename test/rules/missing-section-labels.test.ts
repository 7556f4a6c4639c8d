// missing-section: items stated in wording that real drafts use and the vocabulary missed. Each
// statement stands under a heading that names no topic, in a policy with every other item of its
// law, so that only its own words can state the item: subjects listed as «К субъектам персональных
// данных относятся», processing "with automation tools or without", and a data protection
// specialist (not only an "officer") named as the person to turn to. Guards: the subjects' rights
// are no list of subjects, automated processing alone names no method, an authority that protects
// data is no person of the operator.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';

type Lang = 'en' | 'ru' | 'kk';

const OTHER: Record<Lang, string> = {
  en: '## 12. Other terms',
  ru: '## 12. Прочие условия',
  kk: '## 12. Өзге шарттар',
};

interface Wording {
  law: 'kz' | 'ru';
  item: string;
  lang: Lang;
  text: string;
}

const withStatement = (w: Wording): string =>
  policy(w.lang, w.law, [...otherSections(w.law, w.lang, w.item), `${OTHER[w.lang]}\n\n${w.text}`]);

const STATED: Wording[] = [
  {
    law: 'ru',
    item: 'subject-categories',
    lang: 'ru',
    text: 'К субъектам персональных данных относятся покупатели магазина и подписчики рассылки.',
  },
  {
    law: 'ru',
    item: 'subject-categories',
    lang: 'ru',
    text: 'Субъектами персональных данных являются клиенты и работники Оператора.',
  },
  {
    law: 'ru',
    item: 'subject-categories',
    lang: 'kk',
    text: 'Дербес деректер субъектілеріне дүкен сатып алушылары мен жазылушылар жатады.',
  },
  {
    law: 'ru',
    item: 'processing-actions',
    lang: 'ru',
    text: 'Данные обрабатываются в информационной системе с использованием средств автоматизации или без использования таких средств.',
  },
  {
    law: 'ru',
    item: 'processing-actions',
    lang: 'en',
    text: 'Data are processed in our information system using automation tools or without using such tools.',
  },
  {
    law: 'kz',
    item: 'responsible-person',
    lang: 'kk',
    text: 'Дербес деректер бойынша сұрақтарды деректерді қорғау жөніндегі маманға жолдаңыз: dpo@example.kz.',
  },
  {
    law: 'kz',
    item: 'responsible-person',
    lang: 'ru',
    text: 'Вопросы о персональных данных направляйте специалисту по защите персональных данных: dpo@example.kz.',
  },
  {
    law: 'kz',
    item: 'responsible-person',
    lang: 'en',
    text: 'Send questions about personal data to our data protection specialist at dpo@example.kz.',
  },
];

const NOT_STATED: Wording[] = [
  {
    law: 'ru',
    item: 'subject-categories',
    lang: 'ru',
    text: 'К правам субъектов относятся право на доступ к данным и право требовать их удаления.',
  },
  {
    law: 'ru',
    item: 'processing-actions',
    lang: 'ru',
    text: 'Данные обрабатываются с использованием средств автоматизации.',
  },
  {
    law: 'kz',
    item: 'responsible-person',
    lang: 'kk',
    text: 'Шағымды деректерді қорғау жөніндегі уәкілетті органға беруге болады.',
  },
];

const valid: Case[] = STATED.map((w) => ({
  name: `${w.law}:${w.item} ${w.lang}: ${w.text}`,
  text: withStatement(w),
}));

const invalid: InvalidCase[] = NOT_STATED.map((w) => ({
  name: `${w.law}:${w.item} ${w.lang} (guard): ${w.text}`,
  text: withStatement(w),
  errors: [{ messageId: 'missing', data: { requirement: `${w.law}:${w.item}` } }],
}));

ruleTester('missing-section', { valid, invalid });

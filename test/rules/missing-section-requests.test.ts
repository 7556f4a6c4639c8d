// missing-section: how the subject sends requests and when the operator answers them. A sentence
// in which the operator considers a request, or the time it takes, states the procedure; a right
// that only refers back to "the result of considering the first request" (a repeated request under
// 152-FZ Art. 14) restates the law and says nothing of where requests go or when they are answered.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';

const withRights = (text: string): string =>
  policy('ru', 'ru', [...otherSections('ru', 'ru', 'requests'), `## Дополнительные права\n\n${text}`]);

const valid: Case[] = [
  {
    name: 'ru: the operator considers a request within a time limit',
    text: withRights('Оператор рассматривает обращение субъекта в течение десяти рабочих дней со дня его получения.'),
  },
  {
    name: 'ru: the time for considering a request',
    text: withRights('Срок рассмотрения обращения субъекта не превышает десяти рабочих дней.'),
  },
];

// Under a heading of its own, the channel a subject uses to exercise the rights, or to ask about the
// processing of personal data, states where requests go (the Kazakhstan item asks how and when).
const withChannel = (lang: 'en' | 'ru' | 'kk', text: string): string =>
  policy(lang, 'kz', [
    ...otherSections('kz', lang, 'requests'),
    `## ${{ en: 'Other', ru: 'Прочее', kk: 'Басқа' }[lang]}\n\n${text}`,
  ]);

valid.push(
  {
    name: 'ru: «для реализации прав обратитесь» through a form in the app',
    text: withChannel('ru', 'Для реализации своих прав напишите нам через форму обратной связи в приложении.'),
  },
  {
    name: 'ru: any question about the processing of personal data, by e-mail',
    text: withChannel(
      'ru',
      'По любым вопросам, связанным с обработкой ваших данных, обращайтесь по адресу help@dala.example.',
    ),
  },
  {
    name: 'kk: questions about processing personal data, by e-mail',
    text: withChannel(
      'kk',
      'Дербес деректерді өңдеуге байланысты кез келген сұрақтар бойынша бізге электрондық пошта арқылы жазыңыз: help@dala.example.',
    ),
  },
  {
    name: 'en: to exercise the rights, write to an address',
    text: withChannel('en', 'To exercise any of these rights, write to help@dala.example.'),
  },
);

// A sentence that sends the subject to the contact details of another section states the channel
// when that section gives them; a section without any contact states nothing by being pointed to.
const pointingToContacts = (contacts: string): string =>
  policy('ru', 'kz', [
    ...otherSections('kz', 'ru', 'requests'),
    '## Прочее\n\nДля реализации своих прав обратитесь к нам по контактам, указанным в разделе «Связь с нами».',
    `## Связь с нами\n\n${contacts}`,
  ]);

valid.push({
  name: 'ru: requests sent to the contact details of another section, which gives a phone',
  text: pointingToContacts('Телефон: +7 701 555 12 34.'),
});

const invalid: InvalidCase[] = [
  {
    name: 'ru: requests sent to another section that gives no contact',
    text: pointingToContacts('Мы всегда рады вашим вопросам.'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:requests' } }],
  },
  {
    name: 'ru: a repeated request after "the result of considering the first request" is a right, not the procedure',
    text: withRights(
      'Субъект вправе запросить сведения повторно, если они не были предоставлены полностью по результатам рассмотрения первоначального обращения.',
    ),
    errors: [{ messageId: 'missing', data: { requirement: 'ru:requests' } }],
  },
];

// A sub-heading that names the moment data are given («Өтініш беру кезінде:», "When you apply:")
// heads a list of the data given then: «өтініш» is an application there, not a subject's request.
const dataWhen = (lang: 'en' | 'ru' | 'kk', heading: string): string =>
  policy(lang, 'kz', [
    ...otherSections('kz', lang, 'requests'),
    `## ${{ en: 'Documents', ru: 'Документы', kk: 'Құжаттар' }[lang]}\n\n### ${heading}\n\n- ${{ en: 'diploma copy', ru: 'копия диплома', kk: 'диплом көшірмесі' }[lang]}`,
  ]);

invalid.push(
  {
    name: 'kk: «Өтініш беру кезінде:» over a list of documents is no requests section',
    text: dataWhen('kk', 'Өтініш беру кезінде:'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:requests' } }],
  },
  {
    name: 'kk: «Өтінішті толтыру кезінде» over a list of data is no requests section',
    text: dataWhen('kk', 'Өтінішті толтыру кезінде'),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:requests' } }],
  },
);

// Guards: a requests heading of its own still states the item.
valid.push(
  {
    name: 'kk: «Өтініштер» as a heading of its own',
    text: withChannel('kk', 'Өтініштерді help@dala.example мекенжайына жіберіңіз.').replace('## Басқа', '## Өтініштер'),
  },
  {
    name: 'kk: «Өтініш беру тәртібі»',
    text: withChannel('kk', 'Өтініштерді help@dala.example мекенжайына жіберіңіз.').replace(
      '## Басқа',
      '## Өтініш беру тәртібі',
    ),
  },
);

ruleTester('missing-section', { valid, invalid });

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

const invalid: InvalidCase[] = [
  {
    name: 'ru: a repeated request after "the result of considering the first request" is a right, not the procedure',
    text: withRights(
      'Субъект вправе запросить сведения повторно, если они не были предоставлены полностью по результатам рассмотрения первоначального обращения.',
    ),
    errors: [{ messageId: 'missing', data: { requirement: 'ru:requests' } }],
  },
];

ruleTester('missing-section', { valid, invalid });

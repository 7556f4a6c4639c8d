// Headings as real drafts write them: a Markdown heading, a paragraph wholly in bold, or a title
// line without any mark (capitals or Title Case, alone in its paragraph, over body text). What
// only looks like a title is not one: a short sentence, a name in a signature block, a line of a
// table of contents, a cell of a table that lost its grid, a date.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';

const engine = createEngine();
const headings = (text: string): string[] =>
  engine
    .parse('file:///p.md', text)
    .sections.filter((s) => s.heading)
    .map((s) => s.title);

const BODY_EN = 'We keep payment records for five years after the last transaction, as the law on payments requires.';
const BODY_RU =
  'Мы принимаем организационные и технические меры для защиты персональных данных от несанкционированного доступа.';
const BODY_KK =
  'Біз дербес деректерді рұқсатсыз қол жеткізуден қорғау үшін ұйымдастырушылық және техникалық шаралар қолданамыз.';

describe('title lines as headings', () => {
  const cases: Array<[string, string, string[]]> = [
    ['capitals', `# Privacy Policy\n\nSECURITY\n\n${BODY_EN}\n`, ['Privacy Policy', 'SECURITY']],
    [
      'Title Case',
      `# Privacy Policy\n\nChanges to This Policy\n\n${BODY_EN}\n`,
      ['Privacy Policy', 'Changes to This Policy'],
    ],
    [
      'Russian capitals',
      `# Политика конфиденциальности\n\nБЕЗОПАСНОСТЬ\n\n${BODY_RU}\n`,
      ['Политика конфиденциальности', 'БЕЗОПАСНОСТЬ'],
    ],
    [
      'a capitalised Kazakh word',
      `# Құпиялылық саясаты\n\nҚауіпсіздік\n\n${BODY_KK}\n`,
      ['Құпиялылық саясаты', 'Қауіпсіздік'],
    ],
    [
      'a title line with a section number',
      `# Privacy Policy\n\nSection 4 DATA RETENTION\n\n${BODY_EN}\n`,
      ['Privacy Policy'],
    ],
    [
      'over a list',
      `# Privacy Policy\n\nYour Rights\n\n- access the data we hold;\n- have it corrected.\n`,
      ['Privacy Policy', 'Your Rights'],
    ],
    [
      'after a finished paragraph',
      `# Privacy Policy\n\n${BODY_EN}\n\nHow We Protect Your Data\n\n${BODY_EN}\n`,
      ['Privacy Policy', 'How We Protect Your Data'],
    ],
  ];
  for (const [name, text, expected] of cases)
    it(`reads ${name} ${expected.length > 1 ? 'as a heading' : 'as text (it holds a digit)'}`, () =>
      assert.deepEqual(headings(text), expected));

  const notHeadings: Array<[string, string]> = [
    ['a short sentence', `# Privacy Policy\n\nWe value your privacy.\n\n${BODY_EN}\n`],
    ['a sentence in sentence case', `# Политика конфиденциальности\n\nСроки хранения данных\n\n${BODY_RU}\n`],
    ['a date line', `# Privacy Policy\n\nEffective 1 December 2026\n\n${BODY_EN}\n`],
    [
      'a name over a position (a signature block)',
      `# Privacy Policy\n\n${BODY_EN}\n\nAidana Seitkali\n\nChief Executive Officer\n`,
    ],
    ['a table of contents', `# Privacy Policy\n\nIntroduction\n\nData We Collect\n\nYour Rights\n\n${BODY_EN}\n`],
    [
      'a cell of a table that lost its grid',
      `# Политика конфиденциальности\n\nОбеспечить проведение платежей\n\nПользователя\n\nЗапрос, полученный через форму обратной связи на сайте\n`,
    ],
    [
      'a line that a colon introduces',
      `# Privacy Policy\n\nWe use the following measures:\n\nEncryption\n\n${BODY_EN}\n`,
    ],
    [
      'a title with nothing but a short line after it',
      `# Privacy Policy\n\n${BODY_EN}\n\nCONTACTS\n\nprivacy@example.kz\n`,
    ],
  ];
  for (const [name, text] of notHeadings)
    it(`does not read ${name} as a heading`, () =>
      assert.deepEqual(headings(text), [text.slice(2, text.indexOf('\n'))]));

  it('gives a title line a level below the last Markdown heading, and its own clauses', () => {
    const doc = engine.parse(
      'file:///p.md',
      `# Privacy Policy\n\n## 1. General\n\n${BODY_EN}\n\nDATA RETENTION\n\n${BODY_EN}\n`,
    );
    const retention = doc.sections.find((s) => s.title === 'DATA RETENTION')!;
    assert.deepEqual([retention.level, retention.implicit, retention.parent?.title], [3, true, '1. General'.slice(3)]);
    assert.equal(
      doc.clauses.some((c) => c.blocks.includes(retention.heading!)),
      false,
      'a heading is no clause',
    );
  });
});

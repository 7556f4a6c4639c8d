// Importing Word drafts built in the test: the Markdown written, the clause numbers the engine
// then reads, and the one summary of what could not be kept.
import assert from 'node:assert/strict';
import { Paragraph, TextRun } from 'docx';
import { createEngine } from '../../../server/src/engine/index.js';
import { importDocx, reviewWarning } from '../../../server/src/word/index.js';
import { MERGED_NOTE } from '../../../server/src/word/html-tree.js';
import {
  bold,
  buildDocx,
  clause,
  heading,
  letter,
  mergedTable,
  plain,
  reviewed,
  title,
  withFootnote,
  withLink,
} from './fixtures.js';

const body = (markdown: string): string => markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');

describe('Word import', () => {
  it('writes clause numbers that nest, restart and continue as text, under the right headings', async () => {
    const docx = await buildDocx([
      title('Политика конфиденциальности'),
      heading('Общие положения'),
      clause('Политика описывает обработку данных.', 1),
      clause('Термины понимаются по Закону.', 2),
      clause('Второй подпункт.', 2),
      clause('Пункт после подпунктов.', 1),
      plain('Абзац без номера.'),
      clause('Нумерация продолжается.', 1),
      letter('первое;'),
      letter('второе.'),
      heading('Сроки хранения'),
      clause('Данные хранятся пять лет.', 1),
      clause('Новый список с начала.', 1, 2),
    ]);
    const result = await importDocx(docx, { fileName: 'policy.docx' });
    assert.equal(
      body(result.markdown),
      [
        '# Политика конфиденциальности',
        '## 1. Общие положения',
        '1.1. Политика описывает обработку данных.',
        '1.1.1. Термины понимаются по Закону.',
        '1.1.2. Второй подпункт.',
        '1.2. Пункт после подпунктов.',
        'Абзац без номера.',
        '1.3. Нумерация продолжается.',
        'а) первое;',
        'б) второе.',
        '## 2. Сроки хранения',
        '2.1. Данные хранятся пять лет.',
        '1.1. Новый список с начала.',
      ].join('\n\n') + '\n',
    );
    // The engine reads the numbers as clause numbers.
    const doc = createEngine().parse('file:///policy.ru.md', result.markdown);
    const numbers = doc.blocks.flatMap((b) => (b.number ? [b.number.label] : []));
    assert.deepEqual(numbers.slice(0, 7), ['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.3', '2']);
    assert.equal(result.language, 'ru');
    assert.match(result.markdown, /^---\nlang: ru\npolicy: privacy\nsource: policy.docx\n---\n/);
    assert.deepEqual(result.notes, []);
  });

  it('flattens merged table cells with a note, and says so once', async () => {
    const result = await importDocx(await buildDocx([plain('Retention periods are as follows.'), mergedTable()]), {
      fileName: 'privacy.en.docx',
    });
    assert.ok(
      body(result.markdown).includes(
        [
          '| Purpose | Period |',
          '|---|---|',
          '| Payments | 5 years |',
          '| | 3 years |',
          '| Other data: until consent is withdrawn | |',
          '',
          `<!-- ${MERGED_NOTE} -->`,
        ].join('\n'),
      ),
      result.markdown,
    );
    assert.equal(result.notes.length, 1);
    assert.match(result.notes[0]!, /1 table with merged cells/);
  });

  it('takes tracked changes as accepted, leaves comments out, and warns about both', async () => {
    const result = await importDocx(
      await buildDocx([reviewed('Data are kept for ', 'five years', 'three years')], { comments: true }),
      { fileName: 'privacy.en.docx' },
    );
    assert.equal(body(result.markdown), 'Data are kept for five years\n');
    assert.equal(result.findings.trackedChanges, 2);
    assert.equal(result.findings.comments, 1);
    assert.match(reviewWarning(result.findings)!, /2 tracked changes and 1 comment/);
    assert.equal(result.notes.length, 2);
  });

  it('keeps footnotes, links with their targets and bold-paragraph headings', async () => {
    const docx = await buildDocx(
      [
        bold('Contact details'),
        withFootnote('The Law applies', '.'),
        withLink('Write to us at ', 'our form', 'https://example.kz/form'),
      ],
      { footnote: 'Law of the Republic of Kazakhstan on personal data.' },
    );
    const result = await importDocx(docx, { fileName: 'privacy.en.docx' });
    assert.equal(
      body(result.markdown),
      '**Contact details**\n\nThe Law applies[^1].\n\nWrite to us at [our form](https://example.kz/form)\n\n[^1]: Law of the Republic of Kazakhstan on personal data.\n',
    );
    assert.equal(reviewWarning(result.findings), null);
  });

  it('detects Kazakh and Russian, and takes the language from a version name first', async () => {
    const kk = await importDocx(
      await buildDocx([plain('Оператор дербес деректерді жинау және өңдеу үшін субъектінің келісімін алады.')]),
      { fileName: 'saiasat.docx' },
    );
    assert.equal(kk.language, 'kk');
    const ru = await importDocx(
      await buildDocx([plain('Оператор обрабатывает персональные данные только с согласия субъекта.')]),
      { fileName: 'policy.docx' },
    );
    assert.equal(ru.language, 'ru');
    const named = await importDocx(await buildDocx([plain('Оператор обрабатывает персональные данные.')]), {
      fileName: 'privacy.kk.docx',
    });
    assert.equal(named.language, 'kk');
  });

  it('makes a heading of a paragraph with an outline level but no heading style', async () => {
    const result = await importDocx(
      await buildDocx([
        new Paragraph({ children: [new TextRun('Retention')], outlineLevel: 1 }),
        plain('Data are kept for five years.'),
      ]),
      { fileName: 'privacy.en.docx' },
    );
    assert.equal(body(result.markdown), '## Retention\n\nData are kept for five years.\n');
  });

  it('rejects a file that is not a Word document with an error, not a crash', async () => {
    await assert.rejects(importDocx(Buffer.from('not a zip at all')));
  });
});

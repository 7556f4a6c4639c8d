// Several language versions in one file: each version keeps its own sections and clauses, and a
// first version without its `<!-- lang -->` marker takes the language of its own text.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';

const engine = createEngine();

const text = [
  '# Құпиялылық саясаты',
  '',
  '## 1. Жалпы ережелер',
  '',
  '1.1. Осы саясат «Dala Pay» ЖШС дербес деректерді өңдеу тәртібін айқындайды және барлық пайдаланушыларға қатысты.',
  '',
  '<!-- lang: ru -->',
  '',
  'Утверждена приказом директора от 19.02.2024 года.',
  '',
  '# Политика конфиденциальности',
  '',
  '## 1. Общие положения',
  '',
  '1.1. Настоящая политика определяет порядок обработки персональных данных ТОО «Dala Pay» и распространяется на всех пользователей.',
  '',
].join('\n');

describe('language versions in one file', () => {
  const doc = engine.parse('file:///policy.md', text);

  it('takes the language of an unmarked first version from its own text', () => {
    assert.deepEqual(
      doc.versions.map((v) => v.lang),
      ['kk', 'ru'],
    );
  });

  it('closes the sections of one version where the next begins', () => {
    const kkSection = doc.sections.find((s) => s.title === 'Жалпы ережелер')!;
    assert.ok(kkSection.span.end <= doc.versions[1]!.span.start, 'the Kazakh section stops at the Russian marker');
    const preamble = doc.blocks.find((b) => b.text.startsWith('Утверждена'))!;
    assert.equal(preamble.section.heading, null, 'the Russian text before its first heading has a section of its own');
    assert.equal(preamble.section.level, 0);
    assert.ok(preamble.section.span.start >= doc.versions[1]!.span.start);
  });

  it('never lets a clause run from one version into the next', () => {
    for (const clause of doc.clauses) {
      const parts = new Set(
        clause.blocks.map((b) => doc.versions.findIndex((v) => b.index >= v.firstBlock && b.index < v.endBlock)),
      );
      assert.equal(parts.size, 1, `clause ${clause.index} spans ${parts.size} versions`);
    }
    assert.equal(doc.clauses.filter((c) => c.number?.label === '1.1').length, 2);
  });
});

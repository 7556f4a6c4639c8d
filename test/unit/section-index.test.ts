// Section lookups (engine/model/section-index.ts) answer as a scan of every section would, in
// files with nested, implicit and level-skipping headings and several language versions.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import type { PolicyDocument, Section } from '../../server/src/engine/model/document.js';
import { childrenAt, enclosingSection, sectionsWithHeadingIn } from '../../server/src/engine/model/section-index.js';

const engine = createEngine();

const TEXT = [
  '# Privacy Policy',
  '## 1. General',
  'We are a small shop.',
  '### 1.1 Terms',
  'A term means a word.',
  '#### Deep note',
  'Nothing more.',
  '## 2. Purposes',
  '**Payments**',
  'We take payments.',
  '<!-- lang: ru -->',
  '# Политика конфиденциальности',
  '### Пропуск уровня',
  'Текст раздела.',
  '## 1. Общие положения',
  'Мы небольшой магазин.',
  '<!-- lang: kk -->',
  'Кіріспе мәтін.',
  '## 1. Жалпы ережелер',
  'Біз шағын дүкенбіз.',
].join('\n\n');

/** The scans the index replaces, kept here as the definition it must agree with. */
function scanEnclosing(doc: PolicyDocument, offset: number, level: number): Section | null {
  let parent: Section | null = null;
  for (const s of doc.sections)
    if (s.heading && s.level < level && s.heading.start < offset && offset <= s.span.end) parent = s;
  return parent;
}

describe('section index', () => {
  const doc = engine.parse('file:///p/privacy.md', TEXT);

  it('finds the enclosing section and its children at every offset and level as a scan does', () => {
    assert.ok(doc.sections.filter((s) => s.heading).length >= 8, 'the fixture has the headings it is about');
    for (let offset = 0; offset <= TEXT.length; offset++) {
      for (let level = 1; level <= 6; level++) {
        const parent = scanEnclosing(doc, offset, level);
        assert.equal(enclosingSection(doc.sections, offset, level), parent, `offset ${offset}, level ${level}`);
        const expected = doc.sections.filter((s) => s.heading && s.level === level && s.parent === parent);
        assert.deepEqual(childrenAt(doc.sections, parent, level), expected);
      }
    }
  });

  it('lists the sections whose heading falls in a block range as a scan does', () => {
    for (let first = 0; first <= doc.blocks.length; first++) {
      for (let end = first; end <= doc.blocks.length; end++) {
        const expected = doc.sections.filter((s) => s.heading && s.heading.index >= first && s.heading.index < end);
        assert.deepEqual(sectionsWithHeadingIn(doc.sections, first, end), expected);
      }
    }
  });
});

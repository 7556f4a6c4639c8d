// Inserting a section (engine/fixes/insert-section.ts): the next free number or none, never a
// number that repeats a neighbour's, blank lines around it, and the first blank to select.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { insertSection } from '../../server/src/engine/fixes/insert-section.js';

const engine = createEngine();
const parse = (text: string) => engine.parse('file:///p/privacy.en.md', text);
const apply = (text: string, edit: { start: number; end: number; text: string }): string =>
  text.slice(0, edit.start) + edit.text + text.slice(edit.end);

const FIVE =
  '# Privacy Policy\n\n## 4. Purposes\n\nWe process data to make payments.\n\n## 5. Retention\n\nWe keep data for five years.\n';

describe('inserting a section', () => {
  it('after the last section takes the next number, and its first blank is selected', () => {
    const doc = parse(FIVE);
    const r = insertSection(
      doc,
      { offset: FIVE.length, level: 2 },
      'Withdrawal of consent',
      '[How consent is withdrawn] and [when processing stops].',
    );
    const text = apply(FIVE, r.edit);
    assert.equal(r.numbering, 'numbered');
    assert.equal(r.headingLine, '## 6. Withdrawal of consent');
    assert.ok(
      text.endsWith(
        '## 5. Retention\n\nWe keep data for five years.\n\n## 6. Withdrawal of consent\n\n[How consent is withdrawn] and [when processing stops].\n\n',
      ),
      text,
    );
    assert.equal(text.slice(r.blank!.start, r.blank!.end), '[How consent is withdrawn]');
  });

  it('between 4 and 5 takes no number rather than a second «5.», and says numbering needs attention', () => {
    const doc = parse(FIVE);
    const at = FIVE.indexOf('## 5.');
    const r = insertSection(doc, { offset: at, level: 2 }, 'Recipients', '[Who receives the data]');
    const text = apply(FIVE, r.edit);
    assert.equal(r.numbering, 'needs-attention');
    assert.equal(r.headingLine, '## Recipients');
    assert.ok(
      text.includes('We process data to make payments.\n\n## Recipients\n\n[Who receives the data]\n\n## 5. Retention'),
      text,
    );
    assert.equal(text.slice(r.blank!.start, r.blank!.end), '[Who receives the data]');
  });

  it('takes a free number between numbered sections with a gap, in their style', () => {
    const text0 = '# Policy\n\n## 1) Scope\n\nText.\n\n## 3) Rights\n\nText.\n';
    const doc = parse(text0);
    const r = insertSection(doc, { offset: text0.indexOf('## 3)'), level: 2 }, 'Purposes', 'Text.');
    assert.equal(r.headingLine, '## 2) Purposes');
  });

  it('gives no number when the neighbours have none, and a bold heading where they are bold', () => {
    const text0 = '# Policy\n\n**Scope**\n\nText.\n';
    const doc = parse(text0);
    const r = insertSection(
      doc,
      { offset: text0.length, level: doc.sections.find((s) => s.implicit)?.level ?? 2, implicit: true },
      'Rights',
      'No blanks here.',
    );
    assert.equal(r.numbering, 'unnumbered');
    assert.equal(r.headingLine, '**Rights**');
    assert.equal(r.blank, null);
    assert.equal(apply(text0, r.edit), '# Policy\n\n**Scope**\n\nText.\n\n**Rights**\n\nNo blanks here.\n\n');
  });

  it('numbers only among the sections under the same parent', () => {
    const text0 = '# Policy\n\n## 1. Data\n\n### 1.1. Card data\n\nText.\n\n## 2. Rights\n\n### 2.1. Access\n\nText.\n';
    const doc = parse(text0);
    const r = insertSection(doc, { offset: text0.indexOf('## 2.'), level: 3 }, 'Phone numbers', 'Text.');
    assert.equal(r.headingLine, '### 1.2. Phone numbers');
  });
});

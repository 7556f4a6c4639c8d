// retention-inconsistent as the lawyer types: an edit that makes two statements disagree raises
// it, the edit that makes them agree again clears it; the re-parse reuses the untouched blocks'
// readings (cached in their memo). Also the cross-version seam, with a stand-in for the alignment.
import assert from 'node:assert/strict';
import { createEngine, type PolicyDocument } from '../../server/src/engine/index.js';
import {
  createRetentionInconsistent,
  type CounterpartFinder,
} from '../../server/src/engine/rules/retention-inconsistent.js';
import { documentRetention, retentionJson } from '../../server/src/engine/extract/retention/index.js';
import { describeRetention } from '../../server/src/engine/extract/retention/describe.js';
import { applyEdits } from '../helpers/rule-tester.js';

const head = '---\nlang: ru\npolicy: privacy\njurisdictions: [kz]\n---\n# Политика\n\n';
const first = '4.1. Данные платежных карт хранятся 5 лет с момента осуществления платежа.\n\n';
const filler = Array.from(
  { length: 20 },
  (_, i) => `${i + 5}.1. Пользователь вправе обратиться к Оператору по вопросу ${i + 1}.\n\n`,
).join('');
const second = (period: string) => `30.1. Данные платежных карт хранятся ${period} с момента осуществления платежа.\n`;

describe('retention-inconsistent while typing', () => {
  const engine = createEngine();
  const config = engine.resolveConfig([]);
  const conflicts = (doc: PolicyDocument) =>
    engine.lint(doc, config).filter((f) => f.ruleId === 'retention-inconsistent');

  it('appears when an edit makes two statements disagree and clears when they agree again', () => {
    const uri = 'file:///cases/privacy.ru.md';
    let doc = engine.parse(uri, head + first + filler + second('5 лет'));
    assert.equal(conflicts(doc).length, 0);
    const firstBlock = doc.blocks.find((b) => b.text.startsWith('4.1.'))!;
    const at = doc.text.lastIndexOf('5 лет');
    doc = engine.parse(uri, doc.text.slice(0, at) + '3 года' + doc.text.slice(at + 5), doc);
    const found = conflicts(doc);
    assert.equal(found.length, 1);
    assert.equal(doc.text.slice(found[0]!.span.start, found[0]!.span.end), '3 года');
    assert.equal(doc.text.slice(found[0]!.related![0]!.span.start, found[0]!.related![0]!.span.end), '5 лет');
    // The untouched clause kept its cached reading.
    assert.equal(doc.blocks.find((b) => b.text.startsWith('4.1.'))!.core, firstBlock.core);
    const back = doc.text.lastIndexOf('3 года');
    doc = engine.parse(uri, doc.text.slice(0, back) + '5 лет' + doc.text.slice(back + 6), doc);
    assert.equal(conflicts(doc).length, 0);
  });

  it('gives the CLI its retention objects and the hover its reading', () => {
    const doc = engine.parse(
      'file:///cases/privacy.en.md',
      '---\nlang: en\n---\nWe keep payment card details for five (5) years from the date of payment.\n',
    );
    const [json] = retentionJson(doc);
    assert.deepEqual(
      { ...json, range: undefined },
      {
        text: 'We keep payment card details for five (5) years from the date of payment.',
        period: 'P5Y',
        bound: 'exact',
        from: 'date of payment',
        until: null,
        covers: 'payment card details',
        range: undefined,
      },
    );
    assert.equal(doc.text.slice(json!.range.start, json!.range.end), json!.text);
    const statement = documentRetention(doc)[0]!;
    assert.equal(
      describeRetention(statement, 'en'),
      '5 years from date of payment; exact; covers: payment card details',
    );
    assert.equal(
      describeRetention(statement, 'ru'),
      '5 лет с «date of payment»; точный срок; относится к: «payment card details»',
    );
  });
});

describe('retention-inconsistent across language versions (the alignment seam)', () => {
  // A stand-in for the alignment: clauses with the same number are counterparts.
  const byNumber: CounterpartFinder = (_group, _from, clause, to) =>
    to.doc.clauses.find((c) => c.number?.label === clause.number?.label) ?? null;
  const rule = createRetentionInconsistent(byNumber);
  const engine = createEngine({ rules: [rule] });
  const config = engine.resolveConfig([{ rules: { 'retention-inconsistent': 'error' } }]);
  const ru = engine.parse(
    'file:///p/privacy.ru.md',
    '---\nlang: ru\nprimary: true\n---\n4.1. Данные платежных карт хранятся 5 лет с момента осуществления платежа.\n\n4.2. Данные для рассылок хранятся 1 год.\n',
  );
  const kkText =
    '---\nlang: kk\n---\n4.1. Төлем карталарының деректері төлем жасалған кезден бастап 3 жыл сақталады.\n\n4.2. Жарнамалық тарату деректері 1 жыл сақталады.\n';
  const kk = engine.parse('file:///p/privacy.kk.md', kkText);
  const group = {
    members: [
      { doc: ru, part: 0, lang: 'ru', primary: true },
      { doc: kk, part: 0, lang: 'kk', primary: false },
    ],
  };

  it('flags the version that disagrees with the primary, links the counterpart and fixes it', () => {
    const findings = engine.lint(kk, config, { group });
    assert.equal(findings.length, 1);
    const f = findings[0]!;
    assert.equal(f.message.id, 'retention-inconsistent/version-conflict');
    assert.equal(kkText.slice(f.span.start, f.span.end), '3 жыл');
    assert.equal(f.related![0]!.uri, 'file:///p/privacy.ru.md');
    assert.equal(ru.text.slice(f.related![0]!.span.start, f.related![0]!.span.end), '5 лет');
    assert.equal(applyEdits(kkText, f.fix!.edits), kkText.replace('3 жыл', '5 жыл'));
  });
  it('says nothing on the primary version itself', () => assert.equal(engine.lint(ru, config, { group }).length, 0));
});

// Unit tests of the engine's small parts: directives, the fixer, front matter, numbering,
// language detection, policy titles, the model's sections and clauses.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { applyFixes, fixToFixedPoint } from '../../server/src/engine/fixes/apply.js';
import { parseLeadingNumber } from '../../server/src/engine/model/numbering.js';
import { detectLanguage } from '../../server/src/engine/language/detect.js';
import { isPolicyTitle, opensAsPolicy } from '../../server/src/engine/extract/policy-title.js';
import { foldForMatch } from '../../server/src/engine/language/normalize.js';

const engine = createEngine();

describe('inline directives', () => {
  const spine = createEngine({
    rules: engine.rules.filter((r) => r.id === 'placeholder' || r.id === 'duplicate-heading'),
  });
  const lint = (text: string) => {
    const doc = spine.parse('file:///d/privacy.en.md', text);
    return spine
      .lint(doc, spine.resolveConfig([]))
      .map((f) => `${f.ruleId}@${text.slice(0, f.span.start).split('\n').length}`);
  };
  it('disable and enable by rule, and for all rules', () => {
    const text =
      '# Privacy Policy\n\n[A]\n\n<!-- pplint-disable placeholder -->\n\n[B]\n\n<!-- pplint-enable placeholder -->\n\n[C]\n\n<!-- pplint-disable -->\n\n[D]\n\n<!-- pplint-enable -->\n\n[E]\n';
    assert.deepEqual(lint(text), ['placeholder@3', 'placeholder@11', 'placeholder@19']);
  });
  it('disable-next-line skips blank lines; disable-line covers its own line only', () => {
    const text =
      '# Privacy Policy\n\n<!-- pplint-disable-next-line placeholder -->\n\n[A] and [B]\n\n[C] <!-- pplint-disable-line placeholder -->\n[D]\n';
    assert.deepEqual(lint(text), ['placeholder@8']);
  });
  it('a directive naming another rule changes nothing; several rules in one directive', () => {
    assert.deepEqual(lint('# Privacy Policy\n\n<!-- pplint-disable-next-line duplicate-heading -->\n[A]\n'), [
      'placeholder@4',
    ]);
    assert.deepEqual(
      lint('# Privacy Policy\n\n<!-- pplint-disable-next-line duplicate-heading, placeholder -->\n[A]\n'),
      [],
    );
  });
  it('directives in code are not directives', () => {
    assert.deepEqual(lint('# Privacy Policy\n\n```\n<!-- pplint-disable -->\n```\n\n[A]\n'), ['placeholder@7']);
  });
});

describe('the fixer', () => {
  it('applies non-overlapping fixes together and drops overlapping ones', () => {
    const r = applyFixes('abcdef', [
      [{ start: 0, end: 1, text: 'A' }],
      [{ start: 0, end: 2, text: 'XX' }],
      [{ start: 4, end: 6, text: 'EF' }],
      [{ start: 3, end: 3, text: '+' }],
    ]);
    assert.equal(r.text, 'Abc+dEF');
    assert.equal(r.applied, 3);
    assert.equal(r.dropped, 1);
  });
  it('keeps a fix atomic: all its edits or none', () => {
    const r = applyFixes('one two three', [
      [
        { start: 0, end: 3, text: '1' },
        { start: 8, end: 13, text: '3' },
      ],
      [{ start: 9, end: 10, text: 'x' }],
    ]);
    assert.equal(r.text, '1 two 3');
  });
  it('two insertions at one point clash; edits outside the text are ignored', () => {
    assert.equal(applyFixes('ab', [[{ start: 1, end: 1, text: 'x' }], [{ start: 1, end: 1, text: 'y' }]]).text, 'axb');
    assert.equal(applyFixes('ab', [[{ start: 1, end: 9, text: 'x' }]]).text, 'ab');
  });
  it('repeats to a fixed point, and stops when fixes undo each other', () => {
    const chain = fixToFixedPoint('aaa', (t) =>
      t.includes('a') ? [[{ start: t.indexOf('a'), end: t.indexOf('a') + 1, text: 'b' }]] : [],
    );
    assert.deepEqual(chain, { text: 'bbb', applied: 3, passes: 3 });
    // x → y → x: the fixer stops where the cycle began, so running it again changes nothing.
    const flip = fixToFixedPoint('x', (t) => [[{ start: 0, end: 1, text: t === 'x' ? 'y' : 'x' }]], 5);
    assert.deepEqual(flip, { text: 'x', applied: 0, passes: 2 });
    const cycle = fixToFixedPoint('a', (t) => [[{ start: 0, end: 1, text: { a: 'b', b: 'c', c: 'b' }[t]! }]], 9);
    assert.deepEqual(cycle, { text: 'b', applied: 1, passes: 3 });
  });
});

describe('front matter', () => {
  const parse = (text: string) => engine.parse('file:///d/policy.md', text);
  it('reads lang, policy, jurisdictions, policy-id and primary', () => {
    const doc = parse(
      '---\nlang: kk\npolicy: privacy\njurisdictions: kz, gdpr\npolicy-id: main\nprimary: true\n---\n# X\n',
    );
    assert.deepEqual(
      { ...doc.frontMatter, raw: undefined },
      { lang: 'kk', policy: true, jurisdictions: ['kz', 'gdpr'], policyId: 'main', primary: true, raw: undefined },
    );
    assert.equal(doc.language, 'kk');
    assert.equal(doc.text.slice(doc.bodyStart, doc.bodyStart + 3), '# X');
  });
  it('reports bad values at their place and ignores them', () => {
    const text = '---\nlang: german\nprimary: yes please\n---\n# X\n';
    const doc = parse(text);
    assert.deepEqual(
      doc.problems.map((p) => [p.message.id, text.slice(p.span.start, p.span.end)]),
      [
        ['front-matter/bad-value', 'german'],
        ['front-matter/bad-value', 'yes please'],
      ],
    );
    assert.equal(doc.frontMatter.lang, undefined);
  });
  it('reports YAML that does not parse, and a list instead of keys', () => {
    assert.equal(parse('---\nlang: [ru\n---\n').problems[0]!.message.id, 'front-matter/yaml');
    assert.equal(parse('---\n- ru\n- kk\n---\n').problems[0]!.message.id, 'front-matter/not-a-map');
  });
});

describe('clause numbers', () => {
  const cases: Array<[string, string | null]> = [
    ['4. Rights', '4'],
    ['4.1. Text', '4.1'],
    ['4.1.1. Text', '4.1.1'],
    ['4.1 Text', '4.1'],
    ['4.1.Компанияда', '4.1'],
    ['4) Text', '4'],
    ['IV. Rights', '4'],
    ['5 years from the payment', null],
    ['2.5 million', '2.5'],
    ['2024 year', null],
    ['Text 4.1.', null],
  ];
  for (const [text, label] of cases)
    it(`«${text}» → ${label}`, () => assert.equal(parseLeadingNumber(text)?.label ?? null, label));
});

describe('language detection', () => {
  const cases: Array<[string, 'en' | 'ru' | 'kk' | null]> = [
    ['The operator keeps payment data for five years.', 'en'],
    ['Оператор хранит данные о платежах в течение пяти лет.', 'ru'],
    ['Оператор төлем деректерін бес жыл бойы сақтайды.', 'kk'],
    ['Дербес деректер жəне оларды қорғау туралы', 'kk'],
    ['Оператор — ТОО «Dala Pay» (БИН 123456789012); вопросы направляются на privacy@dalapay.kz.', 'ru'],
    ['Kaspi Bank обрабатывает данные пользователей мобильного приложения Kaspi.kz', 'ru'],
    ['Оператор', null],
    ['Сақтау мерзімі', 'kk'],
    ['privacy@dalapay.kz', null],
  ];
  for (const [text, lang] of cases)
    it(`«${text.slice(0, 40)}» → ${lang}`, () => assert.equal(detectLanguage(text).lang, lang));
});

describe('policy titles', () => {
  const yes = [
    'Privacy Policy',
    'Privacy Policy of FFIN Payments LLP',
    'Personal data privacy policy',
    'Политика конфиденциальности',
    'Политика в отношении обработки персональных данных ТОО «X»',
    'Құпиялылық саясаты',
    'Дербес деректерді өңдеу саясаты',
    // The variant spelling «құпиялық», and the data named as someone's («қатысушылардың дербес деректерін»).
    'Құпиялық саясаты',
    '«Тұлпар» қатысушыларының дербес деректерін өңдеу саясаты',
    '1. Privacy Notice',
    'Privacy Policy & Personal Data Protection',
    'Privacy Notice and Cookie Policy',
  ];
  const no = [
    'Privacy Policy Linter',
    'Privacy Policy Linter and Checker',
    'Notes on the privacy policy',
    'Notes on the privacy policy and the cookie banner',
    'Security policy',
    'Политика информационной безопасности',
    'Ақпараттық қауіпсіздік саясаты',
    'README',
  ];
  for (const t of yes) it(`«${t}» is a policy title`, () => assert.ok(isPolicyTitle(t)));
  for (const t of no) it(`«${t}» is not`, () => assert.ok(!isPolicyTitle(t)));

  const opening = [
    'This Privacy Policy describes how Atyn Books keeps your e-mail address.',
    'This Privacy and Personal Data Processing Policy (the “Policy”) sets the rules of the shop.',
    'Настоящая Политика конфиденциальности определяет порядок обработки данных покупателей.',
    'Данная политика обработки персональных данных составлена для покупателей магазина.',
    'Осы Құпиялылық саясаты (бұдан әрі – Саясат) дүкен сатып алушыларына қолданылады.',
  ];
  const notOpening = [
    'This privacy policy linter checks drafts.',
    'This privacy policy is out of date; see the shop for the current one.',
    'The shop has a privacy policy on its site.',
    'Настоящая инструкция описывает сборку сайта.',
  ];
  for (const t of opening) it(`«${t.slice(0, 40)}» opens a policy`, () => assert.ok(opensAsPolicy(t)));
  for (const t of notOpening) it(`«${t.slice(0, 40)}» does not`, () => assert.ok(!opensAsPolicy(t)));
});

describe('a bare privacy heading over text about personal data', () => {
  const config = engine.resolveConfig([]);
  const isPolicy = (text: string) => engine.isPolicy(engine.parse('file:///d/page.md', text), config).policy;
  const yes: Array<[string, string]> = [
    ['ru', '# Конфиденциальность\n\n## 1. Общие положения\n\nСайт бережно хранит персональные данные покупателей.\n'],
    ['kk', '# Құпиялылық\n\nБіз сайт пайдаланушыларының дербес деректерін қорғаймыз.\n'],
    ['en', '# Privacy\n\nWe keep the personal information of our readers safe and never sell it.\n'],
    ['numbered', '# 1. Privacy\n\nWe collect personal data only to deliver your orders.\n'],
  ];
  const no: Array<[string, string]> = [
    [
      'a bare heading over text about something else',
      '# Privacy\n\nThe blinds in the meeting room close from the left.\n',
    ],
    [
      'a non-disclosure agreement',
      '# Конфиденциальность\n\nСтороны обязуются не разглашать сведения, включая персональные данные работников.\n',
    ],
    [
      'terms of use',
      '# Terms of use\n\nBy using the site you accept these terms; we process personal data as our notice says.\n',
    ],
    ['a cookie notice', '# Cookies\n\nThe site stores cookies that hold no personal data.\n'],
    ['privacy with more words', '# Privacy and terms\n\nWe keep personal data safe.\n'],
  ];
  for (const [name, text] of yes) it(`${name}: a policy`, () => assert.equal(isPolicy(text), true));
  for (const [name, text] of no) it(`${name}: not a policy`, () => assert.equal(isPolicy(text), false));
});

describe('letter folding', () => {
  it('keeps the length and mends look-alike letters in Cyrillic words only', () => {
    const text = 'Жəне «Kaspi» — ТОO и Ёлка';
    const folded = foldForMatch(text);
    assert.equal(folded.length, text.length);
    assert.equal(folded, 'және "kaspi" - тоо и елка');
  });
});

describe('the document model', () => {
  it('builds the section tree, clauses and table-cell ranges', () => {
    const text =
      '# Privacy Policy\n\n## 1. Scope\n\n1.1. First.\n\nStill 1.1.\n\n1.2. Second:\n\n- a\n- b\n\n## 2. Retention\n\n| Purpose | Period |\n|---|---|\n| Payments | 5 years |\n';
    const doc = engine.parse('file:///d/privacy.en.md', text);
    assert.deepEqual(
      doc.sections.filter((s) => s.heading).map((s) => [s.level, s.title, s.parent?.title ?? null]),
      [
        [1, 'Privacy Policy', ''],
        [2, 'Scope', 'Privacy Policy'],
        [2, 'Retention', 'Privacy Policy'],
      ],
    );
    assert.deepEqual(
      doc.clauses.map((c) => [c.number?.label ?? null, c.blocks.map((b) => b.text)]),
      [
        ['1.1', ['1.1. First.', 'Still 1.1.']],
        ['1.2', ['1.2. Second:', 'a', 'b']],
        [null, ['Purpose', 'Period']],
        [null, ['Payments', '5 years']],
      ],
    );
    const cell = doc.blocks.find((b) => b.text === '5 years')!;
    assert.equal(text.slice(cell.start, cell.end), '5 years');
  });
});

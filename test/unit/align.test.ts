// Language versions: how documents are grouped, how two versions are aligned (numbered drafts,
// notices without numbers, split and merged paragraphs, tables, sections added or moved), and how
// a clause or a place in one version finds its counterpart in another.
import assert from 'node:assert/strict';
import { createEngine, alignVersions, counterpartClause, type PolicyDocument } from '../../server/src/engine/index.js';
import { inFileGroup } from '../../server/src/engine/align/group.js';
import { prepare } from '../../server/src/engine/lint.js';
import type { Alignment } from '../../server/src/engine/align/types.js';
import { FIXTURES, readVersions } from '../helpers/versions.js';

const engine = createEngine();
const config = engine.resolveConfig([]);
const parse = (uri: string, text: string): PolicyDocument => {
  const doc = engine.parse(uri, text);
  prepare(doc, config);
  return doc;
};
const file = (...parts: Array<[string, string]>): string =>
  `---\npolicy: privacy\n---\n${parts.map(([lang, text]) => `\n<!-- lang: ${lang} -->\n\n${text.trim()}\n`).join('')}`;

/** Aligns the versions of one file: the primary with each other. */
function alignFile(text: string): Alignment[] {
  const doc = parse('file:///a/policy.md', text);
  const group = inFileGroup(doc, config)!;
  return group.members.slice(1).map((m) => alignVersions(group.members[0]!, m));
}

/** The pairings of an alignment as "first words = first words". */
function pairs(alignment: Alignment): string[] {
  const words = (text: string): string => text.split(/\s+/).slice(0, 2).join(' ');
  return alignment.segments.map(
    (l) =>
      `${l.a.map((s) => words(s.blocks[0]!.text)).join(' + ')} = ${l.b.map((s) => words(s.blocks[0]!.text)).join(' + ')}`,
  );
}

describe('grouping language versions', () => {
  const doc = (uri: string, front = ''): PolicyDocument =>
    parse(uri, `${front ? `---\n${front}\n---\n` : ''}# Privacy\n\nText.\n`);

  it('groups files of one folder that differ by a language suffix, the primary first', () => {
    const groups = engine.groupVersions(
      [
        doc('file:///p/privacy.en.md'),
        doc('file:///p/privacy.kk.md'),
        doc('file:///p/privacy.ru.md'),
        doc('file:///q/privacy.ru.md'),
      ],
      config,
    );
    assert.equal(groups.length, 1);
    assert.deepEqual(
      groups[0]!.members.map((m) => `${m.lang}${m.primary ? '*' : ''}`),
      ['ru*', 'kk', 'en'],
    );
  });

  it('groups files of different folders by policy-id, and a file without suffix with its suffixed siblings', () => {
    const byId = engine.groupVersions(
      [
        doc('file:///ru/policy.md', 'lang: ru\npolicy-id: main'),
        doc('file:///kk/policy.md', 'lang: kk\npolicy-id: main'),
      ],
      config,
    );
    assert.deepEqual(
      byId[0]!.members.map((m) => m.lang),
      ['ru', 'kk'],
    );
    const bare = engine.groupVersions(
      [doc('file:///p/privacy.md', 'lang: ru'), doc('file:///p/privacy.en.md')],
      config,
    );
    assert.deepEqual(
      bare[0]!.members.map((m) => m.lang),
      ['ru', 'en'],
    );
  });

  it('chooses the primary: primary: true, else primaryLanguage, else the first configured language', () => {
    const docs = [doc('file:///p/privacy.en.md', 'primary: true'), doc('file:///p/privacy.ru.md')];
    assert.equal(engine.groupVersions(docs, config)[0]!.members[0]!.lang, 'en');
    const plain = [doc('file:///p/privacy.en.md'), doc('file:///p/privacy.kk.md')];
    assert.equal(
      engine.groupVersions(plain, engine.resolveConfig([{ primaryLanguage: 'en' }]))[0]!.members[0]!.lang,
      'en',
    );
    assert.equal(engine.groupVersions(plain, config)[0]!.members[0]!.lang, 'kk');
  });

  it('makes a group of the versions inside one file, and none of a single version', () => {
    const text = file(['kk', '## 1. Жалпы\n\nМәтін.'], ['ru', '## 1. Общие\n\nТекст.']);
    assert.deepEqual(
      inFileGroup(parse('file:///a/p.md', text), config)!.members.map(
        (m) => `${m.lang}${m.primary ? '*' : ''}:${m.part}`,
      ),
      ['ru*:1', 'kk:0'],
    );
    assert.equal(inFileGroup(parse('file:///a/p.md', '# Политика\n\nТекст.\n'), config), null);
    assert.deepEqual(engine.groupVersions([doc('file:///p/privacy.ru.md')], config), []);
  });
});

describe('aligning two versions', () => {
  it('pairs numbered clauses by their numbers', () => {
    const v = readVersions(FIXTURES);
    const [ru, kk] = [parse('file:///f/privacy.ru.md', v.ru), parse('file:///f/privacy.kk.md', v.kk)];
    const [group] = engine.groupVersions([ru, kk], config);
    const alignment = alignVersions(group!.members[0]!, group!.members[1]!);
    const numbered = alignment.clauses.filter((l) => l.by === 'number');
    assert.equal(numbered.length, ru.clauses.filter((c) => c.number).length);
    for (const l of numbered) assert.equal(l.b[0]!.number?.label, l.a[0]!.number?.label);
    assert.equal(alignment.clauses.filter((l) => l.by === 'row').length, 4, 'the four table rows pair as rows');
  });

  it('pairs a section whose number shifted because the other version added one before it', () => {
    const ru =
      '## 1. Общие положения\n\n1.1. Политика определяет порядок обработки данных.\n\n## 2. Сроки хранения\n\n2.1. Платежные данные хранятся 5 лет с даты платежа.\n\n## 3. Права субъекта\n\n3.1. Вы вправе отозвать согласие на обработку персональных данных.';
    const kk =
      '## 1. Жалпы ережелер\n\n1.1. Саясат деректерді өңдеу тәртібін айқындайды.\n\n## 2. Cookie файлдары\n\n2.1. Біз сайтта cookie файлдарын пайдаланбаймыз.\n\n## 3. Сақтау мерзімдері\n\n3.1. Төлем деректері төлем күнінен бастап 5 жыл сақталады.\n\n## 4. Субъектінің құқықтары\n\n4.1. Сіз дербес деректерді өңдеуге берілген келісімді кері қайтарып алуға құқылысыз.';
    const [alignment] = alignFile(file(['ru', ru], ['kk', kk]));
    assert.deepEqual(
      alignment!.sections.map((l) => `${l.a.label}=${l.b.label}`),
      ['1=1', '2=3', '3=4'],
    );
    assert.deepEqual(
      alignment!.unpairedSections.map((u) => `${u.side}:${u.item.label}`),
      ['b:2'],
    );
    assert.deepEqual(
      alignment!.clauses.map((l) => `${l.a[0]!.number?.label}=${l.b[0]!.number?.label}`),
      ['1.1=1.1', '2.1=3.1', '3.1=4.1'],
    );
  });

  it('pairs the paragraphs of a notice without numbering, one with one', () => {
    const v = readVersions(`${FIXTURES}/unnumbered`);
    const [ru, kk] = [parse('file:///u/privacy.ru.md', v.ru), parse('file:///u/privacy.kk.md', v.kk)];
    const [group] = engine.groupVersions([ru, kk], config);
    const alignment = alignVersions(group!.members[0]!, group!.members[1]!);
    assert.equal(alignment.unpairedClauses.length, 0);
    assert.equal(alignment.segments.length, ru.clauses.length);
    assert.ok(alignment.segments.every((l) => l.a.length === 1 && l.b.length === 1));
  });

  it('pairs a paragraph with the two that the other version split it into', () => {
    const ru =
      '## Сроки\n\nСведения о платежах хранятся пять (5) лет с даты платежа, как требует законодательство о платежах.\n\nДанные учетной записи удаляются через 90 дней после ее закрытия.';
    const en =
      '## Periods\n\nPayment details are kept for five (5) years from the date of payment.\n\nThis is what the payments legislation requires.\n\nAccount data are deleted 90 days after the account is closed.';
    const [alignment] = alignFile(file(['ru', ru], ['en', en]));
    assert.deepEqual(pairs(alignment!), ['Сведения о = Payment details + This is', 'Данные учетной = Account data']);
    assert.deepEqual(alignment!.unpairedClauses, []);
  });

  it('pairs table rows with table rows, the header with the header', () => {
    const ru =
      '## Сроки\n\n| Цель | Срок |\n|---|---|\n| Платежи | 5 лет |\n| Обращения | 3 года |\n| Рассылки | до отзыва согласия |';
    const kk =
      '## Мерзімдер\n\n| Мақсат | Мерзім |\n|---|---|\n| Төлемдер | 5 жыл |\n| Таратылымдар | келісім кері қайтарылғанға дейін |';
    const [alignment] = alignFile(file(['ru', ru], ['kk', kk]));
    assert.deepEqual(pairs(alignment!), ['Цель = Мақсат', 'Платежи = Төлемдер', 'Рассылки = Таратылымдар']);
    assert.deepEqual(
      alignment!.unpairedClauses.map((u) => `${u.side}:${u.item.blocks[0]!.text}:${u.by}`),
      ['a:Обращения:row'],
    );
  });

  it('pairs a list cut alike item for item, where the lengths of the rest of the pair mislead', () => {
    // The English version is wordier everywhere but in its list of terms, whose first items are short.
    const ru = [
      '## 1. Общие положения\n\n1.1. Политика действует для сервиса.\n\n1.2. Используя сервис, вы соглашаетесь с ней.',
      '## 2. Термины\n\n- Данные – сведения о лице, прямо или косвенно позволяющие его определить.\n- Обработка – любое действие с данными, с использованием средств автоматизации или без них.\n- Конфиденциальность – обязанность не раскрывать данные третьим лицам без согласия лица или иного законного основания.',
      '## 3. Изменения\n\n3.1. Изменения вступают в силу с публикации.\n\n3.2. Проверяйте Политику.',
    ].join('\n\n');
    const en = [
      '## 1. General provisions\n\n1.1. This Policy applies to the service and to everything the service offers to its users.\n\n1.2. By using the service, you accept this Policy and every term of the processing of your data it sets out.',
      '## 2. Terms\n\n- Data – information about a person.\n- Processing – any operation on data, automated or not.\n- Confidentiality – the duty not to disclose data to third parties without the consent of the person or another legal ground.',
      '## 3. Changes\n\n3.1. The Company may change this Policy at any time; the new version takes effect once it is published on the service.\n\n3.2. Please check this Policy regularly; continuing to use the service after a change means that you accept it.',
    ].join('\n\n');
    const [alignment] = alignFile(file(['ru', ru], ['en', en]));
    const terms = pairs(alignment!).filter((p) => /^(Данные|Обработка|Конфиденциальность)/.test(p));
    assert.deepEqual(terms, [
      'Данные – = Data –',
      'Обработка – = Processing –',
      'Конфиденциальность – = Confidentiality –',
    ]);
    assert.deepEqual(alignment!.unpairedClauses, []);
  });

  it('pairs paragraphs the other version put in another order, when they share anchors', () => {
    const ru = 'Утверждена приказом №7-О/Д от 19.02.2024 года.\n\nДиректор ТОО «Dala Pay» Ахметова А. М.\n\n# Политика';
    const kk =
      '«Dala Pay» ЖШС директоры А. М. Ахметова.\n\n2024 жылғы 19 ақпандағы №7-О/Д бұйрығымен бекітілген.\n\n# Саясат';
    const [alignment] = alignFile(file(['ru', ru], ['kk', kk]));
    assert.deepEqual(alignment!.unpairedClauses, []);
    assert.equal(alignment!.clauses.length, 1, 'both paragraphs are one piece of pairings');
  });
});

describe('counterparts', () => {
  const v = readVersions(FIXTURES);
  const docs = {
    ru: parse('file:///f/privacy.ru.md', v.ru),
    kk: parse('file:///f/privacy.kk.md', v.kk),
    en: parse('file:///f/privacy.en.md', v.en),
  };
  const [group] = engine.groupVersions(Object.values(docs), config);

  it('finds the clause of another version that translates a clause', () => {
    const clause = docs.kk.clauses.find((c) => c.number?.label === '5.2')!;
    assert.equal(counterpartClause(group!, docs.kk, clause, docs.ru)?.number?.label, '5.2');
    assert.equal(
      counterpartClause(group!, docs.kk, clause, docs.en)?.blocks[0]!.text.slice(0, 20),
      '5.2. You have the ri',
    );
    assert.equal(counterpartClause(group!, docs.kk, clause, docs.kk), null, 'a version is no counterpart of itself');
  });

  it('finds no counterpart of a clause the other version lacks', () => {
    const ru = engine.parse('file:///f/privacy.ru.md', v.ru.replace(/5\.2\. .*\n\n/, ''));
    const [g] = engine.groupVersions([ru, docs.kk], config);
    const clause = docs.kk.clauses.find((c) => c.number?.label === '5.2')!;
    assert.equal(counterpartClause(g!, docs.kk, clause, ru), null);
  });

  it('takes the editor from a place in one version to the same place in the others', () => {
    const offset = docs.ru.text.indexOf('отозвать согласие');
    const found = engine.counterparts(docs.ru, offset, config, group);
    assert.deepEqual(
      found.map((c) => c.uri),
      ['file:///f/privacy.kk.md', 'file:///f/privacy.en.md'],
    );
    assert.ok(found.every((c) => c.exact));
    assert.ok(docs.kk.text.slice(found[0]!.span.start, found[0]!.span.end).startsWith('5.2. Сіз дербес деректерді'));
    assert.ok(
      docs.en.text.slice(found[1]!.span.start, found[1]!.span.end).startsWith('5.2. You have the right to withdraw'),
    );
    const heading = engine.counterparts(docs.ru, docs.ru.text.indexOf('## 6. Контакты') + 4, config, group);
    assert.equal(docs.en.text.slice(heading[1]!.span.start, heading[1]!.span.end), '## 6. Contacts');
  });

  it('works between the versions of one file', () => {
    const text = file(
      ['ru', '## 1. Общие\n\n1.1. Политика определяет порядок обработки данных.'],
      ['kk', '## 1. Жалпы\n\n1.1. Саясат деректерді өңдеу тәртібін айқындайды.'],
    );
    const doc = engine.parse('file:///a/one.md', text);
    const found = engine.counterparts(doc, text.indexOf('Саясат'), config);
    assert.equal(found.length, 1);
    assert.ok(text.slice(found[0]!.span.start, found[0]!.span.end).startsWith('1.1. Политика'));
  });
});

describe('alignment after edits', () => {
  it('reused across keystrokes, it equals an alignment made afresh', () => {
    const v = readVersions(FIXTURES);
    const kk = engine.parse('file:///f/privacy.kk.md', v.kk);
    let ru = engine.parse('file:///f/privacy.ru.md', v.ru);
    let text = v.ru;
    const summary = (doc: PolicyDocument, other: PolicyDocument): string[] => {
      prepare(doc, config);
      prepare(other, config);
      const [g] = engine.groupVersions([doc, other], config);
      const a = alignVersions(g!.members[0]!, g!.members[1]!);
      return [...pairs(a), ...a.unpairedClauses.map((u) => `${u.side}:${u.item.blocks[0]!.text}`)];
    };
    summary(ru, kk);
    let seed = 7;
    for (let i = 0; i < 25; i++) {
      seed = (seed * 48271) % 2147483647;
      const at = seed % text.length;
      // Type, delete or cut a whole line, as a person editing would.
      const kind = i % 3;
      if (kind === 0) text = `${text.slice(0, at)}ж${text.slice(at)}`;
      else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1);
      else {
        const start = text.lastIndexOf('\n', at) + 1;
        const end = text.indexOf('\n', at);
        if (start > 120 && end > start) text = text.slice(0, start) + text.slice(end + 1);
      }
      ru = engine.parse('file:///f/privacy.ru.md', text, ru);
      const fresh = createEngine().parse('file:///f/privacy.ru.md', text);
      assert.deepEqual(summary(ru, kk), summary(fresh, engine.parse('file:///f/privacy.kk.md', v.kk)), `edit ${i}`);
    }
  });
});

describe('releasing a superseded version', () => {
  it('drops the alignments made with it, and aligning it again gives the same pairings', () => {
    const v = readVersions(FIXTURES);
    const ru = parse('file:///f/privacy.ru.md', v.ru);
    const kk = parse('file:///f/privacy.kk.md', v.kk);
    const [g] = engine.groupVersions([ru, kk], config);
    const [a, b] = g!.members;
    const before = alignVersions(a!, b!);
    const held = (doc: PolicyDocument): string[] =>
      [...doc.facts.keys()].filter((k) => /^align\/(pair|view)\//.test(k));
    assert.ok(held(ru).length > 0);
    const pairings = pairs(before);
    engine.release(ru);
    engine.release(kk);
    assert.deepEqual([...held(ru), ...held(kk)], []);
    const after = alignVersions(a!, b!);
    assert.notEqual(after, before);
    assert.deepEqual(pairs(after), pairings);
  });

  it('keeps one alignment per pair when the other version changes', () => {
    const v = readVersions(FIXTURES);
    const ru = parse('file:///f/privacy.ru.md', v.ru);
    let kk = parse('file:///f/privacy.kk.md', v.kk);
    for (const text of [`${v.kk}\nҚосымша мәтін.\n`, `${v.kk}\nТағы бір мәтін.\n`]) {
      const [g] = engine.groupVersions([ru, kk], config);
      alignVersions(g!.members[0]!, g!.members[1]!);
      kk = parse('file:///f/privacy.kk.md', text);
    }
    assert.equal([...ru.facts.keys()].filter((k) => k.startsWith('align/pair/')).length, 1);
  });
});

describe('section pairing: structure and order lead, topics break ties', () => {
  // «Передача данных за рубеж» reads as a section about recipients (its words name a transfer, not
  // a border), and «Наши партнеры» as nothing: so the first matches the next English section's
  // topic better than its own counterpart does — a misread topic that used to cross the pairs.
  const RU = [
    '## Какие данные мы собираем\n\nМы собираем имя, телефон и адрес электронной почты клиента при регистрации в приложении.',
    '## Передача данных за рубеж\n\nДанные хранятся на серверах в Республике Казахстан и не передаются в другие страны без вашего согласия.',
    '## Наши партнеры\n\nБанк-партнер Saryarqa Bank и служба доставки видят только то, без чего нельзя оказать услугу.',
    '## Ваши права\n\nВы вправе запросить копию своих данных, исправить их или отозвать согласие в любое время.',
    '## Защита данных\n\nДоступ к базе данных имеют только сотрудники, которым он нужен по работе; каждый вход записывается в журнал, а журнал хранится отдельно от самих данных и проверяется раз в месяц.',
    '## Контакты\n\nВопросы о ваших данных направляйте на адрес privacy@tulpar-pay.kz; мы отвечаем в течение десяти рабочих дней и сообщаем, что сделано по вашему запросу.',
  ];
  const EN = [
    '## What we collect\n\nWe collect the name, phone number and e-mail address of a client on registration in the app.',
    '## International transfers\n\nData are stored on servers in the Republic of Kazakhstan and are not sent to other countries without your consent.',
    '## Who we share data with\n\nWe share data with the partner bank Saryarqa Bank and the delivery service only as far as the service needs it.',
    '## Your rights\n\nYou may ask for a copy of your data, correct it or withdraw your consent at any time.',
    '## Security\n\nOnly employees who need it for their work may access the database; every login is written to a log, and the log is kept apart from the data and checked once a month.',
    '## Contact us\n\nSend questions about your data to privacy@tulpar-pay.kz; we answer within ten working days and tell you what was done about your request.',
  ];
  const headings = (alignment: Alignment): string[] =>
    alignment.sections
      .filter((l) => l.a.section.level > 0)
      .map((l) => `${l.a.section.heading!.text} = ${l.b.section.heading!.text}`);
  const expected = [
    'Какие данные мы собираем = What we collect',
    'Передача данных за рубеж = International transfers',
    'Наши партнеры = Who we share data with',
    'Ваши права = Your rights',
    'Защита данных = Security',
    'Контакты = Contact us',
  ];

  it('pairs position for position when both versions have the same heading structure, whatever one misread topic says', () => {
    const [alignment] = alignFile(file(['ru', RU.join('\n\n')], ['en', EN.join('\n\n')]));
    assert.deepEqual(headings(alignment!), expected);
    assert.deepEqual(alignment!.unpairedSections, [], 'no section is reported missing on either side');
  });

  it('undoes a crossed pair where the structures differ elsewhere (a subsection only one version has)', () => {
    const extra = '### Cookies\n\nThe app sets no cookies; it keeps the session in the phone’s own storage.';
    const [alignment] = alignFile(
      file(['ru', RU.join('\n\n')], ['en', [...EN.slice(0, 3), extra, ...EN.slice(3)].join('\n\n')]),
    );
    assert.deepEqual(headings(alignment!), expected);
    assert.deepEqual(
      alignment!.unpairedSections.map((u) => `${u.side}: ${u.item.section.heading!.text}`),
      ['b: Cookies'],
    );
  });

  it('still reports a section one version lacks, and does not pair the wrong ones to hide it', () => {
    const [alignment] = alignFile(file(['ru', [RU[0], ...RU.slice(2)].join('\n\n')], ['en', EN.join('\n\n')]));
    assert.deepEqual(headings(alignment!), [expected[0], ...expected.slice(2)]);
    assert.deepEqual(
      alignment!.unpairedSections.map((u) => `${u.side}: ${u.item.section.heading!.text}`),
      ['b: International transfers'],
    );
  });
});

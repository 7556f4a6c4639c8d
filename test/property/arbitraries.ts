// Generators of drafts for the property tests: policy structure in three languages, the hostile
// characters a reliability engineer would send (CR and lone CR, BOM, astral characters, zero-width
// and right-to-left marks, lone surrogates), malformed front matter and directives in odd places,
// ragged and very wide tables, deep lists and quotes, long runs of one token. Every phrase here is
// written for these tests in the style of real drafts.
import fc from 'fast-check';

export const HOSTILE = [
  '\r\n',
  '\r',
  '\uFEFF',
  '😀',
  '𝔸',
  '\u200b',
  '\u200d',
  '\u200f',
  '\u202e',
  '\u00a0',
  '\t',
  '\ud800',
  '\udc00',
  '&amp;',
  '&quot;',
  '&#128512;',
  '&nbsp;',
  '\\[',
  '\\',
  '`',
  '*',
  '**',
  '_',
  '~~',
  '<',
  '>',
  '|',
  '[',
  ']',
  '(',
  ')',
  '«',
  '»',
  '"',
  '…',
  '—',
];

const WORDS = {
  en: [
    'Personal',
    'data',
    'are',
    'kept',
    'for',
    '5 years',
    '3 years',
    'after',
    'the',
    'contract',
    'ends',
    'until consent is withdrawn',
    'Operator',
    'processes',
    'payment',
    'card',
    'details',
    'we',
    'delete',
    'within 30 days',
    'Law No. 94-V',
    'GDPR',
    'five (5) years',
    'not less than three years',
  ],
  ru: [
    'Персональные',
    'данные',
    'хранятся',
    'в течение',
    '5 лет',
    '3 года',
    'после',
    'прекращения',
    'договора',
    'до отзыва согласия',
    'Оператор',
    'обрабатывает',
    'платёжные',
    'реквизиты',
    'не менее пяти лет',
    'Закон № 94-V',
    'ТОО «Дала Пэй»',
    'уничтожаются',
    'в течение 30 дней',
  ],
  kk: [
    'Дербес',
    'деректер',
    'сақталады',
    '5 жыл',
    '3 жыл',
    'бойы',
    'шарт',
    'тоқтатылғаннан кейін',
    'келісім кері қайтарылғанға дейін',
    'Оператор',
    'өңдейді',
    'төлем',
    'деректерін',
    '№ 94-V Заң',
    'жойылады',
    '30 күн ішінде',
  ],
};
const SHARED_TOKENS = [
  'TODO',
  'TBD',
  '[Company name]',
  '[●]',
  '{{ company }}',
  '${dpo}',
  '___',
  '.......',
  'dpo@dalapay.kz',
  'https://dalapay.kz/privacy',
  'www.dalapay.kz',
  '+7 (727) 300-00-00',
  '8 701 000 00 00',
  '01.01.2024',
  '1 января 2024 г.',
  '№ 94-V',
  '152-ФЗ',
  '4.1.',
  '[e]',
  '[e][]',
  '[^1]',
  '<!-- x -->',
  'e.g.',
  'ст. 8',
];
const HEADINGS = {
  en: [
    'Privacy Policy',
    'Retention',
    'How long we keep data',
    'Your rights',
    'Contact us',
    'Definitions',
    'Cross-border transfer',
    'Cookies',
  ],
  ru: [
    'Политика конфиденциальности',
    'Сроки хранения',
    'Права субъекта',
    'Контакты',
    'Термины и определения',
    'Трансграничная передача',
    'Цели обработки',
  ],
  kk: ['Құпиялылық саясаты', 'Сақтау мерзімі', 'Субъектінің құқықтары', 'Байланыс', 'Терминдер', 'Өңдеу мақсаттары'],
};
export type Lang3 = 'en' | 'ru' | 'kk';
export const LANGS: Lang3[] = ['en', 'ru', 'kk'];

const lang = fc.constantFrom<Lang3>(...LANGS);
const hostile = fc.constantFrom(...HOSTILE);

/** A sentence: words of one language with shared tokens and, now and then, a hostile character. */
export const sentence = (l: Lang3): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...WORDS[l]) },
        { weight: 2, arbitrary: fc.constantFrom(...SHARED_TOKENS) },
        { weight: 1, arbitrary: hostile },
        { weight: 1, arbitrary: fc.constantFrom(...WORDS.en, ...WORDS.ru, ...WORDS.kk) },
      ),
      { minLength: 1, maxLength: 14 },
    )
    .map((ws) => `${ws.join(' ')}.`);

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** Long runs of one token (quadratic patterns show themselves on these). */
const run = fc
  .tuple(
    fc.constantFrom(
      '.',
      ' ',
      ' ,',
      '- ',
      '> ',
      '1. ',
      '{{ ',
      '[',
      '«',
      '"',
      '|',
      '№ 94-V ',
      'TODO ',
      'a1.',
      '_',
      '*',
      '\u200b',
      '😀',
      '&amp;',
      '\\',
    ),
    fc.integer({ min: 50, max: 800 }),
  )
  .map(([t, n]) => t.repeat(n));

const frontMatter = fc.constantFrom(
  '',
  '',
  '',
  '---\nlang: ru\npolicy: privacy\n---\n',
  '---\nlang: kk\njurisdictions: [kz]\n---\n',
  '---\r\nlang: en\r\n---\r\n',
  '---\r---\r',
  '---\nlang: [ru\n---\n',
  '---\n- a\n- b\n---\n',
  '---\nprimary: perhaps\npolicy-id: 7\n---\n',
  '---\nlang: xx\n---\n',
  '\uFEFF---\nlang: ru\n---\n',
  '\uFEFF',
  '---\n',
);

const directive = fc.constantFrom(
  '<!-- pplint-disable -->',
  '<!-- pplint-enable -->',
  '<!-- pplint-disable placeholder -->',
  '<!-- pplint-disable-next-line -->',
  '<!-- pplint-disable-line retention-vague -->',
  '<!-- lang: kk -->',
  '<!-- lang: ru -->',
  '<!-- lang: en -->',
  '<!-- lang: -->',
  '<!--',
  '-->',
);

function table(rows: string[][], columns: number): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(Array.from({ length: columns }, (_, i) => `c${i}`)),
    line(Array.from({ length: columns }, () => '---')),
    ...rows.map(line),
  ].join('\n');
}

/** Blocks that cost time to parse: very wide tables, deep nesting, long runs of one token. */
const heavyBlock = (l: Lang3): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 1000, max: 1200 }), sentence(l))
      .map(([c, s]) => table([[s, ...Array.from({ length: c - 1 }, (_, i) => String(i))]], c)),
    fc
      .tuple(fc.constantFrom('- ', '> ', '1. ', '  '), fc.integer({ min: 90, max: 300 }), sentence(l))
      .map(([m, n, s]) => m.repeat(n) + s),
    fc.tuple(sentence(l), run).map(([s, r]) => `${s} ${r} ${s}`),
    // Past the bounds of parse/plain-runs.ts: one very long line, or thousands of short lines.
    fc
      .tuple(sentence(l), fc.constantFrom(' ,', '.', '*a* ', '😀[', '\r\n- ', '1.\n', '| a |\n', '> x\n'))
      .map(([s, unit]) => `${s}${unit.repeat(unit.includes('\n') ? 2_001 : Math.ceil(32_001 / unit.length))}${s}`),
  );

/** One Markdown block in a language. */
const block = (l: Lang3, heavy: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: heavy ? 6 : 0, arbitrary: heavyBlock(l) },
    { weight: 10, arbitrary: fc.array(sentence(l), { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 4 }), fc.nat(20), fc.constantFrom(...HEADINGS[l]))
        .map(([d, n, h]) => `${'#'.repeat(d)} ${n > 0 ? `${n}. ` : ''}${h}`),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom('- ', '* ', '1. ', '1) ', '  - ', '    1. ', '> ', '> - '),
          fc.array(sentence(l), { minLength: 1, maxLength: 4 }),
        )
        .map(([m, items]) => items.map((s) => m + s).join('\n')),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.array(fc.array(sentence(l), { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 4 }),
          fc.integer({ min: 1, max: 4 }),
        )
        .map(([rows, c]) => table(rows, c)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('- ', '> ', '1. ', '  '), fc.integer({ min: 2, max: 12 }), sentence(l))
        .map(([m, n, s]) => m.repeat(n) + s),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          sentence(l),
          fc.constantFrom('.', ' ', '{{ ', '[', '«', '|', '№ 94-V ', 'TODO ', '😀', '&amp;'),
          fc.integer({ min: 2, max: 20 }),
        )
        .map(([s, t, n]) => `${s} ${t.repeat(n)} ${s}`),
    },
    { weight: 2, arbitrary: directive },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '```',
        '~~~md',
        '    code line',
        '***',
        '---',
        '[e]: https://dalapay.kz',
        '[^1]: A note.',
        '.\n[e]:z',
        '<div>',
        '</div>',
        '<script>',
      ),
    },
    { weight: 1, arbitrary: fc.array(hostile, { minLength: 1, maxLength: 6 }).map((h) => h.join('')) },
  );

/**
 * A draft: optional front matter, then blocks in one main language with a few of the others.
 * `heavy`: with very wide tables, deep nesting and long runs (fewer cases: they cost time).
 */
const draftOf = (heavy: boolean): fc.Arbitrary<string> =>
  fc
    .tuple(
      frontMatter,
      lang,
      fc.array(fc.tuple(fc.nat(9), eol, fc.boolean()), { minLength: 1, maxLength: heavy ? 6 : 12 }),
      fc.infiniteStream(fc.tuple(block('en', heavy), block('ru', heavy), block('kk', heavy))),
    )
    .map(([fm, main, shape, blocks]) => {
      const parts: string[] = [];
      const source = blocks[Symbol.iterator]();
      for (const [pick, end, blank] of shape) {
        const [en, ru, kk] = source.next().value as [string, string, string];
        const chosen = pick < 7 ? { en, ru, kk }[main] : pick === 7 ? en : pick === 8 ? ru : kk;
        parts.push(chosen + end + (blank ? end : ''));
      }
      return fm + parts.join('');
    });

export const draft = draftOf(false);
export const heavyDraft = draftOf(true);

/** An edit: where (as a fraction of the length), how much to remove, what to insert. */
export const edit = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat(24),
  fc.oneof(
    fc.constantFrom(
      'x',
      ' ',
      '\n',
      '\n\n',
      '\r',
      '# ',
      '- ',
      '1. ',
      '```',
      '|',
      '>',
      '<!--',
      '-->',
      '[',
      ']',
      '[e]: z\n',
      '*',
      '\t',
      '😀',
      '---\n',
      '5 лет',
      'TODO',
      '<!-- lang: kk -->\n\n',
    ),
    hostile,
  ),
);

export function applyEdit(text: string, [where, remove, insert]: [number, number, string]): string {
  const at = Math.floor(where * text.length);
  return text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
}

/** Language versions of one policy: the same clauses, with periods and clauses that may differ. */
export const versionGroup = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom(...HEADINGS.ru.slice(1)),
        fc.constantFrom('3', '5', '7'),
        fc.constantFrom('3', '5', '7'),
        fc.boolean(),
        fc.boolean(),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    fc.boolean(),
    fc.constantFrom('files', 'parts'),
  )
  .map(([clauses, frontMatter, layout]) => {
    const ru = clauses
      .map(
        ([h, p], i) =>
          `## ${i + 1}. ${h}\n\n${i + 1}.1. Персональные данные хранятся ${p} лет после прекращения договора.\n`,
      )
      .join('\n');
    const kk = clauses
      .map(([, p, q, drop], i) =>
        drop
          ? ''
          : `## ${i + 1}. Сақтау мерзімі\n\n${i + 1}.1. Дербес деректер шарт тоқтатылғаннан кейін ${q === p ? p : q} жыл сақталады.\n`,
      )
      .join('\n');
    const en = clauses
      .map(
        ([, p, , , extra], i) =>
          `## ${i + 1}. Retention\n\n${i + 1}.1. Personal data are kept for ${p} years after the contract ends.${extra ? ' TODO' : ''}\n`,
      )
      .join('\n');
    const head = (l: string) => (frontMatter ? `---\nlang: ${l}\npolicy-id: main\n---\n` : '');
    if (layout === 'parts')
      return {
        layout,
        texts: {
          ru: `${head('ru')}# Политика конфиденциальности\n\n${ru}\n<!-- lang: kk -->\n\n# Құпиялылық саясаты\n\n${kk}\n<!-- lang: en -->\n\n# Privacy Policy\n\n${en}`,
        } as Record<string, string>,
      };
    return {
      layout,
      texts: {
        ru: `${head('ru')}# Политика конфиденциальности\n\n${ru}`,
        kk: `${head('kk')}# Құпиялылық саясаты\n\n${kk}`,
        en: `${head('en')}# Privacy Policy\n\n${en}`,
      } as Record<string, string>,
    };
  });

/** Retention statements in three languages, dense, with language parts opening anywhere. */
export const retentionParts = fc
  .array(
    fc.constantFrom(
      'Персональные данные хранятся 3 года.',
      'Персональные данные хранятся 5 лет.',
      'Платёжные данные хранятся 5 лет после прекращения договора.',
      'Дербес деректер 5 жыл сақталады.',
      'Дербес деректер 3 жыл сақталады.',
      'Төлем деректері шарт тоқтатылғаннан кейін 5 жыл сақталады.',
      'Personal data are kept for 3 years.',
      'Personal data are kept for 5 years.',
      '<!-- lang: kk -->',
      '<!-- lang: ru -->',
      '<!-- lang: en -->',
      '## Сроки хранения',
      '## Сақтау мерзімі',
      '## Retention',
      '# Политика конфиденциальности',
    ),
    { minLength: 2, maxLength: 9 },
  )
  .map((p) => `${p.join('\n\n')}\n`);

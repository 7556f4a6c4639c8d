// Adversarial inputs: ordinary-looking text that makes a careless parser or regular expression
// take time growing with the square of its length. Each family is linted cold at 10 k, 20 k, 40 k
// and 80 k characters; linear work grows 2× per step (8× from 10 k to 80 k). A row that passes
// 15 s stops there. Times are the CPU time of the lint (this process, user and system), not the
// wall clock: on a machine shared with other jobs the growth ratios stay readable. Run alone with `node --import tsx bench/adversarial.ts [family…]`;
// `npm run bench` prints it too. To find the function behind a slow row:
//   node --import tsx --cpu-prof bench/adversarial.ts <family>
import { createEngine } from '../server/src/engine/index.js';

const RU_TITLE = '# Политика конфиденциальности\n\n';

/** The title, then `unit` repeated up to `size` characters, then `tail`. */
function repeat(unit: string, size: number, head = RU_TITLE, tail = '\n'): string {
  const count = Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length));
  return head + unit.repeat(count) + tail;
}

/** Numbered lines, each made unique, so that no chunk parse is shared. */
function lines(size: number, line: (i: number) => string, head = RU_TITLE): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < size; i++) {
    const l = line(i);
    parts.push(l);
    length += l.length;
  }
  return parts.join('');
}

export interface Family {
  name: string;
  about: string;
  text(size: number): string;
}

export const FAMILIES: Family[] = [
  { name: 'citations', about: '«№ 94-V» repeated in one paragraph', text: (n) => repeat('№ 94-V ', n) },
  {
    name: 'citation lines',
    about: 'a citation per paragraph',
    text: (n) => lines(n, (i) => `Закон № 94-V, ст. ${i}.\n\n`),
  },
  {
    name: 'lang markers',
    about: '<!-- lang: kk --> parts',
    text: (n) => lines(n, (i) => `<!-- lang: kk -->\n\nМәтін ${i}.\n\n`),
  },
  {
    name: 'leader dots',
    about: 'a table-of-contents leader of dots',
    text: (n) => repeat('.', n, `${RU_TITLE}1. Общие положения`, ' 3\n'),
  },
  { name: 'digit dots', about: '1.1.1.… in one paragraph', text: (n) => repeat('1.', n, `${RU_TITLE}Редакция `) },
  {
    name: 'trailing spaces',
    about: 'a long run of spaces inside a sentence',
    text: (n) => repeat(' ', n, `${RU_TITLE}Данные хранятся`, 'x\n'),
  },
  {
    name: 'comma runs',
    about: '" ," repeated inside a sentence',
    text: (n) => repeat(' ,', n, `${RU_TITLE}Данные хранятся`, 'x\n'),
  },
  {
    name: 'dash runs',
    about: '" —" repeated after a colon',
    text: (n) => repeat(' —', n, `${RU_TITLE}Срок хранения:`, 'x\n'),
  },
  { name: '{{ and spaces', about: '"{{" followed by spaces', text: (n) => repeat(' ', n, `${RU_TITLE}{{`) },
  { name: '{{ repeated', about: '"{{ " repeated', text: (n) => repeat('{{ ', n) },
  { name: 'TODO', about: 'TODO repeated', text: (n) => repeat('TODO ', n) },
  {
    name: 'link definitions',
    about: 'references with their definitions',
    text: (n) => lines(n, (i) => `См. [a${i}] и [b${i}].\n\n[a${i}]: https://dalapay.kz/${i}\n\n`),
  },
  { name: '"1." lines', about: 'thousands of "1." lines', text: (n) => repeat('1.\n', n) },
  { name: 'ordered items', about: 'thousands of "1. пункт" items', text: (n) => repeat('1. пункт\n', n) },
  { name: 'deep lists', about: '"- " nested in one line', text: (n) => repeat('- ', n, '', 'x\n') },
  { name: 'deep quotes', about: '"> " nested in one line', text: (n) => repeat('> ', n, '', 'x\n') },
  { name: 'deep ordered', about: '"1. " nested in one line', text: (n) => repeat('1. ', n, '', 'x\n') },
  { name: 'number words', about: '"пять" repeated', text: (n) => repeat('пять ', n, `${RU_TITLE}Данные хранятся `) },
  { name: 'years', about: '"5 лет" repeated', text: (n) => repeat('5 лет ', n) },
  { name: 'e-mails', about: 'e-mail addresses in one paragraph', text: (n) => repeat('dpo@dalapay.kz ', n) },
  { name: 'word chars', about: 'a run of letters, digits and dots without a space', text: (n) => repeat('a1.', n) },
  { name: 'quotes', about: 'unclosed "" quotes', text: (n) => repeat('"', n) },
  { name: 'brackets', about: 'unclosed "[" brackets', text: (n) => repeat('[', n) },
  { name: 'legal forms', about: '"ТОО «" repeated', text: (n) => repeat('ТОО «', n) },
  {
    name: 'wide table',
    about: 'one table with thousands of columns',
    text: (n) => {
      const c = Math.floor(n / 12);
      return `${RU_TITLE}${'| a '.repeat(c)}|\n${'|---'.repeat(c)}|\n${'| 5 лет '.repeat(c)}|\n`;
    },
  },
  {
    name: 'pipes',
    about: 'a run of "|" after a table',
    text: (n) => repeat('|', n, `${RU_TITLE}| a | b |\n|---|---|\n`),
  },
  { name: 'lone CR', about: 'lines ended by a lone carriage return', text: (n) => lines(n, (i) => `Текст ${i}.\r`) },
  {
    name: 'zero-width',
    about: 'zero-width spaces inside a word',
    text: (n) => repeat('\u200b', n, `${RU_TITLE}Данные`),
  },
];

/** CPU time of this process so far, in milliseconds (user and system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export const SIZES = [10_000, 20_000, 40_000, 80_000];
const STOP_MS = 15_000;

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

/** Rows of the markdown table: time per size and the growth from 10 k to 80 k (linear ≈ 8×). */
export function adversarialRows(only: readonly string[] = []): string[] {
  const engine = createEngine();
  const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
  const lint = (text: string): number => {
    const start = cpuMs();
    engine.lint(engine.parse('file:///bench/privacy.ru.md', text), config);
    return cpuMs() - start;
  };
  lint(FAMILIES[0]!.text(2000)); // warm the JIT and the vocabularies
  const rows = [
    '| family (CPU time of a cold lint) | 10 k | 20 k | 40 k | 80 k | 80 k ÷ 10 k |',
    '|---|---|---|---|---|---|',
  ];
  for (const family of FAMILIES) {
    if (only.length > 0 && !only.includes(family.name)) continue;
    const times: number[] = [];
    let failed = '';
    for (const size of SIZES) {
      const text = family.text(size);
      // Small sizes are noisy: take the best of a few runs.
      const runs = size <= 20_000 ? 3 : 1;
      let best = Infinity;
      try {
        for (let r = 0; r < runs; r++) best = Math.min(best, lint(text));
      } catch (error) {
        failed = `throws: ${error instanceof Error ? error.message : String(error)}`;
        break;
      }
      times.push(best);
      if (best > STOP_MS) break;
    }
    const cells = SIZES.map((_, i) => (times[i] === undefined ? '—' : fmt(times[i]!)));
    const growth = failed || (times.length === SIZES.length ? `${(times[3]! / times[0]!).toFixed(1)}×` : 'stopped');
    rows.push(`| ${family.name}: ${family.about} | ${cells.join(' | ')} | ${growth} |`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of adversarialRows(process.argv.slice(2))) console.log(row);
}

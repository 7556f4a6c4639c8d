// Word on the command line: pplint import and export, and .docx drafts linted in memory beside
// Markdown versions, with the same findings as the Markdown pair.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main.js';
import { exportMarkdown } from '../../server/src/word/index.js';
import { buildDocx, reviewed } from '../unit/word/fixtures.js';

const RU = `---
lang: ru
policy: privacy
jurisdictions: [kz]
primary: true
---

# Политика конфиденциальности ТОО «Тестовый оператор»

## 1. Общие положения

1.1. Политика определяет порядок обработки персональных данных клиентов.

## 2. Сроки хранения

2.1. Персональные данные клиентов хранятся 5 (пять) лет с даты прекращения договора.
`;

// The Kazakh version says three years where the Russian says five.
const KK = `---
lang: kk
policy: privacy
jurisdictions: [kz]
---

# «Тестовый оператор» ЖШС құпиялылық саясаты

## 1. Жалпы ережелер

1.1. Саясат клиенттердің дербес деректерін өңдеу тәртібін айқындайды.

## 2. Сақтау мерзімдері

2.1. Клиенттердің дербес деректері шарт тоқтатылған күннен бастап 3 (үш) жыл сақталады.
`;

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

interface JsonFile {
  file: string;
  format?: string;
  diagnostics: Array<{ rule: string; message: string; paragraph?: number; quote?: string }>;
}

const retention = (files: JsonFile[], file: string) =>
  files.find((f) => f.file === file)!.diagnostics.filter((d) => d.rule === 'retention-inconsistent');

describe('pplint and Word', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pplint-word-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the retention conflict of a Kazakh .docx against its Russian Markdown as in the Markdown pair', async () => {
    writeFileSync(join(dir, 'privacy.ru.md'), RU);
    writeFileSync(join(dir, 'privacy.kk.md'), KK);
    const markdown = JSON.parse((await run(dir, '-f', 'json', '.')).stdout) as JsonFile[];
    const expected = retention(markdown, 'privacy.kk.md');
    assert.equal(expected.length, 1);

    rmSync(join(dir, 'privacy.kk.md'));
    writeFileSync(join(dir, 'privacy.kk.docx'), await exportMarkdown(KK));
    const mixed = JSON.parse((await run(dir, '-f', 'json', '.')).stdout) as JsonFile[];
    const found = retention(mixed, 'privacy.kk.docx');
    assert.deepEqual(
      found.map((d) => d.message),
      expected.map((d) => d.message),
    );
    assert.equal(mixed.find((f) => f.file === 'privacy.kk.docx')!.format, 'docx');
    assert.equal(found[0]!.paragraph, 5);
    assert.match(found[0]!.quote!, /3 \(үш\) жыл/);

    // Text output: paragraph and quote, since a .docx has no lines.
    const text = await run(dir, '.');
    assert.match(
      text.stdout,
      /privacy\.kk\.docx: paragraph 5 “3 \(үш\) жыл сақталады\.” {2}error {2}.*retention-inconsistent/,
    );
    // Naming only the Russian draft still checks it against the Word version beside it.
    const ruOnly = JSON.parse((await run(dir, '-f', 'json', 'privacy.ru.md')).stdout) as JsonFile[];
    assert.equal(ruOnly.length, 1);
    // SARIF points to the Markdown the Word draft converts to.
    const sarif = JSON.parse((await run(dir, '-f', 'sarif', 'privacy.kk.docx')).stdout);
    const uris = sarif.runs[0].results.map(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    assert.ok(uris.length > 0 && uris.every((u: string) => u === 'privacy.kk.md'), uris.join(', '));
  });

  it('imports and exports, never overwriting without --force', async () => {
    writeFileSync(join(dir, 'privacy.ru.md'), RU);
    const exported = await run(dir, 'export', 'privacy.ru.md', '-o', 'policy.docx');
    assert.equal(exported.code, 0, exported.stderr);
    const imported = await run(dir, 'import', 'policy.docx');
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(readFileSync(join(dir, 'policy.ru.md'), 'utf8'), RU);
    const again = await run(dir, 'import', 'policy.docx');
    assert.equal(again.code, 2);
    assert.match(again.stderr, /exists; not overwritten/);
    const forced = await run(dir, 'import', 'policy.docx', '--force', '-o', '-');
    assert.equal(forced.stdout, RU);
  });

  it('warns before importing a document with tracked changes and comments, and lists what was not kept', async () => {
    writeFileSync(
      join(dir, 'draft.docx'),
      await buildDocx([reviewed('Данные хранятся ', 'пять лет', 'три года')], { comments: true }),
    );
    const { code, stdout, stderr } = await run(dir, 'import', 'draft.docx', '-o', '-');
    assert.equal(code, 0);
    assert.match(stderr, /warning: draft\.docx: The document has 2 tracked changes and 1 comment/);
    assert.match(stderr, /not kept as it was in Word:\n {2}- 2 tracked changes.*\n {2}- 1 comment: not kept\./);
    assert.match(stdout, /Данные хранятся пять лет/);
    assert.doesNotMatch(stdout, /три года/);
  });

  it('leaves a Word file in a folder alone when it is not a policy, whatever the front matter its import writes', async () => {
    writeFileSync(join(dir, 'privacy.ru.md'), RU);
    writeFileSync(
      join(dir, 'supply-contract.docx'),
      await exportMarkdown('# Договор поставки\n\n1. Поставщик поставляет товар в срок 5 (пять) дней.\n'),
    );
    const files = JSON.parse((await run(dir, '-f', 'json', '.')).stdout) as JsonFile[];
    assert.deepEqual(
      files.map((f) => f.file),
      ['privacy.ru.md'],
    );
  });

  it('reports a broken .docx as a file problem, not a crash', async () => {
    writeFileSync(join(dir, 'privacy.kk.docx'), 'not a zip');
    const lint = await run(dir, 'privacy.kk.docx');
    assert.equal(lint.code, 2);
    assert.match(lint.stderr, /privacy\.kk\.docx: cannot be read as a Word document/);
    const imported = await run(dir, 'import', 'privacy.kk.docx');
    assert.equal(imported.code, 2);
    assert.equal(existsSync(join(dir, 'privacy.kk.md')), false);
  });
});

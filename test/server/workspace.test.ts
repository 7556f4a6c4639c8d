// The server's view of the workspace over stdio: a language version created on disk beside an
// open draft joins its group at once, and a configuration file's problems are shown at the
// setting they are about.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient, SERVER_BUNDLE } from '../helpers/lsp-client.js';

const RU = `# Политика конфиденциальности ТОО «Дала Пэй»

## 1. Общие положения

Настоящая Политика определяет порядок обработки персональных данных клиентов ТОО «Дала Пэй».

## 2. Сроки хранения

Платёжные данные хранятся пять лет после завершения операции.

## 3. Контакты

Запросы направляются по адресу privacy@dalapay.kz.
`;

const KK = `# «Дала Пэй» ЖШС құпиялылық саясаты

## 1. Жалпы ережелер

Осы Саясат «Дала Пэй» ЖШС клиенттерінің дербес деректерін өңдеу тәртібін айқындайды.

## 2. Сақтау мерзімі

Төлем деректері операция аяқталғаннан кейін бес жыл сақталады.
`;

/** The line and character of an offset in a text. */
function positionIn(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

const messageOf = (d: Diagnostic): string =>
  typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;

describe('language server: the workspace', function () {
  this.timeout(30_000);
  let workspace: string;
  let client: TestClient;

  before(function () {
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  });
  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pplint-ws-'));
    client = await TestClient.start({ workspace });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('a version created beside an open draft joins its group at once', async () => {
    const kk = pathToFileURL(join(workspace, 'privacy.kk.md')).toString();
    writeFileSync(join(workspace, 'privacy.kk.md'), KK);
    await client.open(kk, KK);
    const alone = await client.waitForDiagnostics(kk, () => true);
    assert.ok(!alone.diagnostics.some((d) => d.code === 'untranslated-clause'));
    writeFileSync(join(workspace, 'privacy.ru.md'), RU);
    await client.watchedFileChanged(pathToFileURL(join(workspace, 'privacy.ru.md')).toString());
    const grouped = await client.waitForDiagnostics(kk, (d) => d.some((x) => x.code === 'untranslated-clause'));
    assert.match(messageOf(grouped.diagnostics.find((d) => d.code === 'untranslated-clause')!), /section 3 «Контакты»/);
  });

  it('keeps the problems of a version that is not open until its file changes', async () => {
    const ru = pathToFileURL(join(workspace, 'privacy.ru.md')).toString();
    const kk = pathToFileURL(join(workspace, 'privacy.kk.md')).toString();
    writeFileSync(join(workspace, 'privacy.ru.md'), RU);
    writeFileSync(join(workspace, 'privacy.kk.md'), KK);
    const untranslated = (d: Diagnostic[]) => d.some((x) => x.code === 'untranslated-clause');
    // Only the master is open: the translation's problems are shown all the same, from disk.
    await client.open(ru, RU);
    await client.waitForDiagnostics(kk, untranslated);
    await client.open(kk, KK);
    await client.waitForDiagnostics(kk, (d, p) => p.version === 1 && untranslated(d));
    await client.close(kk);
    const sinceClose = client.published.length;
    const start = RU.indexOf('пять лет');
    await client.change(ru, [
      { range: { start: positionIn(RU, start), end: positionIn(RU, start + 'пять'.length) }, text: 'шесть' },
    ]);
    // The document-wide rules have run on the edited master once its outline is answered.
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: ru } });
    await client.waitForDiagnostics(ru, (_d, p) => p.version === 2);
    const forKk = client.published.slice(sinceClose).filter((p) => p.uri === kk);
    assert.ok(
      forKk.every((p) => untranslated(p.diagnostics)),
      'never cleared after the close or the edit elsewhere',
    );
    assert.ok(untranslated(client.diagnostics.get(kk)!.diagnostics));
    // The translation gets its third section on disk: linted again.
    writeFileSync(
      join(workspace, 'privacy.kk.md'),
      `${KK}\n## 3. Байланыс\n\nСұраулар privacy@dalapay.kz мекенжайына жіберіледі.\n`,
    );
    await client.watchedFileChanged(kk);
    await client.waitForDiagnostics(kk, (d) => !untranslated(d));
    // Deleted: its problems go.
    unlinkSync(join(workspace, 'privacy.kk.md'));
    await client.watchedFileChanged(kk);
    await client.waitForDiagnostics(kk, (d) => d.length === 0);
  });

  it('shows a configuration problem at the setting it is about, and lints with the rest', async () => {
    const rc = join(workspace, '.pplintrc.json');
    writeFileSync(rc, '{\n  "rules": {\n    "duplicate-heading": "off",\n    "placeholder": "loud"\n  }\n}\n');
    const uri = pathToFileURL(join(workspace, 'privacy.ru.md')).toString();
    await client.open(uri, `${RU}\n## 3. Контакты\n\nТекст.\n`);
    const problems = await client.waitForDiagnostics(pathToFileURL(rc).toString(), (d) => d.length > 0);
    assert.equal(problems.diagnostics.length, 1);
    assert.deepEqual(problems.diagnostics[0]!.range.start, { line: 3, character: 4 });
    assert.match(
      messageOf(problems.diagnostics[0]!),
      /rules\.placeholder must be one of "off", "info", "warning", "error", not "loud"\. This setting is ignored; the rest of the file is used\./,
    );
    const linted = await client.waitForDiagnostics(uri, () => true);
    assert.ok(!linted.diagnostics.some((d) => d.code === 'duplicate-heading'), 'the valid settings apply');
  });
});

// A draft of several megabytes opened in the server: the block rules that give its first findings
// read every block, in slices, so that requests are answered in between and a newer text makes the
// work unwanted; and a request on another policy is answered before the draft's first findings.
// No timing is asserted: only what happens before what.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HoverRequest, type Hover } from 'vscode-languageserver-protocol/node';
import { createEngine } from '../../server/src/engine/index.js';
import { CancellationSource } from '../../server/src/lsp/slices.js';
import { analysesOf, kzSettings } from '../helpers/analyses.js';
import { SERVER_BUNDLE, TestClient } from '../helpers/lsp-client.js';

/** A long draft of numbered sections, each with a blank, a drafting note and a cited law. */
function largeDraft(size: number): string {
  let text = '---\nlang: ru\njurisdictions: [kz]\n---\n# Политика конфиденциальности ТОО «[Наименование]»\n';
  for (let n = 1; text.length < size; n++) {
    text += `\n## ${n}. Порядок работы с данными, раздел ${n}\n\n`;
    text += `${n}.1. Оператор собирает сведения о заказах покупателей интернет-магазина в объёме, нужном для доставки № ${n}.\n\n`;
    text += `${n}.2. Ответственное лицо по разделу ${n}: [ФИО]. Уточнить у юриста до публикации.\n\n`;
    text += `${n}.3. Сведения обрабатываются по Закону Республики Казахстан «О персональных данных и их защите».\n`;
  }
  return text;
}

const SMALL = `---
lang: ru
jurisdictions: [kz]
---
# Политика конфиденциальности ТОО «Пример»

## 1. Общие положения

1.1. Политика описывает, как обрабатываются сведения о покупателях.

## 2. Контакты

2.1. Вопросы принимаются по адресу [e-mail].
`;

describe('a large draft opened in the server', function () {
  this.timeout(180_000);

  describe('its first analysis', () => {
    const URI = 'file:///work/draft-policy.ru.md';
    const engine = createEngine();
    const settings = kzSettings(engine, 'draft-policy.ru.md');
    const text = largeDraft(2_000_000);
    let document = TextDocument.create(URI, 'markdown', 1, text);
    const analysesFor = (counted = engine) => analysesOf(counted, settings, URI, () => document);
    const analyses = analysesFor();

    it('runs the block rules over every block in slices, the event loop turning between them', async () => {
      // Parsed first: what follows is the block rules' work alone.
      analyses.parseNow(document);
      let turns = 0;
      let running = true;
      const tick = (): void => {
        turns++;
        if (running) setImmediate(tick);
      };
      setImmediate(tick);
      const quick = await analyses.quick(document, new CancellationSource());
      running = false;
      assert.ok(quick, 'the analysis of the current version is made');
      assert.ok(turns > 1, `the event loop turned ${turns} times while the block rules ran`);
      const expected = engine.lint(engine.parse(URI, text), settings.config, { reach: 'block' });
      assert.ok(expected.some((f) => f.ruleId === 'placeholder'));
      assert.deepEqual(quick.findings, expected);
    });

    it('is made once when a code action asks for it while it runs', async () => {
      let parses = 0;
      let lints = 0;
      const counting = Object.create(engine) as typeof engine;
      counting.parseSteps = (...args) => (parses++, engine.parseSteps(...args));
      counting.lintSteps = (...args) => (lints++, engine.lintSteps(...args));
      const fresh = analysesFor(counting);
      const opened = TextDocument.create(URI, 'markdown', 1, largeDraft(300_000));
      const scheduled = fresh.quick(opened, new CancellationSource());
      // The code action arrives on the next turn of the event loop, while the first analysis runs.
      const asked = new Promise((resolve) =>
        setImmediate(() => resolve(fresh.quick(opened, new CancellationSource()))),
      );
      const [first, second] = await Promise.all([scheduled, asked]);
      assert.ok(first);
      assert.equal(second, first);
      assert.equal(parses, 1, 'parsed once');
      assert.equal(lints, 1, 'the block rules ran once');
    });

    it('is made by a second caller when the first was cancelled on the same version', async () => {
      const fresh = analysesFor();
      const opened = TextDocument.create(URI, 'markdown', 1, largeDraft(300_000));
      const token = new CancellationSource();
      const cancelled = fresh.quick(opened, token);
      setImmediate(() => token.cancel());
      const asked = new Promise((resolve) =>
        setImmediate(() => resolve(fresh.quick(opened, new CancellationSource()))),
      );
      assert.equal(await cancelled, null);
      assert.ok(await asked, 'the second caller gets the analysis of the current version');
    });

    it('gives the work up when a newer edit arrives meanwhile, and keeps no analysis', async () => {
      // Just opened in another server: no earlier analysis, so the block rules read every block.
      const fresh = analysesFor();
      document = TextDocument.create(URI, 'markdown', 2, `${text}\nДобавлен пункт [дата].\n`);
      fresh.parseNow(document);
      const token = new CancellationSource();
      // A newer edit arrives while the block rules run.
      setImmediate(() => token.cancel());
      assert.equal(await fresh.quick(document, token), null);
      assert.equal(fresh.get(URI), undefined);
    });
  });

  describe('completion while the current version is linted', () => {
    const URI = 'file:///work/notes-policy.ru.md';
    const engine = createEngine();
    const text = largeDraft(20_000);
    let document = TextDocument.create(URI, 'markdown', 1, text);
    const analyses = analysesOf(engine, kzSettings(engine, 'notes-policy.ru.md'), URI, () => document);

    it('waits for the first complete analysis when there is none', async () => {
      const asked = analyses.recent(URI, 1);
      const made = await analyses.complete(document, new CancellationSource());
      assert.equal(await asked, made);
    });

    it('answers from the earlier version when the current one is not made in time', async () => {
      document = TextDocument.create(URI, 'markdown', 2, `${text}\n## \n`);
      const answer = await analyses.recent(URI, 1);
      assert.equal(answer?.version, 1);
    });

    it('answers from the current version when it is made in time', async () => {
      const asked = analyses.recent(URI, 600_000);
      await analyses.complete(document, new CancellationSource());
      assert.equal((await asked)?.version, 2);
    });
  });

  describe('over stdio', () => {
    let workspace: string;
    let client: TestClient;

    before(async function () {
      if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
      workspace = mkdtempSync(join(tmpdir(), 'pplint-large-'));
      client = await TestClient.start({ workspace });
    });
    after(async () => {
      await client.stop();
      rmSync(workspace, { recursive: true, force: true });
    });

    it('answers hover on another policy before the large draft’s first findings', async () => {
      const small = pathToFileURL(join(workspace, 'privacy.ru.md')).toString();
      await client.open(small, SMALL);
      await client.connection.sendRequest('pplint/documentInfo', { uri: small });
      const big = pathToFileURL(join(workspace, 'draft-policy.ru.md')).toString();
      await client.open(big, largeDraft(3_000_000));
      const hover = (await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: small },
        position: { line: 6, character: 5 },
      })) as Hover | null;
      assert.ok(hover, 'hover answered');
      assert.ok(!client.published.some((p) => p.uri === big), 'before the draft’s first findings');
      const first = await client.waitForDiagnostics(big, (_d, p) => p.version === 1, 150_000);
      assert.ok(first.diagnostics.some((d) => d.code === 'placeholder'));
      await client.close(big);
    });
  });
});

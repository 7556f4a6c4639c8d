// The server while a lawyer types: the block rules' findings come at once, the document-wide ones
// after a pause; no publication is ever for a version the editor no longer has; a carried finding
// stands where its text moved to; a burst of edits ends with what a fresh lint says; and hover is
// answered while a long lint runs. Over stdio, with a real LSP client; no timing is asserted.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  HoverRequest,
  type Diagnostic,
  type Hover,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TestClient, SERVER_BUNDLE } from '../helpers/lsp-client.js';

const POLICY = `---
lang: ru
jurisdictions: [kz]
---
# Политика конфиденциальности ТОО «[Наименование]»

## 1. Общие положения

1.1. Настоящая Политика определяет порядок обработки персональных данных клиентов мобильного приложения.

1.2. Оператор обрабатывает данные в соответствии с Законом Республики Казахстан «О персональных данных и их защите».

## 2. Контакты

2.1. По вопросам обработки данных пишите на адрес [e-mail].

## 3. Сроки хранения

3.1. Данные о платежах хранятся в течение пяти лет после завершения операции.

## 4. Контакты

4.1. Почтовый адрес: г. Алматы, ул. Абая, 10, офис [номер].
`;

/** A long draft of numbered sections, each with its own heading, clauses and a blank. */
function longPolicy(sections: number): string {
  let text = '---\nlang: ru\njurisdictions: [kz]\n---\n# Политика конфиденциальности\n';
  for (let n = 1; n <= sections; n++) {
    text += `\n## ${n}. Условия обработки, часть ${n}\n\n${n}.1. Оператор обрабатывает данные клиентов в объёме, необходимом для исполнения договора № ${n}.\n\n`;
    text += `${n}.2. Сведения о платежах по договору № ${n} хранятся в течение ${(n % 5) + 1} лет, затем уничтожаются.\n\n${n}.3. Ответственный сотрудник: [ФИО ${n}].\n`;
  }
  return text;
}

/** What a diagnostic says, without the version its data was made for. */
function normalized(d: Diagnostic): unknown {
  const data = d.data as { version?: number } | undefined;
  return { ...d, data: data ? { ...data, version: 0 } : undefined };
}

describe('language server while typing', function () {
  this.timeout(120_000);
  let workspace: string;
  let client: TestClient;

  before(function () {
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  });
  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pplint-typing-'));
    client = await TestClient.start({ workspace });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const uriOf = (name: string) => pathToFileURL(join(workspace, name)).toString();
  /** Resolves once the complete analysis of the document's current version is published. */
  const settled = (c: TestClient, uri: string) => c.connection.sendRequest('pplint/documentInfo', { uri });

  /** Edits a local copy as the editor does, and sends the change. */
  async function edit(
    local: { doc: TextDocument },
    uri: string,
    change: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      text: string;
    },
  ): Promise<number> {
    const version = await client.change(uri, [change as TextDocumentContentChangeEvent]);
    local.doc = TextDocument.update(
      TextDocument.create(uri, 'markdown', version, local.doc.getText()),
      [change],
      version,
    );
    return version;
  }

  it('publishes no outdated version in a burst of edits, and every publication fits its own text', async () => {
    const uri = uriOf('privacy.ru.md');
    await client.open(uri, POLICY);
    await settled(client, uri);
    const local = { doc: TextDocument.create(uri, 'markdown', 1, POLICY) };
    const texts = new Map<number, string>([[1, POLICY]]);
    const lineOf = (needle: string) =>
      local.doc
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith(needle));
    // Typing in a clause, a new clause above the second «Контакты», a blank filled in, deletions.
    for (let i = 0; i < 40; i++) {
      let version: number;
      if (i % 10 === 3) {
        const line = lineOf('## 4.');
        version = await edit(local, uri, {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          text: `3.${i}. Сведения о входе хранятся один год.\n\n`,
        });
      } else if (i % 10 === 7) {
        const line = lineOf('3.1.');
        version = await edit(local, uri, {
          range: { start: { line, character: 5 }, end: { line, character: 6 } },
          text: '',
        });
      } else {
        const line = lineOf('1.1.');
        version = await edit(local, uri, {
          range: { start: { line, character: 20 }, end: { line, character: 20 } },
          text: 'ы',
        });
      }
      texts.set(version, local.doc.getText());
    }
    await settled(client, uri);
    const publications = client.published.filter((p) => p.uri === uri);
    const versions = publications.map((p) => p.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'versions published in order',
    );
    assert.equal(versions.at(-1), local.doc.version);
    for (const p of publications) {
      const doc = TextDocument.create(uri, 'markdown', p.version!, texts.get(p.version!)!);
      for (const d of p.diagnostics) {
        const text = doc.getText(d.range);
        if (d.code === 'placeholder') assert.match(text, /^\[[^\]]+\]$/, `v${p.version}: ${text}`);
        if (d.code === 'duplicate-heading') assert.match(text, /^## 4\. Контакты$/, `v${p.version}: ${text}`);
        // On the title, or on the heading of the section where the item belongs.
        if (d.code === 'missing-section') assert.match(text, /^#{1,6} \S/, `v${p.version}: ${text}`);
      }
    }
  });

  it('ends a burst of edits with the diagnostics a fresh server publishes for the same text', async () => {
    const uri = uriOf('privacy.ru.md');
    await client.open(uri, POLICY);
    await settled(client, uri);
    const local = { doc: TextDocument.create(uri, 'markdown', 1, POLICY) };
    const at = (needle: string) =>
      local.doc
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith(needle));
    await edit(local, uri, {
      range: { start: { line: at('## 2.'), character: 6 }, end: { line: at('## 2.'), character: 14 } },
      text: 'Обратная связь',
    });
    await edit(local, uri, {
      range: { start: { line: at('2.1.'), character: 0 }, end: { line: at('2.1.'), character: 0 } },
      text: '## 2.0. Контакты\n\n',
    });
    await edit(local, uri, { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '#' });
    await edit(local, uri, { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, text: '' });
    await edit(local, uri, {
      range: { start: { line: at('4.1.'), character: 51 }, end: { line: at('4.1.'), character: 58 } },
      text: '5',
    });
    await edit(local, uri, {
      range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
      text: 'jurisdictions: [kz, gdpr]\n',
    });
    await settled(client, uri);
    const final = client.diagnostics.get(uri)!;
    assert.equal(final.version, local.doc.version);

    const fresh = await TestClient.start({ workspace });
    try {
      await fresh.open(uri, local.doc.getText());
      await settled(fresh, uri);
      const expected = fresh.diagnostics.get(uri)!;
      assert.ok(expected.diagnostics.length > 0);
      assert.deepEqual(final.diagnostics.map(normalized), expected.diagnostics.map(normalized));
    } finally {
      await fresh.stop();
    }
  });

  it('moves a document-wide finding with its text at once, and drops it where the edit touches it until the complete analysis', async () => {
    const uri = uriOf('privacy.ru.md');
    await client.open(uri, POLICY);
    await settled(client, uri);
    const first = (version: number) => client.waitForDiagnostics(uri, (_d, p) => p.version === version);
    const duplicate = (p: PublishDiagnosticsParams) => p.diagnostics.find((d) => d.code === 'duplicate-heading');
    const line = duplicate(client.diagnostics.get(uri)!)!.range.start.line;

    // Two lines above the second «Контакты»: the quick publication moves the finding with them;
    // the finding keeps the version it was made for, so that its suggestion waits for the recheck.
    const v2 = await client.change(uri, [
      {
        range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 0 } },
        text: '3.2. Журналы входа хранятся один год.\n\n',
      },
    ]);
    const quick = await first(v2);
    assert.equal(duplicate(quick)!.range.start.line, line + 2);
    assert.equal((duplicate(quick)!.data as { version: number }).version, 1);
    await settled(client, uri);
    const complete = client.diagnostics.get(uri)!;
    assert.equal(complete.version, v2);
    assert.equal(duplicate(complete)!.range.start.line, line + 2);
    assert.equal((duplicate(complete)!.data as { version: number }).version, v2);

    // A keystroke in the policy's title touches the missing-item findings that stand on it (those
    // no section gives a place): gone until the complete analysis reads the new title, then back.
    // The others stand where their items belong and are carried.
    const missing = complete.diagnostics.filter((d) => d.code === 'missing-section').length;
    assert.ok(missing > 0);
    const v3 = await client.change(uri, [
      { range: { start: { line: 4, character: 12 }, end: { line: 4, character: 12 } }, text: 'я' },
    ]);
    const touched = await first(v3);
    assert.deepEqual(
      touched.diagnostics.filter((d) => d.code === 'missing-section' && d.range.start.line === 4),
      [],
    );
    assert.ok(
      touched.diagnostics.some((d) => d.code === 'placeholder' && d.range.start.line === 4),
      'the block rules answer at once',
    );
    await settled(client, uri);
    assert.equal(client.diagnostics.get(uri)!.diagnostics.filter((d) => d.code === 'missing-section').length, missing);
  });

  it('answers hover while a long lint runs, and from the latest complete analysis after an edit', async () => {
    const small = uriOf('privacy.ru.md');
    await client.open(small, POLICY);
    await settled(client, small);
    const big = uriOf('long-privacy-policy.ru.md');
    const text = longPolicy(1000);
    await client.open(big, text);
    // The block rules' findings are out: the complete analysis of the long draft is running now.
    await client.waitForDiagnostics(big, (_d, p) => p.version === 1);
    let bigDone = Number.POSITIVE_INFINITY;
    const bigSettled = settled(client, big).then(() => (bigDone = performance.now()));
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: small },
      position: { line: 6, character: 5 },
    })) as Hover | null;
    const answered = performance.now();
    assert.match(JSON.stringify(hover?.contents), /general|общ|kind/i);
    await bigSettled;
    assert.ok(answered < bigDone, 'hover was answered before the long lint ended');

    // Two lines typed at the top of the long draft; a heading far below is explained at once, from
    // the analysis of the previous version, and its range is where the heading is now.
    const lines = text.split('\n');
    const heading = lines.findIndex((l) => l.startsWith('## 900.'));
    const v2 = await client.change(big, [
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Редакция от 1 марта.\n\n' },
    ]);
    const moved = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: big },
      position: { line: heading + 2, character: 4 },
    })) as Hover | null;
    assert.ok(moved?.range, 'hover answered from the earlier analysis');
    assert.deepEqual(moved.range, {
      start: { line: heading + 2, character: 0 },
      end: { line: heading + 2, character: lines[heading]!.length },
    });
    const inserted = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: big },
      position: { line: 5, character: 3 },
    })) as Hover | null;
    assert.equal(inserted, null, 'nothing is said of text the analysis has not read');
    await client.waitForDiagnostics(big, (_d, p) => p.version === v2);
  });
});

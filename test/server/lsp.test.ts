// The language server driven over stdio by a real LSP client: open, edit, diagnostics, code
// actions, fix-all, configuration changes, a broken configuration file, a rule that throws.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ExecuteCommandRequest,
  type CodeAction,
  type DocumentSymbol,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { TestClient, SERVER_BUNDLE } from '../helpers/lsp-client.js';

// \`jurisdictions: []\`: no law to check, chosen on purpose (so no note that none is set).
const POLICY = `---
lang: en
policy: privacy
jurisdictions: []
---
# Privacy Policy of [Company name]

## 1. Retention

We keep payment data for five years.

## 2. Contacts

Write to [Company name] at privacy@dalapay.kz.
`;

/** LSP 3.18 allows Markdown diagnostic messages; this server sends plain strings. */
function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function applyEdit(text: string, action: CodeAction, uri: string): string {
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  return TextDocument.applyEdits(doc, action.edit?.changes?.[uri] ?? []);
}

describe('language server over stdio', function () {
  this.timeout(30_000);
  let workspace: string;
  let client: TestClient;
  let settings: Record<string, unknown> = {};

  before(function () {
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  });
  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pplint-lsp-'));
    settings = {};
    client = await TestClient.start({ workspace, settings: () => settings });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const uriOf = (name: string) => pathToFileURL(join(workspace, name)).toString();

  /** The policy opened in a server whose configuration gives the company's name (its two blanks can be filled). */
  async function openWithCompanyName() {
    writeFileSync(
      join(workspace, '.pplintrc.json'),
      JSON.stringify({ rules: { placeholder: ['warning', { values: { 'Company name': 'Dala Pay LLP' } }] } }),
    );
    await client.stop();
    client = await TestClient.start({ workspace, settings: () => settings });
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY);
    const { diagnostics } = await client.waitForDiagnostics(uri, (d) => d.length === 2);
    return { uri, diagnostics };
  }

  it('publishes diagnostics on open, with the document version, and only for policies', async () => {
    const readme = uriOf('README.md');
    await client.open(readme, '# Notes\n\n[TODO] write the README\n');
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY, 7);
    const published = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(published.version, 7);
    const blanks = published.diagnostics.filter((d) => d.code === 'placeholder');
    assert.equal(blanks.length, 2);
    assert.deepEqual(blanks[0]!.range, { start: { line: 5, character: 20 }, end: { line: 5, character: 34 } });
    assert.equal(blanks[0]!.source, 'pplint');
    assert.match(String(blanks[0]!.codeDescription?.href), /docs\/rules\/placeholder\.md$/);
    // The server handles messages in order: the README was linted before the policy, and
    // nothing was published for it.
    assert.equal(client.published.filter((p) => p.uri === readme && p.diagnostics.length > 0).length, 0);
  });

  it('re-lints incremental edits and never publishes an outdated version last', async () => {
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, (d) => d.length === 2);
    // Replace the first blank, then the second, in two quick edits.
    await client.change(uri, [
      { range: { start: { line: 5, character: 20 }, end: { line: 5, character: 34 } }, text: 'Dala Pay LLP' },
    ]);
    const last = await client.change(uri, [
      { range: { start: { line: 13, character: 9 }, end: { line: 13, character: 23 } }, text: 'Dala Pay LLP' },
    ]);
    const published = await client.waitForDiagnostics(uri, (_d, p) => p.version === last);
    assert.deepEqual(published.diagnostics, []);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'versions published in order',
    );
  });

  it('offers the fix, disable and documentation actions, and fix-all applies every fix', async () => {
    const { uri, diagnostics } = await openWithCompanyName();
    const first = diagnostics[0] as Diagnostic;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [first] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    // The documentation comes before the actions that silence the finding; only the fix is preferred.
    assert.deepEqual(titles, [
      'Fill in «[Company name]» with «Dala Pay LLP»',
      'Show documentation for placeholder',
      'Disable placeholder for this line',
      'Disable placeholder for this file',
    ]);
    assert.deepEqual(
      actions.map((a) => a.isPreferred === true),
      [true, false, false, false],
    );
    assert.match(applyEdit(POLICY, actions[0]!, uri), /^# Privacy Policy of Dala Pay LLP$/m);
    assert.match(
      applyEdit(POLICY, actions[2]!, uri),
      /^<!-- pplint-disable-next-line placeholder -->\n# Privacy Policy of \[Company name\]$/m,
    );
    assert.match(applyEdit(POLICY, actions[3]!, uri), /^---\n\n?<!-- pplint-disable placeholder -->\n\n# Privacy/m);

    const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0]!.kind, 'source.fixAll.pplint');
    const fixed = applyEdit(POLICY, fixAll[0]!, uri);
    assert.ok(!fixed.includes('[Company name]'));
    assert.equal(fixed.split('Dala Pay LLP').length - 1, 2);

    // The palette's "Fix all" goes through a server command that asks the editor to apply the edit.
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'pplint.server.fixAll',
      arguments: [uri],
    })) as { applied: number };
    assert.equal(result.applied, 2);
    assert.equal(client.appliedEdits.length, 1);

    // A quick-fix request gets no fix-all, and a fix-all request no quick fixes.
    assert.ok(!actions.some((a) => a.kind === 'source.fixAll.pplint'));
  });

  it('sends no edits with a diagnostic, and offers its fix only for the version it was made for', async () => {
    const { uri, diagnostics } = await openWithCompanyName();
    // The fix's text stays in the server: a keystroke does not send every quick fix again.
    assert.deepEqual(diagnostics[0]!.data, { ruleId: 'placeholder', version: 1 });
    const titlesFor = async (diagnostic: Diagnostic) =>
      (
        (await client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        })) as CodeAction[]
      ).map((a) => a.title);
    const fill = 'Fill in «[Company name]» with «Dala Pay LLP»';
    assert.ok((await titlesFor(diagnostics[0]!)).includes(fill));
    // A diagnostic that no finding of this version gave: no fix, the other actions still.
    const unknown = { ...diagnostics[0]!, message: 'Not a finding of this text' };
    assert.deepEqual(await titlesFor(unknown), [
      'Show documentation for placeholder',
      'Disable placeholder for this line',
      'Disable placeholder for this file',
    ]);
    // After an edit, the diagnostic of the earlier version gets no fix; the new one does.
    const version = await client.change(uri, [
      { range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: '\nA new line.\n' },
    ]);
    const now = await client.waitForDiagnostics(uri, (d, p) => p.version === version && d.length === 2);
    assert.ok(!(await titlesFor(diagnostics[0]!)).includes(fill));
    assert.ok((await titlesFor(now.diagnostics[0]!)).includes(fill));
  });

  it('follows settings and configuration-file changes', async () => {
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, (d) => d.length === 2);
    settings = { rules: { placeholder: 'off' } };
    await client.configurationChanged();
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    settings = {};
    writeFileSync(join(workspace, '.pplintrc.json'), JSON.stringify({ rules: { placeholder: 'error' } }));
    await client.configurationChanged();
    const published = await client.waitForDiagnostics(uri, (d) => d.length === 2);
    assert.ok(
      published.diagnostics.every((d) => d.severity === 1),
      'errors, as the configuration file says',
    );
  });

  it('reports a malformed configuration file on that file and keeps linting with the defaults', async () => {
    const rc = join(workspace, '.pplintrc.json');
    writeFileSync(rc, '{ "rules": { "placeholder": "loud" ');
    await client.stop();
    client = await TestClient.start({ workspace, settings: () => settings });
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, (d) => d.length === 2);
    const rcProblems = await client.waitForDiagnostics(pathToFileURL(rc).toString(), (d) => d.length > 0);
    assert.match(messageOf(rcProblems.diagnostics[0]!), /not valid JSON/);
    writeFileSync(rc, '{ "rules": { "placeholder": "loud" } }');
    await client.watchedFileChanged(pathToFileURL(rc).toString());
    const bad = await client.waitForDiagnostics(pathToFileURL(rc).toString(), (d) =>
      d.some((x) => /must be one of/.test(messageOf(x))),
    );
    assert.match(messageOf(bad.diagnostics[0]!), /rules\.placeholder/);
  });

  it('reports malformed front matter at its place and lints the rest', async () => {
    const uri = uriOf('privacy.ru.md');
    await client.open(
      uri,
      '---\nlang: ru\njurisdictions: [kz\n---\n# Политика конфиденциальности\n\nОператор: [наименование].\n',
    );
    const published = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    const fm = published.diagnostics.find((d) => d.code === 'front-matter');
    assert.ok(fm, 'a front-matter diagnostic');
    assert.ok(fm.range.start.line >= 1 && fm.range.start.line <= 3);
    assert.ok(published.diagnostics.some((d) => d.code === 'placeholder'));
  });

  it('gives the outline with section kinds by name (never by id), and hover on headings', async () => {
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.deepEqual(
      symbols[0]!.children!.map((s) => [s.name, s.detail]),
      [
        ['1. Retention', 'how long data are kept'],
        ['2. Contacts', 'the operator and its contacts'],
      ],
    );
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 7, character: 5 },
    });
    assert.match(JSON.stringify(hover?.contents), /how long data are kept/);
    assert.doesNotMatch(JSON.stringify(hover?.contents), /`retention`/);
    const title = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 5, character: 3 },
    });
    assert.match(JSON.stringify(title?.contents), /Laws: — \(set in the front matter\)/);
  });

  it('says on the title when no law is set, and its action writes the laws into the front matter', async () => {
    const uri = uriOf('privacy.en.md');
    const text = POLICY.replace('jurisdictions: []\n', '');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'missing-section'));
    const note = diagnostics.find((d) => d.code === 'missing-section')!;
    assert.equal(note.severity, 3);
    assert.match(messageOf(note), /No law is set for this policy/);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: note.range,
      context: { diagnostics: [note] },
    })) as CodeAction[];
    const set = actions.find((a) => /jurisdictions: \[kz\]/.test(a.title));
    assert.ok(set, actions.map((a) => a.title).join(' | '));
    assert.match(applyEdit(text, set, uri), /^---\nlang: en\npolicy: privacy\njurisdictions: \[kz\]\n---\n/);
    const title = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 4, character: 3 },
    });
    assert.match(JSON.stringify(title?.contents), /Laws: none set/);
  });

  it('inserting a missing section selects its first blank, and never repeats a section number', async () => {
    const uri = uriOf('privacy.en.md');
    const text = POLICY.replace('jurisdictions: []', 'jurisdictions: [kz]');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'missing-section'));
    const numbers = (t: string) => [...t.matchAll(/^## (\d+)\./gm)].map((m) => m[1]);
    let checked = 0;
    for (const finding of diagnostics.filter((d) => d.code === 'missing-section')) {
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: finding.range,
        context: { diagnostics: [finding] },
      })) as CodeAction[];
      const insert = actions.find((a) => a.edit && a.command?.command === 'pplint.revealLocation');
      if (!insert) continue;
      const after = applyEdit(text, insert, uri);
      const got = numbers(after);
      assert.equal(new Set(got).size, got.length, `a repeated number: ${got.join(', ')}`);
      const [target, range] = insert.command!.arguments as [
        string,
        { start: { line: number; character: number }; end: { line: number; character: number } },
      ];
      assert.equal(target, uri);
      const lines = after.split('\n');
      assert.equal(range.start.line, range.end.line);
      assert.match(lines[range.start.line]!.slice(range.start.character, range.end.character), /^\[[^\]]+\]$/);
      assert.notEqual(insert.isPreferred, true);
      checked++;
    }
    assert.ok(checked > 3, `${checked} insertions checked`);
  });

  it('logs no warning for settings the user never set (the editor sends "" for an unset string)', async () => {
    settings = { primaryLanguage: '', uiLanguage: '', languages: [], rules: {} };
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(
      client.messages.filter((m) => /primaryLanguage|uiLanguage|Settings \(pplint/.test(m)),
      [],
    );
    settings = { primaryLanguage: 'de' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, () => client.messages.some((m) => /primaryLanguage/.test(m)));
  });

  it('survives a rule that throws: the rule is skipped and logged, the others still report', async () => {
    await client.stop();
    const entry = fileURLToPath(new URL('./fixtures/throwing-server.ts', import.meta.url));
    client = await TestClient.start({
      workspace,
      settings: () => settings,
      command: [process.execPath, '--import', 'tsx', entry, '--stdio'],
    });
    const uri = uriOf('privacy.en.md');
    await client.open(uri, POLICY);
    // The failing rule reads the whole document: its finding comes with the complete analysis.
    const published = await client.waitForDiagnostics(
      uri,
      (d) => d.some((x) => x.code === 'placeholder') && d.some((x) => x.code === 'always-throws'),
    );
    const failed = published.diagnostics.filter((d) => d.code === 'always-throws');
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.severity, 3);
    assert.match(messageOf(failed[0]!), /failed on this document and was skipped/);
    // Edit twice more: the failure is logged once, and the server keeps answering.
    await client.change(uri, [
      { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'x' },
    ]);
    const v = await client.change(uri, [
      { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, text: '' },
    ]);
    await client.waitForDiagnostics(uri, (_d, p) => p.version === v);
    const logged = client.messages.filter((m) => m.includes('Rule always-throws failed'));
    assert.equal(logged.length, 1);
  });
});

// A duplicate heading's rename reaches an editor that takes snippet edits as a snippet: the title
// is its placeholder, selected to type over. Editors without them get the plain edit and a command
// that selects the title; a multi-line insertion (a missing section) always takes that way, since
// an editor re-indents the lines of a snippet.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  type CodeAction,
  type Diagnostic,
  type SnippetTextEdit,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lsp-client.js';
import { snippetWorkspaceEdit } from '../../server/src/lsp/snippet-edit.js';

const POLICY = `---
lang: en
jurisdictions: [kz]
---
# Privacy Policy of Steppe Books LLP

## 1. Retention

We keep order data for three years.

## 2. Retention

Data of newsletter readers are kept until they unsubscribe, and {never} longer.
`;

async function actionsFor(client: TestClient, uri: string, finding: Diagnostic): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: finding.range,
    context: { diagnostics: [finding] },
  })) as CodeAction[];
}

describe('snippet edits', function () {
  this.timeout(30_000);
  let workspace: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'pplint-snippet-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(workspace, { recursive: true, force: true });
  });

  async function open(snippetEdits: boolean) {
    client = await TestClient.start({ workspace, snippetEdits });
    const uri = pathToFileURL(join(workspace, 'privacy.en.md')).toString();
    await client.open(uri, POLICY);
    const { diagnostics } = await client.waitForDiagnostics(
      uri,
      (d) => d.some((x) => x.code === 'duplicate-heading') && d.some((x) => x.code === 'missing-section'),
    );
    return { uri, client, diagnostics };
  }

  it('the rename is a snippet with the title as its placeholder, and no selecting command', async () => {
    const { uri, client, diagnostics } = await open(true);
    const actions = await actionsFor(
      client,
      uri,
      diagnostics.find((d) => d.code === 'duplicate-heading')!,
    );
    const rename = actions.find((a) => a.title.startsWith('Rename'));
    assert.ok(rename, actions.map((a) => a.title).join(' | '));
    assert.equal(rename.command, undefined);
    const [change] = rename.edit!.documentChanges as TextDocumentEdit[];
    assert.equal(change!.textDocument.uri, uri);
    const [edit] = change!.edits as SnippetTextEdit[];
    assert.deepEqual(edit!.snippet, { kind: 'snippet', value: '${1:[Retention]}' });
    assert.deepEqual(edit!.range, { start: { line: 10, character: 6 }, end: { line: 10, character: 15 } });
  });

  it('a missing section is inserted as text, revealed and selected by a command, even where snippets are taken', async () => {
    const { uri, client, diagnostics } = await open(true);
    let checked = 0;
    for (const finding of diagnostics.filter((d) => d.code === 'missing-section')) {
      const insert = (await actionsFor(client, uri, finding)).find((a) => a.title.startsWith('Insert the section'));
      if (!insert) continue;
      assert.ok(insert.edit?.changes?.[uri] && !insert.edit.documentChanges, 'a plain edit');
      if (insert.command?.command === 'pplint.revealLocation') checked++;
    }
    assert.ok(checked > 0, 'an insertion with a blank to select was offered');
  });

  it('an editor without snippet edits gets the plain rename and a command that selects the title', async () => {
    const { uri, client, diagnostics } = await open(false);
    const actions = await actionsFor(
      client,
      uri,
      diagnostics.find((d) => d.code === 'duplicate-heading')!,
    );
    const rename = actions.find((a) => a.title.startsWith('Rename'))!;
    const edits = rename.edit!.changes![uri]!;
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, POLICY), edits);
    assert.match(after, /^## 2\. \[Retention\]$/m);
    assert.equal(rename.command?.command, 'pplint.revealLocation');
  });

  it("escapes the snippet syntax's own characters outside and inside the placeholder", () => {
    const doc = TextDocument.create('file:///p.md', 'markdown', 1, 'x');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const edit = snippetWorkspaceEdit(doc, [{ range, newText: 'Fee $5 [a}b\\c]' }], { start: 7, end: 14 });
    const [change] = edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual((change!.edits[0] as SnippetTextEdit).snippet.value, 'Fee \\$5 ${1:[a\\}b\\\\c]}');
    assert.equal(snippetWorkspaceEdit(doc, [{ range, newText: 'one\ntwo' }], { start: 0, end: 3 }), null);
  });
});

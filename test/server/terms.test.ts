// Defined terms and references in the editor, over stdio: Go to Definition, Find References and
// hover on a defined term, and document links from a clause reference to its clause.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DocumentLinkRequest,
  HoverRequest,
  ReferencesRequest,
  type Location,
} from 'vscode-languageserver-protocol/node';
import { TestClient, SERVER_BUNDLE } from '../helpers/lsp-client.js';

const POLICY = `---
lang: en
policy: privacy
jurisdictions: []
---
# Privacy Policy

## 1. Operator

1.1. Dala Pay LLP (hereinafter the “Operator”) processes personal data.

## 2. Retention

2.1. The Operator keeps payment data for five years (see clause 1.1).
`;

describe('defined terms and references over stdio', function () {
  this.timeout(30_000);
  let workspace: string;
  let client: TestClient;

  before(function () {
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  });
  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pplint-terms-'));
    client = await TestClient.start({ workspace, settings: () => ({}) });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('goes from a use of a term to its definition, lists its uses, and explains it on hover', async () => {
    const uri = pathToFileURL(join(workspace, 'privacy.en.md')).toString();
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, () => true);
    const use = { line: 13, character: 10 };
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: use,
    })) as Location[];
    assert.deepEqual(
      definition.map((l) => l.range),
      [{ start: { line: 9, character: 36 }, end: { line: 9, character: 44 } }],
    );
    const references = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: { line: 9, character: 38 },
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(
      references.map((l) => l.range.start),
      [{ line: 13, character: 9 }],
    );
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: use });
    assert.match(JSON.stringify(hover?.contents), /«Operator» is a defined term \(defined on line 10/);
    const nothing = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: { line: 13, character: 30 },
    })) as Location[];
    assert.deepEqual(nothing, []);
  });

  it('links a clause reference to its clause', async () => {
    const uri = pathToFileURL(join(workspace, 'privacy.en.md')).toString();
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, () => true);
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    assert.equal(links?.length, 1);
    assert.deepEqual(links![0]!.range, { start: { line: 13, character: 57 }, end: { line: 13, character: 67 } });
    assert.equal(links![0]!.target, `${uri}#L10,1`);
  });
});

// Insert Clause… and heading completion over the language protocol, with a firm's clause folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, type CompletionItem } from 'vscode-languageserver-protocol/node';
import { TestClient, SERVER_BUNDLE } from '../helpers/lsp-client.js';
import { CLAUSES_REQUEST, type ClausePickerView } from '../../server/src/lsp/clauses.js';

const POLICY =
  '---\nlang: en\njurisdictions: [kz]\n---\n# Privacy Policy\n\n## 1. Personal data we collect\n\nWe collect your name and telephone number.\n\n## 2. Retention period\n\nWe keep personal data for 5 years after the contract ends.\n\n## ';
const FIRM =
  '---\nid: firm.purposes\nkind: purposes\nitems: [kz:purposes]\nlang: en\ntitle: Why we use your data\ndescription: The firm’s approved wording.\n---\nWe use personal data to open and run your account.\n';

describe('clauses over the language protocol', function () {
  this.timeout(30_000);
  let workspace: string;
  let client: TestClient;

  before(function () {
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  });
  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'pplint-clauses-'));
    mkdirSync(join(workspace, 'legal/clauses'), { recursive: true });
    writeFileSync(join(workspace, 'legal/clauses/purposes.md'), FIRM);
    writeFileSync(join(workspace, '.pplintrc.json'), JSON.stringify({ clauses: 'legal/clauses' }));
    client = await TestClient.start({ workspace, settings: () => ({}) });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('lists the missing items first, a firm clause ahead of ours, with where each goes', async () => {
    const uri = pathToFileURL(join(workspace, 'privacy.en.md')).toString();
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const view = (await client.connection.sendRequest(CLAUSES_REQUEST, {
      uri,
      position: { line: 0, character: 0 },
    })) as ClausePickerView;
    assert.equal(view.lang, 'en');
    assert.ok(view.choices[0]!.missing.length > 0);
    const ids = view.choices.map((c) => c.id);
    assert.ok(ids.includes('firm.purposes') && ids.indexOf('firm.purposes') < ids.indexOf('kz.purposes'));
    // Between «1.» and «2.» no number is free: the heading gets none rather than a second «2.».
    assert.equal(view.choices.find((c) => c.id === 'kz.purposes')!.headingLine, '## Purposes of processing');
  });

  it('completes an empty heading with the titles of missing items, inserting the clause numbered after the last heading', async () => {
    const uri = pathToFileURL(join(workspace, 'privacy.en.md')).toString();
    await client.open(uri, POLICY);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const lines = POLICY.split('\n');
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: lines.length - 1, character: 3 },
    })) as CompletionItem[];
    const rights = items.find((i) => i.label === 'Rights of the data subject')!;
    assert.ok(rights, items.map((i) => i.label).join(', '));
    const edit = rights.textEdit as { newText: string };
    assert.match(edit.newText, /^## 3\. Rights of the data subject\n\nUnder Article 24 of the Law/);
    const none = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 8, character: 5 },
    })) as CompletionItem[];
    assert.deepEqual(none, []);
  });
});

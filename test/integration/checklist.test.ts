// The Policy Checklist view inside VS Code: it shows, for the active policy, each item Law 94-V
// requires with its status; a ✓ leads to the text that states it, a ✗ to where it belongs, and
// the inline action inserts it (after which the item is no longer missing).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PplintApi } from '../../client/src/extension.js';
import type { ChecklistView } from '../../client/src/protocol.js';
import {
  EXTENSION_ID,
  activateExtension,
  inWorkspace,
  open,
  waitFor,
  waitForDiagnostics,
  byRule,
  writeAndOpen,
} from './helpers.js';

async function api(): Promise<PplintApi> {
  await activateExtension();
  return vscode.extensions.getExtension<PplintApi>(EXTENSION_ID)!.exports;
}

function itemOf(view: ChecklistView, requirement: string) {
  const item = view.profiles.flatMap((p) => p.items).find((i) => i.requirement === requirement);
  assert.ok(
    item,
    `${requirement} is not in the checklist: ${view.profiles.flatMap((p) => p.items.map((i) => i.requirement)).join(', ')}`,
  );
  return item;
}

describe('the Policy Checklist view', () => {
  it('"Privacy Policy: Show Checklist" shows the Law 94-V items of the Russian example', async () => {
    const editor = await open(inWorkspace('examples/privacy.ru.md'));
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'pplint diagnostics');
    const view = (await vscode.commands.executeCommand('pplint.showChecklist')) as ChecklistView | null;
    assert.ok(view, 'the command returns the checklist it shows');
    assert.deepEqual(view.jurisdictions, ['kz']);
    const kz = view.profiles.find((p) => p.id === 'kz');
    assert.ok(kz && kz.items.length >= 10, 'the kz profile with its items');
    assert.equal(itemOf(view, 'kz:retention').status, 'satisfied');
    assert.equal(itemOf(view, 'kz:complaints').status, 'missing');
  });

  it('a ✓ item leads to the text that states it', async () => {
    const editor = await open(inWorkspace('examples/privacy.ru.md'));
    const view = (await (await api()).checklist())!;
    const evidence = itemOf(view, 'kz:retention').versions[0]!.evidence[0]!;
    await vscode.commands.executeCommand('pplint.revealLocation', editor.document.uri.toString(), evidence.range);
    const line = vscode.window.activeTextEditor!.document.lineAt(
      vscode.window.activeTextEditor!.selection.start.line,
    ).text;
    assert.match(line, /хран/i, `the selection is on a retention line: ${line}`);
  });

  it('a ✗ item is inserted by its inline action, and is then no longer missing', async () => {
    const editor = await writeAndOpen('checklist-privacy.en.md', [
      '---',
      'policy: privacy',
      'lang: en',
      'jurisdictions: [kz]',
      '---',
      '',
      '# Privacy Policy of Dala Pay LLP',
      '',
      '## 1. Retention',
      '',
      'We keep payment data for five (5) years from the date of the payment.',
      '',
    ]);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.some(byRule('missing-section')), 'missing-section diagnostics');
    const view = (await (await api()).checklist())!;
    const withdrawal = itemOf(view, 'kz:consent-withdrawal');
    assert.equal(withdrawal.status, 'missing');
    assert.ok(withdrawal.versions[0]!.place?.insert, 'the missing item comes with its insertion');
    const missingBefore = vscode.languages.getDiagnostics(uri).filter(byRule('missing-section')).length;
    assert.equal(
      await vscode.commands.executeCommand('pplint.checklist.insert', {
        kind: 'item',
        item: withdrawal,
        uri: uri.toString(),
      }),
      true,
    );
    await waitForDiagnostics(
      uri,
      (d) => d.filter(byRule('missing-section')).length < missingBefore,
      'one missing-section fewer',
    );
    const after = (await (await api()).checklist())!;
    assert.notEqual(itemOf(after, 'kz:consent-withdrawal').status, 'missing');
    await waitFor(
      'the inserted heading',
      () => editor.document.getText().includes('## 2.'),
      [vscode.workspace.onDidChangeTextDocument],
      () => editor.document.getText(),
    );
  });
});

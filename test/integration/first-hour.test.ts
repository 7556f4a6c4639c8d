// A lawyer's first hour, in the editor: how fast the first findings come, a new translation file
// that pairs with its master by name, a duplicate heading renamed (its title a snippet placeholder),
// a missing section inserted with a free number and its first blank selected, and that section
// still «to complete».
// The timings are printed (`[timing] …`) for the closing note; nothing asserts on them.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PplintApi } from '../../client/src/extension.js';
import {
  EXTENSION_ID,
  activateExtension,
  applyAction,
  byRule,
  codeActions,
  describeActions,
  describeDiagnostics,
  inWorkspace,
  open,
  waitForDiagnostics,
  writeAndOpen,
} from './helpers.js';

async function api(): Promise<PplintApi> {
  await activateExtension();
  return vscode.extensions.getExtension<PplintApi>(EXTENSION_ID)!.exports;
}

const KZ_POLICY = [
  '---',
  'policy: privacy',
  'lang: en',
  'jurisdictions: [kz]',
  '---',
  '',
  '# Privacy Policy of Dala Pay LLP',
  '',
  '## 1. Personal data we collect',
  '',
  'We collect the name, phone number and card details of our customers.',
  '',
  '## 2. Retention',
  '',
  'We keep payment data for five (5) years from the date of the payment.',
  '',
];

describe('the first hour', () => {
  it('reports the activation time and the time from opening a policy to its first diagnostics', async function () {
    const pplint = await api();
    const uri = inWorkspace('timing-privacy.en.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(KZ_POLICY.join('\n')));
    const opened = Date.now();
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first diagnostics');
    const firstDiagnostics = Date.now() - opened;
    // In the test's title, which the reporter prints (a console line from the extension host is not routed).
    this.test!.title += ` [timing] activation ${pplint.activationMs} ms; open → first diagnostics ${firstDiagnostics} ms`;
    assert.equal(typeof pplint.activationMs, 'number');
  });

  it('a new privacy.kk.md beside privacy.ru.md pairs with it at once', async () => {
    await activateExtension();
    const master = await vscode.workspace.fs.readFile(inWorkspace('examples/privacy.ru.md'));
    await vscode.workspace.fs.writeFile(inWorkspace('pairing/privacy.ru.md'), master);
    const editor = await writeAndOpen('pairing/privacy.kk.md', [
      '# Құпиялылық саясаты',
      '',
      '## 1. Жалпы ережелер',
      '',
      'Осы саясат жеке деректерді өңдеу тәртібін белгілейді.',
      '',
    ]);
    // Paired, the new version is checked against the master: its missing sections are reported,
    // and the master's laws apply (no "no law is set" note).
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (d) => d.some(byRule('untranslated-clause')),
      'untranslated-clause findings against the Russian master',
    );
    assert.ok(!diagnostics.some((d) => /No law is set/.test(d.message)), describeDiagnostics(editor.document.uri));
  });

  it('a duplicate heading is renamed, its title selected to type over', async () => {
    const editor = await writeAndOpen('duplicate-privacy.en.md', [
      ...KZ_POLICY,
      '## 3. Retention',
      '',
      'Data of site visitors are kept for one year from the visit.',
      '',
    ]);
    const uri = editor.document.uri;
    const [duplicate] = (
      await waitForDiagnostics(uri, (d) => d.some(byRule('duplicate-heading')), 'duplicate-heading')
    ).filter(byRule('duplicate-heading'));
    const actions = await codeActions(uri, duplicate!.range);
    assert.ok(
      !actions.some((a) => a.title.startsWith('Delete this heading')),
      `the second section has text: no delete-and-join; got ${describeActions(actions)}`,
    );
    const rename = actions.find((a) => a.title.startsWith('Rename'));
    assert.ok(rename, describeActions(actions));
    await applyAction(rename);
    const active = vscode.window.activeTextEditor!;
    const title = active.selection;
    assert.equal(active.document.getText(title), '[Retention]');
    // A snippet placeholder, not a plain selection: Tab (the next placeholder) leaves it at its end.
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.ok(active.selection.isEmpty && active.selection.active.isEqual(title.end), 'Tab leaves the title');
    await active.edit((b) => b.replace(title, "Visitors' data"));
    await waitForDiagnostics(uri, (d) => !d.some(byRule('duplicate-heading')), 'no duplicate heading once renamed');
  });

  it('an inserted section takes a free number, shows with its first blank selected, and its blanks are flagged', async () => {
    const editor = await writeAndOpen('insert-privacy.en.md', KZ_POLICY);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some(byRule('missing-section')), 'missing-section');
    let inserted: { action: vscode.CodeAction; finding: vscode.Diagnostic } | undefined;
    for (const finding of diagnostics.filter(byRule('missing-section'))) {
      const action = (await codeActions(uri, finding.range)).find((a) => a.title.startsWith('Insert the section'));
      if (action) {
        inserted = { action, finding };
        break;
      }
    }
    assert.ok(inserted, 'an insertion is offered');
    assert.notEqual(inserted.action.isPreferred, true, 'an insertion is a suggestion, not a preferred fix');
    await applyAction(inserted.action);
    const text = editor.document.getText();
    const numbers = [...text.matchAll(/^## (\d+)\./gm)].map((m) => m[1]);
    assert.equal(new Set(numbers).size, numbers.length, `a number repeated: ${numbers.join(', ')}`);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), uri.toString());
    assert.match(active.document.getText(active.selection), /^\[[^\]]+\]$/);
    // The library clause states its item; until written, its blanks are flagged where they stand.
    // (A heading over nothing but blanks is «to complete» in the checklist: test/unit/checklist.test.ts.)
    const blank = active.selection;
    await waitForDiagnostics(
      uri,
      (d) => d.some((x) => byRule('placeholder')(x) && x.range.intersection(blank) !== undefined),
      'the inserted blank flagged',
    );
  });
});

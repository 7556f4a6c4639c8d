// Language versions and retention inside VS Code: an edit in one version changes the findings of
// the others; a retention period that disagrees with the master text is flagged and cleared as
// the lawyer types; counterparts are one command away.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  inWorkspace,
  open,
  waitForDiagnostics,
  byRule,
  codeActions,
  applyAction,
  describeActions,
  ruleOf,
} from './helpers.js';

function lineOf(document: vscode.TextDocument, needle: string): number {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `«${needle}» is not in ${vscode.workspace.asRelativePath(document.uri)}`);
  return document.positionAt(at).line;
}

async function replace(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const at = editor.document.getText().indexOf(from);
  assert.ok(at >= 0, `«${from}» is not in the document`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  assert.ok(await editor.edit((b) => b.replace(range, to)));
}

describe('language versions in the editor', () => {
  it('deleting a clause from the Russian master shows untranslated-clause in the Kazakh version, pointing at the Russian text; undo clears it', async () => {
    const kk = await open(inWorkspace('examples/privacy.kk.md'));
    await waitForDiagnostics(kk.document.uri, (d) => d.length > 0, 'the Kazakh version linted');
    assert.equal(
      vscode.languages.getDiagnostics(kk.document.uri).filter(byRule('untranslated-clause')).length,
      0,
      'no untranslated clause to begin with',
    );
    const ru = await open(inWorkspace('examples/privacy.ru.md'));
    const clause = ru.document.getText().match(/^12\.3\. .*\n\n/m)![0];
    await replace(ru, clause, '');
    const kkLine = lineOf(kk.document, '12.3.');
    const found = await waitForDiagnostics(
      kk.document.uri,
      (d) => d.some((x) => ruleOf(x) === 'untranslated-clause' && x.range.start.line === kkLine),
      'untranslated-clause on the Kazakh clause 12.3',
    );
    const finding = found.find(byRule('untranslated-clause'))!;
    assert.ok(
      finding.relatedInformation?.some((r) => r.location.uri.toString() === ru.document.uri.toString()),
      'it points at the Russian version',
    );
    await vscode.window.showTextDocument(ru.document);
    await vscode.commands.executeCommand('undo');
    assert.ok(ru.document.getText().includes(clause), 'undo restores the clause');
    await waitForDiagnostics(kk.document.uri, (d) => !d.some(byRule('untranslated-clause')), 'the finding cleared');
  });

  it('a retention period that disagrees with the master text is flagged, fixed by the quick fix, and flagged again after undo', async () => {
    const kk = await open(inWorkspace('examples/privacy.kk.md'));
    const flagged = await waitForDiagnostics(
      kk.document.uri,
      (d) => d.some(byRule('retention-inconsistent')),
      'retention-inconsistent on «3 (үш) жыл»',
    );
    const finding = flagged.find(byRule('retention-inconsistent'))!;
    assert.equal(kk.document.getText(finding.range), '3 (үш) жыл');
    assert.ok(
      finding.relatedInformation?.some((r) => r.location.uri.path.endsWith('privacy.ru.md')),
      'linked to the Russian statement',
    );
    const actions = await codeActions(kk.document.uri, finding.range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred fix among: ${describeActions(actions)}`);
    await applyAction(fix);
    assert.ok(kk.document.getText().includes('5 (бес) жыл'), 'the Kazakh row now says 5 (бес) жыл');
    await waitForDiagnostics(kk.document.uri, (d) => !d.some(byRule('retention-inconsistent')), 'the conflict cleared');
    await vscode.window.showTextDocument(kk.document);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(
      kk.document.uri,
      (d) => d.some(byRule('retention-inconsistent')),
      'the conflict back after undo',
    );
  });

  it('an edit that makes two statements of one file disagree raises retention-inconsistent, and agreeing again clears it', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: [
        '---',
        'policy: privacy',
        'lang: en',
        'jurisdictions: [kz]',
        '---',
        '',
        '# Privacy Policy',
        '',
        '## 1. Retention',
        '',
        '| Purpose | Data | Retention period |',
        '|---|---|---|',
        '| Payments | Payment card details | Five (5) years from the date of the payment |',
        '',
        'We keep payment card details for five (5) years from the date of the payment.',
        '',
      ].join('\n'),
    });
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.some(byRule('missing-section')), 'the draft linted');
    assert.equal(vscode.languages.getDiagnostics(doc.uri).filter(byRule('retention-inconsistent')).length, 0);
    await replace(editor, 'payment card details for five (5) years', 'payment card details for seven (7) years');
    await waitForDiagnostics(
      doc.uri,
      (d) => d.some(byRule('retention-inconsistent')),
      'a conflict between the sentence and the table row',
    );
    await replace(editor, 'seven (7) years', 'five (5) years');
    await waitForDiagnostics(doc.uri, (d) => !d.some(byRule('retention-inconsistent')), 'the conflict cleared');
  });

  it('"Go to Counterpart" moves from an English clause to the same clause in another version', async () => {
    const en = await open(inWorkspace('examples/privacy.en.md'));
    await waitForDiagnostics(en.document.uri, (d) => d.length > 0, 'the English version linted');
    const line = lineOf(en.document, '9.1.');
    en.selection = new vscode.Selection(line, 2, line, 2);
    const kk = (await vscode.commands.executeCommand('pplint.goToCounterpart', 'kk')) as vscode.TextEditor | null;
    assert.ok(kk, 'the Kazakh version opened');
    assert.ok(kk.document.uri.path.endsWith('privacy.kk.md'));
    assert.match(kk.document.lineAt(kk.selection.start.line).text, /^9\.1\./);
    await vscode.window.showTextDocument(en.document);
    en.selection = new vscode.Selection(line, 2, line, 2);
    const opened = (await vscode.commands.executeCommand('pplint.openVersionsSideBySide')) as string[];
    assert.deepEqual(opened.map((u) => u.split('/').pop()).sort(), ['privacy.kk.md', 'privacy.ru.md']);
    const ru = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('privacy.ru.md'))!;
    assert.match(ru.document.lineAt(ru.selection.start.line).text, /^9\.1\./);
  });

  it('code lenses over the headings name the counterpart sections', async () => {
    const en = await open(inWorkspace('examples/privacy.en.md'));
    const lenses = (await vscode.commands.executeCommand(
      'vscode.executeCodeLensProvider',
      en.document.uri,
    )) as vscode.CodeLens[];
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(
      titles.some((t) => /^RU: 9\. /.test(t)),
      `a lens to the Russian section 9 among: ${titles.slice(0, 6).join(' | ')}`,
    );
    assert.ok(titles.some((t) => /^KK: 9\. /.test(t)));
  });
});

// Insert Clause… inside VS Code: on a policy that lacks an item, the picker lists the missing items
// first (a firm's clause ahead of ours), the clause goes in where the profile puts it and the
// missing-section diagnostic clears; with "all versions" every language version receives it and no
// cross-version finding follows; completion after "## " inserts a clause.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClausePickerView } from '../../client/src/protocol.js';
import { inWorkspace, waitForDiagnostics, waitForText, writeAndOpen } from './helpers.js';

const VERSIONS: Record<string, string[]> = {
  ru: [
    '# Политика конфиденциальности',
    '',
    '## 1. Перечень собираемых персональных данных',
    '',
    'Мы собираем ваше имя и номер телефона.',
    '',
    '## 2. Сроки хранения персональных данных',
    '',
    'Мы храним персональные данные 5 лет после прекращения договора.',
    '',
  ],
  kk: [
    '# Құпиялылық саясаты',
    '',
    '## 1. Жиналатын дербес деректер тізбесі',
    '',
    'Біз сіздің атыңызды және телефон нөміріңізді жинаймыз.',
    '',
    '## 2. Дербес деректерді сақтау мерзімі',
    '',
    'Біз дербес деректерді шарт тоқтатылғаннан кейін 5 жыл сақтаймыз.',
    '',
  ],
  en: [
    '# Privacy Policy',
    '',
    '## 1. Personal data we collect',
    '',
    'We collect your name and telephone number.',
    '',
    '## 2. Retention period',
    '',
    'We keep personal data for 5 years after the contract ends.',
    '',
  ],
};
const front = (lang: string) => ['---', 'policy: privacy', `lang: ${lang}`, 'jurisdictions: [kz]', '---', ''];

describe('Insert Clause…', () => {
  it('lists missing items first, inserts the clause where Law 94-V puts it, and the missing-section diagnostic clears', async () => {
    const editor = await writeAndOpen('clauses-one/privacy.en.md', [...front('en'), ...VERSIONS.en!]);
    await waitForDiagnostics(
      editor.document.uri,
      (d) => d.some((x) => x.message.includes('purposes of collecting')),
      'the purposes item is missing',
    );
    const view = (await vscode.commands.executeCommand('pplint.insertClause', { list: true })) as ClausePickerView;
    assert.ok(view.choices[0]!.missing.length > 0, 'missing items come first');
    await vscode.commands.executeCommand('pplint.insertClause', { id: 'kz.purposes' });
    const text = await waitForText(
      editor.document,
      // Between «1.» and «2.» no number is free: the heading takes none rather than a second «2.».
      (t) => t.includes('## Purposes of processing'),
      'the clause is inserted',
    );
    assert.ok(text.indexOf('## Purposes of processing') < text.indexOf('## 2. Retention period'));
    await waitForDiagnostics(
      editor.document.uri,
      (d) => !d.some((x) => x.message.includes('purposes of collecting')),
      'the purposes diagnostic clears',
    );
  });

  it('with all versions, the three versions receive the clause and no cross-version finding appears', async () => {
    for (const lang of ['kk', 'en'])
      await writeAndOpen(`clauses-all/privacy.${lang}.md`, [...front(lang), ...VERSIONS[lang]!]);
    const editor = await writeAndOpen('clauses-all/privacy.ru.md', [...front('ru'), ...VERSIONS.ru!]);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'diagnostics on the Russian version');
    await vscode.commands.executeCommand('pplint.insertClause', { id: 'kz.purposes', allVersions: true });
    await waitForText(editor.document, (t) => t.includes('Цели обработки персональных данных'), 'the Russian clause');
    for (const lang of ['kk', 'en']) {
      const other = await vscode.workspace.openTextDocument(inWorkspace(`clauses-all/privacy.${lang}.md`));
      await waitForText(
        other,
        (t) => t.includes(lang === 'kk' ? 'Дербес деректерді өңдеу мақсаттары' : 'Purposes of processing'),
        `the ${lang} clause`,
      );
      await other.save();
    }
    await editor.document.save();
    await waitForDiagnostics(
      editor.document.uri,
      (d) => !d.some((x) => /untranslated-clause|translation-mismatch/.test(JSON.stringify(x.code))),
      'no cross-version finding',
    );
  });

  it('completion after "## " inserts a missing clause', async () => {
    const editor = await writeAndOpen('clauses-complete/privacy.en.md', [...front('en'), ...VERSIONS.en!, '## ']);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'diagnostics');
    const line = editor.document.lineCount - 1;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(line, 3),
    );
    const rights = list.items.find(
      (i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Rights of the data subject',
    );
    assert.ok(rights, 'the rights clause is offered');
  });

  it('lists a firm clause from the folder .pplintrc.json names first', async () => {
    await vscode.workspace.fs.writeFile(
      inWorkspace('clauses-firm/legal/purposes.md'),
      new TextEncoder().encode(
        '---\nid: firm.purposes\nkind: purposes\nitems: [kz:purposes]\nlang: en\ntitle: Why we use your data\ndescription: Our approved wording.\n---\nWe use personal data to open and run your account.\n',
      ),
    );
    await vscode.workspace.fs.writeFile(
      inWorkspace('clauses-firm/.pplintrc.json'),
      new TextEncoder().encode('{ "clauses": "legal" }\n'),
    );
    const editor = await writeAndOpen('clauses-firm/privacy.en.md', [...front('en'), ...VERSIONS.en!]);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'diagnostics');
    const view = (await vscode.commands.executeCommand('pplint.insertClause', { list: true })) as ClausePickerView;
    assert.equal(view.choices[0]!.id, 'firm.purposes');
  });
});

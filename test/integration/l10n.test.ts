// The interface in Russian with `pplint.uiLanguage: ru`, while VS Code itself stays English: the
// server's messages, code-action titles, hover and outline, the client's status bar and its
// tooltip, the checklist and the rule page all speak Russian; the checklist's icons take the
// severity the Problems panel shows, and the status bar says when no law applies.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PplintApi } from '../../client/src/extension.js';
import { statusIcon } from '../../client/src/checklist.js';
import {
  EXTENSION_ID,
  WAIT_MS,
  activateExtension,
  byRule,
  codeActions,
  describeActions,
  documentSymbols,
  flatten,
  rangeOf,
  waitForDiagnostics,
  writeAndOpen,
  FRONT_MATTER,
} from './helpers.js';

const CYRILLIC = /[а-яё]/i;

async function api(): Promise<PplintApi> {
  await activateExtension();
  return vscode.extensions.getExtension<PplintApi>(EXTENSION_ID)!.exports;
}

/**
 * The status bar item once it shows what `accept` expects. It follows the server's analysis, so it
 * is asked again after each change of diagnostics (or, at the latest, each second), never after a
 * fixed sleep.
 */
async function statusShowing(
  accept: (text: string) => boolean,
  what: string,
): Promise<{ text: string; tooltip: string }> {
  const pplint = await api();
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const last = await pplint.status();
    if (last && accept(last.text)) return last;
    if (Date.now() > deadline) assert.fail(`the status bar does not show ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 1000);
      const subscription = vscode.languages.onDidChangeDiagnostics(done);
      function done(): void {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  }
}

describe('the interface in Russian (pplint.uiLanguage: ru)', () => {
  const settings = () => vscode.workspace.getConfiguration('pplint');

  before(async () => {
    await activateExtension();
    await settings().update('uiLanguage', 'ru', vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await settings().update('uiLanguage', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('speaks Russian in messages, actions, hover, outline, status bar, checklist and rule page', async () => {
    const editor = await writeAndOpen('ui-ru.privacy.ru.md', [
      '---',
      'policy: privacy',
      'lang: ru',
      'jurisdictions: [kz]',
      '---',
      '',
      '# Политика конфиденциальности [Наименование оператора]',
      '',
      '## 1. Сроки хранения',
      '',
      'Данные платежных карт хранятся пять (5) лет с момента осуществления платежа.',
      '',
    ]);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(
      uri,
      // Block findings come first, the document-wide checks after a pause: wait for both.
      (ds) =>
        ds.some((d) => byRule('placeholder')(d) && /Незаполненный текст шаблона/.test(d.message)) &&
        ds.some(byRule('missing-section')),
      'a placeholder message in Russian, and the missing items',
    );
    const missing = diagnostics.filter(byRule('missing-section'));
    assert.ok(missing.length > 0, 'the draft lacks Law 94-V items');
    for (const d of missing) assert.match(d.message, /в политике не указано/, d.message);

    // Code actions: the titles the server writes.
    const placeholder = diagnostics.find(byRule('placeholder'))!;
    const actions = await codeActions(uri, placeholder.range);
    const titles = describeActions(actions);
    assert.match(titles, /Отключить placeholder для этой строки/, titles);
    assert.match(titles, /Открыть описание правила placeholder/, titles);

    // Hover and outline name the section kind in Russian, never by its id.
    const heading = rangeOf(editor.document, 'Сроки хранения');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      heading.start,
    );
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /сроки хранения/, hoverText);
    assert.doesNotMatch(hoverText, /`retention`/, hoverText);
    const symbols = flatten(await documentSymbols(uri));
    // VS Code's own Markdown outline answers too, with no detail: ours is the one that has one.
    const retention = symbols.find((s) => s.name.includes('Сроки хранения') && s.detail !== '');
    assert.equal(retention?.detail, 'сроки хранения');

    // The status bar: the language code, the law by name, errors and warnings; the tooltip from the client's Russian bundle.
    const status = await statusShowing((text) => /Закон № 94-V/.test(text), 'the law by its Russian name');
    assert.match(status.text, /^\$\(law\) ru · Закон № 94-V · \$\(error\) \d+ \$\(warning\) \d+$/, status.text);
    assert.match(status.tooltip, /Проект политики конфиденциальности/, status.tooltip);
    assert.match(status.tooltip, /Замечания: ошибки — \d+, предупреждения — \d+/, status.tooltip);

    // The checklist: the law and its items in Russian, each missing one with the icon of its finding's severity.
    const view = (await (await api()).checklist())!;
    const kz = view.profiles.find((p) => p.id === 'kz');
    assert.ok(kz && CYRILLIC.test(kz.title), `the profile title is Russian: ${kz?.title}`);
    const absent = kz.items.filter((i) => i.status === 'missing');
    assert.ok(absent.length > 0);
    const severities = new Map([
      [vscode.DiagnosticSeverity.Error, 'error'],
      [vscode.DiagnosticSeverity.Warning, 'warning'],
      [vscode.DiagnosticSeverity.Information, 'info'],
    ]);
    for (const item of absent) {
      assert.ok(CYRILLIC.test(item.name), `a Russian item name: ${item.name}`);
      const finding = missing.find((d) => d.message.includes(item.name));
      assert.ok(finding, `a missing-section diagnostic for «${item.name}»`);
      assert.equal(
        statusIcon(item.status, item.severity).id,
        severities.get(finding.severity),
        `«${item.name}»: the checklist icon and the Problems panel agree`,
      );
    }

    // "Show documentation" opens the Russian page.
    const page = await vscode.commands.executeCommand<string>('pplint.showRuleDocs', 'placeholder');
    assert.match(page, /\/docs\/rules\/ru\/placeholder\.md$/, page);
  });

  it('says in the status bar, in Russian, when no law applies', async () => {
    await writeAndOpen('ui-ru-no-law.privacy.en.md', [
      ...FRONT_MATTER,
      '# Privacy Policy',
      '',
      'We process the data of [Company name] customers.',
      '',
    ]);
    const status = await statusShowing((text) => /закон не задан/.test(text), '«закон не задан»');
    assert.match(status.text, /^\$\(law\) en · закон не задан · \$\(error\) \d+ \$\(warning\) \d+$/, status.text);
  });
});

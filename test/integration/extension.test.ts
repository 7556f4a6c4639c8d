// pplint inside a real VS Code: the extension activates, lints policy drafts (and only them), offers
// its quick fixes and fix-all, and gives the outline its section kinds.
// Every wait is for an editor event (diagnostics changed, document changed) with a time limit,
// never a fixed sleep. The workspace is prepared by test/integration/run.mjs: a copy of examples/,
// plus test/integration/fixtures/ (.pplintrc.json with values for some blanks, a plain README.md).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

import {
  EXTENSION_ID,
  inWorkspace,
  activateExtension,
  ruleOf,
  pplintDiagnostics,
  describeDiagnostics,
  waitForDiagnostics,
  open,
  writeAndOpen,
  exists,
  rangeOf,
  textOf,
  byRule,
  codeActions,
  describeActions,
  editsOf,
  applyAction,
  waitForText,
  documentSymbols,
  FRONT_MATTER,
} from './helpers.js';

// ---- tests ---------------------------------------------------------------------------------------

describe('pplint in VS Code', () => {
  describe('activation', () => {
    it(`activates (${EXTENSION_ID})`, async () => {
      const extension = await activateExtension();
      assert.equal(extension.isActive, true);
    });

    it('registers its commands, with the palette titles of the contract', async () => {
      await activateExtension();
      const expected: Record<string, string> = {
        'pplint.fixAll': 'Privacy Policy: Fix All Auto-fixable Problems',
        'pplint.showOutput': 'Privacy Policy: Show Output',
        'pplint.restartServer': 'Privacy Policy: Restart Language Server',
        'pplint.showPolicyInfo': 'Privacy Policy: Show What Was Understood',
      };
      const registered = new Set(await vscode.commands.getCommands(true));
      const contributed = new Map<string, string>();
      const commands =
        (
          vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
            contributes?: { commands?: Array<{ command: string; title: string; category?: string }> };
          }
        ).contributes?.commands ?? [];
      for (const c of commands) contributed.set(c.command, c.category ? `${c.category}: ${c.title}` : c.title);
      const problems: string[] = [];
      for (const [id, title] of Object.entries(expected)) {
        if (!registered.has(id)) problems.push(`${id} is not registered`);
        if (contributed.get(id) !== title)
          problems.push(`${id} is contributed as ${JSON.stringify(contributed.get(id) ?? null)}, expected "${title}"`);
      }
      assert.deepEqual(problems, []);
    });
  });

  describe('the example policies', () => {
    for (const lang of ['ru', 'kk', 'en']) {
      it(`lints examples/privacy.${lang}.md as a policy`, async () => {
        await activateExtension();
        const uri = inWorkspace(`examples/privacy.${lang}.md`);
        assert.ok(
          await exists(uri),
          `examples/privacy.${lang}.md is missing from the workspace (copied from the repository's examples/)`,
        );
        const editor = await open(uri);
        // An example may be clean (then no diagnostic ever comes, and no event says so): a blank typed
        // at its end proves that the server lints it as a policy, and once that blank is flagged, the
        // other diagnostics of the example are in too.
        const blank = '[e2e blank]';
        await editor.edit((b) =>
          b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, `\n\n${blank}\n`),
        );
        const text = editor.document.getText();
        const at = text.lastIndexOf(blank);
        const blankRange = new vscode.Range(
          editor.document.positionAt(at),
          editor.document.positionAt(at + blank.length),
        );
        const diagnostics = await waitForDiagnostics(
          uri,
          (ds) => ds.some((d) => ruleOf(d) === 'placeholder' && d.range.isEqual(blankRange)),
          `a placeholder diagnostic on ${blank} typed at the end`,
        );
        const withoutRule = diagnostics.filter((d) => !ruleOf(d));
        assert.deepEqual(
          withoutRule.map((d) => d.message),
          [],
          'every pplint diagnostic has its rule id as code',
        );
        await vscode.commands.executeCommand('workbench.action.files.revert');
        assert.equal(editor.document.isDirty, false);
      });
    }
  });

  describe('a draft written in the editor', () => {
    it('flags a [blank] at exactly its range, and a duplicated heading', async () => {
      await activateExtension();
      const { document } = await writeAndOpen('test-privacy.en.md', [
        ...FRONT_MATTER,
        '# Privacy Policy',
        '',
        '## 1. Who we are',
        '',
        '[Company name] is the operator of your personal data.',
        '',
        '## 2. Retention',
        '',
        'We keep payment data for five years.',
        '',
        '## 3. Retention',
        '',
        'We keep other data for one year.',
        '',
      ]);
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.some(byRule('placeholder')) && ds.some(byRule('duplicate-heading')),
        'placeholder and duplicate-heading diagnostics',
      );

      const blank = rangeOf(document, '[Company name]');
      const placeholder = diagnostics.filter(byRule('placeholder'));
      assert.equal(placeholder.length, 1, `one placeholder diagnostic expected: ${describeDiagnostics(document.uri)}`);
      assert.ok(
        placeholder[0]!.range.isEqual(blank),
        `placeholder range ${JSON.stringify(placeholder[0]!.range)} is not the blank's ${JSON.stringify(blank)} ("${textOf(document, placeholder[0]!)}")`,
      );
      assert.equal(placeholder[0]!.severity, vscode.DiagnosticSeverity.Warning);

      const duplicate = diagnostics.filter(byRule('duplicate-heading'));
      assert.equal(
        duplicate.length,
        1,
        `one duplicate-heading diagnostic expected: ${describeDiagnostics(document.uri)}`,
      );
      assert.equal(
        duplicate[0]!.range.start.line,
        rangeOf(document, '## 3. Retention').start.line,
        'the second "Retention" heading is the duplicate',
      );
      assert.equal(duplicate[0]!.severity, vscode.DiagnosticSeverity.Warning);
    });
  });

  describe('quick fixes', () => {
    it('fills a blank with its value from .pplintrc.json (preferred quick fix), and the diagnostic goes', async () => {
      await activateExtension();
      const { document } = await writeAndOpen('quick-fix.privacy.en.md', [
        ...FRONT_MATTER,
        '# Privacy Policy',
        '',
        '## 1. Who we are',
        '',
        '[Company name] processes your personal data.',
        '',
      ]);
      const blank = rangeOf(document, '[Company name]');
      const [diagnostic] = await waitForDiagnostics(
        document.uri,
        (ds) => ds.some((d) => ruleOf(d) === 'placeholder' && d.range.isEqual(blank)),
        'a placeholder diagnostic on [Company name]',
      );
      assert.ok(diagnostic);

      const actions = await codeActions(document.uri, blank, vscode.CodeActionKind.QuickFix);
      const fill = actions.find((a) => editsOf(a).some((e) => e.newText === 'Dala Pay LLP' && e.range.isEqual(blank)));
      assert.ok(
        fill,
        `no code action replaces [Company name] by "Dala Pay LLP" (is .pplintrc.json read?); got: ${describeActions(actions)}`,
      );
      assert.ok(
        fill.kind && vscode.CodeActionKind.QuickFix.contains(fill.kind),
        `"${fill.title}" is of kind ${fill.kind?.value}, not quickfix`,
      );
      assert.equal(fill.isPreferred, true, `"${fill.title}" is not marked preferred`);

      await applyAction(fill);
      assert.ok(
        document.getText().includes('Dala Pay LLP processes your personal data.'),
        'the blank was not replaced',
      );
      assert.ok(!document.getText().includes('[Company name]'));
      await waitForDiagnostics(
        document.uri,
        (ds) => !ds.some(byRule('placeholder')),
        'the placeholder diagnostic to go',
      );
    });

    const fixAllDraft = [
      ...FRONT_MATTER,
      '# Privacy Policy',
      '',
      '## 1. Who we are',
      '',
      '[Company name] (BIN [BIN]) processes your personal data.',
      '',
      '## 2. Contact us',
      '',
      'Write to [Company name] at [Contact email].',
      '',
    ];
    const flagsAllBlanks = (document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): boolean =>
      diagnostics
        .filter(byRule('placeholder'))
        .map((d) => textOf(document, d))
        .sort()
        .join() === '[BIN],[Company name],[Company name],[Contact email]';
    const filled = (text: string): boolean =>
      !/\[(Company name|BIN|Contact email)\]/.test(text) &&
      text.includes('Dala Pay LLP (BIN 123456789012) processes') &&
      text.includes('Write to Dala Pay LLP at privacy@dalapay.kz.');

    it('source.fixAll.pplint fills every blank that has a value', async () => {
      await activateExtension();
      const { document } = await writeAndOpen('fix-all.privacy.en.md', fixAllDraft);
      await waitForDiagnostics(
        document.uri,
        (ds) => flagsAllBlanks(document, ds),
        'placeholder diagnostics on the four blanks',
      );

      const kind = vscode.CodeActionKind.SourceFixAll.append('pplint');
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      const actions = (await codeActions(document.uri, whole, kind)).filter((a) => a.kind && kind.contains(a.kind));
      assert.equal(actions.length, 1, `one ${kind.value} action expected; got: ${describeActions(actions)}`);
      await applyAction(actions[0]!);
      await waitForText(document, filled, 'every blank filled');
      await waitForDiagnostics(document.uri, (ds) => !ds.some(byRule('placeholder')), 'no placeholder diagnostics');
    });

    it('the command pplint.fixAll fills every blank that has a value in the active editor', async () => {
      await activateExtension();
      const { document } = await writeAndOpen('fix-all-command.privacy.en.md', fixAllDraft);
      await waitForDiagnostics(
        document.uri,
        (ds) => flagsAllBlanks(document, ds),
        'placeholder diagnostics on the four blanks',
      );
      assert.equal(vscode.window.activeTextEditor?.document, document);
      await vscode.commands.executeCommand('pplint.fixAll');
      await waitForText(document, filled, 'every blank filled');
      await waitForDiagnostics(document.uri, (ds) => !ds.some(byRule('placeholder')), 'no placeholder diagnostics');
    });

    it('"Disable placeholder for this line" inserts the directive, and only that line\'s diagnostic goes', async () => {
      await activateExtension();
      const { document } = await writeAndOpen('disable-line.privacy.en.md', [
        ...FRONT_MATTER,
        '# Privacy Policy',
        '',
        '## 1. Who we are',
        '',
        '[Registered office] is our address.',
        '',
        'We answer within [Response time].',
        '',
      ]);
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.filter(byRule('placeholder')).length === 2,
        'two placeholder diagnostics',
      );
      const office = diagnostics.find(
        (d) => ruleOf(d) === 'placeholder' && textOf(document, d) === '[Registered office]',
      );
      assert.ok(office, `no placeholder diagnostic on [Registered office]: ${describeDiagnostics(document.uri)}`);

      const actions = await codeActions(document.uri, office.range, vscode.CodeActionKind.QuickFix);
      const disable = actions.find((a) => a.title === 'Disable placeholder for this line');
      assert.ok(disable, `no "Disable placeholder for this line"; got: ${describeActions(actions)}`);
      await applyAction(disable);

      const lines = document.getText().split(/\r?\n/);
      const at = lines.findIndex((l) => l.includes('[Registered office]'));
      assert.equal(
        lines[at - 1]?.trim(),
        '<!-- pplint-disable-next-line placeholder -->',
        'the directive is not on the line above',
      );
      await waitForDiagnostics(
        document.uri,
        (ds) => {
          const left = ds.filter(byRule('placeholder')).map((d) => textOf(document, d));
          return left.length === 1 && left[0] === '[Response time]';
        },
        'only [Response time] to be flagged',
      );
    });

    it('"Disable placeholder for this file" inserts the directive, and every placeholder diagnostic goes', async () => {
      await activateExtension();
      const { document } = await writeAndOpen('disable-file.privacy.en.md', [
        ...FRONT_MATTER,
        '# Privacy Policy',
        '',
        '## 1. Who we are',
        '',
        '[Registered office] is our address.',
        '',
        'We answer within [Response time].',
        '',
      ]);
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.filter(byRule('placeholder')).length === 2,
        'two placeholder diagnostics',
      );
      const actions = await codeActions(
        document.uri,
        diagnostics.find(byRule('placeholder'))!.range,
        vscode.CodeActionKind.QuickFix,
      );
      const disable = actions.find((a) => a.title === 'Disable placeholder for this file');
      assert.ok(disable, `no "Disable placeholder for this file"; got: ${describeActions(actions)}`);
      await applyAction(disable);
      assert.ok(document.getText().includes('<!-- pplint-disable placeholder -->'), 'the directive was not inserted');
      await waitForDiagnostics(document.uri, (ds) => !ds.some(byRule('placeholder')), 'no placeholder diagnostics');
    });

    it('offers "Show documentation for <rule>" on each diagnostic', async () => {
      await activateExtension();
      const { document } = await writeAndOpen('docs-action.privacy.en.md', [
        ...FRONT_MATTER,
        '# Privacy Policy',
        '',
        '## Retention',
        '',
        'Five years, see [Annex].',
        '',
        '## Retention',
        '',
        'Ten years.',
        '',
      ]);
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.some(byRule('placeholder')) && ds.some(byRule('duplicate-heading')),
        'placeholder and duplicate-heading diagnostics',
      );
      for (const rule of ['placeholder', 'duplicate-heading']) {
        const actions = await codeActions(
          document.uri,
          diagnostics.find(byRule(rule))!.range,
          vscode.CodeActionKind.QuickFix,
        );
        assert.ok(
          actions.some((a) => a.title === `Show documentation for ${rule}`),
          `no "Show documentation for ${rule}"; got: ${describeActions(actions)}`,
        );
      }
    });
  });

  describe('the outline', () => {
    async function symbolsOf(relativePath: string, lines: string[]): Promise<vscode.DocumentSymbol[]> {
      const { document } = await writeAndOpen(relativePath, lines);
      // The blank guarantees a diagnostic: once it is there, the server has the document.
      await waitForDiagnostics(
        document.uri,
        (ds) => ds.some(byRule('placeholder')),
        'a placeholder diagnostic (the server has the document)',
      );
      return documentSymbols(document.uri);
    }
    function detailOf(symbols: vscode.DocumentSymbol[], title: string): string {
      const found = symbols.filter((s) => s.name.includes(title));
      assert.ok(found.length > 0, `no symbol for "${title}"; got: ${symbols.map((s) => s.name).join(' | ')}`);
      return found.map((s) => s.detail).join(' | ');
    }

    it('lists the numbered sections of an English draft with their kinds', async () => {
      await activateExtension();
      const symbols = await symbolsOf('outline.privacy.en.md', [
        ...FRONT_MATTER,
        '# Privacy Policy',
        '',
        '## 1. General provisions',
        '',
        'This policy explains how [Company name] processes personal data.',
        '',
        '## 2. Retention period',
        '',
        'We keep payment data for five years.',
        '',
        '## 3. Your rights',
        '',
        'You have the right to access your data.',
        '',
      ]);
      assert.match(detailOf(symbols, 'General provisions'), /general/i);
      assert.match(detailOf(symbols, 'Retention period'), /how long data are kept/i);
      assert.match(detailOf(symbols, 'Your rights'), /rights/i);
    });

    it('gives a Russian «Сроки хранения» section the kind retention, named in the interface language', async () => {
      await activateExtension();
      const symbols = await symbolsOf('outline.privacy.ru.md', [
        '---',
        'policy: privacy',
        'lang: ru',
        '---',
        '',
        '# Политика конфиденциальности',
        '',
        '## 1. Общие положения',
        '',
        'Настоящая политика определяет порядок обработки данных в [Наименование оператора].',
        '',
        '## 2. Сроки хранения персональных данных',
        '',
        'Данные хранятся в течение пяти лет.',
        '',
      ]);
      assert.match(detailOf(symbols, 'Сроки хранения'), /how long data are kept/i);
    });
  });

  describe('Markdown that is not a policy', () => {
    it('gets no pplint diagnostics (README.md with a blank and a repeated heading)', async () => {
      await activateExtension();
      const readme = inWorkspace('README.md');
      assert.ok(
        await exists(readme),
        'README.md is missing from the workspace (copied from test/integration/fixtures/)',
      );
      await open(readme);
      // No fixed sleep: a policy opened after README.md is linted after it, so once the policy's
      // diagnostics are in, README.md's would be too if the server linted it.
      const { document } = await writeAndOpen('barrier.privacy.en.md', [
        ...FRONT_MATTER,
        '# Privacy Policy',
        '',
        '[Company name] processes data.',
        '',
      ]);
      await waitForDiagnostics(
        document.uri,
        (ds) => ds.some(byRule('placeholder')),
        'the diagnostics of a policy opened after README.md',
      );
      assert.deepEqual(
        pplintDiagnostics(readme).map((d) => `${ruleOf(d)}: ${d.message}`),
        [],
      );
    });
  });
});

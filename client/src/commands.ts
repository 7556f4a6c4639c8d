// The palette commands: fix all, show what was understood, show the output, restart the
// server, and the rule documentation that diagnostics link to.
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SERVER_FIX_ALL_COMMAND } from './protocol.js';
import { languageSourceName, type PolicyStatus } from './status.js';
import { t, uiLanguage } from './l10n.js';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  output: vscode.LogOutputChannel,
  status: PolicyStatus,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('pplint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const result = (await vscode.commands.executeCommand(SERVER_FIX_ALL_COMMAND, editor.document.uri.toString())) as {
        applied: number;
      } | null;
      if (!result || result.applied === 0)
        void vscode.window.showInformationMessage(t('Privacy Policy Linter: nothing to fix automatically.'));
    }),
    vscode.commands.registerCommand('pplint.showOutput', () => output.show()),
    vscode.commands.registerCommand('pplint.restartServer', async () => {
      await client.restart();
      status.refresh();
      // Say so: a restart that leaves the editor as it was looks as if nothing happened.
      output.info(t('The language server restarted.'));
      void vscode.window.showInformationMessage(t('Privacy Policy Linter: the language server restarted.'));
    }),
    vscode.commands.registerCommand('pplint.showRuleDocs', async (ruleId: string) => {
      const uri = ruleDocsUri(context.extensionUri, ruleId);
      try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch {
        await vscode.window.showTextDocument(uri);
      }
      return uri.toString(); // which page was opened (for the tests)
    }),
    vscode.commands.registerCommand('pplint.showPolicyInfo', () => showPolicyInfo(status)),
  ];
}

async function showPolicyInfo(status: PolicyStatus): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const info = await status.info(editor.document.uri);
  if (!info?.policy) {
    void vscode.window.showInformationMessage(
      t(
        'This file is not treated as a privacy policy. Add `policy: privacy` to its front matter, name it privacy.<lang>.md, or give it a title such as "# Privacy Policy".',
      ),
    );
    return;
  }
  type Item = vscode.QuickPickItem & { line?: number };
  const items: Item[] = [
    {
      label: `$(globe) ${t('Language: {0}', info.language ?? t('not detected'))}`,
      description: languageSourceName(info.languageSource),
    },
    { label: `$(law) ${t('Laws: {0}', info.laws)}`, description: jurisdictionSourceName(info.jurisdictionSource) },
    {
      label: `$(warning) ${t('Problems: {0} errors, {1} warnings, {2} notes', info.counts.error, info.counts.warning, info.counts.info)}`,
    },
    { label: t('Sections'), kind: vscode.QuickPickItemKind.Separator },
    ...info.sections.map((s) => ({
      label: `${'  '.repeat(Math.max(0, s.level - 1))}${s.title}`,
      description: s.kindNames.length > 0 ? s.kindNames.join(' · ') : t('(kind not recognised)'),
      line: s.line,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: t('What the Privacy Policy Linter understood'),
    matchOnDescription: true,
  });
  if (picked?.line !== undefined) {
    const position = new vscode.Position(picked.line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }
}

/** The rule's page in the interface language (docs/rules/ru/…, docs/rules/kk/…); the English one when it has none yet. */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  const lang = uiLanguage();
  const english = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
  if (lang === 'en') return english;
  const translated = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', lang, `${ruleId}.md`);
  return existsSync(translated.fsPath) ? translated : english;
}

/** What decided the laws, in words. */
function jurisdictionSourceName(source: string): string {
  if (source === 'front-matter') return t('named in the front matter');
  if (source === 'configuration') return t('set in the configuration');
  if (source === 'detected') return t('applied by the text');
  if (source === 'guessed') return t('a guess from the text');
  return t('none set or detected');
}

// The palette commands: fix all, show what was understood, show the output, restart the
// server, and the rule documentation that diagnostics link to.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SERVER_FIX_ALL_COMMAND } from './protocol.js';
import type { PolicyStatus } from './status.js';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.LogOutputChannel, status: PolicyStatus): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('pplint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const result = (await vscode.commands.executeCommand(SERVER_FIX_ALL_COMMAND, editor.document.uri.toString())) as { applied: number } | null;
      if (!result || result.applied === 0) void vscode.window.showInformationMessage('Privacy Policy Linter: nothing to fix automatically.');
    }),
    vscode.commands.registerCommand('pplint.showOutput', () => output.show()),
    vscode.commands.registerCommand('pplint.restartServer', async () => {
      await client.restart();
      status.refresh();
      // Say so: a restart that leaves the editor as it was looks as if nothing happened.
      output.info('The language server restarted.');
      void vscode.window.showInformationMessage('Privacy Policy Linter: the language server restarted.');
    }),
    vscode.commands.registerCommand('pplint.showRuleDocs', async (ruleId: string) => {
      const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
      try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch {
        await vscode.window.showTextDocument(uri);
      }
    }),
    vscode.commands.registerCommand('pplint.showPolicyInfo', () => showPolicyInfo(status)),
  ];
}

async function showPolicyInfo(status: PolicyStatus): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const info = await status.info(editor.document.uri);
  if (!info?.policy) {
    void vscode.window.showInformationMessage('This file is not treated as a privacy policy. Add `policy: privacy` to its front matter, name it privacy.<lang>.md, or give it a title such as "# Privacy Policy".');
    return;
  }
  type Item = vscode.QuickPickItem & { line?: number };
  const items: Item[] = [
    { label: `$(globe) Language: ${info.language ?? 'not detected'}`, description: info.languageSource ?? '' },
    { label: `$(law) Laws: ${info.jurisdictions.join(', ') || 'none detected'}`, description: info.jurisdictionSource },
    { label: `$(warning) ${info.counts.error} errors, ${info.counts.warning} warnings, ${info.counts.info} notes` },
    { label: 'Sections', kind: vscode.QuickPickItemKind.Separator },
    ...info.sections.map((s) => ({
      label: `${'  '.repeat(Math.max(0, s.level - 1))}${s.title}`,
      description: s.kinds.length > 0 ? s.kinds.join(' · ') : '(kind not recognised)',
      line: s.line,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'What the Privacy Policy Linter understood', matchOnDescription: true });
  if (picked?.line !== undefined) {
    const position = new vscode.Position(picked.line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }
}

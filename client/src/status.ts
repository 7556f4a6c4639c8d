// The status bar item for the active policy: its language code, the laws it answers to by name
// ("ru · Law 94-V", "kk · Law 94-V (guess)") and its error count; the tooltip says what decided
// the laws, in the interface language. Hidden for other files. Clicking it shows what the linter
// understood.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_INFO_REQUEST, type DocumentInfo } from './protocol.js';

export class PolicyStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pplint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Privacy Policy Linter';
    this.item.command = 'pplint.showPolicyInfo';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh();
      }),
    );
  }

  /** Asks the server about the active document (coalescing bursts of diagnostics). */
  refresh(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.update(), 50);
  }

  async info(uri: vscode.Uri): Promise<DocumentInfo | null> {
    if (!this.client.isRunning()) return null;
    return this.client.sendRequest<DocumentInfo | null>(DOCUMENT_INFO_REQUEST, { uri: uri.toString() });
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') return this.item.hide();
    const info = await this.info(editor.document.uri).catch(() => null);
    if (!info?.policy || vscode.window.activeTextEditor !== editor) return this.item.hide();
    // The language as a lower-case code and the laws by name, so that "ru · Law 94-V" cannot be misread as two countries.
    this.item.text = `$(law) ${info.language ?? '?'} · ${info.laws} · $(error) ${info.counts.error}`;
    this.item.tooltip = new vscode.MarkdownString(
      [
        '**Privacy policy draft**',
        `Language: ${info.language ?? 'not detected'}${info.languageSource ? ` (${info.languageSource})` : ''}${info.languageRead ? '' : ' — not read by pplint'}`,
        ...info.lawNotes,
        `Problems: ${info.counts.error} errors, ${info.counts.warning} warnings, ${info.counts.info} notes`,
      ].join('\n\n'),
    );
    this.item.backgroundColor = info.counts.error > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

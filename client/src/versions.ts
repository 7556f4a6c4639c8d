// Moving between the language versions of a policy: "Go to Counterpart" (the same clause in the
// other versions), "Open Language Versions Side by Side", and the target of the code lenses over
// section headings.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COUNTERPARTS_REQUEST, type CounterpartLocation } from './protocol.js';
import { t } from './l10n.js';

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

function toRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export async function reveal(
  uri: string,
  range: LspRange,
  column?: vscode.ViewColumn,
  preserveFocus = false,
): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
    viewColumn: column,
    preserveFocus,
    preview: false,
  });
  const r = toRange(range);
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function counterpartsOfCursor(client: LanguageClient): Promise<CounterpartLocation[] | null> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown' || !client.isRunning()) return null;
  const position = editor.selection.active;
  return client.sendRequest<CounterpartLocation[]>(COUNTERPARTS_REQUEST, {
    uri: editor.document.uri.toString(),
    position: { line: position.line, character: position.character },
  });
}

const noVersions = (): string =>
  t(
    'No other language version of this policy was found. Versions are files in one folder named like privacy.ru.md / privacy.kk.md, files with the same `policy-id:` in their front matter, or parts of one file begun by <!-- lang: xx -->.',
  );

export function registerVersionCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('pplint.revealLocation', (uri: string, range: LspRange) => reveal(uri, range)),
    // With a language ("kk"), straight to that version (for key bindings); else a choice when
    // there are several.
    vscode.commands.registerCommand('pplint.goToCounterpart', async (lang?: string) => {
      const all = await counterpartsOfCursor(client);
      const targets = all && typeof lang === 'string' ? all.filter((target) => target.lang === lang) : all;
      if (!targets) return null;
      if (targets.length === 0) {
        void vscode.window.showInformationMessage(noVersions());
        return null;
      }
      const picked =
        targets.length === 1
          ? targets[0]
          : await vscode.window
              .showQuickPick(
                targets.map((target) => ({
                  label: `${target.lang ?? '?'}: ${target.preview}`,
                  description: target.exact ? '' : t('(the section; this clause has no counterpart there)'),
                  target,
                })),
                { title: t('Go to the same clause in another language version') },
              )
              .then((p) => p?.target);
      return picked ? reveal(picked.uri, picked.range) : null;
    }),
    vscode.commands.registerCommand('pplint.openVersionsSideBySide', async () => {
      const editor = vscode.window.activeTextEditor;
      const targets = await counterpartsOfCursor(client);
      if (!editor || !targets) return [];
      if (targets.length === 0) {
        void vscode.window.showInformationMessage(noVersions());
        return [];
      }
      const opened: vscode.TextEditor[] = [];
      let column = (editor.viewColumn ?? vscode.ViewColumn.One) as number;
      for (const target of targets)
        opened.push(await reveal(target.uri, target.range, ++column as vscode.ViewColumn, true));
      // A column opened before the next one was laid out may not have scrolled: reveal each again
      // now that every column has its size.
      opened.forEach((e, i) =>
        e.revealRange(toRange(targets[i]!.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport),
      );
      return opened.map((e) => e.document.uri.toString());
    }),
  ];
}

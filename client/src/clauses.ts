// Privacy Policy: Insert Clause… — a QuickPick of the clause library in the document's language,
// grouped by section kind, the items the policy still lacks first, each with its description and
// a preview. The chosen clause goes in as a snippet (blanks as tab stops) where the profile's
// order puts it; the "all versions" button beside each clause also puts it into every other language version of the policy at the aligned place.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLAUSE_IN_OTHER_VERSIONS_REQUEST, CLAUSES_REQUEST, type ClausePickerView } from './protocol.js';
import { t } from './l10n.js';

type Choice = ClausePickerView['choices'][number];
interface PickItem extends vscode.QuickPickItem {
  choice?: Choice;
}

// Made for each picker, so that its tooltip follows the interface language when it changes.
const allVersionsButton = (): vscode.QuickInputButton => ({
  iconPath: new vscode.ThemeIcon('files'),
  tooltip: t('Insert into every language version of the policy'),
});

/** The picker's rows: a separator per kind, the kinds of missing items first (the server's order). */
export function pickItems(view: ClausePickerView): PickItem[] {
  const items: PickItem[] = [];
  const missing = view.choices.filter((c) => c.missing.length > 0);
  const rest = view.choices.filter((c) => c.missing.length === 0);
  const allVersions = allVersionsButton();
  const row = (choice: Choice): PickItem => ({
    label: `${choice.missing.length > 0 ? '$(warning) ' : ''}${choice.title}`,
    description: `${choice.origin === 'firm' ? '$(briefcase) ' : ''}${choice.missing.length > 0 ? t('missing: {0}', choice.missing.join('; ')) : choice.description}`,
    detail: `${choice.missing.length > 0 ? `${choice.description} — ` : ''}${choice.headingLine} · ${choice.preview.replace(/\s+/g, ' ').slice(0, 160)}`,
    buttons: [allVersions],
    choice,
  });
  if (missing.length > 0) {
    items.push({ label: t('Missing from this policy'), kind: vscode.QuickPickItemKind.Separator });
    items.push(...missing.map(row));
  }
  // One group per kind, in the order the kinds first appear (firm clauses lead their kind).
  const groups = new Map<string, Choice[]>();
  for (const choice of rest) groups.set(choice.kind, [...(groups.get(choice.kind) ?? []), choice]);
  for (const group of groups.values()) {
    items.push({ label: group[0]!.kindName, kind: vscode.QuickPickItemKind.Separator });
    items.push(...group.map(row));
  }
  return items;
}

async function insert(
  client: LanguageClient,
  editor: vscode.TextEditor,
  choice: Choice,
  allVersions: boolean,
): Promise<void> {
  const uri = editor.document.uri.toString();
  if (allVersions) {
    const others = await client.sendRequest<
      Array<{ uri: string; edit: { range: { start: { line: number; character: number } }; newText: string } }>
    >(CLAUSE_IN_OTHER_VERSIONS_REQUEST, { uri, id: choice.id });
    if (others.length > 0) {
      const edit = new vscode.WorkspaceEdit();
      for (const o of others)
        edit.insert(
          vscode.Uri.parse(o.uri),
          new vscode.Position(o.edit.range.start.line, o.edit.range.start.character),
          o.edit.newText,
        );
      await vscode.workspace.applyEdit(edit);
    } else {
      void vscode.window.showInformationMessage(
        t('No other language version of this policy was found: the clause goes into this one only.'),
      );
    }
  }
  await editor.insertSnippet(
    new vscode.SnippetString(choice.snippet),
    new vscode.Position(choice.position.line, choice.position.character),
  );
}

export function registerClauseCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      'pplint.insertClause',
      async (preset?: { id?: string; allVersions?: boolean; list?: boolean }) => {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document.languageId !== 'markdown' || !client.isRunning()) return null;
        const position = editor.selection.active;
        const view = await client.sendRequest<ClausePickerView | null>(CLAUSES_REQUEST, {
          uri: editor.document.uri.toString(),
          position: { line: position.line, character: position.character },
        });
        if (!view || view.choices.length === 0) {
          void vscode.window.showInformationMessage(
            t('This file is not read as a privacy policy, so no clause is offered.'),
          );
          return null;
        }
        // `list` returns what the picker would show; a preset `id` inserts without asking (tests, other commands).
        if (preset?.list) return view;
        const presetChoice = preset?.id ? view.choices.find((c) => c.id === preset.id) : undefined;
        if (presetChoice) {
          await insert(client, editor, presetChoice, preset?.allVersions ?? false);
          return view;
        }
        const picker = vscode.window.createQuickPick<PickItem>();
        picker.title = t('Insert Clause');
        picker.placeholder = t('Clauses in {0}: templates to adapt before use', view.lang);
        picker.matchOnDescription = true;
        picker.matchOnDetail = true;
        picker.items = pickItems(view);
        const chosen = await new Promise<{ choice: Choice; all: boolean } | null>((resolve) => {
          picker.onDidAccept(() =>
            resolve(picker.selectedItems[0]?.choice ? { choice: picker.selectedItems[0].choice, all: false } : null),
          );
          picker.onDidTriggerItemButton((e) => resolve(e.item.choice ? { choice: e.item.choice, all: true } : null));
          picker.onDidHide(() => resolve(null));
          picker.show();
        });
        picker.dispose();
        if (chosen) await insert(client, editor, chosen.choice, chosen.all);
        return view;
      },
    ),
  ];
}

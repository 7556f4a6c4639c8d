// The "Policy Checklist" view in the Explorer: for the active policy, per jurisdiction, each item
// the law requires with ✓ (click: go to the text that states it), ✎ when its section is still
// template blanks, or, when missing, the icon of the finding's severity as the Problems panel shows
// it (click: go to where it belongs; the inline action inserts it). Rows show the item's short
// label, which fits a default sidebar; its full name and citation are in the tooltip.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECKLIST_REQUEST, type ChecklistView } from './protocol.js';
import { t } from './l10n.js';

type Profile = ChecklistView['profiles'][number];
type Item = Profile['items'][number];
type Version = Item['versions'][number];
type Insert = NonNullable<NonNullable<Version['place']>['insert']>;

type Node =
  | { kind: 'profile'; profile: Profile }
  | { kind: 'item'; item: Item; uri: string }
  | { kind: 'version'; item: Item; version: Version; uri: string };

const ICONS: Record<string, vscode.ThemeIcon> = {
  satisfied: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  'to-complete': new vscode.ThemeIcon('edit', new vscode.ThemeColor('list.warningForeground')),
  'not-applicable': new vscode.ThemeIcon('circle-slash'),
  manual: new vscode.ThemeIcon('question'),
};

// A missing item is shown as its finding is in the Problems panel: one severity everywhere.
const MISSING_ICONS: Record<string, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};

/** The icon of an item's status; a missing one takes the severity of its finding. */
export function statusIcon(status: string, severity: string): vscode.ThemeIcon {
  if (status === 'missing') return MISSING_ICONS[severity] ?? MISSING_ICONS.error!;
  return ICONS[status] ?? ICONS.manual!;
}

export class ChecklistProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private view: vscode.TreeView<Node> | undefined;
  private current: ChecklistView | null = null;
  private pending: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString() ?? this.current?.uri;
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh();
      }),
    );
  }

  attach(view: vscode.TreeView<Node>): void {
    this.view = view;
  }

  /**
   * The checklist the view shows now (for the commands and the tests). While Output, a preview or
   * no editor has focus, the last policy's checklist stays, refreshed if that policy is still open.
   */
  async load(): Promise<ChecklistView | null> {
    const editor = vscode.window.activeTextEditor;
    const uri = editor?.document.languageId === 'markdown' ? editor.document.uri.toString() : this.current?.uri;
    const stillOpen = uri !== undefined && vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri);
    if (!stillOpen) return null;
    return this.client.sendRequest<ChecklistView | null>(CHECKLIST_REQUEST, { uri }).catch(() => null);
  }

  refresh(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.update(), 100);
  }

  async update(): Promise<ChecklistView | null> {
    this.current = await this.load();
    if (this.view) {
      this.view.message = this.current
        ? this.current.profiles.length === 0
          ? t(
              'No law is set or detected for this policy. Add `jurisdictions: [kz]` (kz, gdpr, ru, ccpa) to its front matter.',
            )
          : undefined
        : t('Open a privacy-policy draft to see what each law requires of it.');
      // The count stays visible however narrow the sidebar: in the view's description and badge.
      const missing = this.current ? this.current.profiles.reduce((n, p) => n + (p.counts.missing ?? 0), 0) : 0;
      // The count first: a long list of laws is what the ellipsis may cut.
      const laws = this.current?.jurisdictions.join(', ') ?? '';
      this.view.description = this.current ? (missing > 0 ? `${missing} ✗ · ${laws}` : laws) : undefined;
      this.view.badge =
        missing > 0 ? { value: missing, tooltip: t('{0} items not stated', String(missing)) } : undefined;
    }
    this.changed.fire();
    return this.current;
  }

  getChildren(node?: Node): Node[] {
    const list = this.current;
    if (!list) return [];
    if (!node) return list.profiles.map((profile) => ({ kind: 'profile', profile }));
    if (node.kind === 'profile') return node.profile.items.map((item) => ({ kind: 'item', item, uri: list.uri }));
    if (node.kind === 'item' && node.item.versions.length > 1)
      return node.item.versions.map((version) => ({ kind: 'version', item: node.item, version, uri: node.uri }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'profile') {
      const { profile } = node;
      // The law's short name fits a default sidebar; its full title is in the tooltip.
      const item = new vscode.TreeItem(profile.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${profile.counts.satisfied ?? 0} ✓ · ${profile.counts.missing ?? 0} ✗`;
      item.tooltip = new vscode.MarkdownString(
        [`**${profile.title}**`, t('Law text last checked: {0}', profile.checked)].join('\n\n'),
      );
      item.iconPath = new vscode.ThemeIcon('law');
      return item;
    }
    const version = node.kind === 'version' ? node.version : node.item.versions[0];
    const status = node.kind === 'version' ? node.version.status : node.item.status;
    // The item's short name fits a default sidebar; the full name and citation are in the tooltip.
    const label = node.kind === 'version' ? (node.version.lang ?? '?') : node.item.label;
    const item = new vscode.TreeItem(
      label,
      node.kind === 'item' && node.item.versions.length > 1
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.None,
    );
    item.iconPath = statusIcon(status, node.item.severity);
    item.description = node.kind === 'item' ? '' : (version?.evidence[0]?.excerpt ?? version?.place?.section ?? '');
    item.tooltip = tooltip(node.item, status, version);
    const spoken = node.kind === 'version' ? `${node.item.name} (${label})` : node.item.name;
    item.accessibilityInformation = { label: `${spoken}: ${statusName(status, node.item.severity)}` };
    item.contextValue = status === 'missing' && version?.place?.insert ? 'pplint.missing' : `pplint.${status}`;
    const stated = status === 'satisfied' || status === 'to-complete';
    const target = stated ? version?.evidence[0]?.range : version?.place?.range;
    // Evidence may stand in another language version (one this version lacks the clause of).
    const where = stated ? (version?.evidence[0]?.uri ?? node.uri) : node.uri;
    if (target) item.command = { title: t('Go to'), command: 'pplint.revealLocation', arguments: [where, target] };
    return item;
  }

  /** The edit that inserts a missing item, for the inline action. */
  insertion(node: Node): { uri: string; insert: Insert } | null {
    if (node.kind === 'profile') return null;
    const version = node.kind === 'version' ? node.version : node.item.versions.find((v) => v.place?.insert);
    const insert = version?.place?.insert;
    return insert ? { uri: node.uri, insert } : null;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function tooltip(item: Item, status: string, version: Version | undefined): vscode.MarkdownString {
  const lines = [`**${item.name}**`, item.citation, t('Status: {0}', statusName(status, item.severity))];
  if (item.condition) lines.push(t('Required only {0}', item.condition));
  if (version?.evidence[0]) lines.push(t('Stated in: «{0}»', version.evidence[0].excerpt));
  if (status === 'missing' && version?.place) lines.push(placeName(version.place.relation, version.place.section));
  return new vscode.MarkdownString(lines.join('\n\n'));
}

/** A status in words; a missing item says how serious its finding is. */
function statusName(status: string, severity: string): string {
  if (status === 'satisfied') return t('stated');
  if (status === 'to-complete') return t('to complete');
  if (status === 'not-applicable') return t('does not apply');
  if (status === 'manual') return t('to check by hand');
  if (severity === 'warning') return t('not stated (warning)');
  if (severity === 'info') return t('not stated (note)');
  return t('not stated (error)');
}

function placeName(relation: string, section: string | null): string {
  if (!section || relation === 'at') return t('Belongs here');
  if (relation === 'before') return t('Belongs before «{0}»', section);
  if (relation === 'after') return t('Belongs after «{0}»', section);
  return t('Belongs in «{0}»', section);
}

export function registerChecklist(client: LanguageClient): {
  provider: ChecklistProvider;
  disposables: vscode.Disposable[];
} {
  const provider = new ChecklistProvider(client);
  const view = vscode.window.createTreeView('pplint.checklist', { treeDataProvider: provider, showCollapseAll: true });
  provider.attach(view);
  const disposables: vscode.Disposable[] = [
    provider,
    view,
    view.onDidChangeVisibility((e) => e.visible && provider.refresh()),
    vscode.commands.registerCommand('pplint.showChecklist', async () => {
      await vscode.commands.executeCommand('pplint.checklist.focus');
      return provider.update();
    }),
    vscode.commands.registerCommand('pplint.checklist.insert', async (node: Node) => {
      const insertion = provider.insertion(node);
      if (!insertion) return false;
      const edit = new vscode.WorkspaceEdit();
      const uri = vscode.Uri.parse(insertion.uri);
      for (const e of insertion.insert.edits)
        edit.replace(
          uri,
          new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character),
          e.newText,
        );
      const applied = await vscode.workspace.applyEdit(edit);
      // Show the new section with its first blank selected, ready to type over.
      const select = insertion.insert.select;
      if (applied && select) await vscode.commands.executeCommand('pplint.revealLocation', insertion.uri, select);
      provider.refresh();
      return applied;
    }),
  ];
  return { provider, disposables };
}

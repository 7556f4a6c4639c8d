// The problems of language versions that are not open. When an open policy is linted against its
// versions, the versions that are not open are linted too (from the files on disk, which the
// version index has already read) and their diagnostics published, so that the Problems view
// lists the Kazakh translation's untranslated clauses while only the Russian master is open.
// They stay as they are until that file changes on disk (it is then linted again), is deleted, or
// no open document counts it among its versions any longer: an edit of the open master does not
// clear or recompute them.
import type { PolicyDocument, VersionGroup } from '../engine/index.js';
import type { Engine } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import type { Settings } from './settings.js';
import { CancellationSource, runInSlices } from './slices.js';

/** A closed version's lint is not cancelled: a newer file on disk is told apart by its parse. */
const UNCANCELLED = new CancellationSource();

interface Shown {
  /** The parse of the file the diagnostics were made for; undefined until they are made. */
  doc: PolicyDocument | undefined;
  /** The open documents whose versions it is. */
  owners: Set<string>;
}

export class ClosedVersions {
  private readonly shown = new Map<string, Shown>();

  constructor(
    private readonly engine: Engine,
    private readonly settings: Settings,
    private readonly isOpen: (uri: string) => boolean,
    private readonly publish: (analysis: Analysis) => void,
    private readonly clear: (uri: string) => void,
  ) {}

  /** Whether the document's diagnostics are (or are about to be) shown as a closed version. */
  has(uri: string): boolean {
    return this.shown.has(uri);
  }

  /**
   * An open document's complete analysis: its closed versions get their diagnostics (made once per
   * file on disk), and those that left its group are no longer its versions.
   */
  async follow(analysis: Analysis): Promise<void> {
    const owner = analysis.uri;
    const closed = new Map<string, PolicyDocument>();
    for (const member of analysis.group?.members ?? []) {
      if (member.doc.uri !== owner && !this.isOpen(member.doc.uri)) closed.set(member.doc.uri, member.doc);
    }
    for (const [uri, shown] of [...this.shown]) if (shown.owners.has(owner) && !closed.has(uri)) this.leave(uri, owner);
    for (const [uri, doc] of closed) {
      const shown = this.shown.get(uri) ?? { doc: undefined, owners: new Set<string>() };
      shown.owners.add(owner);
      this.shown.set(uri, shown);
      if (shown.doc === doc) continue;
      shown.doc = doc;
      await this.lint(doc, analysis.group!);
    }
  }

  /**
   * An open document closed: it is no longer anyone's owner. When open documents still count it
   * among their versions, it keeps its diagnostics until their next analysis makes them from disk
   * (returns true); otherwise the caller clears them.
   */
  closed(uri: string, groupedWith: readonly string[]): boolean {
    for (const [other] of [...this.shown]) this.leave(other, uri);
    if (groupedWith.length === 0) return false;
    this.shown.set(uri, { doc: undefined, owners: new Set(groupedWith) });
    return true;
  }

  /** The document opened: from now on its own analyses are published. */
  opened(uri: string): void {
    this.shown.delete(uri);
  }

  /** Settings changed: every closed version is made again by the next analyses. */
  reset(): void {
    for (const shown of this.shown.values()) shown.doc = undefined;
  }

  private leave(uri: string, owner: string): void {
    const shown = this.shown.get(uri);
    if (!shown?.owners.delete(owner) || shown.owners.size > 0) return;
    this.shown.delete(uri);
    if (!this.isOpen(uri)) this.clear(uri);
  }

  private async lint(doc: PolicyDocument, group: VersionGroup): Promise<void> {
    const uri = doc.uri;
    const settings = await this.settings.get(uri);
    // Opened, left the group or changed on disk meanwhile: that later event decides.
    if (this.isOpen(uri) || this.shown.get(uri)?.doc !== doc) return;
    const policy = settings.enable && this.engine.isPolicy(doc, settings.config, settings.relativePath).policy;
    // In slices, as an open document's complete analysis, so that requests are answered meanwhile.
    const findings = policy
      ? await runInSlices(this.engine.lintSteps(doc, settings.config, { group }), UNCANCELLED)
      : [];
    if (!findings || this.isOpen(uri) || this.shown.get(uri)?.doc !== doc) return;
    const rendered = this.engine.render(findings, settings.config.uiLanguage);
    this.publish({
      uri,
      version: 0,
      text: doc.text,
      doc,
      settings,
      policy,
      group,
      groupKey: '',
      findings,
      rendered,
      complete: true,
      carried: new Map(),
    });
  }
}

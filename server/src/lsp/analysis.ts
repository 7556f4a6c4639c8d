// The analyses of each open document. After an edit, a quick analysis runs the block rules on the
// new text and carries the other findings over from the previous analysis (carry.ts); after a
// pause in typing, a complete analysis runs every rule in slices (slices.ts), and a newer edit
// stops it. Requests read the latest analyses instead of linting again: code actions the current
// version's, hover the latest complete one, the outline and the checklist wait for the complete
// analysis of the current version.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { Engine, Finding, ParseCache, PolicyDocument, RenderedFinding, VersionGroup } from '../engine/index.js';
import type { DocumentSettings, Settings } from './settings.js';
import { VersionIndex } from '../workspace/versions.js';
import { carryOver, textChange, type TextChange } from './carry.js';
import { runInSlices, type Cancellation } from './slices.js';
import { blocksToRecheck, type Recheck } from './recheck.js';

/** Texts longer than this are linted from the command line, not in the editor. */
export const MAX_LIVE_TEXT = 10 * 1024 * 1024;

export interface Analysis {
  uri: string;
  version: number;
  /** The editor's text of that version. */
  text: string;
  doc: PolicyDocument;
  settings: DocumentSettings;
  policy: boolean;
  /** Why the file is not linted, when it is a policy but cannot be read. */
  unreadable?: 'binary' | 'too-large';
  /** The policy's language versions (this document among them), or null. */
  group: VersionGroup | null;
  /** Which versions of the other documents the findings were made against. */
  groupKey: string;
  findings: Finding[];
  /** The findings rendered in the interface language: `rendered[i]` is `findings[i]`. */
  rendered: RenderedFinding[];
  /** Every rule ran on this version; otherwise the block rules did, and the others' findings were carried over. */
  complete: boolean;
  /** The findings carried over from an earlier version (by their rendering), with the version they were made for. */
  carried: ReadonlyMap<RenderedFinding, number>;
  /** The carried findings that moved with the edit, by their rendering, with the rendering they moved from. */
  moved?: Moved;
}

/** Findings moved by an edit, and where the edit changed lines or characters. */
export interface Moved {
  from: ReadonlyMap<RenderedFinding, RenderedFinding>;
  /**
   * From the start of the edit to the start of the line after it, when the edit neither added nor
   * removed a line break (else to Infinity): a place that starts elsewhere stands on the same line
   * and character as before the edit.
   */
  edited: { start: number; end: number };
}

export class Analyses {
  /** The newest analysis of each document, quick or complete. */
  private readonly latest = new Map<string, Analysis>();
  /** The newest complete analysis of each document. */
  private readonly completed = new Map<string, Analysis>();
  private readonly parses = new Map<
    string,
    { version: number; doc: PolicyDocument; unreadable: Analysis['unreadable'] }
  >();
  /** The chunk parses of a parse given up for a newer text: the next parse starts from them. */
  private readonly partial = new Map<string, ParseCache>();
  private readonly waiters = new Map<string, Array<() => void>>();
  /** Versions whose complete analysis failed: waiting requests get the quick one. */
  private readonly failed = new Map<string, number>();
  /** The quick analysis being made of each document: a second caller of the same version joins it. */
  private readonly quickRuns = new Map<string, { version: number; run: Promise<Analysis | null> }>();
  private readonly ids = new WeakMap<PolicyDocument, number>();
  private nextId = 1;
  private readonly blockRules: ReadonlySet<string>;
  readonly versions: VersionIndex;

  constructor(
    private readonly engine: Engine,
    private readonly settings: Settings,
    private readonly documents: TextDocuments<TextDocument>,
  ) {
    this.versions = new VersionIndex(engine, { parsed: (uri) => this.parsedOpen(uri) });
    this.blockRules = new Set(engine.rules.filter((r) => r.meta.reach === 'block').map((r) => r.id));
  }

  /** The newest analysis of the document, quick or complete. */
  get(uri: string): Analysis | undefined {
    return this.latest.get(uri);
  }

  /** The newest complete analysis of the document, of whatever version. */
  lastComplete(uri: string): Analysis | undefined {
    return this.completed.get(uri);
  }

  all(): Analysis[] {
    return [...this.latest.values()];
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.completed.delete(uri);
    this.parses.delete(uri);
    this.partial.delete(uri);
    this.failed.delete(uri);
    this.quickRuns.delete(uri);
    this.settings.forget(uri);
    this.wake(uri);
  }

  /** Settings or configuration changed: nothing may be carried over or reused. */
  clear(): void {
    this.latest.clear();
    this.completed.clear();
    this.failed.clear();
    this.quickRuns.clear();
  }

  /** The parse of an open document's current version, made at once (each version is parsed once). */
  parseNow(document: TextDocument): PolicyDocument {
    const cached = this.parses.get(document.uri);
    if (cached?.version === document.version) return cached.doc;
    const text = document.getText();
    const unreadable = unreadableAs(text);
    const doc = this.engine.parse(document.uri, unreadable ? '' : text, this.previousParse(document.uri));
    this.keepParse(document.uri, document.version, doc, unreadable);
    return doc;
  }

  /** The same in slices; null when the text changed or the work was cancelled meanwhile. */
  async parse(document: TextDocument, token: Cancellation): Promise<PolicyDocument | null> {
    const { uri, version } = document;
    const cached = this.parses.get(uri);
    if (cached?.version === version) return cached.doc;
    const text = document.getText();
    const unreadable = unreadableAs(text);
    const previous = this.previousParse(uri);
    let filled: ParseCache | undefined;
    const doc = await runInSlices(
      this.engine.parseSteps(uri, unreadable ? '' : text, previous),
      token,
      (cache) => (filled = cache),
    );
    if (this.parses.get(uri)?.version === version) return this.parses.get(uri)!.doc;
    if (!doc || document.version !== version) {
      // Given up for a newer text: keep what was parsed, so that the next parse goes on from it.
      if (filled) this.partial.set(uri, new Map([...(previous?.cache ?? []), ...filled]));
      return null;
    }
    this.keepParse(uri, version, doc, unreadable);
    return doc;
  }

  private previousParse(uri: string): { cache: ParseCache } | undefined {
    const partial = this.partial.get(uri);
    return partial ? { cache: partial } : (this.parses.get(uri)?.doc ?? this.versions.takeDiskParse(uri));
  }

  private keepParse(uri: string, version: number, doc: PolicyDocument, unreadable: Analysis['unreadable']): void {
    this.parses.set(uri, { version, doc, unreadable });
    this.partial.delete(uri);
  }

  private parsedOpen(uri: string): PolicyDocument | undefined {
    const document = this.documents.get(uri);
    return document ? this.parseNow(document) : undefined;
  }

  /**
   * The current version with the block rules' findings made afresh and the other rules' findings
   * carried over from the previous analysis; null when the text changed meanwhile.
   */
  async quick(document: TextDocument, token: Cancellation): Promise<Analysis | null> {
    const { uri, version } = document;
    // A code action during a large draft's first analysis waits for it instead of parsing and
    // linting the same version a second time.
    const running = this.quickRuns.get(uri);
    if (running?.version === version) {
      const joined = await running.run;
      // Null while this version is still current: that run was cancelled, so this caller makes its own.
      if (joined || document.version !== version) return joined;
    }
    const run = this.makeQuick(document, token);
    this.quickRuns.set(uri, { version, run });
    try {
      return await run;
    } finally {
      if (this.quickRuns.get(uri)?.run === run) this.quickRuns.delete(uri);
    }
  }

  private async makeQuick(document: TextDocument, token: Cancellation): Promise<Analysis | null> {
    const { uri, version } = document;
    const settings = await this.settings.get(uri);
    const doc = document.version === version ? await this.parse(document, token) : null;
    if (!doc || document.version !== version) return null;
    const previous = this.latest.get(uri);
    if (previous?.version === version && previous.settings === settings) return previous;
    const base = this.base(document, doc, settings);
    const carried = new Map<Finding, { rendered: RenderedFinding; madeFor: number }>();
    const movedFrom = new Map<RenderedFinding, RenderedFinding>();
    let edited = { start: 0, end: Infinity };
    // The blocks the block rules check again; null: all of them.
    let recheck: Recheck | null = null;
    if (
      base.policy &&
      !base.unreadable &&
      previous &&
      previous.settings === settings &&
      previous.policy &&
      !previous.unreadable &&
      previous.version < version
    ) {
      const change = textChange(previous.text, base.text);
      recheck = blocksToRecheck(previous.doc, doc, change);
      if (change) edited = { start: change.start, end: sameLinesAfter(previous.text, base.text, change) };
      previous.findings.forEach((finding, i) => {
        const block = this.blockRules.has(finding.ruleId);
        if (block && !recheck) return;
        const moved = carryOver(finding, change, uri);
        // A block rule's finding in a block checked again is made afresh.
        if (block && moved && recheck!.covers(moved.span.start)) return;
        const rendered = moved && carryOver(previous.rendered[i]!, change, uri);
        if (moved && rendered) {
          carried.set(moved, { rendered, madeFor: previous.carried.get(previous.rendered[i]!) ?? previous.version });
          if (rendered !== previous.rendered[i]) movedFrom.set(rendered, previous.rendered[i]!);
        }
      });
    }
    // In slices: on a large draft just opened the block rules read every block, and requests and
    // newer edits are handled meanwhile; a newer text makes this analysis unwanted.
    const findings =
      base.policy && !base.unreadable
        ? await runInSlices(
            this.engine.lintSteps(doc, settings.config, {
              reach: 'block',
              ...(recheck ? { blocks: recheck.blocks } : {}),
              others: [...carried.keys()],
            }),
            token,
          )
        : [];
    if (!findings || document.version !== version) return null;
    // Another caller (a code action) may have finished this version's analysis meanwhile.
    const meanwhile = this.latest.get(uri);
    if (meanwhile !== previous && meanwhile?.version === version && meanwhile.settings === settings) return meanwhile;
    const fresh = this.engine.render(
      findings.filter((f) => !carried.has(f)),
      settings.config.uiLanguage,
    );
    let next = 0;
    const rendered = findings.map((f) => carried.get(f)?.rendered ?? fresh[next++]!);
    const madeFor = new Map<RenderedFinding, number>();
    for (const { rendered: r, madeFor: v } of carried.values()) madeFor.set(r, v);
    const analysis: Analysis = {
      ...base,
      group: previous?.group ?? null,
      groupKey: previous?.groupKey ?? '',
      findings,
      rendered,
      complete: false,
      carried: madeFor,
      ...(movedFrom.size > 0 ? { moved: { from: movedFrom, edited } } : {}),
    };
    this.latest.set(uri, analysis);
    return analysis;
  }

  /**
   * The current version against its language versions as they are now, every rule run in slices;
   * null when the text changed or the work was cancelled meanwhile.
   */
  async complete(document: TextDocument, token: Cancellation): Promise<Analysis | null> {
    const { uri, version } = document;
    const settings = await this.settings.get(uri);
    const doc = document.version === version ? await this.parse(document, token) : null;
    if (!doc || document.version !== version || token.cancelled) return null;
    const base = this.base(document, doc, settings);
    const group = base.policy && !base.unreadable ? this.versions.groupFor(doc, settings.config) : null;
    const groupKey = group ? group.members.map((m) => `${m.doc.uri}#${this.idOf(m.doc)}`).join('|') : '';
    const cached = this.completed.get(uri);
    if (
      cached &&
      cached.version === version &&
      cached.settings === settings &&
      cached.groupKey === groupKey &&
      cached.doc === doc
    )
      return this.store(cached);
    let findings: Finding[] = [];
    if (base.policy && !base.unreadable) {
      // The last complete analysis stays for hover until this one is made, but its alignments go
      // now: this lint makes the new ones, and holding both doubled them after a keystroke.
      const superseded = cached?.doc;
      if (superseded && superseded !== doc) this.engine.release(superseded);
      const linted = await runInSlices(this.engine.lintSteps(doc, settings.config, { group }), token);
      if (!linted || document.version !== version) return null;
      findings = linted;
    }
    const rendered = this.engine.render(findings, settings.config.uiLanguage);
    return this.store({ ...base, group, groupKey, findings, rendered, complete: true, carried: new Map() });
  }

  /** The complete analysis of an open document's current version, once it is made (null if the document closes). */
  async settled(uri: string, token?: { isCancellationRequested: boolean }): Promise<Analysis | null> {
    for (;;) {
      const document = this.documents.get(uri);
      if (!document || token?.isCancellationRequested) return null;
      const done = this.completed.get(uri);
      if (done?.version === document.version) return done;
      if (this.failed.get(uri) === document.version) {
        const latest = this.latest.get(uri);
        return latest?.version === document.version ? latest : null;
      }
      await new Promise<void>((resolve) => this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), resolve]));
    }
  }

  /**
   * The complete analysis of the current version if it is made within `wait` milliseconds, else
   * the latest complete analysis of an earlier version (null if the document closes; the current
   * one, however long it takes, when there is none yet). For what an earlier version answers as
   * well: the items a policy lacks do not change while a heading is typed, and on a large draft
   * the current version's analysis may take minutes.
   */
  async recent(uri: string, wait: number, token?: { isCancellationRequested: boolean }): Promise<Analysis | null> {
    const current = this.settled(uri, token);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), wait)));
    const first = await Promise.race([current, late]);
    clearTimeout(timer);
    if (first !== 'late') return first;
    return this.completed.get(uri) ?? current;
  }

  /** The complete analysis of this version failed (logged): requests waiting for it get the quick one. */
  gaveUp(uri: string, version: number): void {
    this.failed.set(uri, version);
    this.wake(uri);
  }

  private store(analysis: Analysis): Analysis {
    const uri = analysis.uri;
    if ((this.latest.get(uri)?.version ?? -1) <= analysis.version) this.latest.set(uri, analysis);
    if ((this.completed.get(uri)?.version ?? -1) <= analysis.version) this.completed.set(uri, analysis);
    this.wake(uri);
    return analysis;
  }

  private wake(uri: string): void {
    const waiting = this.waiters.get(uri);
    this.waiters.delete(uri);
    for (const resolve of waiting ?? []) resolve();
  }

  private base(document: TextDocument, doc: PolicyDocument, settings: DocumentSettings) {
    const text = document.getText();
    const parsed = this.parses.get(document.uri);
    const unreadable = parsed?.doc === doc ? parsed.unreadable : unreadableAs(text);
    const policy = settings.enable && this.engine.isPolicy(doc, settings.config, settings.relativePath).policy;
    return {
      uri: document.uri,
      version: document.version,
      text,
      doc,
      settings,
      policy,
      ...(unreadable ? { unreadable } : {}),
    };
  }

  private idOf(doc: PolicyDocument): number {
    let id = this.ids.get(doc);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(doc, id);
    }
    return id;
  }
}

/**
 * Where the line after a change starts in the newer text, when the change kept every line break
 * as it was (none removed, none added, no "\r" joined to a "\n"): from there on, lines and
 * characters are those of the older text. Infinity when the lines moved.
 */
function sameLinesAfter(before: string, after: string, change: TextChange): number {
  const breaks = /[\r\n]/;
  if (
    breaks.test(before.slice(change.start, change.oldEnd)) ||
    breaks.test(after.slice(change.start, change.newEnd)) ||
    before[change.start - 1] === '\r'
  )
    return Infinity;
  const next = after.slice(change.newEnd).search(breaks);
  if (next === -1) return Infinity;
  const at = change.newEnd + next;
  return after[at] === '\r' && after[at + 1] === '\n' ? at + 2 : at + 1;
}

/** Why a text is not linted in the editor, if it is not. */
function unreadableAs(text: string): Analysis['unreadable'] {
  if (text.includes('\u0000')) return 'binary';
  return text.length > MAX_LIVE_TEXT ? 'too-large' : undefined;
}

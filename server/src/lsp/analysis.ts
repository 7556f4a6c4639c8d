// The latest analysis of each open document: its parse (handed to the next parse so that only
// changed chunks are re-parsed), its language versions, its findings and the settings they were
// made with. Code actions, hover, symbols and the checklist read it instead of linting again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { Engine, Finding, PolicyDocument, RenderedFinding, VersionGroup } from '../engine/index.js';
import type { DocumentSettings, Settings } from './settings.js';
import { VersionIndex } from '../workspace/versions.js';

/** Texts longer than this are linted from the command line, not on every keystroke. */
export const MAX_LIVE_TEXT = 5_000_000;

export interface Analysis {
  uri: string;
  version: number;
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
  rendered: RenderedFinding[];
}

export class Analyses {
  private readonly latest = new Map<string, Analysis>();
  private readonly parses = new Map<string, { version: number; doc: PolicyDocument }>();
  private readonly ids = new WeakMap<PolicyDocument, number>();
  private nextId = 1;
  readonly versions: VersionIndex;

  constructor(private readonly engine: Engine, private readonly settings: Settings, private readonly documents: TextDocuments<TextDocument>) {
    this.versions = new VersionIndex(engine, { parsed: (uri) => this.parsedOpen(uri) });
  }

  get(uri: string): Analysis | undefined {
    return this.latest.get(uri);
  }

  all(): Analysis[] {
    return [...this.latest.values()];
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.parses.delete(uri);
    this.settings.forget(uri);
  }

  clear(): void {
    this.latest.clear();
  }

  /** The parse of an open document's current version (each version is parsed once). */
  parse(document: TextDocument): PolicyDocument {
    const cached = this.parses.get(document.uri);
    if (cached?.version === document.version) return cached.doc;
    const text = document.getText();
    const doc = this.engine.parse(document.uri, readable(text) ? text : '', cached?.doc);
    this.parses.set(document.uri, { version: document.version, doc });
    return doc;
  }

  private parsedOpen(uri: string): PolicyDocument | undefined {
    const document = this.documents.get(uri);
    return document ? this.parse(document) : undefined;
  }

  /** Analyses the document's current version against its versions as they are now, or returns it cached. */
  async analyze(document: TextDocument): Promise<Analysis> {
    const cached = this.latest.get(document.uri);
    const settings = await this.settings.get(document.uri);
    const doc = this.parse(document);
    const unreadable = !readable(document.getText()) ? (document.getText().includes('\u0000') ? 'binary' : 'too-large') : undefined;
    const policy = settings.enable && this.engine.isPolicy(doc, settings.config, settings.relativePath).policy;
    const group = policy && !unreadable ? this.versions.groupFor(doc, settings.config) : null;
    const groupKey = group ? group.members.map((m) => `${m.doc.uri}#${this.idOf(m.doc)}`).join('|') : '';
    if (cached && cached.version === document.version && cached.settings === settings && cached.groupKey === groupKey && cached.doc === doc) return cached;
    const findings = policy && !unreadable ? this.engine.lint(doc, settings.config, { group }) : [];
    const analysis: Analysis = {
      uri: document.uri, version: document.version, doc, settings, policy, group, groupKey, findings,
      rendered: this.engine.render(findings, settings.config.uiLanguage),
      ...(unreadable ? { unreadable } : {}),
    };
    this.latest.set(document.uri, analysis);
    return analysis;
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

function readable(text: string): boolean {
  return text.length <= MAX_LIVE_TEXT && !text.includes('\u0000');
}

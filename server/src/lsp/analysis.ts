// The latest analysis of each open document: its parse (handed to the next parse so that only
// changed chunks are re-parsed), its findings and the settings they were made with. Code
// actions, hover and symbols read it instead of linting again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine, Finding, PolicyDocument, RenderedFinding } from '../engine/index.js';
import type { DocumentSettings, Settings } from './settings.js';

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
  findings: Finding[];
  rendered: RenderedFinding[];
}

export class Analyses {
  private readonly latest = new Map<string, Analysis>();

  constructor(private readonly engine: Engine, private readonly settings: Settings) {}

  get(uri: string): Analysis | undefined {
    return this.latest.get(uri);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.settings.forget(uri);
  }

  clear(): void {
    this.latest.clear();
  }

  /** Analyses the document's current version (reusing the previous parse), or returns it cached. */
  async analyze(document: TextDocument): Promise<Analysis> {
    const cached = this.latest.get(document.uri);
    const settings = await this.settings.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached;
    const text = document.getText();
    const unreadable = text.includes('\u0000') ? 'binary' : text.length > MAX_LIVE_TEXT ? 'too-large' : undefined;
    const doc = this.engine.parse(document.uri, unreadable ? '' : text, unreadable ? undefined : cached?.doc);
    const nameCheck = unreadable ? this.engine.parse(document.uri, '') : doc;
    const policy = settings.enable && this.engine.isPolicy(nameCheck, settings.config, settings.relativePath).policy;
    const findings = policy && !unreadable ? this.engine.lint(doc, settings.config) : [];
    const analysis: Analysis = {
      uri: document.uri, version: document.version, doc, settings, policy, findings,
      rendered: this.engine.render(findings, settings.config.uiLanguage),
      ...(unreadable ? { unreadable } : {}),
    };
    this.latest.set(document.uri, analysis);
    return analysis;
  }
}

// Lints documents as they change and publishes diagnostics. A change schedules a lint after the
// configured delay; changes that arrive meanwhile coalesce into one lint of the newest version,
// and diagnostics are never published for a version the editor no longer has.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { docsPath, LineIndex, render, type Span } from '../engine/index.js';
import type { Analyses, Analysis } from './analysis.js';
import { toDiagnostic, toRange, SOURCE } from './convert.js';

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly published = new Set<string>();
  /** Notified after each publication (the status bar listens). */
  onPublished: (analysis: Analysis) => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: Analyses,
    private readonly packageRoot: string,
  ) {}

  schedule(uri: string, delay: number): void {
    this.cancel(uri);
    const run = (): void => {
      this.timers.delete(uri);
      void this.lintNow(uri);
    };
    this.timers.set(uri, delay > 0 ? setTimeout(run, delay) : setImmediate(run));
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (!timer) return;
    clearTimeout(timer as NodeJS.Timeout);
    clearImmediate(timer as NodeJS.Immediate);
    this.timers.delete(uri);
  }

  async lintNow(uri: string): Promise<void> {
    try {
      const document = this.documents.get(uri);
      if (!document) return;
      const analysis = await this.analyses.analyze(document);
      // Settings may have been fetched asynchronously: the editor may be a version further.
      if (this.documents.get(uri)?.version !== analysis.version) return;
      const diagnostics = analysis.policy ? this.diagnosticsOf(document, analysis) : [];
      if (diagnostics.length === 0 && !this.published.has(uri) && !analysis.policy) return;
      this.published.add(uri);
      await this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
      this.onPublished(analysis);
    } catch (error) {
      this.connection.console.error(`Linting ${uri} failed: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`);
    }
  }

  clear(uri: string): void {
    this.cancel(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private readonly hrefs = new Map<string, string | undefined>();

  /** The rule's page bundled with the extension (looked up once per rule). */
  docsHref = (ruleId: string): string | undefined => {
    if (!this.hrefs.has(ruleId)) {
      const file = join(this.packageRoot, docsPath(ruleId));
      this.hrefs.set(ruleId, existsSync(file) ? pathToFileURL(file).toString() : undefined);
    }
    return this.hrefs.get(ruleId);
  };

  private diagnosticsOf(document: TextDocument, analysis: Analysis): Diagnostic[] {
    const lang = analysis.settings.config.uiLanguage;
    if (analysis.unreadable) {
      return [{
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        message: analysis.unreadable === 'binary'
          ? 'This file holds binary data, not text: it was not checked. Save the policy as plain-text Markdown.'
          : 'This file is too large to check while typing (over 5 MB); run `pplint` on it from the command line.',
      }];
    }
    const problems: Diagnostic[] = analysis.doc.problems.map((p) => ({
      range: toRange(document, p.span),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'front-matter',
      message: render(p.message, lang),
    }));
    const rangeIn = (uri: string, span: Span) => {
      const open = this.documents.get(uri);
      if (open) return toRange(open, span);
      const member = analysis.group?.members.find((m) => m.doc.uri === uri);
      if (!member) return undefined;
      const lines = new LineIndex(member.doc.text);
      return { start: lines.position(span.start), end: lines.position(span.end) };
    };
    return [...problems, ...analysis.rendered.map((f) => toDiagnostic(document, f, this.docsHref, rangeIn))];
  }
}

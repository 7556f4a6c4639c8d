// Publishes an analysis as diagnostics, never for a version the editor no longer has. A finding
// carried over from an earlier version carries that version in its data, so that its fix is
// offered again only once the finding has been made for the current text.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { docsPath, LineIndex, render, type Lang, type RenderedFinding, type Span } from '../engine/index.js';
import { MAX_LIVE_TEXT, type Analysis } from './analysis.js';
import { toDiagnostic, toRange, SOURCE, type DiagnosticData } from './convert.js';

interface Made {
  uri: string;
  lang: Lang;
  diagnostic: Diagnostic;
}

/** Whether a place of the finding (its range, related places, the ranges its edits replace) starts in [from, to). */
function placedIn(f: RenderedFinding, { start: from, end: to }: Span): boolean {
  const inside = (at: number): boolean => at >= from && at < to;
  return (
    inside(f.span.start) ||
    (f.related?.some((r) => inside(r.span.start)) ?? false) ||
    (f.fix?.edits.some((e) => inside(e.start)) ?? false) ||
    (f.suggestions?.some((s) => s.edits.some((e) => inside(e.start))) ?? false)
  );
}

export class DiagnosticsPublisher {
  private readonly published = new Set<string>();
  /**
   * The diagnostic made of each finding, for the findings carried over unmoved: each of their
   * places lies before every edit since, so its lines and characters are as they were. A keystroke
   * in a 1 MB draft then converts the few hundred findings after it, not every one.
   */
  private readonly made = new WeakMap<RenderedFinding, Made>();
  /** Notified after each publication (the status bar listens). */
  onPublished: (analysis: Analysis) => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly packageRoot: string,
  ) {}

  /** Sends the analysis's diagnostics if it is of the version the editor has now. */
  /**
   * Sends the analysis's diagnostics if the editor still has its version; resolves once they are
   * written out (the diagnostics of a large draft take many writes, each waiting for the event loop).
   */
  publish(analysis: Analysis): Promise<void> {
    const uri = analysis.uri;
    const document = this.documents.get(uri);
    if (document?.version !== analysis.version) return Promise.resolve();
    const diagnostics = analysis.policy ? this.diagnosticsOf(document, analysis) : [];
    if (diagnostics.length === 0 && !this.published.has(uri) && !analysis.policy) return Promise.resolve();
    this.published.add(uri);
    const written = this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
    this.onPublished(analysis);
    return written;
  }

  /** Sends the diagnostics of a language version that is not open, made from its file on disk. */
  publishClosed(analysis: Analysis): void {
    if (this.documents.get(analysis.uri)) return;
    const document = TextDocument.create(analysis.uri, 'markdown', 0, analysis.text);
    const diagnostics = analysis.policy ? this.diagnosticsOf(document, analysis) : [];
    if (diagnostics.length === 0 && !this.published.has(analysis.uri)) return;
    this.published.add(analysis.uri);
    void this.connection.sendDiagnostics({ uri: analysis.uri, diagnostics });
  }

  /** Stops tracking the document's diagnostics without clearing them (another publication replaces them). */
  release(uri: string): void {
    this.published.delete(uri);
  }

  clear(uri: string): void {
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private readonly hrefs = new Map<string, string | undefined>();

  /** The rule's page bundled with the extension, in the interface language when it is translated (looked up once per rule and language). */
  docsHref = (ruleId: string, lang: Lang = 'en'): string | undefined => {
    const key = `${lang}/${ruleId}`;
    if (!this.hrefs.has(key)) {
      const file = join(this.packageRoot, docsPath(ruleId, lang));
      this.hrefs.set(
        key,
        existsSync(file) ? pathToFileURL(file).toString() : lang === 'en' ? undefined : this.docsHref(ruleId),
      );
    }
    return this.hrefs.get(key);
  };

  /**
   * The diagnostic of the finding a carried one moved from, when the move left its lines and
   * characters as they were: each place of it stands before the edit or on a line after it, and
   * the edit added or removed no line break. Typing in a sentence of a 1 MB draft then converts
   * only the findings on the line it touches.
   */
  private madeBeforeMove(f: RenderedFinding, analysis: Analysis): Made | undefined {
    const from = analysis.moved?.from.get(f);
    if (!from || placedIn(f, analysis.moved!.edited)) return undefined;
    const made = this.made.get(from);
    if (made) this.made.set(f, made);
    return made;
  }

  private diagnosticsOf(document: TextDocument, analysis: Analysis): Diagnostic[] {
    const lang = analysis.settings.config.uiLanguage;
    if (analysis.unreadable) {
      return [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          source: SOURCE,
          message:
            analysis.unreadable === 'binary'
              ? render({ id: 'engine/binary-file' }, lang)
              : render({ id: 'engine/too-large-to-type', data: { size: MAX_LIVE_TEXT / 1024 / 1024 } }, lang),
        },
      ];
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
    return [
      ...problems,
      ...analysis.rendered.map((f) => {
        const made = this.made.get(f) ?? this.madeBeforeMove(f, analysis);
        if (made?.uri === document.uri && made.lang === lang) return made.diagnostic;
        const diagnostic = toDiagnostic(document, f, (ruleId) => this.docsHref(ruleId, lang), rangeIn);
        const madeFor = analysis.carried.get(f);
        if (madeFor !== undefined) (diagnostic.data as DiagnosticData).version = madeFor;
        // A place in another document moves with that document's edits.
        if (!f.related?.some((r) => r.uri !== undefined && r.uri !== document.uri))
          this.made.set(f, { uri: document.uri, lang, diagnostic });
        return diagnostic;
      }),
    ];
  }
}

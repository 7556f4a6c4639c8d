// When each open document is analysed. After an edit (and the configured `lintDelay`), the quick
// analysis: the block rules' findings at once, the others carried over. After a pause in typing,
// the complete analysis, in slices. A newer edit, a closed document or a new configuration cancels
// whatever is pending or running for the document; diagnostics are published only for the version
// the editor has.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses, Analysis } from './analysis.js';
import { CancellationSource } from './slices.js';

/** How long typing must pause before the document-wide rules run again. */
export const DOCUMENT_IDLE = 200;

interface Pending {
  token: CancellationSource;
  timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  /** The text changed and the quick analysis has not run yet. */
  quickDue: boolean;
}

export class LintScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly analyses: Analyses,
    private readonly documents: TextDocuments<TextDocument>,
    /** Publishes an analysis; what it returns settles once the diagnostics are written out. */
    private readonly publish: (analysis: Analysis) => Promise<void> | void,
    private readonly log: (message: string) => void,
  ) {}

  /** How long typing must pause before the complete analysis (the benchmark sets 0 to time it). */
  idle = DOCUMENT_IDLE;

  /**
   * The document's text changed (or it opened): the quick analysis after `delay`, the complete
   * one after a further pause of `idle` milliseconds without edits.
   */
  changed(uri: string, delay: number, idle = this.idle): void {
    const pending = this.restart(uri, true);
    this.after(pending, delay, () =>
      this.guarded(uri, async (document) => {
        const quick = await this.analyses.quick(document, pending.token);
        if (!quick || pending.token.cancelled) return;
        pending.quickDue = false;
        // The complete analysis waits until the quick findings are written out: its steps would
        // hold back the writes of a large draft's diagnostics.
        await this.publish(quick)?.catch(() => undefined);
        if (pending.token.cancelled) return;
        this.after(pending, idle, () => this.complete(uri, pending));
      }),
    );
  }

  /** What the document's findings depend on changed (another language version): the complete analysis after `delay`. */
  dependencyChanged(uri: string, delay: number): void {
    // A pending edit of the document itself already brings a complete analysis.
    if (this.pending.get(uri)?.quickDue) return;
    const pending = this.restart(uri, false);
    this.after(pending, delay, () => this.complete(uri, pending));
  }

  forget(uri: string): void {
    this.stop(this.pending.get(uri));
    this.pending.delete(uri);
  }

  private complete(uri: string, pending: Pending): Promise<void> {
    return this.guarded(uri, async (document) => {
      const analysis = await this.analyses.complete(document, pending.token);
      if (analysis && !pending.token.cancelled) void this.publish(analysis)?.catch(() => undefined);
    });
  }

  /** Runs an analysis of the open document; a failure is logged, and requests waiting for it are answered. */
  private async guarded(uri: string, run: (document: TextDocument) => Promise<void>): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    try {
      await run(document);
    } catch (error) {
      this.log(
        `Linting ${uri} failed: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`,
      );
      this.analyses.gaveUp(uri, version);
    }
  }

  private restart(uri: string, quickDue: boolean): Pending {
    this.stop(this.pending.get(uri));
    const pending: Pending = { token: new CancellationSource(), timer: undefined, quickDue };
    this.pending.set(uri, pending);
    return pending;
  }

  private stop(pending: Pending | undefined): void {
    if (!pending) return;
    pending.token.cancel();
    clearTimeout(pending.timer as NodeJS.Timeout);
    clearImmediate(pending.timer as NodeJS.Immediate);
  }

  private after(pending: Pending, delay: number, run: () => Promise<void>): void {
    const go = (): void => {
      pending.timer = undefined;
      if (pending.token.cancelled) return;
      void run();
    };
    pending.timer = delay > 0 ? setTimeout(go, delay) : setImmediate(go);
  }
}

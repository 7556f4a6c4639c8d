// Inline directives in HTML comments, which every renderer hides:
//   <!-- pplint-disable [rule-id, ...] -->            from here on (all rules when none is named)
//   <!-- pplint-enable [rule-id, ...] -->             from here on again
//   <!-- pplint-disable-next-line [rule-id, ...] -->  the next line that has text
//   <!-- pplint-disable-line [rule-id, ...] -->       this line
import { LineIndex } from '../model/lines.js';
import type { Span } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  rules: string[];
  span: Span;
}

const DIRECTIVE = /^<!--\s*pplint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->$/;

export function parseDirectives(comments: Array<{ start: number; end: number; value: string }>): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value.trim());
    if (!m) continue;
    const rules = m[2]!
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0 && r !== '--');
    out.push({ kind: m[1] as DirectiveKind, rules, span: { start: c.start, end: c.end } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Answers "is this rule switched off at this offset?" for one document. */
export class Suppressions {
  private readonly lines: LineIndex;
  private readonly lineRules = new Map<number, string[][]>();

  constructor(
    text: string,
    private readonly directives: Directive[],
  ) {
    this.lines = new LineIndex(text);
    for (const d of directives) {
      if (d.kind === 'disable-line') this.addLine(this.lines.lineOf(d.span.start), d.rules);
      else if (d.kind === 'disable-next-line') this.addLine(this.nextTextLine(this.lines.lineOf(d.span.end)), d.rules);
    }
  }

  isSuppressed(ruleId: string, offset: number): boolean {
    const forLine = this.lineRules.get(this.lines.lineOf(offset));
    if (forLine?.some((rules) => rules.length === 0 || rules.includes(ruleId))) return true;
    let all = false;
    const disabled = new Set<string>();
    const exempt = new Set<string>();
    for (const d of this.directives) {
      if (d.span.start > offset) break;
      if (d.kind === 'disable') {
        if (d.rules.length === 0) {
          all = true;
          exempt.clear();
        } else
          d.rules.forEach((r) => {
            disabled.add(r);
            exempt.delete(r);
          });
      } else if (d.kind === 'enable') {
        if (d.rules.length === 0) {
          all = false;
          disabled.clear();
          exempt.clear();
        } else
          d.rules.forEach((r) => {
            disabled.delete(r);
            exempt.add(r);
          });
      }
    }
    return disabled.has(ruleId) || (all && !exempt.has(ruleId));
  }

  private addLine(line: number, rules: string[]): void {
    const list = this.lineRules.get(line) ?? [];
    list.push(rules);
    this.lineRules.set(line, list);
  }

  private nextTextLine(line: number): number {
    for (let l = line + 1; l < this.lines.lineCount; l++) if (this.lines.lineText(l).trim() !== '') return l;
    return line + 1;
  }
}

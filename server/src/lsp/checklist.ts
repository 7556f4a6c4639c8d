// The "Policy checklist" for the client's tree view: per jurisdiction, each required item with its
// status, in the interface language, with editor ranges to go to and the edit that inserts a
// missing item.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver';
import {
  LineIndex,
  render,
  type Engine,
  type FixProposal,
  type Lang,
  type PolicyDocument,
  type Severity,
} from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { selectionAfter, toRange, toTextEdit } from './convert.js';

export const CHECKLIST_REQUEST = 'pplint/checklist';

export interface ChecklistView {
  uri: string;
  jurisdictions: string[];
  jurisdictionSource: string;
  unknown: string[];
  profiles: Array<{
    id: string;
    /** The law's shortest name ("Law 152-FZ"), for the row; the full title is for its tooltip. */
    label: string;
    title: string;
    checked: string;
    counts: Record<string, number>;
    items: Array<{
      requirement: string;
      /** The short name a row shows; `name` is the full one. */
      label: string;
      name: string;
      citation: string;
      status: string;
      severity: string;
      condition: string | null;
      versions: Array<{
        lang: string | null;
        status: string;
        /** Where the text states the item (`uri`: in another language version that this one lacks). */
        evidence: Array<{ range: Range; excerpt: string; uri?: string }>;
        /** Where a missing item belongs, and the edit that inserts it. */
        place?: {
          range: Range;
          section: string | null;
          relation: string;
          insert?: { title: string; edits: TextEdit[]; select?: Range };
        };
      }>;
    }>;
  }>;
}

/** As severe as the finding the item gives in Problems: the item's own ceiling, lowered by the rule's configured level. */
function findingSeverity(item: Severity, configured: string | undefined): Severity {
  const order: Record<string, number> = { off: -1, info: 0, warning: 1, error: 2 };
  if (configured === undefined || configured === 'off') return item;
  return order[configured]! < order[item]! ? (configured as Severity) : item;
}

export function checklistView(document: TextDocument, analysis: Analysis, engine: Engine): ChecklistView {
  const lang = analysis.settings.config.uiLanguage;
  const ruleLevel = analysis.settings.config.rules.get('missing-section')?.level;
  // The verdicts are the policy's, over every language version of it.
  const list = engine.checklist(analysis.doc, analysis.settings.config, analysis.group);
  const others = new Map<string, PolicyDocument>((analysis.group?.members ?? []).map((m) => [m.doc.uri, m.doc]));
  const rangeIn = (uri: string, span: { start: number; end: number }): Range | null => {
    const other = others.get(uri);
    if (!other) return null;
    const lines = new LineIndex(other.text);
    return { start: lines.position(span.start), end: lines.position(span.end) };
  };
  return {
    uri: document.uri,
    jurisdictions: list.jurisdictions.list,
    jurisdictionSource: list.jurisdictions.source,
    unknown: list.jurisdictions.unknown,
    profiles: list.profiles.map((p) => ({
      id: p.id,
      label: p.label[lang] ?? p.label.en,
      title: p.title[lang] ?? p.title.en,
      checked: p.checked,
      counts: p.counts,
      items: p.items.map((item) => ({
        requirement: item.requirement,
        label: item.label[lang] ?? item.label.en,
        name: item.name[lang] ?? item.name.en,
        citation: item.citation[lang] ?? item.citation.en,
        status: item.status,
        severity: findingSeverity(item.severity, ruleLevel),
        condition: item.condition ? (item.condition[lang] ?? item.condition.en) : null,
        versions: item.versions.map((v) => ({
          lang: v.lang,
          status: v.status,
          evidence: v.evidence.flatMap((e) => {
            if (!e.uri) return [{ range: toRange(document, e.span), excerpt: e.excerpt }];
            const range = rangeIn(e.uri, e.span);
            return range ? [{ range, excerpt: e.excerpt, uri: e.uri }] : [];
          }),
          ...(v.place
            ? {
                place: {
                  range: toRange(document, v.place.span),
                  section: v.place.section,
                  relation: v.place.relation,
                  ...(v.place.suggestion ? { insert: insertion(document, v.place.suggestion, lang) } : {}),
                },
              }
            : {}),
        })),
      })),
    })),
  };
}

/** The checklist's + action: the edits, and the blank to select once they are applied. */
function insertion(
  document: TextDocument,
  suggestion: FixProposal,
  lang: Lang,
): { title: string; edits: TextEdit[]; select?: Range } {
  const select = selectionAfter(document, suggestion);
  return {
    title: render(suggestion.title, lang),
    edits: suggestion.edits.map((e) => toTextEdit(document, e)),
    ...(select ? { select } : {}),
  };
}

// What the engine understood at a place in the document, in words, for the editor's hover:
// the kind of a section under its heading, and on the title the policy's language and the
// laws it answers to. Other facts (retention readings, requirements) add their own lines.
import type { PolicyDocument } from './model/document.js';
import type { ResolvedConfig } from './config/types.js';
import { prepare } from './extract/prepare.js';
import { policyJurisdictions } from './extract/jurisdictions.js';
import { describeJurisdictions } from './extract/jurisdictions/describe.js';
import { otherLanguageName, unreadLanguage } from './language/codes.js';
import type { VersionGroup } from './model/version-group.js';
import { KIND_NAMES } from './i18n/kinds.js';
import { render } from './i18n/render.js';
import type { Lang, Span } from './types.js';
import { explainRequirements, notStatedSummary } from './extract/requirements/checklist.js';
import { retentionExplainer } from './extract/retention/explain.js';
import { termExplainer } from './navigate.js';

export interface Explanation {
  span: Span;
  /** Markdown lines. */
  lines: string[];
}

/** Each contributor explains what it knows at an offset, or returns null (`group`: the policy's language versions, when known). */
export type Explainer = (
  doc: PolicyDocument,
  config: ResolvedConfig,
  offset: number,
  lang: Lang,
  group?: VersionGroup | null,
) => Explanation | null;

const headingExplainer: Explainer = (doc, config, offset, lang, group) => {
  const section = doc.sections.find((s) => s.heading && s.heading.start <= offset && offset <= s.heading.end);
  if (!section?.heading) return null;
  prepare(doc, config);
  const lines: string[] = [];
  const kinds = section.kinds.map((k) => KIND_NAMES[k][lang]);
  lines.push(
    kinds.length > 0
      ? render({ id: 'explain/kinds', data: { kinds: kinds.join('; ') } }, lang)
      : render({ id: 'explain/no-kind' }, lang),
  );
  if (section === doc.sections.find((s) => s.heading)) {
    lines.push(...describeJurisdictions(policyJurisdictions(doc, config, group), lang, doc).lines);
    lines.push(...notStatedSummary(doc, config, lang, group ?? null));
    const unread = unreadLanguage(doc);
    if (unread)
      lines.push(
        render({ id: 'explain/language-not-read', data: { lang: unread, name: otherLanguageName(unread) } }, lang),
      );
    else {
      lines.push(
        doc.language
          ? render({ id: `explain/language-${doc.languageSource ?? 'detected'}`, data: { lang: doc.language } }, lang)
          : render({ id: 'explain/no-language' }, lang),
      );
    }
  }
  return { span: { start: section.heading.start, end: section.heading.end }, lines };
};

export const EXPLAINERS: Explainer[] = [headingExplainer, explainRequirements, retentionExplainer, termExplainer];

export function explainAt(
  doc: PolicyDocument,
  config: ResolvedConfig,
  offset: number,
  lang: Lang,
  group: VersionGroup | null = null,
  explainers: readonly Explainer[] = EXPLAINERS,
): Explanation | null {
  const parts = explainers.map((e) => e(doc, config, offset, lang, group)).filter((e): e is Explanation => e !== null);
  if (parts.length === 0) return null;
  return {
    span: { start: Math.min(...parts.map((p) => p.span.start)), end: Math.max(...parts.map((p) => p.span.end)) },
    lines: parts.flatMap((p) => p.lines),
  };
}

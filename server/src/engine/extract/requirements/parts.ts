// The parts of a document that must each state every required item: the whole document, or each
// language version of a file that holds several (`<!-- lang: xx -->`). Text before the first
// marker is a version of its own when it has a policy's body (a Kazakh text followed by its
// Russian and English versions); when it is only a title or a preamble, it is shared by all.
import type { Block, PolicyDocument } from '../../model/document.js';
import type { Lang, Span } from '../../types.js';

export interface PolicyPart {
  index: number;
  lang: Lang | null;
  span: Span;
  /** Blocks [firstBlock, endBlock) belong to this part. */
  firstBlock: number;
  endBlock: number;
}

export interface PolicyParts {
  parts: PolicyPart[];
  /** Text every part shares (a common title before the first language marker), if any. */
  shared: PolicyPart | null;
}

// Below this much body, text before the first marker is a shared preamble, not a version.
const MIN_VERSION_HEADINGS = 2;
const MIN_VERSION_PARAGRAPHS = 3;

function majorityLanguage(blocks: readonly Block[]): Lang | null {
  const weight: Record<Lang, number> = { en: 0, ru: 0, kk: 0 };
  for (const b of blocks) if (b.detected) weight[b.detected] += b.text.length;
  const best = (Object.keys(weight) as Lang[]).sort((a, b) => weight[b] - weight[a])[0]!;
  return weight[best] > 0 ? best : null;
}

export function policyParts(doc: PolicyDocument): PolicyParts {
  const cached = doc.facts.get('requirements/parts') as PolicyParts | undefined;
  if (cached) return cached;
  const result: PolicyParts = { parts: [], shared: null };
  if (doc.versions.length <= 1) {
    result.parts.push({
      index: 0,
      lang: doc.language,
      span: { start: doc.bodyStart, end: doc.text.length },
      firstBlock: 0,
      endBlock: doc.blocks.length,
    });
  } else {
    for (const version of doc.versions) {
      const blocks = doc.blocks.slice(version.firstBlock, version.endBlock);
      const part: PolicyPart = {
        index: result.parts.length,
        lang: version.lang,
        span: version.span,
        firstBlock: version.firstBlock,
        endBlock: version.endBlock,
      };
      if (!version.marker) {
        const headings = blocks.filter((b) => b.type === 'heading').length;
        const paragraphs = blocks.filter((b) => b.type === 'paragraph' || b.type === 'tableCell').length;
        if (headings < MIN_VERSION_HEADINGS && paragraphs < MIN_VERSION_PARAGRAPHS) {
          result.shared = { ...part, index: -1 };
          continue;
        }
        part.lang = majorityLanguage(blocks) ?? version.lang;
      }
      result.parts.push(part);
    }
  }
  doc.facts.set('requirements/parts', result);
  return result;
}

/** The part an offset falls in (the first part for the shared text). */
export function partAt(parts: PolicyParts, offset: number): PolicyPart | null {
  return parts.parts.find((p) => p.span.start <= offset && offset < p.span.end) ?? parts.parts[0] ?? null;
}

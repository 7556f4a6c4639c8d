// Several language versions in one file, each begun by `<!-- lang: xx -->`.
import { LANGUAGES, type Lang, type Span } from '../types.js';
import type { Block } from './document.js';
import { partitionPoint } from './search.js';

export interface VersionPart {
  /** The version's language: from its marker, else the document's. */
  lang: Lang | null;
  span: Span;
  /** Blocks [firstBlock, endBlock) belong to this part. */
  firstBlock: number;
  endBlock: number;
  /** The `<!-- lang: xx -->` comment that opens the part, if any. */
  marker?: Span;
}

const LANG_MARKER = /^<!--\s*lang\s*:\s*([a-z]{2})\s*-->$/i;

export function findVersions(
  text: string,
  comments: Array<{ start: number; end: number; value: string }>,
  blocks: Block[],
  fallback: Lang | null,
): VersionPart[] {
  const markers: Array<{ lang: Lang; span: Span }> = [];
  for (const c of comments) {
    const m = LANG_MARKER.exec(c.value.trim());
    if (!m) continue;
    const code = m[1]!.toLowerCase() === 'kz' ? 'kk' : m[1]!.toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(code))
      markers.push({ lang: code as Lang, span: { start: c.start, end: c.end } });
  }
  if (markers.length === 0)
    return [{ lang: fallback, span: { start: 0, end: text.length }, firstBlock: 0, endBlock: blocks.length }];
  markers.sort((a, b) => a.span.start - b.span.start);
  const parts: VersionPart[] = [];
  const blockAt = (offset: number): number => partitionPoint(blocks, (b) => b.start < offset);
  const firstMarkerBlock = blockAt(markers[0]!.span.start);
  // Text before the first marker is either shared (a title, front matter) or a whole version whose
  // marker was left out (drafts often mark only the versions after the first): it takes the
  // language of most of its own text, not the whole file's.
  if (
    firstMarkerBlock > 0 &&
    blocks.slice(0, firstMarkerBlock).some((b) => b.type !== 'frontmatter' && b.type !== 'html')
  ) {
    const lang = majorityOf(blocks.slice(0, firstMarkerBlock)) ?? fallback;
    parts.push({ lang, span: { start: 0, end: markers[0]!.span.start }, firstBlock: 0, endBlock: firstMarkerBlock });
  }
  markers.forEach((marker, i) => {
    const end = markers[i + 1]?.span.start ?? text.length;
    parts.push({
      lang: marker.lang,
      span: { start: marker.span.start, end },
      firstBlock: blockAt(marker.span.start),
      endBlock: blockAt(end),
      marker: marker.span,
    });
  });
  return parts;
}

function majorityOf(blocks: Block[]): Lang | null {
  const weight: Record<Lang, number> = { en: 0, ru: 0, kk: 0 };
  for (const b of blocks) if (b.detected) weight[b.detected] += b.text.length;
  const best = (Object.keys(weight) as Lang[]).sort((a, b) => weight[b] - weight[a])[0]!;
  return weight[best] > 0 ? best : null;
}
